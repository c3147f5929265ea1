// SPDX-License-Identifier: GPL-3.0-or-later
// heraut-cli list --stories and show-story: a real process over a real database file.
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

constexpr std::int64_t kNow = 1795392000; // 2026-11-23 00:00 UTC

class StoryCommandTest : public testing::Test {
  protected:
    test::TempDir dir;
    std::int64_t nos = 0, nu = 0, vrt = 0;

    // Stored as a sync would store them: nothing groups them before heraut-cli is asked.
    void SetUp() override {
        Database db(dir.database());
        FeedStore feeds(db);
        ArticleStore articles(db);
        nos = feeds.addFeed("https://nos.nl/feed", "NOS", "Nieuws", kNow);
        nu = feeds.addFeed("https://nu.nl/feed", "NU.nl", "Nieuws", kNow);
        vrt = feeds.addFeed("https://vrt.be/feed", "VRT NWS", "België", kNow);
        auto article = [](const std::string& id, const std::string& title, const std::string& text,
                          std::int64_t published) {
            Article a;
            a.id = id;
            a.title = title;
            a.link = "https://example.nl/" + id;
            a.published = published;
            a.content = "<p>" + text + "</p>";
            a.keyTakeaways = {"Punt over " + title};
            return a;
        };
        Transaction t(db);
        articles.storeArticles(
            nos,
            {article("p", "Nederland levert nog twee Patriots aan Oekraïne",
                     "Nederland stuurt twee extra lanceerinstallaties voor het Patriot-systeem "
                     "naar Oekraïne, zegt minister Brekelmans. Ze gaan via het Poolse Rzeszów.",
                     kNow - 7200)},
            kNow);
        articles.storeArticles(
            nu,
            {article("q", "Brekelmans: twee Patriot-lanceerinstallaties naar Oekraïne",
                     "Minister Brekelmans geeft Oekraïne twee Patriot-lanceerinstallaties uit "
                     "eigen voorraad. De levering loopt via Rzeszów in Polen.",
                     kNow - 3600)},
            kNow);
        articles.storeArticles(
            vrt,
            {article("r", "Eerste Belgische F-35 landt in Florennes",
                     "De eerste F-35 van de Luchtcomponent landde in Florennes.", kNow - 1800)},
            kNow);
        t.commit();
    }

    ProcessResult cli(std::vector<std::string> args) {
        args.insert(args.begin(), {HERAUT_CLI, "--db", dir.database()});
        return test::runProcess(args, {}, {});
    }
};

TEST_F(StoryCommandTest, ListStoriesGivesOneRowPerEvent) {
    ProcessResult r = cli({"list", "--stories", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    json list = json::parse(r.out);
    ASSERT_EQ(list.size(), 2u) << r.out;
    EXPECT_EQ(list[0]["title"], "Eerste Belgische F-35 landt in Florennes");
    EXPECT_EQ(list[0]["articles"].size(), 1u);
    const json& patriot = list[1];
    EXPECT_EQ(patriot["title"], "Nederland levert nog twee Patriots aan Oekraïne");
    EXPECT_EQ(patriot["feeds"], json::array({nos, nu}));
    EXPECT_EQ(patriot["articles"].size(), 2u);
    EXPECT_EQ(patriot["story_id"], patriot["articles"][0]);
    EXPECT_EQ(patriot["unread"], 2);
    EXPECT_EQ(patriot["first_seen"], "2026-11-23T00:00:00Z");
    std::vector<std::string> keys;
    nlohmann::ordered_json ordered = nlohmann::ordered_json::parse(r.out);
    for (const auto& [key, value] : ordered[1].items())
        keys.push_back(key);
    EXPECT_EQ(keys, (std::vector<std::string>{"story_id", "title", "articles", "feeds",
                                              "first_seen", "unread"}));
}

TEST_F(StoryCommandTest, ListStoriesTakesTheListFilters) {
    ProcessResult r = cli({"list", "--stories", "--json", "--folder", "België"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(json::parse(r.out).size(), 1u);
    r = cli({"list", "--stories", "--starred"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, "heraut-cli: --stories and --starred do not go together\n");
    r = cli({"list", "--stories", "--feed", "99"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("no feed with id 99"), std::string::npos) << r.err;
    r = cli({"list", "--stories"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("2 sources\tNederland levert nog twee Patriots aan Oekraïne"),
              std::string::npos)
        << r.out;
}

TEST_F(StoryCommandTest, ShowStoryGivesEachSourceWithItsTakeaways) {
    ProcessResult list = cli({"list", "--stories", "--json"});
    ASSERT_EQ(list.exitCode, 0) << list.err;
    std::string id = std::to_string(json::parse(list.out)[1]["story_id"].get<std::int64_t>());
    ProcessResult r = cli({"show-story", id});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("2 sources"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("NOS · "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("https://example.nl/q"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("  • Punt over Brekelmans"), std::string::npos) << r.out;
    r = cli({"show-story", id, "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    json story = json::parse(r.out);
    ASSERT_EQ(story["items"].size(), 2u);
    EXPECT_EQ(story["items"][1]["feed_title"], "NU.nl");
}

TEST_F(StoryCommandTest, ShowStoryOfAnUnknownIdIsBadInput) {
    ProcessResult r = cli({"show-story", "999"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, "heraut-cli: no story with id 999\n");
    r = cli({"show-story", "x"});
    EXPECT_EQ(r.exitCode, 2);
}

// `list` and `search` give article ids, and a story's id is its first article's: the walk
// asked for a later report's id and was told only that there is no such story.
TEST_F(StoryCommandTest, ShowStoryOfALaterReportsIdNamesItsStory) {
    ProcessResult list = cli({"list", "--stories", "--json"});
    ASSERT_EQ(list.exitCode, 0) << list.err;
    json patriot = json::parse(list.out)[1];
    std::string story = std::to_string(patriot["story_id"].get<std::int64_t>());
    std::string report = std::to_string(patriot["articles"][1].get<std::int64_t>());
    ASSERT_NE(story, report);
    ProcessResult r = cli({"show-story", report});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, "heraut-cli: no story with id " + report + "; article " + report +
                         " is in story " + story + " (show-story " + story + ")\n");
}

// A watch-list's stories: those of its matches, each once, with all its sources; an empty name
// is refused, not read as "every article".
TEST_F(StoryCommandTest, ListStoriesOfAWatchList) {
    ASSERT_EQ(cli({"watch", "add", "Lucht", "florennes"}).exitCode, 0);
    ASSERT_EQ(cli({"watch", "add", "Rzeszow", "rzeszów"}).exitCode, 0);
    ProcessResult r = cli({"list", "--stories", "--json", "--watch", "Lucht"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    json list = json::parse(r.out);
    ASSERT_EQ(list.size(), 1u) << r.out;
    EXPECT_EQ(list[0]["title"], "Eerste Belgische F-35 landt in Florennes");
    r = cli({"list", "--stories", "--json", "--watch", "Rzeszow"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    list = json::parse(r.out);
    ASSERT_EQ(list.size(), 1u) << r.out; // both reports match: one story
    EXPECT_EQ(list[0]["articles"].size(), 2u);
    r = cli({"list", "--stories", "--watch", "Bestaat niet"});
    EXPECT_EQ(r.exitCode, 2);
    for (const std::string option : {"--watch", "--folder", "--feed", "--since"}) {
        r = cli({"list", option, ""});
        EXPECT_EQ(r.exitCode, 2) << option << ": " << r.out;
        EXPECT_NE(r.err.find("needs a value"), std::string::npos) << option << ": " << r.err;
    }
}

} // namespace
} // namespace heraut
