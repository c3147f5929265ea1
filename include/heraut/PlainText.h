// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace heraut {

// Trims and turns every run of whitespace (including no-break spaces) into one space.
std::string collapseWhitespace(std::string_view text);

// Removes anything that looks like a tag or comment; keeps a lone "<" as in "a < b".
std::string stripTags(std::string_view text);

// A title or name as a person should read it: markup removed, entities decoded (also the
// double-escaped ones WordPress plugins produce), whitespace normalised.
std::string plainTitle(std::string_view text);

// At most maxBytes of text, never cutting a UTF-8 sequence in half.
std::string_view truncateUtf8(std::string_view text, size_t maxBytes);

} // namespace heraut
