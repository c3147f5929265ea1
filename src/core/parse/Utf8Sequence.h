// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string_view>

namespace heraut {

// The length of the valid UTF-8 sequence at s[i] (RFC 3629: no overlongs, no surrogates,
// nothing beyond U+10FFFF), 0 when none starts there.
inline size_t utf8SequenceLength(std::string_view s, size_t i) {
    auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = byte(i);
    if (c < 0x80) return 1;
    size_t n = s.size() - i;
    auto cont = [&](size_t k) { return k < s.size() && (byte(k) & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF) return n >= 2 && cont(i + 1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (n < 3 || !cont(i + 1) || !cont(i + 2)) return 0;
        if (c == 0xE0 && byte(i + 1) < 0xA0) return 0;  // overlong
        if (c == 0xED && byte(i + 1) >= 0xA0) return 0; // surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (n < 4 || !cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
        if (c == 0xF0 && byte(i + 1) < 0x90) return 0;
        if (c == 0xF4 && byte(i + 1) >= 0x90) return 0;
        return 4;
    }
    return 0;
}

} // namespace heraut
