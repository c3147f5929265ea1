// SPDX-License-Identifier: GPL-3.0-or-later
#include "Mojibake.h"

#include "Utf8Sequence.h"
#include "heraut/HtmlEntities.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <iconv.h>

namespace heraut {
namespace {

using C1Table = std::array<std::uint32_t, 32>; // 0x80..0x9F; 0 where the page has no character

constexpr C1Table kWindows1252 = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                  0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// The C1 range of another Windows code page, read through iconv (rare: only when such a
// document carries C1 characters).
C1Table c1TableOf(std::string_view codePage) {
    if (codePage == "WINDOWS-1252") return kWindows1252;
    C1Table table{};
    iconv_t handle = iconv_open("UTF-32LE", std::string(codePage).c_str());
    if (handle == reinterpret_cast<iconv_t>(-1)) return kWindows1252;
    for (unsigned byte = 0x80; byte <= 0x9F; ++byte) {
        char in = static_cast<char>(byte);
        char out[8];
        char* inPtr = &in;
        char* outPtr = out;
        size_t inLeft = 1;
        size_t outLeft = sizeof out;
        if (iconv(handle, &inPtr, &inLeft, &outPtr, &outLeft) != static_cast<size_t>(-1) &&
            outLeft == 4) {
            std::uint32_t cp;
            std::memcpy(&cp, out, 4); // UTF-32LE on the little-endian targets we build for
            table[byte - 0x80] = cp >= 0x80 && cp <= 0x9F ? 0 : cp;
        }
        iconv(handle, nullptr, nullptr, nullptr, nullptr);
    }
    iconv_close(handle);
    return table;
}

bool isContinuation(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

// Bytes that look like a UTF-8 sequence (a lead and the continuation bytes it asks for) but
// encode nothing valid: overlong forms, surrogates, code points beyond U+10FFFF.
size_t malformedSequenceLength(std::string_view s, size_t i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t need = c >= 0xC0 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 ? 4 : 0;
    if (need == 0 || c > 0xF7 || i + need > s.size()) return 0;
    for (size_t k = 1; k < need; ++k)
        if (!isContinuation(static_cast<unsigned char>(s[i + k]))) return 0;
    return need;
}

// The code point of the valid sequence of `length` bytes at s[i].
std::uint32_t decodeSequence(std::string_view s, size_t i, size_t length) {
    auto byte = [&](size_t k) {
        return static_cast<std::uint32_t>(static_cast<unsigned char>(s[k]));
    };
    if (length == 1) return byte(i);
    std::uint32_t cp = byte(i) & (0xFF >> (length + 1));
    for (size_t k = 1; k < length; ++k)
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    return cp;
}

// The byte a Windows-1252 (or ISO-8859-1) reading turned into `cp`; -1 when none did.
int windows1252ByteOf(std::uint32_t cp) {
    if (cp >= 0x80 && cp <= 0xFF) return static_cast<int>(cp);
    for (size_t k = 0; k < kWindows1252.size(); ++k)
        if (kWindows1252[k] == cp) return static_cast<int>(0x80 + k);
    return -1;
}

// At text[i], a character that is "Â", "Ã" or "à".."ô" (lead bytes C2, C3, E0..F4 read as
// Windows-1252): the bytes of the characters that follow, if together they are one valid
// UTF-8 sequence. Returns the repaired bytes and how much text they replace.
bool readDoubleEncoded(std::string_view text, size_t i, std::string& bytes, size_t& consumed) {
    unsigned char lead = static_cast<unsigned char>(text[i + 1]) + 0x40; // C3 xx -> xx + 0x40
    size_t need = lead <= 0xDF ? 2 : lead <= 0xEF ? 3 : 4;
    if (need == 2 && lead != 0xC2 && lead != 0xC3) return false;
    bytes.assign(1, static_cast<char>(lead));
    size_t at = i + 2;
    while (bytes.size() < need) {
        if (at >= text.size()) return false;
        size_t length = utf8SequenceLength(text, at);
        if (length < 2) return false; // ASCII is never a continuation byte
        int byte = windows1252ByteOf(decodeSequence(text, at, length));
        if (byte < 0x80 || byte > 0xBF) return false;
        bytes += static_cast<char>(byte);
        at += length;
    }
    if (utf8SequenceLength(bytes, 0) != need) return false;
    if (need == 2 && decodeSequence(bytes, 0, 2) < 0xA0) return false; // would be a C1 control
    consumed = at - i;
    return true;
}

} // namespace

StrayBytes readStrayBytesAsWindows1252(std::string& text) {
    StrayBytes counts;
    std::string out;
    size_t copied = 0;
    for (size_t i = 0; i < text.size();) {
        size_t length = utf8SequenceLength(text, i);
        if (length > 0) {
            i += length;
            continue;
        }
        if (out.empty()) out.reserve(text.size() + 16);
        out.append(text, copied, i - copied);
        size_t malformed = malformedSequenceLength(text, i);
        unsigned char byte = static_cast<unsigned char>(text[i]);
        std::uint32_t cp = byte >= 0xA0 ? byte : kWindows1252[byte - 0x80];
        if (malformed > 0 || cp == 0) {
            size_t bad = malformed > 0 ? malformed : 1;
            for (size_t k = 0; k < bad; ++k)
                out += kReplacement;
            counts.replaced += bad;
            i += bad;
        } else {
            appendUtf8(out, cp);
            ++counts.readAsWindows1252;
            ++i;
        }
        copied = i;
    }
    if (copied > 0) {
        out.append(text, copied);
        text = std::move(out);
    }
    return counts;
}

size_t replaceC1Controls(std::string& text, std::string_view windowsCodePage) {
    auto isC1 = [&](size_t at) {
        return at + 1 < text.size() && static_cast<unsigned char>(text[at + 1]) <= 0x9F &&
               static_cast<unsigned char>(text[at + 1]) >= 0x80;
    };
    size_t at = text.find('\xC2');
    while (at != std::string::npos && !isC1(at))
        at = text.find('\xC2', at + 1);
    if (at == std::string::npos) return 0;
    const C1Table table = c1TableOf(windowsCodePage);
    std::string out(text, 0, at);
    size_t replaced = 0;
    for (size_t i = at; i < text.size();) {
        if (text[i] == '\xC2' && isC1(i)) {
            std::uint32_t cp = table[static_cast<unsigned char>(text[i + 1]) - 0x80];
            if (cp != 0) {
                appendUtf8(out, cp);
                ++replaced;
                i += 2;
                continue;
            }
        }
        out += text[i++];
    }
    text = std::move(out);
    return replaced;
}

size_t repairDoubleEncodedUtf8(std::string& text) {
    std::string out;
    std::string bytes;
    size_t copied = 0;
    size_t repaired = 0;
    for (size_t i = text.find('\xC3'); i != std::string::npos; i = text.find('\xC3', i + 1)) {
        if (i < copied || i + 1 >= text.size()) continue;
        unsigned char second = static_cast<unsigned char>(text[i + 1]);
        if (second < 0x82 || second > 0xB4 || (second > 0x83 && second < 0xA0)) continue;
        size_t consumed = 0;
        if (!readDoubleEncoded(text, i, bytes, consumed)) continue;
        out.append(text, copied, i - copied);
        out += bytes;
        copied = i + consumed;
        ++repaired;
    }
    if (repaired == 0) return 0;
    out.append(text, copied);
    text = std::move(out);
    return repaired;
}

} // namespace heraut
