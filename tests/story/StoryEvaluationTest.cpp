// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorySet.h"

#include <cstdio>
#include <gtest/gtest.h>
#include <set>

namespace heraut {
namespace {

// The thresholds issue 13 sets for the evaluation set (tests/data/stories/README.md).
TEST(StoryEvaluationTest, DefenceWeekReachesPrecisionAndRecall) {
    auto set = test::readStorySet(HERAUT_TEST_DATA "/stories/defence-week-2026-11.txt");
    ASSERT_EQ(set.size(), 62u);
    auto storyOf = test::groupStorySet(set);
    auto scores = test::scorePairs(set, storyOf);
    std::printf("precision %.3f recall %.3f (%ld of %ld grouped pairs right, %ld pairs of one "
                "event)\n",
                scores.precision(), scores.recall(), scores.truePairs, scores.predictedPairs,
                scores.goldPairs);
    RecordProperty("precision", std::to_string(scores.precision()));
    RecordProperty("recall", std::to_string(scores.recall()));
    EXPECT_GE(scores.precision(), 0.95)
        << scores.truePairs << " of " << scores.predictedPairs << '\n'
        << test::wrongPairs(set, storyOf);
    EXPECT_GE(scores.recall(), 0.85) << scores.truePairs << " of " << scores.goldPairs << '\n'
                                     << test::wrongPairs(set, storyOf);
}

// Events about the same system, country or operation in the same week stay apart, whatever
// the recall: these are the pairs a reader would notice first.
TEST(StoryEvaluationTest, SameSystemDifferentEventsStayApart) {
    auto set = test::readStorySet(HERAUT_TEST_DATA "/stories/defence-week-2026-11.txt");
    auto storyOf = test::groupStorySet(set);
    std::map<std::string, std::set<std::int64_t>> storiesOfEvent;
    for (const auto& a : set)
        storiesOfEvent[a.event].insert(storyOf.at(a.article.id));
    auto apart = [&](const std::string& x, const std::string& y) {
        for (std::int64_t s : storiesOfEvent[x])
            if (storiesOfEvent[y].contains(s)) return false;
        return true;
    };
    EXPECT_TRUE(apart("nl-patriot-ukraine", "de-patriot-ukraine"));
    EXPECT_TRUE(apart("f35-leeuwarden", "f35-florennes"));
    EXPECT_TRUE(apart("f35-florennes", "f35-delivery-pause"));
    EXPECT_TRUE(apart("bel-nasams", "nl-nasams"));
    EXPECT_TRUE(apart("nato-ministers", "nato-exercise"));
    EXPECT_TRUE(apart("volkel-drones", "bel-antidrone"));
    EXPECT_TRUE(apart("tromp-submarine", "bel-minehunter"));
    EXPECT_TRUE(apart("ukraine-refinery", "zelensky-hague"));
    EXPECT_TRUE(apart("rheinmetall-lithuania", "single-defence-stocks"));
    EXPECT_TRUE(apart("nato-ministers", "single-defence-stocks"));
}

} // namespace
} // namespace heraut
