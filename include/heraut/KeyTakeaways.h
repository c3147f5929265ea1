// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace heraut {

// True when a heading's text announces takeaways: "Key takeaways", "Kernpunten", "In het kort",
// "Samenvatting", "Belangrijkste punten" and their variants, with or without a colon.
bool isTakeawaysHeading(std::string_view text);

// For WordPress excerpts such as the seed's: "Key takeaways Het Chinese ministerie ... […]".
// The heading and the trailing "[…]" are dropped and the rest is split into sentences; a
// sentence the excerpt cut short ends in "…". Empty when the text does not open with a heading.
std::vector<std::string> takeawaysFromExcerpt(std::string_view plainText);

// The article body as a reader view shows it under its takeaways box: without what the takeaways
// were read from. Removes from sanitised HTML (the sanitiser's output: lower-case tags, quoted
// attributes) a takeaways heading in any form (<h2>, <p><strong>…</strong></p>, a bold line),
// the list or paragraphs right after it, and any list or paragraph whose every item is one of
// the takeaways (compared as plain text; a takeaway cut short with "…" matches its full text).
std::string withoutTakeaways(std::string_view html, const std::vector<std::string>& takeaways);

// Splits running text into sentences at ". ", "! " and "? " before a capital or a digit.
std::vector<std::string> splitSentences(std::string_view text);

} // namespace heraut
