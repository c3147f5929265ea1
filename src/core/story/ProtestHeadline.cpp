// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProtestHeadline.h"

#include "HeadlineWords.h"
#include "heraut/AsciiCase.h"
#include "heraut/WordLists.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace heraut::story {
namespace {

// Who protests, inside compounds too ("vredesactivisten"). "betoger" is not "betoogt"
// (argues); "demonstratie" (a system shown) is none.
constexpr std::array<std::string_view, 9> kProtesters = {
    "actievoerder", "activist",  "betoger",    "betoging", "demonstrant",
    "demonstrator", "protester", "protestors", "protestor"};

// Whole words: "staken" is also "to stop" something, and a state "protesteert" or "protests"
// to another through its diplomats.
constexpr std::array<std::string_view, 6> kProtestWords = {"betogen", "protesteren", "protesten",
                                                           "staking", "stakingen",   "walkout"};

// A blockade is a protest at a gate, an entrance or a base ("Boeren blokkeren hoofdpoort
// vliegbasis"); a state blocks aid and a navy blockades a sea.
constexpr std::array<std::string_view, 3> kBlockingDutch = {"blokkeer", "blokkeren", "blokkade"};
constexpr std::array<std::string_view, 6> kBlockingEnglish = {"block",    "blocks",   "blocked",
                                                              "blocking", "blockade", "blockaded"};
// Dutch compounds count ("hoofdpoort", "toegangshek", "vliegbasis"); English words only whole
// ("frigates" holds "gate").
constexpr std::array<std::string_view, 4> kGatesDutch = {"poort", "ingang", "toegang", "kazerne"};
constexpr std::array<std::string_view, 6> kGatesEnglish = {"gate",     "gates", "entrance",
                                                           "barracks", "base",  "airbase"};

bool atAGateOrBase(const std::vector<std::string_view>& words) {
    return std::any_of(words.begin(), words.end(), [](std::string_view w) {
        return containsAny(w, kGatesDutch) || w.ends_with("hek") || w.ends_with("basis") ||
               isOneOf(w, kGatesEnglish);
    });
}

bool isBlocking(std::string_view w) {
    return std::any_of(kBlockingDutch.begin(), kBlockingDutch.end(),
                       [&](std::string_view b) { return w.starts_with(b); }) ||
           w.ends_with("blokkade") || isOneOf(w, kBlockingEnglish);
}

// "Protest tegen wapenbeurs", "Boerenprotest bij vliegbasis": the noun, not a state's protest
// to another ("China lodges protest over frigate transit").
bool protestNoun(const std::vector<std::string_view>& w, size_t i) {
    if (w[i].size() > 7 && w[i].ends_with("protest")) return true;
    if (w[i] != "protest" || i + 1 >= w.size()) return false;
    std::string_view next = w[i + 1];
    return next == "tegen" || next == "against" || next == "bij" || next == "at" ||
           next == "outside";
}

} // namespace

bool reportsProtest(std::string_view headline) {
    std::string lower = asciiLower(headline);
    // Nearly every headline has none of these parts, and is not split into words.
    static constexpr std::array<std::string_view, 8> kParts = {
        "actievoer", "activist", "betog", "demonstr", "protest", "stak", "walkout", "blo"};
    if (!containsAny(lower, kParts)) return false;
    std::vector<std::string_view> words = headlineWords(lower);
    bool blocking = false;
    for (size_t i = 0; i < words.size(); ++i) {
        std::string_view w = words[i];
        if (containsAny(w, kProtesters) || protestNoun(words, i)) return true;
        if (isOneOf(w, kProtestWords)) return true;
        blocking = blocking || isBlocking(w);
    }
    return blocking && atAGateOrBase(words);
}

} // namespace heraut::story
