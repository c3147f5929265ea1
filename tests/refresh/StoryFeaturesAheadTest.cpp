// SPDX-License-Identifier: GPL-3.0-or-later
// Story features of a refresh's new articles, computed on a thread of their own while the
// refresh goes on (StoryFeaturesAhead.h).
#include "StoryFeaturesAhead.h"
#include "heraut/StoryGrouper.h"
#include "heraut/StoryStore.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <thread>

namespace heraut {
namespace {

ParsedFeed feedOf(int articles) {
    ParsedFeed feed;
    for (int i = 0; i < articles; ++i) {
        Article a;
        a.id = "guid-" + std::to_string(i);
        a.title = "Fregat " + std::to_string(i) + " vaart uit naar de Rode Zee";
        a.link = "https://defensie.example/" + std::to_string(i);
        a.content = "<p>Zr.Ms. fregat nummer " + std::to_string(i) +
                    " escorteert koopvaardij tegen Houthi-drones.</p>";
        feed.articles.push_back(a);
    }
    return feed;
}

bool sameFeatures(const StoryFeatures& a, const StoryFeatures& b) {
    return a.link == b.link && a.guid == b.guid && a.simHash == b.simHash &&
           a.shingles == b.shingles && a.terms.size() == b.terms.size() &&
           std::equal(a.terms.begin(), a.terms.end(), b.terms.begin(),
                      [](const StoryTerm& x, const StoryTerm& y) {
                          return x.word == y.word && x.weight == y.weight;
                      });
}

TEST(StoryFeaturesAheadTest, OnlyTheNewArticlesGetFeaturesUnderTheirIds) {
    ParsedFeed feed = feedOf(5);
    ParsedFeed copy = feed;
    StoryFeaturesAhead ahead;
    ahead.add(std::move(feed), {{1, 101}, {3, 103}});
    StoryFeaturesAhead::Computed computed = ahead.takeAll();
    ASSERT_EQ(computed.size(), 2u);
    std::sort(computed.begin(), computed.end(),
              [](const auto& x, const auto& y) { return x.first < y.first; });
    EXPECT_EQ(computed[0].first, 101);
    EXPECT_TRUE(sameFeatures(computed[0].second, storyFeatures(storyTextOf(copy.articles[1]))));
    EXPECT_EQ(computed[1].first, 103);
    EXPECT_TRUE(sameFeatures(computed[1].second, storyFeatures(storyTextOf(copy.articles[3]))));
    EXPECT_FALSE(sameFeatures(computed[0].second, computed[1].second));
}

// The writer saves features in transactions of many: fewer than asked for stay waiting.
TEST(StoryFeaturesAheadTest, TakeHandsOverNothingUntilEnoughAreReady) {
    using namespace std::chrono_literals;
    StoryFeaturesAhead ahead;
    ahead.add(feedOf(3), {{0, 1}, {1, 2}, {2, 3}});
    StoryFeaturesAhead::Computed got;
    for (int i = 0; i < 1000 && got.empty(); ++i) {
        EXPECT_TRUE(ahead.take(4).empty());
        got = ahead.take(3);
        if (got.empty()) std::this_thread::sleep_for(10ms);
    }
    EXPECT_EQ(got.size(), 3u);
    EXPECT_TRUE(ahead.takeAll().empty());
}

TEST(StoryFeaturesAheadTest, AnIndexBeyondTheFeedIsLeftToGrouping) {
    StoryFeaturesAhead ahead;
    ahead.add(feedOf(2), {{0, 1}, {7, 2}});
    StoryFeaturesAhead::Computed computed = ahead.takeAll();
    ASSERT_EQ(computed.size(), 1u);
    EXPECT_EQ(computed[0].first, 1);
}

TEST(StoryFeaturesAheadTest, AFeedWithNoNewArticlesIsNoWork) {
    StoryFeaturesAhead ahead;
    ahead.add(feedOf(4), {});
    EXPECT_TRUE(ahead.takeAll().empty());
}

} // namespace
} // namespace heraut
