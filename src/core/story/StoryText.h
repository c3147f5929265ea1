// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace heraut::story {

// A word as grouping reads it: its key only (wordKey()); the text is not kept.
struct Word {
    std::uint64_t key = 0;
    bool entity = false; // a capitalised name inside a sentence, an acronym or a number
};

// The key grouping stores for a word (StoryFeatures.h's StoryTerm::word): its FNV-1a hash with
// the lowest bit set when it is a general word ("nato", "ukraine", "defence", "minister":
// every defence outlet uses them every day; they weigh less and do not count as the
// distinctive words two reports must share).
std::uint64_t wordKey(std::string_view word);
inline bool isGeneral(std::uint64_t key) {
    return (key & 1) != 0;
}

// Whether the word is the name of a home country of Heraut's outlets ("belgium",
// "netherlands", whatever the form: "Belgische", "Dutch", "Nederland"). They stay names and
// weigh as any word, but do not count as the distinctive words two reports must share: nearly
// every Dutch and Flemish report names its country, so two events about one system each name
// it too.
bool isHomeCountry(std::uint64_t key);

// The words of a text as grouping compares them: lower case, Latin diacritics removed
// ("Oekraïne" -> "oekraine"), Dutch and English stop words dropped, Dutch names of countries
// and organisations and general defence terms read as the English ones ("NAVO" -> "nato",
// "fregatten" -> "frigate"; a country's adjective as its name, "Belgian" -> "belgium"), plurals cut
// back (a Dutch doubled consonant too). "F-35", "MQ-9" and "3,5" stay one word. Appends at most
// `limit` words to `out`.
void appendWords(std::string_view text, std::vector<Word>& out, size_t limit);

// The link with what differs between copies of one page set aside: scheme, "www.", the
// fragment, tracking parameters (utm_*, fbclid, gclid, xtor), a trailing slash. Empty for a
// link that names no page (a site's home page).
std::string canonicalLink(std::string_view url);

} // namespace heraut::story
