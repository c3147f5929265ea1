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

bool startsWithCaseless(std::string_view text, size_t at, std::string_view word) {
    if (text.size() - at < word.size()) return false;
    for (size_t k = 0; k < word.size(); ++k)
        if (std::tolower(static_cast<unsigned char>(text[at + k])) != word[k]) return false;
    return true;
}

// The element name at text[at] is word, ended by what may follow a name in a tag.
bool isElementNamed(std::string_view text, size_t at, std::string_view word) {
    if (!startsWithCaseless(text, at, word)) return false;
    size_t after = at + word.size();
    return after == text.size() || std::isspace(static_cast<unsigned char>(text[after])) ||
           text[after] == '>' || text[after] == '/';
}

// Where the end tag of a script or style block that starts at `from` ends, or npos: what lies
// between is code, never text (HTML's raw text elements, WHATWG 13.1.2).
size_t endOfRawText(std::string_view text, size_t from, std::string_view name) {
    for (size_t i = text.find("</", from); i != std::string_view::npos; i = text.find("</", i + 2))
        if (isElementNamed(text, i + 2, name)) return text.find('>', i + 2);
    return std::string_view::npos;
}

// The last character of the tag, comment or raw text block that starts at text[i], or npos.
size_t endOfTag(std::string_view text, size_t i) {
    if (text.substr(i, 4) == "<!--") {
        size_t end = text.find("-->", i + 4);
        return end == std::string_view::npos ? end : end + 2;
    }
    size_t end = text.find('>', i + 1);
    if (end == std::string_view::npos || text[end - 1] == '/') return end;
    for (std::string_view raw : {"script", "style"})
        if (isElementNamed(text, i + 1, raw)) return endOfRawText(text, end + 1, raw);
    return end;
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

// Whether text from a feed that does not say what it holds shows itself to be HTML: an end
// tag, an empty-element tag, a comment, a character reference, or script or style code.
// "History of the <blink> tag" shows none and is a title about a tag (the test the Universal
// Feed Parser applies to such titles).
bool showsHtml(std::string_view text) {
    for (size_t i = text.find_first_of("<&"); i != std::string_view::npos;
         i = text.find_first_of("<&", i + 1)) {
        if (text[i] == '&') {
            size_t j = i + 1 < text.size() && text[i + 1] == '#' ? i + 2 : i + 1;
            size_t start = j;
            while (j < text.size() && std::isalnum(static_cast<unsigned char>(text[j])))
                ++j;
            if (j > start && j < text.size() && text[j] == ';') return true;
        } else if (isTagStart(text, i)) {
            if (text[i + 1] != '?' && !std::isalpha(static_cast<unsigned char>(text[i + 1])))
                return true; // "</" or "<!"
            if (isElementNamed(text, i + 1, "script") || isElementNamed(text, i + 1, "style"))
                return true;
            size_t end = text.find('>', i + 1);
            if (end != std::string_view::npos && text[end - 1] == '/') return true;
        }
    }
    return false;
}

// Runs of whitespace as one space, trimmed; but a no-break space is the author's choice (a
// title's "10&nbsp;km" must not break or lose its gap), so a run holding one keeps its no-break
// spaces, and only those.
std::string collapseKeepingNoBreakSpaces(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    size_t i = 0;
    while (i < text.size()) {
        size_t noBreak = 0;
        size_t start = i;
        for (size_t width; i < text.size() && (width = spaceAt(text, i)) != 0; i += width)
            noBreak += width == 2;
        if (i > start && !out.empty() && i < text.size()) {
            if (noBreak == 0) out += ' ';
            for (; noBreak > 0; --noBreak)
                out += "\u00A0";
        }
        size_t end = i;
        while (end < text.size() && spaceAt(text, end) == 0)
            ++end;
        out.append(text.substr(i, end - i));
        i = end;
    }
    return out;
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
        if (!m_lineOpen) {
            if (!m_text.empty()) m_text += '\n';
        } else if (m_cellPending) {
            m_text += " | ";
        } else if (m_spacePending) {
            m_text += ' ';
        }
        m_text.append(text.data() + i, end - i);
        m_lineOpen = true;
        m_spacePending = false;
        m_cellPending = false;
        i = end;
    }
}

std::string stripTags(std::string_view text) {
    if (text.find('<') == std::string_view::npos) return std::string(text);
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '<' && isTagStart(text, i)) {
            size_t end = endOfTag(text, i);
            if (end == std::string_view::npos) break; // an unfinished tag is markup, not text
            i = end;
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

std::string plainLine(std::string_view text) {
    std::string line = collapseKeepingNoBreakSpaces(text);
    // The XML parser turns references such as &#xD800; into bytes that are not UTF-8, and
    // "&#146;" into the control U+0092 where the writer meant Windows-1252's "’".
    repairUtf8(line);
    replaceC1Controls(line);
    return line;
}

std::string plainLineFromHtml(std::string_view html) {
    return plainLine(decodeHtmlEntities(stripTags(html)));
}

std::string plainTitle(std::string_view text) {
    if (!showsHtml(text)) return plainLine(text);
    std::string decoded = decodeHtmlEntities(stripTags(text));
    if (decoded.find('<') != std::string::npos) decoded = stripTags(decoded);
    return plainLine(decoded);
}

} // namespace heraut
