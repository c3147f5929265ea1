// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/StoryGrouper.h"
#include "heraut/StoryStore.h"

#include <map>
#include <string>
#include <vector>

namespace heraut::test {

// An article of a story evaluation set (tests/data/stories/README.md) with the event it
// reports: articles with the same event are one story.
struct LabelledArticle {
    StoryArticleText article;
    std::string event;
    std::string feed;
};

// Reads a set; feeds get ids 1, 2, ... in the order they first appear. Throws
// std::runtime_error naming the file and line of what it cannot read.
std::vector<LabelledArticle> readStorySet(const std::string& path);

struct PairScores {
    long truePairs = 0;      // pairs in one story that report one event
    long predictedPairs = 0; // pairs in one story
    long goldPairs = 0;      // pairs that report one event
    double precision() const {
        return predictedPairs ? static_cast<double>(truePairs) / predictedPairs : 1.0;
    }
    double recall() const { return goldPairs ? static_cast<double>(truePairs) / goldPairs : 1.0; }
};

// Pairwise precision and recall of `storyOf` (article id -> story id) against the events.
PairScores scorePairs(const std::vector<LabelledArticle>& set,
                      const std::map<std::int64_t, std::int64_t>& storyOf);

// One line per pair grouped wrongly: "apart: 3 7 (event / event)" for a pair of one event
// in two stories, "together: ..." for a pair of two events in one story.
std::string wrongPairs(const std::vector<LabelledArticle>& set,
                       const std::map<std::int64_t, std::int64_t>& storyOf);

// Groups the set with StoryGrouper (all articles new, in one go, with `options`) and returns
// article -> story.
std::map<std::int64_t, std::int64_t> groupStorySet(const std::vector<LabelledArticle>& set,
                                                   const StoryOptions& options = {});

} // namespace heraut::test
