// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepeatHeadline.h"

#include "HeadlineWords.h"
#include "heraut/AsciiCase.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace heraut::story {
namespace {

template <size_t N>
bool isOneOf(std::string_view word, const std::array<std::string_view, N>& set) {
    return std::find(set.begin(), set.end(), word) != set.end();
}

// Only as the headline's first word: inside one, "weer" and "again" mostly say a thing is back
// ("N31 weer open", "Nederland heeft weer een eigen tank") or a maker does its own thing again.
constexpr std::array<std::string_view, 7> kOpeners = {
    "weer", "w\xc3\xa9\xc3\xa9r", "opnieuw", "alweer", "nogmaals", "again", "another"};

constexpr std::array<std::string_view, 8> kOrdinals = {"tweede", "derde", "vierde", "vijfde",
                                                       "second", "third", "fourth", "fifth"};

// "nu boven Breda", "nu in Vredepeel", "nu ook Duitsland": the other place or party.
constexpr std::array<std::string_view, 10> kAfterNow = {"boven", "in",  "bij",  "op",    "voor",
                                                        "ook",   "aan", "rond", "langs", "nabij"};

constexpr std::array<std::string_view, 8> kTimes = {"keer", "maal", "time",     "times",
                                                    "dag",  "day",  "incident", "incidenten"};

// A short span: "in twee dagen", "in drie weken", "in a week", "in korte tijd".
constexpr std::array<std::string_view, 12> kSpans = {"dag",   "dagen", "week",   "weken",
                                                     "nacht", "tijd",  "day",    "days",
                                                     "weeks", "night", "nights", "maand"};

// "tweede keer", "third time", "derde inbraak in twee dagen", "second incident in a week".
bool countsTimes(const std::vector<std::string_view>& w, size_t i) {
    if (!isOneOf(w[i], kOrdinals) || i + 1 >= w.size()) return false;
    if (isOneOf(w[i + 1], kTimes)) return true;
    for (size_t j = i + 2; j + 2 < w.size() && j <= i + 3; ++j)
        if (w[j] == "in" && isOneOf(w[j + 2], kSpans)) return true;
    return false;
}

// Whether `lower` holds any of the words looked for at all: nearly no headline does, and is
// then not split into words. " nu " with its spaces, as "nu" is inside many words.
bool mentionsAMark(std::string_view lower) {
    if (lower.find(" nu ") != std::string_view::npos) return true;
    auto found = [&](std::string_view word) { return lower.find(word) != std::string_view::npos; };
    return std::any_of(kOpeners.begin(), kOpeners.end(), found) ||
           std::any_of(kOrdinals.begin(), kOrdinals.end(), found);
}

} // namespace

bool reportsRepeat(std::string_view headline) {
    std::string lower = asciiLower(headline);
    if (!mentionsAMark(lower)) return false;
    std::vector<std::string_view> words = headlineWords(lower);
    if (words.empty()) return false;
    if (isOneOf(words[0], kOpeners)) return true;
    for (size_t i = 0; i < words.size(); ++i) {
        if (words[i] == "nu" && i > 0 && i + 1 < words.size() && isOneOf(words[i + 1], kAfterNow))
            return true;
        if (countsTimes(words, i)) return true;
    }
    return false;
}

} // namespace heraut::story
