// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/KeyTakeaways.h"
#include "TestData.h"
#include "heraut/FeedParser.h"

#include <gtest/gtest.h>
#include <sstream>

namespace heraut {
namespace {

struct SeedItem {
    std::string title;
    std::string excerpt;
};

// The project's seed: a category line, then a headline and an excerpt per item.
std::vector<SeedItem> readSeed() {
    std::istringstream in(test::readData("seed/defensie-headlines.txt"));
    std::string line;
    std::getline(in, line); // "Defensie"
    std::vector<SeedItem> items;
    SeedItem item;
    while (std::getline(in, item.title) && std::getline(in, item.excerpt))
        items.push_back(item);
    return items;
}

TEST(KeyTakeaways, SeedExcerptsGiveTheirSentencesWithoutHeadingOrEllipsis) {
    auto seed = readSeed();
    ASSERT_EQ(seed.size(), 12u);
    for (const SeedItem& item : seed) {
        auto takeaways = takeawaysFromExcerpt(item.excerpt);
        ASSERT_GE(takeaways.size(), 2u) << item.title;
        EXPECT_EQ(takeaways.front().find("Key takeaways"), std::string::npos) << item.title;
        for (const std::string& t : takeaways)
            EXPECT_EQ(t.find("[…]"), std::string::npos);
        // Joined again, the takeaways are the excerpt's body: nothing lost, nothing invented.
        std::string joined;
        for (const std::string& t : takeaways)
            joined += (joined.empty() ? "" : " ") + t;
        std::string body = item.excerpt.substr(std::string("Key takeaways ").size());
        body = body.substr(0, body.size() - std::string(" […]").size());
        if (!joined.ends_with(".")) joined.resize(joined.size() - std::string(" …").size());
        EXPECT_EQ(joined, body) << item.title;
    }
}

TEST(KeyTakeaways, FirstSeedItemSplitsIntoItsThreeSentences) {
    auto takeaways = takeawaysFromExcerpt(readSeed()[0].excerpt);
    ASSERT_EQ(takeaways.size(), 3u);
    EXPECT_EQ(takeaways[0], "Het Chinese ministerie van Defensie kondigde een onderzoek aan naar "
                            "twee hoge militaire functionarissen.");
    EXPECT_EQ(takeaways[1], "De reden is vermeende disciplinaire overtredingen, een term die in "
                            "China vaak wijst op corruptie.");
    EXPECT_TRUE(takeaways[2].starts_with("Zhang Youxia"));
    EXPECT_TRUE(takeaways[2].ends_with("stafchef van de gezamenlijke stafafdeling …"));
}

TEST(KeyTakeaways, SeedFeedGivesTakeawaysForAllTwelveItems) {
    auto seed = readSeed();
    ParsedFeed feed = parseFeed(test::readData("businessam-defensie-wordpress.xml"), {});
    ASSERT_EQ(feed.articles.size(), 12u);
    for (size_t i = 0; i < 12; ++i) {
        EXPECT_EQ(feed.articles[i].title, seed[i].title);
        EXPECT_EQ(feed.articles[i].keyTakeaways, takeawaysFromExcerpt(seed[i].excerpt))
            << seed[i].title;
    }
}

TEST(KeyTakeaways, HeadingsInDutchAndEnglish) {
    for (const char* heading : {"Key takeaways", "KEY TAKEAWAYS:", "Kernpunten", "In het kort",
                                "Samenvatting", "Belangrijkste punten", " in  het kort: "})
        EXPECT_TRUE(isTakeawaysHeading(heading)) << heading;
    for (const char* other : {"Meer vuurkracht", "Key", "Kernpunten van het beleid", ""})
        EXPECT_FALSE(isTakeawaysHeading(other)) << other;
}

TEST(KeyTakeaways, NoHeadingNoTakeaways) {
    EXPECT_TRUE(takeawaysFromExcerpt("Het fregat vertrekt. Morgen meer.").empty());
}

TEST(KeyTakeaways, SentencesSplitBeforeCapitalsAndQuotesOnly) {
    EXPECT_EQ(splitSentences("Het kost 1.2 mld. euro. “Nu” zegt hij. Klaar!"),
              (std::vector<std::string>{"Het kost 1.2 mld. euro.", "“Nu” zegt hij.", "Klaar!"}));
}

// The reader view shows the takeaways in a box; the body below must not say them again.
TEST(WithoutTakeaways, HeadingAndItsListGoInEveryHeadingForm) {
    const std::vector<std::string> takeaways{"Eerste punt.", "Tweede punt."};
    for (std::string heading :
         {"<h2>Key takeaways</h2>", "<p><strong>Key takeaways</strong></p>",
          "<p><b>Kernpunten:</b></p>", "<h3>In het kort</h3>", "<strong>Samenvatting</strong>"}) {
        std::string html = heading + "<ul><li>Eerste punt.</li><li>Tweede <em>punt</em>.</li></ul>"
                                     "<p>Het eigenlijke artikel.</p>";
        EXPECT_EQ(withoutTakeaways(html, takeaways), "<p>Het eigenlijke artikel.</p>") << heading;
    }
}

TEST(WithoutTakeaways, TheAnnouncedListGoesEvenWhenItsItemsDifferFromTheStoredOnes) {
    std::string html = "<h2>Kernpunten</h2><ol><li>Lang punt met <a href=\"x\">link</a>.</li>"
                       "<li>Nog een.<ul><li>Genest.</li></ul></li></ol><p>Tekst.</p>";
    EXPECT_EQ(withoutTakeaways(html, {"Iets anders."}), "<p>Tekst.</p>");
}

TEST(WithoutTakeaways, AListOrParagraphRepeatingTheTakeawaysGoesWithoutAHeading) {
    const std::vector<std::string> takeaways{"Eerste punt.", "Tweede punt."};
    EXPECT_EQ(withoutTakeaways("<ul><li>Eerste punt.</li><li>Tweede punt.</li></ul><p>Rest.</p>",
                               takeaways),
              "<p>Rest.</p>");
    EXPECT_EQ(withoutTakeaways("<p>Eerste punt. Tweede punt.</p><p>Rest.</p>", takeaways),
              "<p>Rest.</p>");
    EXPECT_EQ(withoutTakeaways("<p>Eerste punt.</p><p>Tweede punt.</p><p>Rest.</p>", takeaways),
              "<p>Rest.</p>");
}

TEST(WithoutTakeaways, ATakeawayCutShortMatchesItsWholeSentence) {
    std::string html =
        "<p>Key takeaways</p><p>Het ministerie meldt dat de fregatten later komen.</p>"
        "<p>Daarna volgt de rest.</p>";
    EXPECT_EQ(withoutTakeaways(html, {"Het ministerie meldt dat de …"}),
              "<p>Daarna volgt de rest.</p>");
}

TEST(WithoutTakeaways, OtherContentStays) {
    const std::vector<std::string> takeaways{"Eerste punt."};
    // A list with one other item, running text that mentions a heading word, and no takeaways.
    std::string mixed = "<ul><li>Eerste punt.</li><li>Iets anders.</li></ul>";
    EXPECT_EQ(withoutTakeaways(mixed, takeaways), mixed);
    std::string prose = "<p>Samenvatting van het rapport volgt later.</p><p><b>Let op</b> dit.</p>";
    EXPECT_EQ(withoutTakeaways(prose, takeaways), prose);
    std::string body = "<h2>Key takeaways</h2><ul><li>A.</li></ul>";
    EXPECT_EQ(withoutTakeaways(body, {}), body);
}

} // namespace
} // namespace heraut
