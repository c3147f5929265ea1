// SPDX-License-Identifier: GPL-3.0-or-later
// Pairwise precision and recall of story grouping on an evaluation set
// (tests/data/stories/README.md). Usage:
//   heraut-story-eval [SET] [--wrong] [--min-score X] [--cross-language-weight X]
// --wrong lists the pairs grouped apart that report one event, and together that do not.
// --min-score and --cross-language-weight set StoryOptions' (StoryGrouper.h), to measure other
// thresholds or the grouping without the language term (0).
#include "StorySet.h"

#include <cstdio>
#include <cstring>
#include <exception>
#include <stdexcept>
#include <string>

namespace {

double numberOption(int& i, int argc, char** argv) {
    if (i + 1 >= argc) throw std::invalid_argument(std::string(argv[i]) + " needs a number");
    std::string text = argv[++i];
    std::size_t used = 0;
    double value = 0;
    try {
        value = std::stod(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used == 0 || used != text.size())
        throw std::invalid_argument(std::string(argv[i - 1]) + ": \"" + text +
                                    "\" is not a number");
    return value;
}

} // namespace

int main(int argc, char** argv) {
    std::string path = HERAUT_TEST_DATA "/stories/defence-week-2026-11.txt";
    bool wrong = false;
    heraut::StoryOptions options;
    try {
        for (int i = 1; i < argc; ++i) {
            if (std::strcmp(argv[i], "--wrong") == 0)
                wrong = true;
            else if (std::strcmp(argv[i], "--min-score") == 0)
                options.minScore = numberOption(i, argc, argv);
            else if (std::strcmp(argv[i], "--cross-language-weight") == 0)
                options.crossLanguageWeight = numberOption(i, argc, argv);
            else
                path = argv[i];
        }
        auto set = heraut::test::readStorySet(path);
        auto storyOf = heraut::test::groupStorySet(set, options);
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
