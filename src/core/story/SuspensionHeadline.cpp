// SPDX-License-Identifier: GPL-3.0-or-later
#include "SuspensionHeadline.h"

#include "HeadlineWords.h"
#include "heraut/AsciiCase.h"
#include "heraut/WordLists.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string>
#include <vector>

namespace heraut::story {
namespace {

bool startsWithAny(std::string_view word, std::initializer_list<std::string_view> prefixes) {
    return std::any_of(prefixes.begin(), prefixes.end(),
                       [&](std::string_view p) { return word.starts_with(p); });
}

// Dutch: "aan de grond" (not "aan de grond gelopen": a ship ran aground), "vliegverbod", "schort
// ... op", "opgeschort", "stopt ... met oefenen", "zet ... stop" (stopzetten; not "Stop met ..."),
// "tijdelijke stop", "stop op ...".
bool dutchSuspension(const std::vector<std::string_view>& w, size_t i) {
    std::string_view x = w[i];
    auto after = [&](std::string_view word) {
        return std::find(w.begin() + static_cast<long>(i) + 1, w.end(), word);
    };
    if (x == "aan" && i + 2 < w.size() && w[i + 1] == "de" && w[i + 2] == "grond") {
        // "loopt aan de grond", "aan de grond gelopen": the verb beside it, not one anywhere
        // ("Alle Apaches aan de grond, onderzoek loopt" is a grounding).
        auto isLopen = [](std::string_view y) {
            return y == "gelopen" || y == "lopen" || y == "loopt" || y == "liep" || y == "liepen";
        };
        return !(i > 0 && isLopen(w[i - 1])) && !(i + 3 < w.size() && isLopen(w[i + 3]));
    }
    if (x.starts_with("vliegverbod") || x == "opgeschort") return true;
    if (x == "schort") return after("op") != w.end();
    if (x == "stopt") {
        auto met = after("met");
        return met != w.end() && std::any_of(met + 1, w.end(), [](std::string_view y) {
                   return startsWithAny(y, {"oefen", "vlieg", "rij", "gebruik", "schiet"});
               });
    }
    if (x == "zet") {
        auto stop = after("stop");
        return stop != w.end() && (stop + 1 == w.end() || stop[1] != "met");
    }
    if (x == "stop") return i + 1 < w.size() && w[i + 1] == "op"; // "Stop op militaire treinen"
    return x == "tijdelijke" && i + 1 < w.size() && w[i + 1] == "stop";
}

// Dutch measures like a suspension: a ship kept in port ("blijft in haven", "houdt ... in de
// haven"; not "oefening in haven van Den Helder"), "mag niet uitvaren", checks ordered ("extra
// inspecties", "laat ... controleren"), rules tightened ("scherpt ... aan", "aangescherpt",
// "strengere regels"; not "wil strengere regels"), a ban ("verbiedt", "wapenverbod").
bool dutchMeasure(const std::vector<std::string_view>& w, size_t i) {
    std::string_view x = w[i];
    if (x == "haven") {
        bool inPort =
            i > 0 && (w[i - 1] == "in" || (w[i - 1] == "de" && i > 1 && w[i - 2] == "in"));
        bool ofAPlace = i + 1 < w.size() && w[i + 1] == "van";
        return inPort && !ofAPlace &&
               std::any_of(w.begin(), w.begin() + static_cast<long>(i), [](std::string_view y) {
                   return isOneOf(y, {"houdt", "blijft", "blijven", "gehouden"});
               });
    }
    if (x == "uitvaren") return i > 0 && w[i - 1] == "niet";
    if (x.starts_with("inspectie")) return i > 0 && w[i - 1] == "extra";
    if (x == "laat")
        return std::any_of(w.begin() + static_cast<long>(i) + 1, w.end(), [](std::string_view y) {
            return isOneOf(y, {"controleren", "inspecteren"});
        });
    if (x == "strengere" || x == "strenger") { // "Strengere regels voor vervoer van wapens"
        // Not one who asks for them ("Francken wil strengere regels"): a demand decides nothing.
        static constexpr std::array<std::string_view, 6> kDemands = {"wil",   "willen", "eist",
                                                                     "eisen", "vraagt", "pleit"};
        bool asked = std::any_of(w.begin(), w.end(),
                                 [](std::string_view y) { return isOneOf(y, kDemands); });
        return !asked && std::any_of(w.begin(), w.end(),
                                     [](std::string_view y) { return y.ends_with("regels"); });
    }
    if (x == "verbiedt" || (x.size() > 6 && x.ends_with("verbod"))) return true;
    if (x == "verboden") { // "oefenen bij onweer voortaan verboden", not "verboden wapenexport"
        static constexpr std::array<std::string_view, 9> kAfter = {
            "na", "voor", "op", "in", "bij", "door", "vanaf", "tot", "tijdens"};
        return i + 1 == w.size() || isOneOf(w[i + 1], kAfter);
    }
    if (x == "scherpt")
        return std::find(w.begin() + static_cast<long>(i) + 1, w.end(), "aan") != w.end();
    return x == "aangescherpt";
}

// English: "grounds" (not "training grounds", "on the grounds", "Grounds for concern"),
// "grounded" (not "grounded off Texel": a ship ran aground), "suspends", "suspended", "halts
// training", "training halted", "halts demining" (not "a blast halts a production line"). Not
// "grounding": a ship's grounding is the incident.
bool englishSuspension(const std::vector<std::string_view>& w, size_t i) {
    std::string_view x = w[i];
    std::string_view next = i + 1 < w.size() ? w[i + 1] : std::string_view();
    if (x == "suspends" || x == "suspended") return true;
    if (x == "grounded")
        return next != "off" && next != "on" && next != "near" && next != "at" && next != "in";
    if (x == "grounds") {
        static constexpr std::array<std::string_view, 9> kNounBefore = {
            "training", "the",     "proving", "testing", "firing",
            "on",       "hunting", "fishing", "burial"};
        if (i == 0) return next != "for";
        return !isOneOf(w[i - 1], kNounBefore);
    }
    if (x == "halts" || x == "halted") {
        for (size_t j = i >= 3 ? i - 3 : 0; j < w.size() && j <= i + 3; ++j)
            if (w[j] == "training" || w[j] == "flights" || w[j] == "flying" ||
                w[j] == "exercises" || w[j] == "drills" || w[j] == "demining" ||
                w[j] == "patrols" || w[j] == "operations")
                return true;
    }
    return false;
}

// English measures like a suspension: a ship kept "in port" (not "in port of Tartus"), "fleet
// inspections" ordered, rules or safety "tightened" (not "tightens grip").
bool englishMeasure(const std::vector<std::string_view>& w, size_t i) {
    std::string_view x = w[i];
    if (x == "port" && i > 0 && w[i - 1] == "in") {
        bool ofAPlace = i + 1 < w.size() && w[i + 1] == "of";
        return !ofAPlace &&
               std::any_of(w.begin(), w.begin() + static_cast<long>(i), [](std::string_view y) {
                   return isOneOf(y, {"keeps", "kept", "stays", "remain", "remains"});
               });
    }
    if (x == "inspections" && i > 0)
        return w[i - 1] == "orders" || w[i - 1] == "ordered" || w[i - 1] == "fleet" ||
               w[i - 1] == "extra";
    if (x == "tightens" || x == "tightened") {
        for (size_t j = i + 1; j < w.size() && j <= i + 4; ++j)
            if (w[j] == "rules" || w[j] == "safety" || w[j] == "security" || w[j] == "checks" ||
                w[j] == "controls" || w[j] == "measures" || w[j] == "regulations")
                return true;
        return i > 0 && (w[i - 1] == "rules" || w[i - 1] == "checks"); // "rules tightened"
    }
    return false;
}

} // namespace

bool reportsSuspension(std::string_view headline) {
    std::string lower = asciiLower(headline);
    // Most headlines name none of these stems, and are not split into words.
    static constexpr std::array<std::string_view, 16> kStems = {
        "grond", "verbod", "schort",  "stop", "scherp",  "haven",   "uitvaren", "inspecti",
        "laat ", "ground", "suspend", "halt", "tighten", "in port", "streng",   "verbied"};
    if (!containsAny(lower, kStems)) return false;
    std::vector<std::string_view> words = headlineWords(lower);
    for (size_t i = 0; i < words.size(); ++i)
        if (dutchSuspension(words, i) || dutchMeasure(words, i) || englishSuspension(words, i) ||
            englishMeasure(words, i))
            return true;
    return false;
}

} // namespace heraut::story
