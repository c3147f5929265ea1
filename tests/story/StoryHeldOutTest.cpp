// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorySet.h"

#include <cstdio>
#include <gtest/gtest.h>
#include <set>

namespace heraut {
namespace {

// The second week (tests/data/stories/README.md): written without reading the grouping code
// and held out until its misses (recall 0.436, 34 of 78 pairs) led to the name rule and the
// softer "half of the story" rule; since then a development set like the first week, and
// held to issue 13's targets the same way: precision >= 0.95, recall >= 0.85.
const char* const kSecondWeek = HERAUT_TEST_DATA "/stories/defence-week-2026-12.txt";

TEST(StoryHeldOutTest, SecondWeekReachesPrecisionAndRecall) {
    auto set = test::readStorySet(kSecondWeek);
    ASSERT_EQ(set.size(), 71u);
    auto storyOf = test::groupStorySet(set);
    auto scores = test::scorePairs(set, storyOf);
    ASSERT_EQ(scores.goldPairs, 78);
    std::printf("second week: precision %.3f recall %.3f (%ld of %ld grouped pairs right, %ld "
                "pairs of one event)\n",
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

// The set's hard negatives: events about the same system, country or operation in the same
// week, and follow-ups that are a new decision or incident (the README's rule).
TEST(StoryHeldOutTest, SameSystemAndFollowUpEventsStayApart) {
    auto set = test::readStorySet(kSecondWeek);
    auto storyOf = test::groupStorySet(set);
    std::map<std::string, std::set<std::int64_t>> storiesOfEvent;
    for (const auto& a : set)
        storiesOfEvent[a.event].insert(storyOf.at(a.article.id));
    auto apart = [&](const std::string& x, const std::string& y) {
        EXPECT_TRUE(storiesOfEvent.contains(x) && storiesOfEvent.contains(y)) << x << ' ' << y;
        for (std::int64_t s : storiesOfEvent[x])
            if (storiesOfEvent[y].contains(s)) return false;
        return true;
    };
    EXPECT_TRUE(apart("cv90-rollover", "cv90-pause"));
    EXPECT_TRUE(apart("cv90-pause", "cv90-mlu-contract"));
    EXPECT_TRUE(apart("cv90-rollover", "cv90-mlu-contract"));
    EXPECT_TRUE(apart("cv90-mlu-contract", "single-cv90-ukraine"));
    EXPECT_TRUE(apart("bel-f35-extra", "f35-lot-contract"));
    EXPECT_TRUE(apart("f35-lot-contract", "single-gripen-ukraine"));
    EXPECT_TRUE(apart("nl-ukraine-package", "bel-ukraine-package"));
    EXPECT_TRUE(apart("nato-foreign-ministers", "nato-exercise"));
    EXPECT_TRUE(apart("nato-foreign-ministers", "single-nato-spending"));
    EXPECT_TRUE(apart("asw-frigate-steelcut", "evertsen-redsea"));
    EXPECT_TRUE(apart("eindhoven-drones", "eindhoven-drones-again"));
    EXPECT_TRUE(apart("thales-radar-order", "single-defence-shares"));
    EXPECT_TRUE(apart("eu-safe-loans", "single-defence-shares"));
}

} // namespace
} // namespace heraut
