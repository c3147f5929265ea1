// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/PlainText.h"

#include "Mojibake.h"

#include "heraut/CharsetDecoder.h"
#include "heraut/HtmlEntities.h"

#include <array>
#include <cctype>

namespace heraut {
namespace {

bool isTagStart(std::string_view text, size_t i) {
    if (i + 1 >= text.size()) return false;
    char next = text[i + 1];
    return std::isalpha(static_cast<unsigned char>(next)) || next == '/' || next == '!' ||
           next == '?';
}

} // namespace

namespace {

// ASCII whitespace as a table: this runs over every character of every article.
constexpr std::array<bool, 256> kSpace = [] {
    std::array<bool, 256> table{};
    for (unsigned char c : {' ', '\t', '\n', '\r', '\f', '\v'})
        table[c] = true;
    return table;
}();

// Bytes that may start whitespace: the ASCII ones and the lead byte of a no-break space.
constexpr std::array<bool, 256> kMaybeSpace = [] {
    std::array<bool, 256> table = kSpace;
    table[0xC2] = true;
    return table;
}();

// Length of the whitespace character at i (a no-break space is two bytes), or 0.
size_t spaceAt(std::string_view text, size_t i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (kSpace[c]) return 1;
    return c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0 ? 2
                                                                                               : 0;
}

// Where the words that start at `from` end: the first whitespace other than a lone ASCII
// space between two words. Text that is already tidy is copied in one piece.
size_t endOfWords(std::string_view text, size_t from) {
    const size_t n = text.size();
    size_t i = from;
    while (i < n) {
        if (!kMaybeSpace[static_cast<unsigned char>(text[i])]) {
            ++i;
        } else if (text[i] == ' ' && i + 1 < n &&
                   !kMaybeSpace[static_cast<unsigned char>(text[i + 1])]) {
            i += 2;
        } else if (spaceAt(text, i) == 0) {
            ++i; // a lead byte of something other than a no-break space
        } else {
            break;
        }
    }
    return i;
}

} // namespace

std::string collapseWhitespace(std::string_view text) {
    PlainTextBuilder builder;
    builder.append(text);
    return builder.take();
}

void PlainTextBuilder::append(std::string_view text) {
    size_t i = 0;
    const size_t n = text.size();
    while (i < n) {
        for (size_t width; i < n && (width = spaceAt(text, i)) != 0;) {
            i += width;
            m_spacePending = true;
        }
        if (i == n) break;
        size_t end = endOfWords(text, i);
        if (m_lineOpen && m_spacePending)
            m_text += ' ';
        else if (!m_lineOpen && !m_text.empty())
            m_text += '\n';
        m_text.append(text.data() + i, end - i);
        m_lineOpen = true;
        m_spacePending = false;
        i = end;
    }
}

std::string stripTags(std::string_view text) {
    if (text.find('<') == std::string_view::npos) return std::string(text);
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '<' && isTagStart(text, i)) {
            bool comment = text.substr(i, 4) == "<!--";
            size_t end = comment ? text.find("-->", i + 4) : text.find('>', i + 1);
            if (end == std::string_view::npos) break; // an unfinished tag is markup, not text
            i = end + (comment ? 2 : 0);
            out += ' ';
            continue;
        }
        out += text[i];
    }
    return out;
}

std::string_view truncateUtf8(std::string_view text, size_t maxBytes) {
    if (text.size() <= maxBytes) return text;
    size_t cut = maxBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return text.substr(0, cut);
}

std::string plainTitle(std::string_view text) {
    std::string decoded = decodeHtmlEntities(stripTags(text));
    if (decoded.find('<') != std::string::npos) decoded = stripTags(decoded);
    std::string title = collapseWhitespace(decoded);
    // The XML parser turns references such as &#xD800; into bytes that are not UTF-8, and
    // "&#146;" into the control U+0092 where the writer meant Windows-1252's "’".
    repairUtf8(title);
    replaceC1Controls(title);
    return title;
}

} // namespace heraut
