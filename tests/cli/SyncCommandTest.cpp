// SPDX-License-Identifier: GPL-3.0-or-later
// heraut-cli account and sync as scripts use them: a real process, a real database file and the
// Google Reader API test server.
#include "GoogleReaderServer.h"
#include "TempDatabase.h"
#include "heraut/AccountStore.h"
#include "heraut/ArticleStore.h"
#include "heraut/Database.h"
#include "support/Process.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>

namespace heraut {
namespace {

using nlohmann::json;
using test::GoogleReaderServer;
using test::ProcessResult;

class SyncCommandTest : public testing::Test {
  protected:
    void SetUp() override {
        ASSERT_EQ(cli({"init", "--empty"}).exitCode, 0);
        feed = server.addFeed("https://defensie.example/feed", "Defensie", "Nieuws");
        ids = server.addItems(feed, 40, std::time(nullptr) - 86400);
    }

    ProcessResult cli(std::vector<std::string> args, const std::string& input = {}) {
        args.insert(args.begin(), {HERAUT_CLI, "--db", dir.database()});
        return test::runProcess(args, {"HERAUT_CREDENTIALS=file"}, input);
    }

    ProcessResult addAccount(const std::string& password = "geheim-api") {
        return cli(
            {"account", "add", "greader", server.baseUrl(), "--user", "lezer", "--password-stdin"},
            password + "\n");
    }

    GoogleReaderServer server{GoogleReaderServer::Dialect::FreshRss};
    test::TempDir dir;
    std::string feed;
    std::vector<std::string> ids;
};

TEST_F(SyncCommandTest, AccountAddChecksTheLoginAndKeepsThePasswordOutOfTheDatabase) {
    ProcessResult added = addAccount();
    ASSERT_EQ(added.exitCode, 0) << added.err;
    EXPECT_EQ(added.out.substr(0, 2), "1\t");

    // Only in the 0600 file beside the database.
    std::string file = dir.database() + ".credentials";
    ASSERT_TRUE(std::filesystem::exists(file));
    struct stat info {};
    ::stat(file.c_str(), &info);
    EXPECT_EQ(info.st_mode & 0777, 0600);
    std::ifstream in(dir.database(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), {});
    EXPECT_EQ(bytes.find("geheim-api"), std::string::npos);

    ProcessResult list = cli({"account", "list", "--json"});
    ASSERT_EQ(list.exitCode, 0) << list.err;
    json accounts = json::parse(list.out);
    ASSERT_EQ(accounts.size(), 1u);
    EXPECT_EQ(accounts[0]["kind"], "greader");
    EXPECT_EQ(accounts[0]["dialect"], "freshrss"); // guessed from .../api/greader.php
    EXPECT_EQ(accounts[0]["user"], "lezer");
    EXPECT_EQ(list.out.find("geheim"), std::string::npos);
}

// A sync's articles meet the mute rules and watch-lists as a refresh's do, when they arrive.
TEST_F(SyncCommandTest, SyncedArticlesMeetTheMuteRulesAndWatchListsAtOnce) {
    ASSERT_EQ(addAccount().exitCode, 0);
    ASSERT_EQ(cli({"mute", "add", "bericht", "--hide"}).exitCode, 0);
    ASSERT_EQ(cli({"watch", "add", "Berichten", "bericht"}).exitCode, 0);
    ProcessResult synced = cli({"sync", "--json"});
    ASSERT_EQ(synced.exitCode, 0) << synced.err;
    EXPECT_EQ(json::parse(synced.out)["new_articles"], 40);
    EXPECT_EQ(json::parse(cli({"search", "is:muted", "--json"}).out).size(), 40u)
        << "hidden on arrival, not at the next refresh";
    EXPECT_EQ(json::parse(cli({"list", "--json"}).out).size(), 0u);
    json lists = json::parse(cli({"watch", "list", "--json"}).out);
    for (const json& list : lists) {
        if (list["name"] == "Berichten") {
            EXPECT_EQ(list["total"], 0) << "hidden: not counted";
        }
    }
}

TEST_F(SyncCommandTest, AWrongPasswordAddsNothing) {
    ProcessResult added = addAccount("fout");
    EXPECT_EQ(added.exitCode, 1);
    EXPECT_NE(added.err.find("wrong user name or password"), std::string::npos) << added.err;
    EXPECT_EQ(json::parse(cli({"account", "list", "--json"}).out).size(), 0u);
}

TEST_F(SyncCommandTest, SyncPrintsTheSummaryAndMarksGoThroughTheQueue) {
    ASSERT_EQ(addAccount().exitCode, 0);
    ProcessResult first = cli({"sync", "--json"});
    ASSERT_EQ(first.exitCode, 0) << first.err;
    json summary = json::parse(first.out);
    EXPECT_EQ(summary["accounts"], 1);
    EXPECT_EQ(summary["subscriptions"], 1);
    EXPECT_EQ(summary["new_articles"], 40);
    EXPECT_EQ(summary["pushed"], 0);
    EXPECT_EQ(summary["pulled_state_changes"], 0);
    EXPECT_EQ(summary["pending"], 0);
    EXPECT_EQ(summary["failed"], 0);
    EXPECT_NE(first.err.find("[account 1]"), std::string::npos); // progress on stderr

    ProcessResult listed = cli({"list", "--json", "--limit", "5"});
    ASSERT_EQ(listed.exitCode, 0) << listed.err;
    std::string articleId = std::to_string(json::parse(listed.out)[0]["id"].get<std::int64_t>());
    ASSERT_EQ(cli({"read", articleId}).exitCode, 0);
    ASSERT_EQ(cli({"star", articleId}).exitCode, 0);

    ProcessResult second = cli({"sync", "--json"});
    ASSERT_EQ(second.exitCode, 0) << second.err;
    EXPECT_EQ(json::parse(second.out)["pushed"], 2);
    EXPECT_EQ(json::parse(second.out)["new_articles"], 0);
    int read = 0, starred = 0;
    for (const std::string& id : ids) {
        read += server.isRead(id);
        starred += server.isStarred(id);
    }
    EXPECT_EQ(read, 1);
    EXPECT_EQ(starred, 1);
}

TEST_F(SyncCommandTest, RenamingMovingAndRemovingASyncedFeedGoToTheServer) {
    std::string other = server.addFeed("https://tweede.example/feed", "Tweede");
    ASSERT_EQ(addAccount().exitCode, 0);
    ASSERT_EQ(cli({"sync"}).exitCode, 0);
    ProcessResult feeds = cli({"feeds", "--json"});
    ASSERT_EQ(feeds.exitCode, 0) << feeds.err;
    std::string first, second;
    for (const json& f : json::parse(feeds.out))
        (f["title"] == "Defensie" ? first : second) = std::to_string(f["id"].get<std::int64_t>());
    ASSERT_EQ(cli({"rename", first, "Mijn defensie"}).exitCode, 0);
    ASSERT_EQ(cli({"move", first, "Elders"}).exitCode, 0);
    ASSERT_EQ(cli({"remove", second}).exitCode, 0);

    ProcessResult synced = cli({"sync", "--json"});

    ASSERT_EQ(synced.exitCode, 0) << synced.err;
    EXPECT_EQ(json::parse(synced.out)["pushed"], 3);
    EXPECT_EQ(server.subscriptionTitle(feed), "Mijn defensie");
    EXPECT_EQ(server.subscriptionFolder(feed), "Elders");
    EXPECT_EQ(server.subscriptionIds().size(), 1u); // the second one unsubscribed
    EXPECT_EQ(json::parse(cli({"feeds", "--json"}).out).size(), 1u);
}

TEST_F(SyncCommandTest, AFailedSyncExitsOneAndNamesTheCause) {
    ASSERT_EQ(addAccount().exitCode, 0);
    server.setDown(true);
    ProcessResult r = cli({"sync", "--json"});
    EXPECT_EQ(r.exitCode, 1);
    json summary = json::parse(r.out);
    EXPECT_EQ(summary["failed"], 1);
    EXPECT_EQ(summary["results"][0]["error_kind"], "unreachable");
}

TEST_F(SyncCommandTest, RefreshSyncsAccountsThatAreDue) {
    ASSERT_EQ(addAccount().exitCode, 0);
    ProcessResult r = cli({"refresh", "--json", "--quiet"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(json::parse(r.out)["sync"]["new_articles"], 40);
    // Not due again before its interval.
    ProcessResult again = cli({"refresh", "--json", "--quiet"});
    EXPECT_FALSE(json::parse(again.out).contains("sync"));
}

TEST_F(SyncCommandTest, AccountRemoveTakesItsFeedsAndPassword) {
    ASSERT_EQ(addAccount().exitCode, 0);
    ASSERT_EQ(cli({"sync"}).exitCode, 0);
    ProcessResult r = cli({"account", "remove", "1"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    Database db(dir.database());
    EXPECT_EQ(ArticleStore(db).count(ArticleQuery{}), 0);
    std::ifstream in(dir.database() + ".credentials");
    std::string text((std::istreambuf_iterator<char>(in)), {});
    EXPECT_EQ(text.find("geheim-api"), std::string::npos);
    EXPECT_EQ(cli({"account", "remove", "1"}).exitCode, 2);
}

TEST_F(SyncCommandTest, AddWithAccountSubscribesOnTheServerAndTheNextSyncBringsItsArticles) {
    ASSERT_EQ(addAccount().exitCode, 0);
    ASSERT_EQ(cli({"sync"}).exitCode, 0);

    ProcessResult added =
        cli({"add", "https://nieuw.example/feed", "--account", "1", "--folder", "Oekraïne"});

    ASSERT_EQ(added.exitCode, 0) << added.err;
    std::string feedId = added.out.substr(0, added.out.find('\t'));
    EXPECT_NE(added.out.find("https://nieuw.example/feed"), std::string::npos) << added.out;
    std::string remote = server.subscriptionIds().back();
    EXPECT_EQ(server.subscriptionFolder(remote), "Oekraïne");
    EXPECT_EQ(json::parse(cli({"account", "list", "--json"}).out)[0]["pending"], 0);

    server.addItems(remote, 6, std::time(nullptr) - 3600);
    ProcessResult synced = cli({"sync", "--json"});
    ASSERT_EQ(synced.exitCode, 0) << synced.err;
    EXPECT_EQ(json::parse(synced.out)["new_articles"], 6);
    ProcessResult listed = cli({"list", "--feed", feedId, "--json"});
    ASSERT_EQ(listed.exitCode, 0) << listed.err;
    EXPECT_EQ(json::parse(listed.out).size(), 6u);
    // By the account's title as well; a second time is a usage error.
    std::string title = json::parse(cli({"account", "list", "--json"}).out)[0]["title"];
    EXPECT_EQ(cli({"add", "https://nieuw.example/feed", "--account", title}).exitCode, 2);
}

TEST_F(SyncCommandTest, AddWithAccountWhileTheServerIsDownWaitsInTheQueue) {
    ASSERT_EQ(addAccount().exitCode, 0);
    server.setDown(true);

    ProcessResult offline = cli({"add", "https://later.example/feed", "--account", "1"});

    EXPECT_EQ(offline.exitCode, 1);
    EXPECT_NE(offline.err.find("waits in the queue"), std::string::npos) << offline.err;
    EXPECT_EQ(json::parse(cli({"account", "list", "--json"}).out)[0]["pending"], 1);

    server.setDown(false);
    ProcessResult synced = cli({"sync", "--json"});
    ASSERT_EQ(synced.exitCode, 0) << synced.err;
    EXPECT_EQ(json::parse(synced.out)["pending"], 0);
    EXPECT_EQ(server.subscriptionIds().size(), 2u);
    ProcessResult feeds = cli({"feeds", "--json"});
    EXPECT_NE(feeds.out.find("https://later.example/feed"), std::string::npos) << feeds.out;
}

TEST_F(SyncCommandTest, AddWithAccountOfAUrlTheServerRefusesSaysWhyAndKeepsNothingQueued) {
    ASSERT_EQ(addAccount().exitCode, 0);

    ProcessResult refused =
        cli({"add", std::string("https://web.example/") + GoogleReaderServer::kNotAFeed,
             "--account", "1"});

    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.find("did not subscribe"), std::string::npos) << refused.err;
    EXPECT_EQ(json::parse(cli({"account", "list", "--json"}).out)[0]["pending"], 0);
    EXPECT_EQ(cli({"sync"}).exitCode, 0); // nothing left to block the next sync
}

TEST_F(SyncCommandTest, AddWithAccountBadUsageExitsTwo) {
    ASSERT_EQ(addAccount().exitCode, 0);
    EXPECT_EQ(cli({"add", "https://x.example/feed", "--account", "9"}).exitCode, 2);
    EXPECT_EQ(cli({"add", "https://x.example/feed", "--account", "1", "--title", "T"}).exitCode, 2);
    EXPECT_EQ(cli({"add", "ftp://x.example/feed", "--account", "1"}).exitCode, 2);
    EXPECT_EQ(server.subscriptionIds().size(), 1u);
}

TEST_F(SyncCommandTest, BadUsageExitsTwo) {
    EXPECT_EQ(
        cli({"account", "add", "fever", server.baseUrl(), "--user", "x", "--password-stdin"}, "p\n")
            .exitCode,
        2);
    EXPECT_EQ(
        cli({"account", "add", "greader", "ftp://x", "--user", "x", "--password-stdin"}, "p\n")
            .exitCode,
        2);
    EXPECT_EQ(cli({"sync", "--account", "7"}).exitCode, 2);
}

} // namespace
} // namespace heraut
