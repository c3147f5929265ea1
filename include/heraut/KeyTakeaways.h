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

// Splits running text into sentences at ". ", "! " and "? " before a capital or a digit.
std::vector<std::string> splitSentences(std::string_view text);

} // namespace heraut
