// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommentaryMarker.h"

#include "heraut/AsciiCase.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace heraut::story {
namespace {

// The words of `text` in ASCII lower case, letters and digits only.
std::vector<std::string> wordsOf(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    for (char c : text) {
        auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) {
            word += static_cast<char>(std::tolower(u));
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

constexpr std::array<std::string_view, 10> kLabels = {
    "column",     "columns",    "columnist",  "opinie",      "opinion",
    "commentaar", "commentary", "newsletter", "nieuwsbrief", "playbook"};

bool isLabel(std::string_view word, bool analysisToo) {
    if (analysisToo && (word == "analyse" || word == "analysis")) return true;
    return std::find(kLabels.begin(), kLabels.end(), word) != kLabels.end();
}

// "Column: ...", "Analysis: ...", "Brussels Playbook: ...": at most three words before a colon,
// the first a label or one naming a newsletter ("Tank column: ..." is news).
bool labelledHeadline(std::string_view headline) {
    size_t colon = headline.find(':');
    if (colon == std::string_view::npos) return false;
    std::vector<std::string> head = wordsOf(headline.substr(0, colon));
    if (head.empty() || head.size() > 3) return false;
    return isLabel(head.front(), true) || std::any_of(head.begin(), head.end(), [](const auto& w) {
               return w == "playbook" || w == "newsletter" || w == "nieuwsbrief";
           });
}

bool roundUpHeadline(std::string_view headline) {
    std::vector<std::string> w = wordsOf(headline);
    for (size_t i = 0; i + 2 < w.size(); ++i)
        if ((w[i] == "de" && w[i + 1] == "week" && w[i + 2] == "van") ||
            (w[i] == "week" && w[i + 1] == "in" && w[i + 2] == "review"))
            return true;
    return std::find(w.begin(), w.end(), "weekoverzicht") != w.end();
}

// A piece on the sector's shares: "Defensieaandelen veren op na ...", "Europese
// defensieaandelen stijgen", "Defence stocks rally as ...". It names the week's orders and
// reports none of them. Not one company's share ("Aandeel Thales stijgt na radarorder" reports
// the order), nor the verb ("Defence shares footage of intercept"): in English the headline must
// speak of the market.
bool sectorSharesHeadline(std::string_view headline) {
    std::vector<std::string> w = wordsOf(headline);
    size_t i = !w.empty() && (w[0] == "european" || w[0] == "europese" || w[0] == "us" ||
                              w[0] == "amerikaanse")
                   ? 1
                   : 0;
    if (i >= w.size()) return false;
    if (w[i] == "defensieaandelen" || w[i] == "defensiefondsen" || w[i] == "defensiewaarden")
        return true;
    bool sectorShares = i + 1 < w.size() && (w[i] == "defence" || w[i] == "defense") &&
                        (w[i + 1] == "stocks" || w[i + 1] == "shares");
    static constexpr std::array<std::string_view, 16> kMarket = {
        "rally", "rallies", "slip",  "slips",  "fall",  "falls",     "rise",   "rises",
        "jump",  "jumps",   "surge", "surges", "climb", "investors", "market", "record"};
    return sectorShares &&
           std::any_of(w.begin() + static_cast<long>(i) + 2, w.end(), [](const std::string& x) {
               return std::find(kMarket.begin(), kMarket.end(), x) != kMarket.end();
           });
}

// A path segment that starts with a label: "/opinie/", "/newsletter/brussels-playbook/",
// "/1505561/column-kamer-wil-...". Not "analysis", which trade sites file news under.
bool labelledLink(std::string_view link) {
    size_t scheme = link.find("://");
    std::string_view path = link.substr(scheme == std::string_view::npos ? 0 : scheme + 3);
    path.remove_prefix(std::min(path.find('/'), path.size()));
    while (!path.empty()) {
        path.remove_prefix(1);
        size_t end = std::min(path.find('/'), path.size());
        std::vector<std::string> segment = wordsOf(path.substr(0, end));
        if (!segment.empty() && isLabel(segment.front(), false)) return true;
        path.remove_prefix(end);
    }
    return false;
}

// Whether `text` holds a stem of a label or round-up at all, in any case: nearly no article
// does, and is then not split into words (splitting headline, takeaway and link cost 4 us an
// article, 40 ms of a refresh's grouping of 10 000).
bool mentionsALabel(std::string_view text) {
    static constexpr std::array<std::string_view, 13> kStems = {
        "column", "opini",    "comment", "newsletter", "nieuwsbrief", "playbook", "analys",
        "week",   "aandelen", "fondsen", "waarden",    "stocks",      "shares"};
    std::string lower = asciiLower(text);
    return std::any_of(kStems.begin(), kStems.end(), [&](std::string_view stem) {
        return lower.find(stem) != std::string::npos;
    });
}

} // namespace

bool isCommentary(std::string_view headline, const std::vector<std::string>& keyTakeaways,
                  const std::optional<std::string>& link) {
    bool inTakeaway = !keyTakeaways.empty() && mentionsALabel(keyTakeaways.front());
    if (!mentionsALabel(headline) && !inTakeaway && !(link && mentionsALabel(*link))) return false;
    if (labelledHeadline(headline) || roundUpHeadline(headline) || sectorSharesHeadline(headline))
        return true;
    if (!keyTakeaways.empty()) {
        std::vector<std::string> first = wordsOf(keyTakeaways.front());
        if (!first.empty() && isLabel(first.front(), true)) return true;
    }
    return link && labelledLink(*link);
}

} // namespace heraut::story
