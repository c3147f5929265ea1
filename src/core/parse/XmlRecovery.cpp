// SPDX-License-Identifier: GPL-3.0-or-later
#include "XmlRecovery.h"

#include <algorithm>
#include <cctype>

namespace heraut {
namespace {

bool isControl(unsigned char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
}

bool startsReference(const std::string& text, size_t amp) {
    size_t i = amp + 1;
    if (i < text.size() && text[i] == '#') {
        ++i;
        if (i < text.size() && (text[i] == 'x' || text[i] == 'X')) ++i;
    }
    size_t nameStart = i;
    while (i < text.size() && i - nameStart < 32 &&
           (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_' || text[i] == '-' ||
            text[i] == '.'))
        ++i;
    return i > nameStart && i < text.size() && text[i] == ';';
}

bool startsTag(const std::string& text, size_t lt) {
    if (lt + 1 >= text.size()) return false;
    unsigned char next = static_cast<unsigned char>(text[lt + 1]);
    return std::isalpha(next) || next == '/' || next == '!' || next == '?' || next == '_' ||
           next >= 0x80;
}

} // namespace

size_t removeControlCharacters(std::string& text) {
    auto first = std::find_if(text.begin(), text.end(),
                              [](char c) { return isControl(static_cast<unsigned char>(c)); });
    if (first == text.end()) return 0;
    size_t before = text.size();
    text.erase(std::remove_if(first, text.end(),
                              [](char c) { return isControl(static_cast<unsigned char>(c)); }),
               text.end());
    return before - text.size();
}

std::string escapeStrayMarkup(const std::string& text) {
    std::string out;
    out.reserve(text.size() + text.size() / 16);
    bool inCdata = false;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (inCdata) {
            if (c == ']' && text.compare(i, 3, "]]>") == 0) inCdata = false;
            out += c;
            continue;
        }
        if (c == '<' && text.compare(i, 9, "<![CDATA[") == 0) inCdata = true;
        if (c == '&' && !startsReference(text, i))
            out += "&amp;";
        else if (c == '<' && !startsTag(text, i))
            out += "&lt;";
        else
            out += c;
    }
    return out;
}

} // namespace heraut
