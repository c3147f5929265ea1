// SPDX-License-Identifier: GPL-3.0-or-later
// heraut-cli and a database file in trouble: check, repair, and reading a file that cannot be
// written. Real processes, real files; a read-only file is read-only to a user who is not root
// (root writes anyway), so as root the commands run as nobody.
#include "DamagedDatabase.h"
#include "TempDatabase.h"
#include "TestData.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedParser.h"
#include "heraut/FeedStore.h"
#include "support/Process.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

namespace heraut {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using test::ProcessResult;

class DatabaseFileCliTest : public testing::Test {
  protected:
    test::TempDir dir;
    std::int64_t feedId = 0;

    void SetUp() override {
        Database db(dir.database());
        FeedStore feeds(db);
        ArticleStore articles(db);
        feedId = feeds.addFeed("https://businessam.be/category/defensie/feed/", "Business AM",
                               "Defensie", 1769200000);
        Transaction t(db);
        articles.storeArticles(
            feedId, parseFeed(test::readData("businessam-defensie-wordpress.xml"), {}).articles,
            1769200000);
        t.commit();
        articles.indexBacklog();
        articles.setRead({1, 2}, true, 1769200000);
    }

    ProcessResult cli(std::vector<std::string> args) {
        args.insert(args.begin(), {HERAUT_CLI, "--db", dir.database()});
        return test::runProcess(args);
    }

    // As a user who may not write what root made read-only.
    ProcessResult cliAsUser(std::vector<std::string> args) {
        args.insert(args.begin(), {HERAUT_CLI, "--db", dir.database()});
        if (::geteuid() == 0)
            args.insert(args.begin(),
                        {"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"});
        return test::runProcess(args);
    }
};

TEST_F(DatabaseFileCliTest, CheckSaysOkForASoundFile) {
    ProcessResult r = cli({"check"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, dir.database() + ": ok\n");
    json report = json::parse(cli({"check", "--quick", "--json"}).out);
    EXPECT_EQ(report["ok"], true);
    EXPECT_EQ(report["file"], dir.database());
}

TEST_F(DatabaseFileCliTest, CheckNamesTheDamagedFileAndExitsOne) {
    test::damagePages(dir.database(), test::pagesOf(dir.database(), "article_bodies", "leaf"));
    ProcessResult r = cli({"check"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.out.rfind(dir.database() + ": damaged\n", 0), 0u) << r.out;
    EXPECT_NE(r.out.find("heraut-cli repair"), std::string::npos);
    json report = json::parse(cli({"check", "--json"}).out);
    EXPECT_EQ(report["ok"], false);
    EXPECT_FALSE(report["problems"].empty());
}

// A damaged file's failure says what to do: check, then repair.
TEST_F(DatabaseFileCliTest, ADamagedFilesFailureNamesCheckAndRepair) {
    test::damagePages(dir.database(), test::pagesOf(dir.database(), "articles", "leaf"));
    ProcessResult r = cli({"list"});
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_NE(r.err.find("`heraut-cli repair` recovers what reads"), std::string::npos) << r.err;
}

TEST_F(DatabaseFileCliTest, CheckOfAMissingFileIsBadInput) {
    ProcessResult r = test::runProcess({HERAUT_CLI, "--db", dir.file("none.sqlite"), "check"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("none.sqlite"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(dir.file("none.sqlite")));
}

// An empty file is what a copy cut short leaves: said, and left empty, by every command but
// init (which makes a cache there, as asked).
TEST_F(DatabaseFileCliTest, AnEmptyFileIsNotTakenForANewCache) {
    std::string empty = dir.file("empty.sqlite");
    { std::ofstream touch(empty); }
    for (std::vector<std::string> command : {std::vector<std::string>{"watch", "list"},
                                             {"list"},
                                             {"search", "patriot"},
                                             {"refresh"}}) {
        command.insert(command.begin(), {HERAUT_CLI, "--db", empty});
        ProcessResult r = test::runProcess(command);
        EXPECT_EQ(r.exitCode, 2) << command[3];
        EXPECT_NE(r.err.find("an empty file, not a news cache"), std::string::npos) << r.err;
        EXPECT_EQ(fs::file_size(empty), 0u) << command[3];
    }
    ProcessResult made = test::runProcess({HERAUT_CLI, "--db", empty, "init", "--empty"});
    EXPECT_EQ(made.exitCode, 0) << made.err;
    EXPECT_EQ(test::runProcess({HERAUT_CLI, "--db", empty, "list"}).exitCode, 0);
}

TEST_F(DatabaseFileCliTest, RepairRecoversWhatReadsAndKeepsTheDamagedFile) {
    int pages = static_cast<int>(test::pagesOf(dir.database(), "article_bodies", "leaf").size());
    ASSERT_GE(pages, 2);
    test::damagePages(dir.database(), {test::pagesOf(dir.database(), "article_bodies", "leaf")[0]});
    ProcessResult r = cli({"repair", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    json report = json::parse(r.out);
    EXPECT_EQ(report["feeds"], 1);
    EXPECT_EQ(report["folders"], 1);
    EXPECT_EQ(report["articles"], 12);
    EXPECT_EQ(report["read"], 2);
    EXPECT_GT(report["articles_without_body"].get<int>(), 0);
    std::string kept = report["damaged_copy"];
    EXPECT_EQ(kept.rfind(dir.database() + ".damaged-", 0), 0u) << kept;
    EXPECT_TRUE(fs::exists(kept));
    EXPECT_EQ(cli({"check"}).exitCode, 0) << "the new file is sound";
    ProcessResult list = cli({"list", "--json"});
    ASSERT_EQ(list.exitCode, 0) << list.err;
    EXPECT_EQ(json::parse(list.out).size(), 12u);
    EXPECT_EQ(cli({"search", "defensie"}).exitCode, 0);
}

TEST_F(DatabaseFileCliTest, RepairPrintsWhatItRecovered) {
    test::damagePages(dir.database(), test::pagesOf(dir.database(), "article_bodies", "leaf"));
    ProcessResult r = cli({"repair"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("recovered 1 feeds, 1 folders, 12 articles (2 read, 0 starred)"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("the damaged file is kept as " + dir.database() + ".damaged-"),
              std::string::npos);
}

TEST_F(DatabaseFileCliTest, RepairOfASoundFileChangesNothingUnlessForced) {
    ProcessResult r = cli({"repair"});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.out.find("nothing to repair"), std::string::npos) << r.out;
    for (const auto& entry : fs::directory_iterator(dir.file("")))
        EXPECT_EQ(entry.path().string().find(".damaged-"), std::string::npos);
    EXPECT_EQ(cli({"repair", "--force"}).exitCode, 0);
}

TEST_F(DatabaseFileCliTest, RepairOfAFileWithNothingReadableFailsAndKeepsIt) {
    std::ofstream(dir.file("notes.sqlite")) << std::string(8192, 'x');
    ProcessResult r = test::runProcess({HERAUT_CLI, "--db", dir.file("notes.sqlite"), "repair"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("notes.sqlite"), std::string::npos) << r.err;
    EXPECT_EQ(fs::file_size(dir.file("notes.sqlite")), 8192u);
}

// Every read command on a file nobody may write, in a folder where no -wal or -shm can be
// made (chmod 444 on the file, 555 on the folder), and then in a writable folder.
class ReadOnlyFileCliTest : public DatabaseFileCliTest,
                            public testing::WithParamInterface<fs::perms> {};

TEST_P(ReadOnlyFileCliTest, ReadCommandsWork) {
    fs::permissions(dir.database(),
                    fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    fs::permissions(dir.file(""), GetParam());
    struct Restore { // so that the folder can be removed whatever fails
        std::string folder;
        ~Restore() { fs::permissions(folder, fs::perms::owner_all); }
    } restore{dir.file("")};
    auto before = fs::last_write_time(dir.database());

    ProcessResult feeds = cliAsUser({"feeds", "--json"});
    ASSERT_EQ(feeds.exitCode, 0) << feeds.err;
    EXPECT_EQ(json::parse(feeds.out)[0]["unread"], 10);
    ProcessResult list = cliAsUser({"list", "--json"});
    ASSERT_EQ(list.exitCode, 0) << list.err;
    EXPECT_EQ(json::parse(list.out).size(), 12u);
    ProcessResult show = cliAsUser({"show", "1"});
    EXPECT_EQ(show.exitCode, 0) << show.err;
    EXPECT_FALSE(show.out.empty());
    ProcessResult search = cliAsUser({"search", "defensie", "--json"});
    EXPECT_EQ(search.exitCode, 0) << search.err;
    EXPECT_FALSE(json::parse(search.out).empty());
    ProcessResult opml = cliAsUser({"export-opml"});
    EXPECT_EQ(opml.exitCode, 0) << opml.err;
    EXPECT_NE(opml.out.find("businessam.be"), std::string::npos);
    ProcessResult check = cliAsUser({"check"});
    EXPECT_EQ(check.exitCode, 0) << check.err;

    ProcessResult mark = cliAsUser({"read", "3"});
    EXPECT_NE(mark.exitCode, 0) << "a write must fail, and say so";
    EXPECT_NE(mark.err.find(dir.database()), std::string::npos) << mark.err;
    EXPECT_NE(mark.err.find("cannot be written: check their owner and permissions"),
              std::string::npos)
        << "what to do about it: " << mark.err;
    EXPECT_EQ(fs::last_write_time(dir.database()), before);
}

INSTANTIATE_TEST_SUITE_P(Folders, ReadOnlyFileCliTest,
                         testing::Values(fs::perms::owner_read | fs::perms::owner_exec |
                                             fs::perms::group_read | fs::perms::group_exec |
                                             fs::perms::others_read | fs::perms::others_exec,
                                         fs::perms::all));

} // namespace
} // namespace heraut
