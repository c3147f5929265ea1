// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorySet.h"

#include <cstdio>
#include <gtest/gtest.h>
#include <set>

namespace heraut {
namespace {

// The held-out set (tests/data/stories/README.md): written without reading the grouping code,
// never to be tuned on. Issue 13's targets are precision >= 0.95 and recall >= 0.85; only
// what the grouping reaches on it is asserted. Recall is printed and recorded, not asserted:
// it was 0.436 (34 of 78 pairs) when the set was written, far below 0.85, and asserting a
// lower figure would be a target read off this set.
const char* const kHeldOut = HERAUT_TEST_DATA "/stories/defence-week-2026-12.txt";

TEST(StoryHeldOutTest, HeldOutWeekKeepsPrecision) {
    auto set = test::readStorySet(kHeldOut);
    ASSERT_EQ(set.size(), 71u);
    auto storyOf = test::groupStorySet(set);
    auto scores = test::scorePairs(set, storyOf);
    ASSERT_EQ(scores.goldPairs, 78);
    std::printf("held out: precision %.3f recall %.3f (%ld of %ld grouped pairs right, %ld "
                "pairs of one event)\n",
                scores.precision(), scores.recall(), scores.truePairs, scores.predictedPairs,
                scores.goldPairs);
    RecordProperty("precision", std::to_string(scores.precision()));
    RecordProperty("recall", std::to_string(scores.recall()));
    EXPECT_GE(scores.precision(), 0.95)
        << scores.truePairs << " of " << scores.predictedPairs << '\n'
        << test::wrongPairs(set, storyOf);
}

// The set's hard negatives: events about the same system, country or operation in the same
// week, and follow-ups that are a new decision or incident (the README's rule).
TEST(StoryHeldOutTest, SameSystemAndFollowUpEventsStayApart) {
    auto set = test::readStorySet(kHeldOut);
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
