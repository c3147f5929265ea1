// SPDX-License-Identifier: GPL-3.0-or-later
// Pairwise precision and recall of story grouping on an evaluation set
// (tests/data/stories/README.md). Usage: heraut-story-eval [SET] [--wrong]
// --wrong lists the pairs grouped apart that report one event, and together that do not.
#include "StorySet.h"

#include <cstdio>
#include <cstring>
#include <exception>

int main(int argc, char** argv) {
    std::string path = HERAUT_TEST_DATA "/stories/defence-week-2026-11.txt";
    bool wrong = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--wrong") == 0)
            wrong = true;
        else
            path = argv[i];
    }
    try {
        auto set = heraut::test::readStorySet(path);
        auto storyOf = heraut::test::groupStorySet(set);
        auto scores = heraut::test::scorePairs(set, storyOf);
        if (wrong) std::fputs(heraut::test::wrongPairs(set, storyOf).c_str(), stdout);
        std::printf("articles %zu, pairs of one event %ld, grouped pairs %ld, right %ld\n",
                    set.size(), scores.goldPairs, scores.predictedPairs, scores.truePairs);
        std::printf("precision %.3f recall %.3f\n", scores.precision(), scores.recall());
        return 0;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "heraut-story-eval: %s\n", error.what());
        return 2;
    }
}
