// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProtestHeadline.h"

#include "HeadlineWords.h"
#include "heraut/AsciiCase.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

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
    // A stem is letters only, so found anywhere it is inside a word; nearly every headline has
    // none of them nor "stak"/"walkout", and is not split into words.
    if (std::any_of(kStems.begin(), kStems.end(),
                    [&](std::string_view stem) { return lower.find(stem) != std::string::npos; }))
        return true;
    if (lower.find("stak") == std::string::npos && lower.find("walkout") == std::string::npos)
        return false;
    std::vector<std::string_view> words = headlineWords(lower);
    return std::any_of(words.begin(), words.end(), [](std::string_view word) {
        return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
    });
}

} // namespace heraut::story
