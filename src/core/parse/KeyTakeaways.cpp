// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/KeyTakeaways.h"

#include "heraut/AsciiCase.h"
#include "heraut/PlainText.h"

#include <array>
#include <cctype>

namespace heraut {
namespace {

constexpr std::array kHeadings = std::to_array<std::string_view>({
    "key takeaways",
    "key takeaway",
    "takeaways",
    "kernpunten",
    "in het kort",
    "samenvatting",
    "belangrijkste punten",
    "de belangrijkste punten",
    "in een notendop",
    "kort samengevat",
    "het belangrijkste",
    "in short",
    "summary",
    "tl;dr",
});

bool isUpperStart(std::string_view rest) {
    if (rest.empty()) return false;
    unsigned char c = static_cast<unsigned char>(rest[0]);
    if (std::isupper(c) || std::isdigit(c)) return true;
    // Quotes and accented capitals (É, Ö, ...) that open Dutch sentences.
    return rest.starts_with("“") || rest.starts_with("‘") || rest.starts_with("\"") ||
           rest.starts_with("'") ||
           (c == 0xC3 && rest.size() > 1 && static_cast<unsigned char>(rest[1]) >= 0x80 &&
            static_cast<unsigned char>(rest[1]) <= 0x9E);
}

// Removes the excerpt's ellipsis; says whether there was one, which means the text was cut.
bool removeTrailingEllipsis(std::string& text) {
    for (std::string_view tail : {"[…]", "[...]", "[&hellip;]", "…", "..."}) {
        if (text.ends_with(tail)) {
            text.resize(text.size() - tail.size());
            while (!text.empty() && text.back() == ' ')
                text.pop_back();
            return true;
        }
    }
    return false;
}

} // namespace

bool isTakeawaysHeading(std::string_view text) {
    std::string lower = asciiLower(collapseWhitespace(text));
    while (!lower.empty() && (lower.back() == ':' || lower.back() == '.'))
        lower.pop_back();
    for (std::string_view heading : kHeadings)
        if (lower == heading) return true;
    return false;
}

std::vector<std::string> splitSentences(std::string_view text) {
    std::vector<std::string> sentences;
    size_t start = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c != '.' && c != '!' && c != '?') continue;
        size_t end = i + 1;
        // A closing quote belongs to the sentence it ends.
        for (std::string_view quote : {"”", "’", "\"", "'", ")"})
            if (text.substr(end).starts_with(quote)) end += quote.size();
        if (end >= text.size() || text[end] != ' ' || !isUpperStart(text.substr(end + 1))) continue;
        std::string sentence = collapseWhitespace(text.substr(start, end - start));
        if (!sentence.empty()) sentences.push_back(std::move(sentence));
        start = end + 1;
        i = end;
    }
    std::string last = collapseWhitespace(text.substr(start));
    if (!last.empty()) sentences.push_back(std::move(last));
    return sentences;
}

std::vector<std::string> takeawaysFromExcerpt(std::string_view plainText) {
    std::string text = collapseWhitespace(plainText);
    std::string lower = asciiLower(text.substr(0, 40));
    size_t headingLength = 0;
    for (std::string_view heading : kHeadings) {
        if (lower.starts_with(heading) && heading.size() > headingLength &&
            (lower.size() == heading.size() || lower[heading.size()] == ' ' ||
             lower[heading.size()] == ':'))
            headingLength = heading.size();
    }
    if (headingLength == 0) return {};
    std::string rest = text.substr(headingLength);
    while (!rest.empty() && (rest.front() == ':' || rest.front() == ' '))
        rest.erase(0, 1);
    bool cut = removeTrailingEllipsis(rest);
    std::vector<std::string> sentences = splitSentences(rest);
    if (cut && !sentences.empty()) {
        std::string& last = sentences.back();
        char end = last.back();
        if (end != '.' && end != '!' && end != '?') last += " …";
    }
    return sentences;
}

} // namespace heraut
