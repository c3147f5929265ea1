// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/StoryGrouper.h"

#include <gtest/gtest.h>
#include <map>

namespace heraut {
namespace {

constexpr std::int64_t kMonday = 1795392000; // 2026-11-23 00:00 UTC

StoryArticleText text(std::int64_t id, std::int64_t feed, std::int64_t time, std::string title,
                      std::string body, std::string link = {}) {
    StoryArticleText t;
    t.id = id;
    t.feedId = feed;
    t.sortDate = time;
    t.storyId = id;
    t.guid = "guid-" + std::to_string(id);
    if (!link.empty()) t.link = link;
    t.title = std::move(title);
    t.text = std::move(body);
    return t;
}

std::map<std::int64_t, std::int64_t> group(const std::vector<StoryArticleText>& known,
                                           const std::vector<StoryArticleText>& fresh,
                                           StoryOptions options = {}) {
    StoryGrouper grouper(options);
    for (const auto& k : known)
        grouper.addKnown(k);
    for (const auto& f : fresh)
        grouper.addNew(f);
    std::map<std::int64_t, std::int64_t> storyOf;
    for (const auto& [article, story] : grouper.group())
        storyOf[article] = story;
    return storyOf;
}

const std::string kPatriotNos =
    "Nederland stuurt twee extra lanceerinstallaties voor het Patriot-systeem naar Oekraïne, "
    "zegt minister Brekelmans. Ze worden via het Poolse Rzeszów geleverd.";
const std::string kPatriotNu =
    "Minister Brekelmans geeft Oekraïne twee Patriot-lanceerinstallaties uit eigen voorraad. "
    "De levering loopt via Rzeszów in Polen.";

TEST(StoryGrouperTest, DifferentlyWordedReportsOfOneEventJoin) {
    auto storyOf = group(
        {}, {text(1, 1, kMonday, "Nederland levert nog twee Patriots aan Oekraïne", kPatriotNos),
             text(2, 2, kMonday + 3600,
                  "Brekelmans: twee Patriot-lanceerinstallaties naar Oekraïne", kPatriotNu)});
    EXPECT_EQ(storyOf.at(1), 1);
    EXPECT_EQ(storyOf.at(2), 1);
}

TEST(StoryGrouperTest, OneSharedWordNeverJoins) {
    auto storyOf = group({}, {text(1, 1, kMonday, "NAVO-oefening in Litouwen begonnen",
                                   "Troepen van de NAVO oefenen in Litouwen bij Pabradė."),
                              text(2, 2, kMonday + 600, "NAVO-ministers eens over doelen",
                                   "De ministers van de NAVO kwamen in Brussel bijeen.")});
    EXPECT_EQ(storyOf.at(1), 1);
    EXPECT_EQ(storyOf.at(2), 2);
}

TEST(StoryGrouperTest, TheSameLinkJoinsWhateverTheWords) {
    auto storyOf =
        group({}, {text(1, 1, kMonday, "Een", "tekst", "https://www.nos.nl/artikel/1?utm_source=x"),
                   text(2, 2, kMonday + 60, "Twee", "anders", "http://nos.nl/artikel/1/#top")});
    EXPECT_EQ(storyOf.at(2), 1);
}

TEST(StoryGrouperTest, OutsideTheWindowStaysApart) {
    auto storyOf = group(
        {}, {text(1, 1, kMonday, "Nederland levert nog twee Patriots aan Oekraïne", kPatriotNos),
             text(2, 2, kMonday + 80 * 3600,
                  "Brekelmans: twee Patriot-lanceerinstallaties naar Oekraïne", kPatriotNu)});
    EXPECT_EQ(storyOf.at(2), 2);
}

TEST(StoryGrouperTest, ANewArticleJoinsAKnownStory) {
    StoryArticleText known =
        text(7, 1, kMonday, "Nederland levert nog twee Patriots aan Oekraïne", kPatriotNos);
    known.storyId = 5; // already in story 5 with another article
    auto storyOf = group(
        {known}, {text(9, 2, kMonday + 3600,
                       "Brekelmans: twee Patriot-lanceerinstallaties naar Oekraïne", kPatriotNu)});
    EXPECT_EQ(storyOf.at(9), 5);
}

TEST(StoryGrouperTest, ArticlesOfOneFeedAreNotComparedByWords) {
    auto storyOf = group(
        {}, {text(1, 1, kMonday, "Nederland levert nog twee Patriots aan Oekraïne", kPatriotNos),
             text(2, 1, kMonday + 3600,
                  "Brekelmans: twee Patriot-lanceerinstallaties naar Oekraïne", kPatriotNu)});
    EXPECT_EQ(storyOf.at(2), 2);
}

} // namespace
} // namespace heraut
