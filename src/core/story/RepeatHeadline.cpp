// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepeatHeadline.h"

#include "HeadlineWords.h"
#include "heraut/AsciiCase.h"
#include "heraut/WordLists.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

namespace heraut::story {
namespace {

// Only as the headline's first word: inside one, "weer" and "again" mostly say a thing is back
// ("N31 weer open", "Nederland heeft weer een eigen tank") or a maker does its own thing again.
constexpr std::array<std::string_view, 7> kOpeners = {
    "weer", "w\xc3\xa9\xc3\xa9r", "opnieuw", "alweer", "nogmaals", "again", "another"};

constexpr std::array<std::string_view, 8> kOrdinals = {"tweede", "derde", "vierde", "vijfde",
                                                       "second", "third", "fourth", "fifth"};

// ", nu boven Breda", ", nu in Vredepeel": the other place, said where a clause starts. Inside
// one, "nu op 200 hectare" or "investeert nu in drones" is the present.
constexpr std::array<std::string_view, 10> kAfterNow = {"boven", "in",  "bij",  "op",    "voor",
                                                        "ook",   "aan", "rond", "langs", "nabij"};

// Not "dag" or "day": "op tweede dag", "enters third day" is one event going on.
constexpr std::array<std::string_view, 6> kTimes = {"keer",  "maal",     "time",
                                                    "times", "incident", "incidenten"};

// A short span: "in twee dagen", "in drie weken", "in a week", "in korte tijd".
// Not "jaar" or "year": "tweede fregat in twee jaar" counts ships.
constexpr std::array<std::string_view, 15> kSpans = {
    "dag", "dagen", "week",  "weken", "nacht",  "tijd",  "maand", "maanden",
    "day", "days",  "weeks", "night", "nights", "month", "months"};

// "tweede keer", "third time", "derde inbraak in twee dagen", "second incident in a week". The
// Tweede Kamer and the Tweede Wereldoorlog count nothing.
bool countsTimes(const std::vector<std::string_view>& w, size_t i) {
    if (!isOneOf(w[i], kOrdinals) || i + 1 >= w.size()) return false;
    if (w[i + 1] == "kamer" || w[i + 1].starts_with("wereldoorlog")) return false;
    if (isOneOf(w[i + 1], kTimes)) return true;
    for (size_t j = i + 2; j + 2 < w.size() && j <= i + 3; ++j)
        if (w[j] == "in" && isOneOf(w[j + 2], kSpans)) return true;
    return false;
}

// Whether "nu" at `at` in `lower` starts a clause: the headline's first word, or after a
// comma, colon, semicolon, bracket or dash.
bool startsAClause(std::string_view lower, size_t at) {
    size_t k = at;
    while (k > 0 && lower[k - 1] == ' ')
        --k;
    if (k == 0) return true;
    char before = lower[k - 1];
    if (before == ',' || before == ':' || before == ';' || before == '(' || before == '-')
        return true;
    return k >= 3 && utf8PunctuationAt(lower, k - 3) == 3; // an en or em dash
}

// ", nu boven Breda": "nu" where a clause starts, before a place; "nu ook" anywhere.
bool namesTheOtherPlace(std::string_view lower) {
    for (size_t at = lower.find("nu "); at != std::string_view::npos;
         at = lower.find("nu ", at + 1)) {
        bool word = at == 0 || !std::isalnum(static_cast<unsigned char>(lower[at - 1]));
        if (!word) continue;
        std::vector<std::string_view> next = headlineWords(lower.substr(at + 3));
        if (next.empty()) continue;
        if (next.front() == "ook") return true; // "Laserincident nu ook bij Gilze-Rijen"
        if (startsAClause(lower, at) && isOneOf(next.front(), kAfterNow)) return true;
    }
    return false;
}

// Whether `lower` holds an opener or an ordinal at all: most headlines do not, and are then not
// split into words ("weer" is also inside "luchtafweer" and "geweer", "tweede" in every
// Tweede Kamer headline: those are split).
bool mentionsAMark(std::string_view lower) {
    return containsAny(lower, kOpeners) || containsAny(lower, kOrdinals);
}

} // namespace

bool reportsRepeat(std::string_view headline) {
    std::string lower = asciiLower(headline);
    if (namesTheOtherPlace(lower)) return true;
    if (!mentionsAMark(lower)) return false;
    std::vector<std::string_view> words = headlineWords(lower);
    if (words.empty()) return false;
    if (isOneOf(words[0], kOpeners)) return true;
    for (size_t i = 0; i < words.size(); ++i)
        if (countsTimes(words, i)) return true;
    return false;
}

} // namespace heraut::story
