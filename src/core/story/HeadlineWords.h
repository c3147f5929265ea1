// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cctype>
#include <string_view>
#include <vector>

namespace heraut::story {

// How many bytes of punctuation or space written as UTF-8 start at `k` (0: none): a no-break
// space, « », dashes, curly quotes, an ellipsis. Headlines use them as ASCII punctuation is used
// ("‘Weer inbraak bij kazerne’", "Staking – productie ligt stil").
inline size_t utf8PunctuationAt(std::string_view s, size_t k) {
    auto at = [&](size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0; };
    if (at(k) == 0xC2 && (at(k + 1) == 0xA0 || at(k + 1) == 0xAB || at(k + 1) == 0xBB)) return 2;
    if (at(k) == 0xE2 && at(k + 1) == 0x80 && at(k + 2) >= 0x90 && at(k + 2) <= 0xA6) return 3;
    return 0;
}

// The words of a headline already in ASCII lower case (asciiLower), as views into it: runs of
// letters, digits and bytes of other characters (the words headline rules look for are ASCII,
// so "oekraïne" stays one word). ASCII punctuation and spaces part them, and so does the UTF-8
// punctuation above.
inline std::vector<std::string_view> headlineWords(std::string_view lower) {
    std::vector<std::string_view> words;
    size_t start = 0;
    for (size_t k = 0; k <= lower.size();) {
        size_t punctuation = k < lower.size() ? utf8PunctuationAt(lower, k) : 1;
        auto u = k < lower.size() ? static_cast<unsigned char>(lower[k]) : ' ';
        if (punctuation == 0 && (std::isalnum(u) || u >= 0x80)) {
            ++k;
            continue;
        }
        if (k > start) words.push_back(lower.substr(start, k - start));
        k += punctuation == 0 ? 1 : punctuation;
        start = k;
    }
    return words;
}

} // namespace heraut::story
