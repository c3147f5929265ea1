// SPDX-License-Identifier: GPL-3.0-or-later
// heraut-cli search as scripts use it: a real process over a real database file.
#include "TempDatabase.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"
#include "support/Process.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace heraut {
namespace {

using nlohmann::json;
using test::ProcessResult;

constexpr std::int64_t kNow = 1769100000;

class SearchCommandTest : public testing::Test {
  protected:
    test::TempDir dir;

    void SetUp() override {
        Database db(dir.database());
        FeedStore feeds(db);
        ArticleStore articles(db);
        std::int64_t flemish =
            feeds.addFeed("https://c.be/feed", "VRT", "Nederland en België", kNow);
        std::int64_t dutch = feeds.addFeed("https://d.nl/feed", "NRC", "Nederland", kNow);
        auto article = [](const std::string& id, const std::string& title) {
            Article a;
            a.id = id;
            a.title = title;
            a.published = kNow;
            return a;
        };
        Transaction t(db);
        articles.storeArticles(flemish, {article("v", "Drone boven Kleine-Brogel")}, kNow);
        articles.storeArticles(
            dutch, {article("n", "Drone boven Volkel"), article("m", "Fregat naar de Oostzee")},
            kNow);
        t.commit();
    }

    ProcessResult cli(std::vector<std::string> args) {
        args.insert(args.begin(), {HERAUT_CLI, "--db", dir.database(), "search"});
        return test::runProcess(args, {}, {});
    }

    std::vector<std::string> titles(const std::vector<std::string>& args) {
        std::vector<std::string> with = args;
        with.insert(with.begin(), "--json"); // before a "--" that ends the options
        ProcessResult r = cli(with);
        EXPECT_EQ(r.exitCode, 0) << r.err;
        std::vector<std::string> out;
        for (const json& hit : json::parse(r.out))
            out.push_back(hit["title"]);
        return out;
    }
};

TEST_F(SearchCommandTest, FiltersItCannotReadExitTwoSayingWhatIsAllowed) {
    ProcessResult r = cli({"drone", "is:bogus"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err,
              "heraut-cli: search: \"is:bogus\": is: takes unread, read, starred or muted\n");
    r = cli({"since:xyz"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("since: takes a date"), std::string::npos) << r.err;
    r = cli({"drone feed:abc"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("feed: takes a feed's number"), std::string::npos) << r.err;
}

// The help names every filter the language takes: the walk looked for is:muted there (mute
// add says muted articles are found with it) and found only is:unread and is:starred.
TEST_F(SearchCommandTest, TheHelpNamesEveryFilter) {
    ProcessResult r = test::runProcess({HERAUT_CLI, "--help"}, {}, {});
    ASSERT_EQ(r.exitCode, 0);
    ProcessResult own = cli({"--help"});
    ASSERT_EQ(own.exitCode, 0);
    for (const char* filter : {"is:unread", "is:read", "is:starred", "is:muted", "feed:ID",
                               "folder:NAME", "since:DATE"}) {
        EXPECT_NE(r.out.find(filter), std::string::npos) << filter;
        EXPECT_NE(own.out.find(filter), std::string::npos) << filter;
    }
}

TEST_F(SearchCommandTest, AnEmptyQueryIsAnError) {
    for (const char* empty : {"", "   ", "\"\""}) {
        ProcessResult r = cli({empty});
        EXPECT_EQ(r.exitCode, 2) << "[" << empty << "]";
        EXPECT_NE(r.err.find("nothing to look for"), std::string::npos) << r.err;
        EXPECT_TRUE(r.out.empty());
    }
}

TEST_F(SearchCommandTest, ATermWithoutLetterOrDigitIsSaidNotSilentlyUnfound) {
    ProcessResult r = cli({"🚀", "→"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("\"🚀\" \"→\": no letter or digit"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty());
    ProcessResult mixed = cli({"🚀", "fregat"});
    EXPECT_EQ(mixed.exitCode, 0) << mixed.err;
    EXPECT_NE(mixed.out.find("Fregat naar de Oostzee"), std::string::npos) << mixed.out;
    EXPECT_NE(mixed.err.find("\"🚀\" has no letter or digit to look for: left out"),
              std::string::npos)
        << mixed.err;
}

TEST_F(SearchCommandTest, ExclusionsAloneAndFoldersWithSpaces) {
    EXPECT_EQ(titles({"--", "-drone"}), std::vector<std::string>{"Fregat naar de Oostzee"});
    EXPECT_EQ(titles({"--", "-fregat -volkel"}),
              std::vector<std::string>{"Drone boven Kleine-Brogel"});
    EXPECT_EQ(titles({"drone", "folder:\"Nederland en België\""}),
              std::vector<std::string>{"Drone boven Kleine-Brogel"});
    EXPECT_EQ(titles({"drone folder:Nederland"}), std::vector<std::string>{"Drone boven Volkel"});
}

TEST_F(SearchCommandTest, ALongQueryWarnsWhatWasLeftOutAndStillSearches) {
    std::string paste = "volkel";
    for (int i = 0; i < 800; ++i)
        paste += " drone";
    for (int i = 0; i < 40; ++i)
        paste += " w" + std::to_string(i);
    ProcessResult r = cli({paste, "--json"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "heraut-cli: search: searched the first 32 words; 10 more were left out\n");
    EXPECT_TRUE(json::parse(r.out).empty()) << "the 32 words it kept are all looked for";
    EXPECT_EQ(titles({"volkel drone drone Drone DRONE"}),
              std::vector<std::string>{"Drone boven Volkel"});
}

} // namespace
} // namespace heraut
