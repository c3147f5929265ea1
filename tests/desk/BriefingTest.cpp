// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/Briefing.h"
#include "TempDatabase.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"
#include "heraut/MuteRules.h"
#include "heraut/WatchLists.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace heraut {
namespace {

constexpr std::int64_t kNow = 1769100000; // 2026-01-22 16:40 UTC
constexpr std::int64_t kHour = 3600;

class BriefingTest : public testing::Test {
  protected:
    test::TempDir dir;
    Database db{dir.database()};
    FeedStore feeds{db};
    ArticleStore articles{db};
    WatchListStore watch{db};
    std::int64_t defensie = feeds.addFeed("https://a.nl/feed", "Defensie.nl", "Defensie", kNow);
    std::int64_t nos = feeds.addFeed("https://b.nl/feed", "NOS", "Nieuws", kNow);
    std::int64_t vrt = feeds.addFeed("https://c.be/feed", "VRT NWS", std::nullopt, kNow);
    int next = 1;

    void SetUp() override {
        for (const WatchList& list : watch.lists())
            watch.remove(list.name);
        watch.add("Luchtverdediging", "patriot* OR nasams", false, kNow);
        add(defensie, "Patriot-systeem naar Polen", kNow - 1 * kHour, {"Twee batterijen."});
        add(nos, "Kabinet stuurt Patriots naar Polen", kNow - 2 * kHour, {});
        add(nos, "Fregat Tromp vertrekt <vandaag>", kNow - 3 * kHour, {"Naar Azië & terug."});
        add(vrt, "Belgische F-16's boven de Baltische staten", kNow - 4 * kHour, {});
        add(defensie, "Gisteren: oefening", kNow - 30 * kHour, {});
        watch.updateMatches(kNow);
    }

    std::int64_t add(std::int64_t feed, const std::string& title, std::int64_t date,
                     std::vector<std::string> takeaways) {
        Article a;
        a.id = std::to_string(next++);
        a.title = title;
        a.link = "https://example.nl/" + a.id;
        a.published = date;
        a.keyTakeaways = std::move(takeaways);
        Transaction t(db);
        articles.storeArticles(feed, {a}, kNow);
        t.commit();
        return db.lastInsertId();
    }

    BriefingOptions today() {
        BriefingOptions options;
        options.since = kNow - 24 * kHour;
        options.until = kNow + 1;
        return options;
    }
};

TEST_F(BriefingTest, GroupsByWatchListThenFolderNewestFirstEachArticleOnce) {
    Briefing b = buildBriefing(db, today(), kNow);
    ASSERT_EQ(b.sections.size(), 3u);
    EXPECT_EQ(b.articles, 4) << "yesterday's article is outside the window";
    EXPECT_EQ(b.sections[0].kind, BriefingSection::Kind::WatchList);
    EXPECT_EQ(b.sections[0].name, "Luchtverdediging");
    ASSERT_EQ(b.sections[0].items.size(), 2u);
    EXPECT_EQ(b.sections[0].items[0].title, "Patriot-systeem naar Polen");
    EXPECT_EQ(b.sections[0].items[0].keyTakeaways, std::vector<std::string>{"Twee batterijen."});
    EXPECT_EQ(b.sections[0].items[0].sources[0].feedTitle, "Defensie.nl");
    EXPECT_EQ(b.sections[1].name, "Nieuws");
    ASSERT_EQ(b.sections[1].items.size(), 1u) << "the Patriot article of NOS is shown once";
    EXPECT_EQ(b.sections[1].items[0].title, "Fregat Tromp vertrekt <vandaag>");
    EXPECT_EQ(b.sections[2].kind, BriefingSection::Kind::NoFolder);
}

TEST_F(BriefingTest, FolderAndWatchListNarrowIt) {
    BriefingOptions options = today();
    options.folder = "Nieuws";
    Briefing b = buildBriefing(db, options, kNow);
    ASSERT_EQ(b.sections.size(), 2u);
    EXPECT_EQ(b.sections[0].items.size(), 1u); // NOS's Patriot article
    EXPECT_EQ(b.sections[1].name, "Nieuws");
    options = today();
    options.watchList = "Luchtverdediging";
    b = buildBriefing(db, options, kNow);
    ASSERT_EQ(b.sections.size(), 1u);
    EXPECT_EQ(b.articles, 2);
    options.watchList = "Bestaat niet";
    EXPECT_THROW(buildBriefing(db, options, kNow), BriefingError);
    options = today();
    options.folder = "Bestaat niet";
    EXPECT_THROW(buildBriefing(db, options, kNow), BriefingError);
}

// Stories (issue 13 §1) are not in this branch; the briefing takes them through storyOf.
TEST_F(BriefingTest, ArticlesOfOneStoryBecomeOneItemWithEachSource) {
    BriefingOptions options = today();
    options.storyOf = [](std::int64_t id) -> std::optional<std::int64_t> {
        return id <= 2 ? std::optional<std::int64_t>(7) : std::nullopt;
    };
    Briefing b = buildBriefing(db, options, kNow);
    ASSERT_EQ(b.sections[0].items.size(), 1u);
    const BriefingItem& item = b.sections[0].items[0];
    EXPECT_EQ(item.storyId, 7);
    EXPECT_EQ(item.title, "Kabinet stuurt Patriots naar Polen") << "the first report's headline";
    ASSERT_EQ(item.sources.size(), 2u);
    EXPECT_EQ(item.sources[0].feedTitle, "NOS");
    EXPECT_EQ(item.sources[1].feedTitle, "Defensie.nl");
    EXPECT_EQ(item.newest, kNow - 1 * kHour);
    EXPECT_EQ(b.articles, 4);
}

// Article 3 (the frigate) is in no list; as a report of the Patriot story it goes with it.
TEST_F(BriefingTest, AStoryIsNotSplitBetweenAListAndAFolder) {
    BriefingOptions options = today();
    options.storyOf = [](std::int64_t id) -> std::optional<std::int64_t> {
        return id == 1 || id == 3 ? std::optional<std::int64_t>(1) : std::nullopt;
    };
    Briefing b = buildBriefing(db, options, kNow);
    ASSERT_EQ(b.sections[0].name, "Luchtverdediging");
    ASSERT_EQ(b.sections[0].items.size(), 2u);
    const BriefingItem& story = b.sections[0].items[0];
    EXPECT_EQ(story.storyId, 1);
    ASSERT_EQ(story.sources.size(), 2u);
    EXPECT_EQ(story.sources[0].articleId, 3) << "first reported first";
    EXPECT_EQ(story.sources[1].articleId, 1);
    for (const BriefingSection& section : b.sections) {
        if (section.name != "Nieuws") continue;
        for (const BriefingItem& item : section.items)
            EXPECT_NE(item.title, "Fregat Tromp vertrekt <vandaag>") << "shown twice";
    }
    EXPECT_EQ(b.articles, 4);
}

// The frigate (NOS, folder Nieuws) and the F-16s (VRT, no folder) as one story that no list
// matches: one item under the first report's section, not one in each (a trial saw it twice).
TEST_F(BriefingTest, AStoryIsNotSplitBetweenFolders) {
    BriefingOptions options = today();
    options.storyOf = [](std::int64_t id) -> std::optional<std::int64_t> {
        return id == 3 || id == 4 ? std::optional<std::int64_t>(5) : std::nullopt;
    };
    Briefing b = buildBriefing(db, options, kNow);
    ASSERT_EQ(b.sections.size(), 2u) << "Nieuws has nothing left of its own";
    EXPECT_EQ(b.sections[1].kind, BriefingSection::Kind::NoFolder);
    ASSERT_EQ(b.sections[1].items.size(), 1u);
    const BriefingItem& story = b.sections[1].items[0];
    EXPECT_EQ(story.title, "Belgische F-16's boven de Baltische staten") << "the first report";
    ASSERT_EQ(story.sources.size(), 2u);
    EXPECT_EQ(story.sources[1].feedTitle, "NOS");
    EXPECT_EQ(b.articles, 4);
    // A later report in a folder of its own still goes with its story.
    options.storyOf = [](std::int64_t id) -> std::optional<std::int64_t> {
        return id == 3 || id == 5 ? std::optional<std::int64_t>(9) : std::nullopt;
    };
    options.since = kNow - 48 * kHour;
    b = buildBriefing(db, options, kNow);
    std::vector<std::string> sections;
    for (const BriefingSection& section : b.sections)
        sections.push_back(section.name);
    EXPECT_EQ(sections, (std::vector<std::string>{"Luchtverdediging", "Defensie", ""}))
        << "the NOS report went to Defensie, with yesterday's first report";
    ASSERT_EQ(b.sections[1].items.size(), 1u);
    EXPECT_EQ(b.sections[1].items[0].sources.size(), 2u);
}

TEST_F(BriefingTest, HiddenArticlesStayOut) {
    MuteRuleStore mute(db);
    MuteRule rule;
    rule.pattern = "fregat";
    rule.action = MuteRule::Action::Hide;
    db.execute("UPDATE mute_state SET applied_to = 0"); // as if all had just arrived
    mute.add(rule, kNow);
    mute.applyToArrivals(kNow);
    EXPECT_EQ(buildBriefing(db, today(), kNow).articles, 3);
}

TEST_F(BriefingTest, HtmlIsEscapedDutchAndPrintable) {
    std::string html = briefingHtml(buildBriefing(db, today(), kNow), briefingLabels("nl_NL"));
    EXPECT_NE(html.find("<html lang=\"nl\">"), std::string::npos);
    EXPECT_NE(html.find("@page { size: A4"), std::string::npos);
    EXPECT_NE(html.find("Volglijst: Luchtverdediging"), std::string::npos);
    EXPECT_NE(html.find("Fregat Tromp vertrekt &lt;vandaag&gt;"), std::string::npos);
    EXPECT_NE(html.find("Naar Azië &amp; terug."), std::string::npos);
    EXPECT_NE(html.find("Overige bronnen"), std::string::npos);
    EXPECT_NE(html.find("januari 2026"), std::string::npos);
    EXPECT_EQ(html.find("<vandaag>"), std::string::npos);
    std::string english = briefingHtml(buildBriefing(db, today(), kNow), briefingLabels("en"));
    EXPECT_NE(english.find("Watch-list: Luchtverdediging"), std::string::npos);
    EXPECT_NE(english.find("January 2026"), std::string::npos);
}

// The walk read "since 30 November 2026 00:00 until 1 December 2026 00:00" at the top of the
// English page, and "1 articles" for a quiet day.
TEST_F(BriefingTest, ThePeriodReadsAsARangeAndCountsOneArticleAsOne) {
    Briefing b = buildBriefing(db, today(), kNow);
    for (const char* language : {"en", "nl"}) {
        BriefingLabels labels = briefingLabels(language);
        bool en = std::string(language) == "en";
        std::string expected = std::string("_") + (en ? "from " : "van ") +
                               briefingTime(b.since, labels) + (en ? " to " : " tot ") +
                               briefingTime(b.until, labels) + " · 4 " +
                               (en ? "articles" : "artikelen") + "_";
        std::string md = briefingMarkdown(b, labels);
        EXPECT_NE(md.find(expected), std::string::npos) << md;
    }
    b.articles = 1;
    EXPECT_NE(briefingMarkdown(b, briefingLabels("en")).find("· 1 article_"), std::string::npos);
    EXPECT_NE(briefingMarkdown(b, briefingLabels("nl")).find("· 1 artikel_"), std::string::npos);
}

TEST_F(BriefingTest, MarkdownAndJson) {
    Briefing b = buildBriefing(db, today(), kNow);
    std::string md = briefingMarkdown(b, briefingLabels("en"));
    EXPECT_NE(md.find("## Watch-list: Luchtverdediging"), std::string::npos);
    EXPECT_NE(md.find("### Fregat Tromp vertrekt \\<vandaag\\>"), std::string::npos) << md;
    EXPECT_NE(md.find("[Defensie.nl](<https://example.nl/1>)"), std::string::npos) << md;
    EXPECT_NE(md.find("- Twee batterijen."), std::string::npos);
    nlohmann::json json = nlohmann::json::parse(briefingJson(b));
    EXPECT_EQ(json["articles"], 4);
    EXPECT_EQ(json["sections"][0]["kind"], "watch_list");
    EXPECT_EQ(json["sections"][0]["items"][0]["sources"][0]["link"], "https://example.nl/1");
    EXPECT_TRUE(json["sections"][0]["items"][0]["story_id"].is_null());
    EXPECT_EQ(json["sections"][2]["kind"], "no_folder");
}

TEST_F(BriefingTest, AnEmptyPeriodSaysSo) {
    BriefingOptions options;
    options.since = kNow - 100 * 24 * kHour;
    options.until = kNow - 99 * 24 * kHour;
    Briefing b = buildBriefing(db, options, kNow);
    EXPECT_TRUE(b.sections.empty());
    EXPECT_NE(briefingHtml(b, briefingLabels("nl")).find("Niets nieuws"), std::string::npos);
}

TEST(BriefingDay, ALocalDayRunsFromMidnightToMidnight) {
    auto [start, end] = localDay(kNow);
    EXPECT_LE(start, kNow);
    EXPECT_GT(end, kNow);
    EXPECT_GE(end - start, 23 * kHour);
    EXPECT_LE(end - start, 25 * kHour);
}

} // namespace
} // namespace heraut
