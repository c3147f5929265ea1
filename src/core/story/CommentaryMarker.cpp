// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommentaryMarker.h"

#include "HeadlineWords.h"
#include "heraut/AsciiCase.h"
#include "heraut/WordLists.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace heraut::story {
namespace {

using Words = std::vector<std::string_view>;

constexpr std::array<std::string_view, 10> kLabels = {
    "column",     "columns",    "columnist",  "opinie",      "opinion",
    "commentaar", "commentary", "newsletter", "nieuwsbrief", "playbook"};

bool isLabel(std::string_view word, bool analysisToo) {
    if (analysisToo && (word == "analyse" || word == "analysis")) return true;
    return isOneOf(word, kLabels);
}

// "Column: ...", "Analysis: ...", "Brussels Playbook: ...": at most three words before a colon,
// the first a label or one naming a newsletter ("Tank column: ..." is news). `lower` is the
// headline in ASCII lower case.
bool labelledHeadline(std::string_view lower) {
    size_t colon = lower.find(':');
    if (colon == std::string_view::npos) return false;
    Words head = headlineWords(lower.substr(0, colon));
    if (head.empty() || head.size() > 3) return false;
    return isLabel(head.front(), true) || std::any_of(head.begin(), head.end(), [](auto w) {
               return isOneOf(w, {"playbook", "newsletter", "nieuwsbrief"});
           });
}

bool roundUpHeadline(const Words& w) {
    for (size_t i = 0; i + 2 < w.size(); ++i)
        if ((w[i] == "de" && w[i + 1] == "week" && w[i + 2] == "van") ||
            (w[i] == "week" && w[i + 1] == "in" && w[i + 2] == "review"))
            return true;
    return isOneOf("weekoverzicht", w);
}

// A piece on the sector's shares: "Defensieaandelen veren op na ...", "Europese
// defensieaandelen stijgen", "Defence stocks rally as ...". It names the week's orders and
// reports none of them. Not one company's share ("Aandeel Thales stijgt na radarorder" reports
// the order), nor the verb ("Defence shares footage of intercept"): in English the headline must
// speak of the market.
bool sectorSharesHeadline(const Words& w) {
    size_t i = !w.empty() && isOneOf(w[0], {"european", "europese", "us", "amerikaanse"}) ? 1 : 0;
    if (i >= w.size()) return false;
    if (isOneOf(w[i], {"defensieaandelen", "defensiefondsen", "defensiewaarden"})) return true;
    bool sectorShares = i + 1 < w.size() && isOneOf(w[i], {"defence", "defense"}) &&
                        isOneOf(w[i + 1], {"stocks", "shares"});
    static constexpr std::array<std::string_view, 16> kMarket = {
        "rally", "rallies", "slip",  "slips",  "fall",  "falls",     "rise",   "rises",
        "jump",  "jumps",   "surge", "surges", "climb", "investors", "market", "record"};
    return sectorShares && std::any_of(w.begin() + static_cast<long>(i) + 2, w.end(),
                                       [](std::string_view x) { return isOneOf(x, kMarket); });
}

// A path segment that starts with a label: "/opinie/", "/newsletter/brussels-playbook/",
// "/1505561/column-kamer-wil-...". Not "analysis", which trade sites file news under.
bool labelledLink(std::string_view lowerLink) {
    size_t scheme = lowerLink.find("://");
    std::string_view path = lowerLink.substr(scheme == std::string_view::npos ? 0 : scheme + 3);
    path.remove_prefix(std::min(path.find('/'), path.size()));
    while (!path.empty()) {
        path.remove_prefix(1);
        size_t end = std::min(path.find('/'), path.size());
        Words segment = headlineWords(path.substr(0, end));
        if (!segment.empty() && isLabel(segment.front(), false)) return true;
        path.remove_prefix(end);
    }
    return false;
}

// Whether `lower` (in ASCII lower case) holds a stem of a label, round-up or sector piece at all:
// nearly no article does, and is then not split into words (splitting headline, takeaway and
// link cost 4 us an article, 40 ms of a refresh's grouping of 10 000).
bool mentionsALabel(std::string_view lower) {
    static constexpr std::array<std::string_view, 13> kStems = {
        "column", "opini",    "comment", "newsletter", "nieuwsbrief", "playbook", "analys",
        "week",   "aandelen", "fondsen", "waarden",    "stocks",      "shares"};
    return containsAny(lower, kStems);
}

} // namespace

bool isCommentary(std::string_view headline, const std::vector<std::string>& keyTakeaways,
                  const std::optional<std::string>& link) {
    std::string lower = asciiLower(headline);
    std::string takeaway = keyTakeaways.empty() ? std::string() : asciiLower(keyTakeaways.front());
    std::string lowerLink = link ? asciiLower(*link) : std::string();
    if (!mentionsALabel(lower) && !mentionsALabel(takeaway) && !mentionsALabel(lowerLink))
        return false;
    Words words = headlineWords(lower);
    if (labelledHeadline(lower) || roundUpHeadline(words) || sectorSharesHeadline(words))
        return true;
    Words first = headlineWords(takeaway);
    if (!first.empty() && isLabel(first.front(), true)) return true;
    return !lowerLink.empty() && labelledLink(lowerLink);
}

} // namespace heraut::story
