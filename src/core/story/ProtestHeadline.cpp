// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProtestHeadline.h"

#include "HeadlineWords.h"
#include "heraut/AsciiCase.h"

#include <algorithm>
#include <array>
#include <string>

namespace heraut::story {
namespace {

// Parts of a word, so that compounds count: "vredesactivisten", "boerenblokkade",
// "protesteren", "betogers". "betog" is not "betoogt" (argues).
constexpr std::array<std::string_view, 9> kStems = {"blokkeer",    "blokkeren", "blokkade",
                                                    "betog",       "actievoer", "activist",
                                                    "demonstrant", "protest",   "blockade"};

// Whole words: "staking" is a strike, "staken" also "to stop" something.
constexpr std::array<std::string_view, 4> kWords = {"staking", "stakingen", "stakers", "walkout"};

} // namespace

bool reportsProtest(std::string_view headline) {
    std::string lower = asciiLower(headline);
    for (std::string_view word : headlineWords(lower)) {
        if (std::find(kWords.begin(), kWords.end(), word) != kWords.end()) return true;
        if (std::any_of(kStems.begin(), kStems.end(), [&](std::string_view stem) {
                return word.find(stem) != std::string_view::npos;
            }))
            return true;
    }
    return false;
}

} // namespace heraut::story
