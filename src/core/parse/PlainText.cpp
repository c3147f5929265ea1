// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/PlainText.h"

#include "heraut/CharsetDecoder.h"
#include "heraut/HtmlEntities.h"

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

std::string collapseWhitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            space = true;
            ++i;
        }
        if (space) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) out += ' ';
        pendingSpace = false;
        out += static_cast<char>(c);
    }
    return out;
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
    // The XML parser turns references such as &#xD800; into bytes that are not UTF-8.
    repairUtf8(title);
    return title;
}

} // namespace heraut
