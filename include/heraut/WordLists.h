// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <initializer_list>
#include <span>
#include <string_view>

namespace heraut {

// Whether `word` is one of `words`, exactly, case and all (a tag name, a class keyword, a word of
// a lowered headline). Lists are short: a linear search.
inline bool isOneOf(std::string_view word, std::span<const std::string_view> words) {
    return std::find(words.begin(), words.end(), word) != words.end();
}
inline bool isOneOf(std::string_view word, std::initializer_list<std::string_view> words) {
    return isOneOf(word, std::span<const std::string_view>(words.begin(), words.size()));
}

// Whether `text` holds one of `parts` anywhere, inside words too ("vredesactivisten" holds
// "activist", "sidebar-ad" holds "-ad").
inline bool containsAny(std::string_view text, std::span<const std::string_view> parts) {
    return std::any_of(parts.begin(), parts.end(),
                       [&](std::string_view p) { return text.find(p) != std::string_view::npos; });
}
inline bool containsAny(std::string_view text, std::initializer_list<std::string_view> parts) {
    return containsAny(text, std::span<const std::string_view>(parts.begin(), parts.size()));
}

} // namespace heraut
