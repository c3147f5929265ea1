// SPDX-License-Identifier: GPL-3.0-or-later
// heraut-cli mute: rules made from the command line apply to what the next refresh stores.
#include "TempDatabase.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"
#include "heraut/MuteRules.h"
#include "support/Process.h"

#include <ctime>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace heraut {
namespace {

using nlohmann::json;
using test::ProcessResult;

constexpr std::int64_t kNow = 1769100000;

class MuteCommandTest : public testing::Test {
  protected:
    test::TempDir dir;

    // Rules apply to articles first seen after they were made (heraut-cli stamps them now).
    static std::int64_t arrivalTime() { return static_cast<std::int64_t>(std::time(nullptr)) + 1; }

    ProcessResult cli(std::vector<std::string> args) {
        args.insert(args.begin(), {HERAUT_CLI, "--db", dir.database()});
        return test::runProcess(args, {}, {});
    }
};

TEST_F(MuteCommandTest, AddListApplyAndRemove) {
    std::int64_t nos = 0;
    {
        Database db(dir.database());
        nos = FeedStore(db).addFeed("https://b.nl/feed", "NOS", "Nieuws", kNow);
    }
    ASSERT_EQ(cli({"mute", "add", "voetbal", "--hide"}).exitCode, 0);
    ASSERT_EQ(cli({"mute", "add", "^Podcast:", "--regex", "--folder", "Nieuws"}).exitCode, 0);
    ASSERT_EQ(cli({"mute", "add", "Redactie", "--author", "--feed", std::to_string(nos)}).exitCode,
              0);
    ProcessResult r = cli({"mute", "list", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    json rules = json::parse(r.out);
    ASSERT_EQ(rules.size(), 3u);
    EXPECT_EQ(rules[0]["kind"], "words");
    EXPECT_EQ(rules[0]["action"], "hide");
    EXPECT_EQ(rules[1]["kind"], "regex");
    EXPECT_EQ(rules[1]["folder"], "Nieuws");
    EXPECT_EQ(rules[2]["kind"], "author");
    EXPECT_EQ(rules[2]["feed_id"], nos);
    {
        Database db(dir.database());
        ArticleStore articles(db);
        Article a, b;
        a.id = "1";
        a.title = "Voetbal bij Defensie";
        b.id = "2";
        b.title = "Podcast: de week";
        Transaction t(db);
        articles.storeArticles(nos, {a, b}, arrivalTime()); // after the rules were made
        t.commit();
        EXPECT_EQ(MuteRuleStore(db).applyToArrivals(arrivalTime()), 2); // a refresh's end
    }
    r = cli({"list", "--json"});
    EXPECT_EQ(json::parse(r.out).size(), 1u) << "the hidden one is left out";
    r = cli({"search", "is:muted", "--json"});
    EXPECT_EQ(json::parse(r.out).size(), 2u);
    EXPECT_EQ(cli({"mute", "remove", std::to_string(rules[0]["id"].get<int>())}).exitCode, 0);
    EXPECT_EQ(json::parse(cli({"mute", "list", "--json"}).out).size(), 2u);
}

TEST_F(MuteCommandTest, InTitleMutesHeadlinesOnly) {
    std::int64_t nos = 0;
    {
        Database db(dir.database());
        nos = FeedStore(db).addFeed("https://b.nl/feed", "NOS", "Nieuws", kNow);
    }
    ASSERT_EQ(cli({"mute", "add", "voetbal", "--in", "title"}).exitCode, 0);
    ASSERT_EQ(cli({"mute", "add", "^Video:", "--regex", "--in", "text"}).exitCode, 0);
    ASSERT_EQ(cli({"mute", "add", "\"live blog\"", "--in", "any", "--hide"}).exitCode, 0);
    ASSERT_EQ(cli({"mute", "add", "Redactie", "--author"}).exitCode, 0);
    ProcessResult r = cli({"mute", "list", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    json rules = json::parse(r.out);
    ASSERT_EQ(rules.size(), 4u);
    EXPECT_EQ(rules[0]["in"], "title");
    EXPECT_EQ(rules[1]["in"], "text");
    EXPECT_EQ(rules[2]["in"], "any");
    EXPECT_EQ(rules[3]["in"], "any");
    r = cli({"mute", "list"});
    EXPECT_NE(r.out.find("\twords\ttitle\tread\tall\tvoetbal\n"), std::string::npos) << r.out;
    {
        Database db(dir.database());
        ArticleStore articles(db);
        std::vector<Article> arrivals(4);
        arrivals[0].title = "Voetbal bij Defensie";
        arrivals[1].title = "Fregat vertrekt";
        arrivals[1].content = "<p>Na het voetbal vertrekt het fregat.</p>";
        arrivals[2].title = "Video: de oefening";
        arrivals[3].title = "Oefening";
        arrivals[3].content = "<p>Video: de oefening</p>";
        for (size_t i = 0; i < arrivals.size(); ++i)
            arrivals[i].id = std::to_string(i + 1);
        Transaction t(db);
        articles.storeArticles(nos, arrivals, arrivalTime());
        t.commit();
        EXPECT_EQ(MuteRuleStore(db).applyToArrivals(arrivalTime()), 2);
    }
    std::vector<std::string> muted;
    for (const json& row : json::parse(cli({"search", "is:muted", "--json"}).out))
        muted.push_back(row["title"]);
    std::sort(muted.begin(), muted.end());
    EXPECT_EQ(muted, (std::vector<std::string>{"Oefening", "Voetbal bij Defensie"}));
}

TEST_F(MuteCommandTest, MistakesExitTwoAndSayWhy) {
    {
        Database db(dir.database());
        FeedStore(db).addFeed("https://b.nl/feed", "NOS", "Nieuws", kNow);
    }
    ProcessResult r = cli({"mute", "add", "(unclosed", "--regex"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("not a regular expression"), std::string::npos) << r.err;
    r = cli({"mute", "add", "x", "--folder", "Bestaat niet"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("no folder named"), std::string::npos) << r.err;
    r = cli({"mute", "add", "x", "--folder", ""});
    EXPECT_EQ(r.exitCode, 2) << "an empty folder is not every feed";
    EXPECT_NE(r.err.find("folder"), std::string::npos) << r.err;
    r = cli({"mute", "add", " ", "--author"});
    EXPECT_EQ(r.exitCode, 2) << "a blank author would mute nearly everything";
    r = cli({"mute", "add", ".*", "--regex"});
    EXPECT_EQ(r.exitCode, 2) << "\".*\" would mute every article";
    EXPECT_NE(r.err.find("every article"), std::string::npos) << r.err;
    EXPECT_EQ(cli({"mute", "add", ".*", "--regex", "--folder", "Nieuws"}).exitCode, 0)
        << "all of one folder is a rule a reader may want";
    r = cli({"mute", "add", "x", "--in", "headline"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--in"), std::string::npos) << r.err;
    r = cli({"mute", "add", "x", "--author", "--in", "title"});
    EXPECT_EQ(r.exitCode, 2) << "an author has no headline or text";
    EXPECT_EQ(json::parse(cli({"mute", "list", "--json"}).out).size(), 1u) << "only the folder's";
    r = cli({"mute", "remove", "42"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("no mute rule with id 42"), std::string::npos) << r.err;
}

// The refresh that applied "(a+)+$" hung on a long line of a's; now the rule is refused at once.
TEST_F(MuteCommandTest, AnExpressionTooCostlyOnTheCacheExitsTwoAndSaysWhy) {
    {
        Database db(dir.database());
        std::int64_t nos = FeedStore(db).addFeed("https://b.nl/feed", "NOS", "Nieuws", kNow);
        Article a;
        a.id = "1";
        a.title = "Lange regel";
        a.content = "<p>" + std::string(5000, 'a') + "!</p>";
        Transaction t(db);
        ArticleStore(db).storeArticles(nos, {a}, kNow);
        t.commit();
    }
    ProcessResult r = cli({"mute", "add", "(a+)+$", "--regex"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("takes too long on the cached article \"Lange regel\""), std::string::npos)
        << r.err;
    EXPECT_TRUE(json::parse(cli({"mute", "list", "--json"}).out).empty());
}

} // namespace
} // namespace heraut
