// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cctype>
#include <string_view>
#include <vector>

namespace heraut::story {

// The words of a headline already in ASCII lower case (asciiLower), as views into it: runs of
// letters, digits and bytes of other characters (the words headline rules look for are ASCII,
// so "oekraïne" stays one word). Punctuation and spaces part them.
inline std::vector<std::string_view> headlineWords(std::string_view lower) {
    std::vector<std::string_view> words;
    size_t start = 0;
    for (size_t k = 0; k <= lower.size(); ++k) {
        auto u = k < lower.size() ? static_cast<unsigned char>(lower[k]) : ' ';
        if (std::isalnum(u) || u >= 0x80) continue;
        if (k > start) words.push_back(lower.substr(start, k - start));
        start = k + 1;
    }
    return words;
}

} // namespace heraut::story
