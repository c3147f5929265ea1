// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorySet.h"

#include <cstdio>
#include <gtest/gtest.h>
#include <set>

namespace heraut {
namespace {

// The later weeks (tests/data/stories/README.md): each written without reading the grouping
// code and measured before it was changed while looking at it. Issue 13's targets are precision >=
// 0.95 and recall >= 0.85; what each week reaches is asserted as its floor, so that a change that
// loses any of it fails here.
const char* const kSecondWeek = HERAUT_TEST_DATA "/stories/defence-week-2026-12.txt";

struct Week {
    const char* file;
    size_t articles;
    long pairs;
    double precision, recall; // floors: what grouping reaches on it now, rounded down
};

class StoryWeekTest : public testing::TestWithParam<Week> {};

TEST_P(StoryWeekTest, GroupingKeepsWhatItReachesOnTheWeek) {
    const Week& week = GetParam();
    auto set = test::readStorySet(std::string(HERAUT_TEST_DATA "/stories/") + week.file);
    ASSERT_EQ(set.size(), week.articles);
    auto storyOf = test::groupStorySet(set);
    auto scores = test::scorePairs(set, storyOf);
    ASSERT_EQ(scores.goldPairs, week.pairs);
    std::printf("%s: precision %.3f recall %.3f (%ld of %ld grouped pairs right, %ld pairs of "
                "one event)\n",
                week.file, scores.precision(), scores.recall(), scores.truePairs,
                scores.predictedPairs, scores.goldPairs);
    RecordProperty("precision", std::to_string(scores.precision()));
    RecordProperty("recall", std::to_string(scores.recall()));
    EXPECT_GE(scores.precision(), week.precision)
        << scores.truePairs << " of " << scores.predictedPairs << '\n'
        << test::wrongPairs(set, storyOf);
    EXPECT_GE(scores.recall(), week.recall)
        << scores.truePairs << " of " << scores.goldPairs << '\n'
        << test::wrongPairs(set, storyOf);
}

// The first three were measured before the pair score (StoryOptions) was fitted on them and
// the first week. The others were written without reading the code, in pairs, each pair
// committed before grouping ran on it: 2027-03/-04 chose the pair score's threshold, 2027-05/-06
// were measured once afterwards, 2027-07/-08 showed groundings joining their crash, 2027-09/-10
// measured a rule tried against it (average linkage, not kept), 2027-11/-12 measured the
// suspension rule (SuspensionHeadline.h) once (its "ran aground" exception came after),
// 2028-01/-02 the headline-name rule (StoryTerm::headlineName), 2028-03/-04 the commentary rule
// (CommentaryMarker.h), 2028-05/-06 the repeat rule (RepeatHeadline.h) and pieces on the
// sector's shares as commentary, which changed neither; the suspension rule's "stop op" and
// tightened rules came after; 2028-07/-08 measured those and the protest rule
// (ProtestHeadline.h); ships kept in port and inspections ordered as suspensions came after;
// 2028-09/-10 measured all of it (no change there); bans and stricter rules as suspensions came
// after; 2028-11/-12 measured those; countries' adjectives read as their names, the home
// countries not counted as distinctive, two-word names and designations' plurals came after;
// 2029-01/-02 measured those once (units of time and numbers in words as stop words came after);
// 2029-03/-04 measured the language term of the pair score once (StoryOptions::
// crossLanguageWeight; tests/data/stories/README.md).
constexpr Week kLaterWeeks[] = {{"defence-week-2026-12.txt", 71, 78, 1.00, 0.94},
                                {"defence-week-2027-01.txt", 71, 84, 0.97, 0.86},
                                {"defence-week-2027-02.txt", 70, 78, 1.00, 0.71},
                                {"defence-week-2027-03.txt", 71, 84, 0.97, 0.82},
                                {"defence-week-2027-04.txt", 72, 87, 1.00, 0.91},
                                {"defence-week-2027-05.txt", 71, 81, 0.96, 0.90},
                                {"defence-week-2027-06.txt", 71, 82, 1.00, 0.96},
                                {"defence-week-2027-07.txt", 71, 83, 1.00, 0.86},
                                {"defence-week-2027-08.txt", 72, 86, 0.87, 0.80},
                                {"defence-week-2027-09.txt", 72, 80, 0.96, 0.95},
                                {"defence-week-2027-10.txt", 73, 87, 1.00, 1.00},
                                {"defence-week-2027-11.txt", 72, 88, 1.00, 0.85},
                                {"defence-week-2027-12.txt", 73, 86, 0.96, 0.87},
                                {"defence-week-2028-01.txt", 72, 76, 0.96, 0.84},
                                {"defence-week-2028-02.txt", 74, 83, 1.00, 0.86},
                                {"defence-week-2028-03.txt", 73, 85, 0.96, 0.72},
                                {"defence-week-2028-04.txt", 70, 84, 0.84, 0.76},
                                {"defence-week-2028-05.txt", 72, 87, 0.89, 0.78},
                                {"defence-week-2028-06.txt", 72, 85, 0.85, 0.88},
                                {"defence-week-2028-07.txt", 72, 81, 1.00, 0.85},
                                {"defence-week-2028-08.txt", 71, 84, 0.91, 0.86},
                                {"defence-week-2028-09.txt", 72, 87, 1.00, 0.89},
                                {"defence-week-2028-10.txt", 70, 86, 0.90, 0.74},
                                {"defence-week-2028-11.txt", 74, 86, 0.97, 0.83},
                                {"defence-week-2028-12.txt", 72, 89, 0.97, 0.74},
                                {"defence-week-2029-01.txt", 72, 85, 0.94, 0.78},
                                {"defence-week-2029-02.txt", 70, 79, 0.85, 0.83},
                                {"defence-week-2029-03.txt", 71, 85, 1.00, 0.82},
                                {"defence-week-2029-04.txt", 72, 83, 0.87, 0.91}};
INSTANTIATE_TEST_SUITE_P(LaterWeeks, StoryWeekTest, testing::ValuesIn(kLaterWeeks));

// All thirty weeks at once, pooled (pairs summed over the weeks, each grouped alone).
TEST(StoryWeekTest, PooledOverEveryWeek) {
    test::PairScores pooled;
    auto add = [&](const std::string& file) {
        auto set = test::readStorySet(std::string(HERAUT_TEST_DATA "/stories/") + file);
        test::PairScores week = test::scorePairs(set, test::groupStorySet(set));
        pooled.truePairs += week.truePairs;
        pooled.predictedPairs += week.predictedPairs;
        pooled.goldPairs += week.goldPairs;
    };
    add("defence-week-2026-11.txt");
    for (const Week& week : kLaterWeeks)
        add(week.file);
    ASSERT_EQ(pooled.goldPairs, 2499);
    std::printf("30 weeks pooled: precision %.3f recall %.3f\n", pooled.precision(),
                pooled.recall());
    EXPECT_GE(pooled.precision(), 0.95);
    EXPECT_GE(pooled.recall(), 0.85);
}

// The set's hard negatives: events about the same system, country or operation in the same
// week, and follow-ups that are a new decision or incident (the README's rule).
TEST(StoryWeekTest, SecondWeeksSameSystemAndFollowUpEventsStayApart) {
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
