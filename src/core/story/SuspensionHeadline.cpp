// SPDX-License-Identifier: GPL-3.0-or-later
#include "SuspensionHeadline.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <string>
#include <vector>

namespace heraut::story {
namespace {

// The headline's words in ASCII lower case; bytes of other characters stay inside a word, as
// the words looked for are ASCII.
std::vector<std::string> wordsOf(std::string_view headline) {
    std::vector<std::string> words;
    std::string word;
    for (char c : headline) {
        auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || u >= 0x80) {
            word += static_cast<char>(std::tolower(u));
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

bool startsWithAny(const std::string& word, std::initializer_list<std::string_view> prefixes) {
    return std::any_of(prefixes.begin(), prefixes.end(),
                       [&](std::string_view p) { return word.starts_with(p); });
}

// Dutch: "aan de grond" (not "aan de grond gelopen": a ship ran aground), "vliegverbod", "schort
// ... op", "opgeschort", "stopt ... met oefenen", "zet ... stop" (stopzetten; not "Stop met ..."),
// "tijdelijke stop".
bool dutchSuspension(const std::vector<std::string>& w, size_t i) {
    const std::string& x = w[i];
    auto after = [&](std::string_view word) {
        return std::find(w.begin() + static_cast<long>(i) + 1, w.end(), word);
    };
    if (x == "aan" && i + 2 < w.size() && w[i + 1] == "de" && w[i + 2] == "grond")
        return std::none_of(w.begin(), w.end(), [](const std::string& y) {
            return y == "gelopen" || y == "lopen" || y == "loopt" || y == "liep" || y == "liepen";
        });
    if (x.starts_with("vliegverbod") || x == "opgeschort") return true;
    if (x == "schort") return after("op") != w.end();
    if (x == "stopt") {
        auto met = after("met");
        return met != w.end() && std::any_of(met + 1, w.end(), [](const std::string& y) {
                   return startsWithAny(y, {"oefen", "vlieg", "rij", "gebruik", "schiet"});
               });
    }
    if (x == "zet") {
        auto stop = after("stop");
        return stop != w.end() && (stop + 1 == w.end() || stop[1] != "met");
    }
    return x == "tijdelijke" && i + 1 < w.size() && w[i + 1] == "stop";
}

// English: "grounds" (not "training grounds", "on the grounds"), "grounded", "suspends",
// "suspended", "halts training" (not "a blast halts a production line"). Not "grounding": a
// ship's grounding is the incident.
bool englishSuspension(const std::vector<std::string>& w, size_t i) {
    const std::string& x = w[i];
    if (x == "grounded" || x == "suspends" || x == "suspended") return true;
    if (x == "grounds") {
        static constexpr std::array<std::string_view, 9> kNounBefore = {
            "training", "the",     "proving", "testing", "firing",
            "on",       "hunting", "fishing", "burial"};
        return i == 0 ||
               std::find(kNounBefore.begin(), kNounBefore.end(), w[i - 1]) == kNounBefore.end();
    }
    if (x == "halts" || x == "halted") {
        for (size_t j = i + 1; j < w.size() && j <= i + 3; ++j)
            if (w[j] == "training" || w[j] == "flights" || w[j] == "flying" ||
                w[j] == "exercises" || w[j] == "drills")
                return true;
    }
    return false;
}

} // namespace

bool reportsSuspension(std::string_view headline) {
    std::vector<std::string> words = wordsOf(headline);
    for (size_t i = 0; i < words.size(); ++i)
        if (dutchSuspension(words, i) || englishSuspension(words, i)) return true;
    return false;
}

} // namespace heraut::story
