// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/HtmlEntities.h"

#include <array>

#include "HtmlEntityTable.h"

#include <algorithm>
#include <cctype>

namespace heraut {
namespace {

// Windows-1252 meanings of the C1 range, as HTML5 decodes &#150; and friends.
constexpr std::uint32_t kC1Replacements[32] = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

std::uint32_t sanitizeCodepoint(std::uint32_t cp) {
    if (cp >= 0x80 && cp <= 0x9F) return kC1Replacements[cp - 0x80];
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0xFFFD;
    return cp;
}

// Reads one reference starting at text[0] == '&'; returns its length, 0 when not well formed.
size_t readReference(std::string_view text, std::uint32_t& codepoint) {
    if (text.size() < 3) return 0;
    if (text[1] == '#') {
        bool hex = text.size() > 2 && (text[2] == 'x' || text[2] == 'X');
        size_t i = hex ? 3 : 2;
        std::uint32_t value = 0;
        size_t digits = 0;
        for (; i < text.size() && digits < 8; ++i, ++digits) {
            char c = text[i];
            int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                    : hex && std::isxdigit(static_cast<unsigned char>(c))
                        ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                        : -1;
            if (d < 0) break;
            value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
        }
        if (digits == 0 || i >= text.size() || text[i] != ';') return 0;
        codepoint = sanitizeCodepoint(value);
        return i + 1;
    }
    size_t end = 1;
    while (end < text.size() && end < 12 && std::isalnum(static_cast<unsigned char>(text[end])))
        ++end;
    if (end == 1 || end >= text.size() || text[end] != ';') return 0;
    std::string_view name = text.substr(1, end - 1);
    auto it = std::lower_bound(kHtmlEntities.begin(), kHtmlEntities.end(), name,
                               [](const HtmlEntity& e, std::string_view n) { return e.name < n; });
    if (it == kHtmlEntities.end() || it->name != name) return 0;
    codepoint = it->codepoint;
    return end + 1;
}

} // namespace

void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string decodeHtmlEntities(std::string_view text) {
    size_t amp = text.find('&');
    if (amp == std::string_view::npos) return std::string(text);
    std::string out;
    out.reserve(text.size());
    out.append(text.substr(0, amp));
    for (size_t i = amp; i < text.size();) {
        if (text[i] != '&') {
            size_t next = text.find('&', i);
            if (next == std::string_view::npos) next = text.size();
            out.append(text.substr(i, next - i));
            i = next;
            continue;
        }
        std::uint32_t cp = 0;
        size_t len = readReference(text.substr(i), cp);
        if (len == 0) {
            out += '&';
            ++i;
        } else {
            appendUtf8(out, cp);
            i += len;
        }
    }
    return out;
}

namespace {

// Characters that need an entity in text, and in attribute values.
constexpr std::array<bool, 256> kEscapedInText = [] {
    std::array<bool, 256> table{};
    for (unsigned char c : {'&', '<', '>'})
        table[c] = true;
    return table;
}();
constexpr std::array<bool, 256> kEscapedInAttribute = [] {
    std::array<bool, 256> table = kEscapedInText;
    table['"'] = true;
    return table;
}();

} // namespace

void appendEscaped(std::string& out, std::string_view text, bool attribute) {
    const std::array<bool, 256>& escaped = attribute ? kEscapedInAttribute : kEscapedInText;
    size_t start = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (!escaped[static_cast<unsigned char>(text[i])]) continue;
        // The tables admit only these four, and '"' only in attributes.
        const char* entity = text[i] == '&'   ? "&amp;"
                             : text[i] == '<' ? "&lt;"
                             : text[i] == '>' ? "&gt;"
                                              : "&quot;";
        out.append(text.substr(start, i - start));
        out += entity;
        start = i + 1;
    }
    out.append(text.substr(start));
}

} // namespace heraut
