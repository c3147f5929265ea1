// SPDX-License-Identifier: GPL-3.0-or-later
// heraut-cli watch and list --watch: a real process over a real database file.
#include "TempDatabase.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"
#include "support/Process.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace heraut {
namespace {

using nlohmann::json;
using test::ProcessResult;

constexpr std::int64_t kNow = 1769100000;

class WatchCommandTest : public testing::Test {
  protected:
    test::TempDir dir;

    void SetUp() override {
        Database db(dir.database());
        FeedStore feeds(db);
        ArticleStore articles(db);
        std::int64_t nos = feeds.addFeed("https://b.nl/feed", "NOS", "Nieuws", kNow);
        auto article = [](const std::string& id, const std::string& title, int age) {
            Article a;
            a.id = id;
            a.title = title;
            a.published = kNow - age;
            return a;
        };
        Transaction t(db);
        articles.storeArticles(nos,
                               {article("1", "Patriot naar Polen", 10),
                                article("2", "NASAMS voor Oekraïne", 20),
                                article("3", "Fregat vertrekt", 30)},
                               kNow);
        t.commit();
    }

    ProcessResult cli(std::vector<std::string> args) {
        args.insert(args.begin(), {HERAUT_CLI, "--db", dir.database()});
        return test::runProcess(args, {}, {});
    }

    json listed(const std::string& name) {
        ProcessResult r = cli({"watch", "list", "--json"});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        for (const json& list : json::parse(r.out))
            if (list["name"] == name) return list;
        return json();
    }
};

TEST_F(WatchCommandTest, AddListAndRemove) {
    ProcessResult r = cli({"watch", "add", "Lucht", "patriot OR nasams", "--notify"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "added watch-list \"Lucht\" (2 articles)\n");
    json lucht = listed("Lucht");
    EXPECT_EQ(lucht["query"], "patriot OR nasams");
    EXPECT_EQ(lucht["unread"], 2);
    EXPECT_EQ(lucht["total"], 2);
    EXPECT_EQ(lucht["notify"], true);
    EXPECT_EQ(listed("F-35")["total"], 0) << "the defaults a new database starts with";
    ASSERT_EQ(cli({"read", "1"}).exitCode, 0);
    EXPECT_EQ(listed("Lucht")["unread"], 1);
    ProcessResult removed = cli({"watch", "remove", "lucht"}); // found by a name alike
    EXPECT_EQ(removed.exitCode, 0) << removed.err;
    EXPECT_EQ(removed.err, "removed watch-list \"Lucht\"\n") << "says which one went";
    EXPECT_TRUE(listed("Lucht").is_null());
}

TEST_F(WatchCommandTest, ListWatchShowsItsArticlesNewestFirst) {
    ASSERT_EQ(cli({"watch", "add", "Lucht", "patriot", "OR", "nasams"}).exitCode, 0)
        << "the query may come as several words";
    ProcessResult r = cli({"list", "--watch", "Lucht", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    json rows = json::parse(r.out);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0]["title"], "Patriot naar Polen");
    EXPECT_EQ(rows[1]["title"], "NASAMS voor Oekraïne");
    ASSERT_EQ(cli({"read", "1"}).exitCode, 0);
    r = cli({"list", "--watch", "Lucht", "--unread", "--json"});
    EXPECT_EQ(json::parse(r.out).size(), 1u);
}

TEST_F(WatchCommandTest, MistakesExitTwoAndSayWhy) {
    ProcessResult r = cli({"watch", "add", "Leeg", "is:unread"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("needs a word to look for"), std::string::npos) << r.err;
    r = cli({"watch", "add", "F-35", "f35"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("exists already"), std::string::npos) << r.err;
    r = cli({"watch", "add", "Fout", "f35 is:bogus"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("is: takes"), std::string::npos) << r.err;
    r = cli({"watch", "remove", "Bestaat niet"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("no watch-list named \"Bestaat niet\""), std::string::npos) << r.err;
    r = cli({"list", "--watch", "Bestaat niet"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("no watch-list named"), std::string::npos) << r.err;
    r = cli({"watch", "add", "Getypt", "patriot folder:Nieuwz"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("no folder named \"Nieuwz\""), std::string::npos) << r.err;
    r = cli({"watch", "add", "Getypt", "patriot feed:4242"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("there is no feed 4242"), std::string::npos) << r.err;
    EXPECT_TRUE(listed("Getypt").is_null());
}

// folder: takes a folder as typed, without case; list --watch --folder narrows it the same way.
TEST_F(WatchCommandTest, AFolderIsNamedWithoutCase) {
    ProcessResult r = cli({"watch", "add", "Nieuws-lucht", "patriot OR nasams folder:nieuws"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(listed("Nieuws-lucht")["total"], 2);
    r = cli({"list", "--watch", "Nieuws-lucht", "--folder", "NIEUWS", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(json::parse(r.out).size(), 2u);
}

// A name with a tab or a line break was kept and split `watch list`'s lines; "lucht" beside
// "Lucht" made two rows a reader cannot tell apart.
TEST_F(WatchCommandTest, NamesThatBreakTheListOrLookAlikeExitTwo) {
    ASSERT_EQ(cli({"watch", "add", "Lucht", "patriot"}).exitCode, 0);
    for (const char* name : {" ", "a\tb", "a\nb", "lucht", "Lücht"}) {
        ProcessResult r = cli({"watch", "add", name, "fregat"});
        EXPECT_EQ(r.exitCode, 2) << name;
        EXPECT_NE(r.err.find("watch add: "), std::string::npos) << r.err;
    }
    ProcessResult r = cli({"watch", "list"});
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 5) << "four defaults, Lucht:\n"
                                                               << r.out;
    r = cli({"list", "--watch", "lucht", "--json"});
    EXPECT_EQ(r.exitCode, 0) << "found as the tree shows it: " << r.err;
    EXPECT_EQ(json::parse(r.out).size(), 1u);
    EXPECT_EQ(cli({"briefing", "--watch", "LUCHT", "--format", "json"}).exitCode, 0);
}

} // namespace
} // namespace heraut
