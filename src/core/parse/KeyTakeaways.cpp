// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/KeyTakeaways.h"

#include "heraut/AsciiCase.h"
#include "heraut/PlainText.h"

#include <array>
#include <cctype>
#include <optional>

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

namespace heraut {
namespace {

// One element of sanitised HTML: where it starts and ends (after its close tag) and its name.
struct Element {
    size_t start = 0;
    size_t end = 0;
    std::string_view name;
    std::string_view inner;
};

std::string_view tagName(std::string_view html, size_t open) {
    size_t end = open + 1;
    while (end < html.size() && std::isalnum(static_cast<unsigned char>(html[end])))
        ++end;
    return html.substr(open + 1, end - open - 1);
}

// The element opening at `open`, up to its matching close tag (same-name nesting counted);
// nullopt for void or unclosed elements.
std::optional<Element> elementAt(std::string_view html, size_t open) {
    std::string_view name = tagName(html, open);
    if (name.empty()) return std::nullopt;
    std::string openTag = "<" + std::string(name);
    std::string closeTag = "</" + std::string(name) + ">";
    size_t innerStart = html.find('>', open);
    if (innerStart == std::string_view::npos) return std::nullopt;
    ++innerStart;
    int depth = 1;
    size_t at = innerStart;
    while (depth > 0) {
        size_t nextClose = html.find(closeTag, at);
        if (nextClose == std::string_view::npos) return std::nullopt;
        size_t nextOpen = html.find(openTag, at);
        while (nextOpen < nextClose) {
            char after =
                nextOpen + openTag.size() < html.size() ? html[nextOpen + openTag.size()] : '\0';
            if (after == '>' || after == ' ') ++depth;
            nextOpen = html.find(openTag, nextOpen + 1);
        }
        --depth;
        at = nextClose + closeTag.size();
        if (depth == 0)
            return Element{open, at, name, html.substr(innerStart, nextClose - innerStart)};
    }
    return std::nullopt;
}

// The next element at or after `from`, skipping whitespace only; nullopt when text comes first.
std::optional<Element> nextElement(std::string_view html, size_t from) {
    while (from < html.size() && std::isspace(static_cast<unsigned char>(html[from])))
        ++from;
    if (from >= html.size() || html[from] != '<' || from + 1 >= html.size() ||
        html[from + 1] == '/')
        return std::nullopt;
    return elementAt(html, from);
}

// Only these can hold a takeaways heading or repeat the takeaways; others are not looked into.
bool isCandidate(std::string_view name) {
    return (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') ||
           name == "p" || name == "div" || name == "strong" || name == "b" || name == "ul" ||
           name == "ol";
}

bool isHeadingLike(const Element& e) {
    return (e.name.size() == 2 && e.name[0] == 'h' && e.name[1] >= '1' && e.name[1] <= '6') ||
           e.name == "p" || e.name == "div" || e.name == "strong" || e.name == "b";
}

// "Kernpunten" as a heading, a paragraph, or a bold line: the text alone decides.
bool announcesTakeaways(const Element& e) {
    return isHeadingLike(e) && e.inner.size() < 200 && isTakeawaysHeading(plainTitle(e.inner));
}

bool sameTakeaway(const std::string& text, const std::string& takeaway) {
    if (text == takeaway) return true;
    // A takeaway the excerpt cut short ends in " …"; the body has the whole sentence.
    if (takeaway.ends_with("…")) {
        std::string_view stem(takeaway);
        stem.remove_suffix(std::string_view("…").size());
        while (!stem.empty() && stem.back() == ' ')
            stem.remove_suffix(1);
        return !stem.empty() && std::string_view(text).starts_with(stem);
    }
    return false;
}

bool isTakeaway(std::string_view innerHtml, const std::vector<std::string>& takeaways) {
    std::string text = plainTitle(innerHtml);
    for (const std::string& t : takeaways)
        if (sameTakeaway(text, t)) return true;
    return false;
}

// A list whose every item is a takeaway, or a paragraph that is one (or holds them all).
bool repeatsTakeaways(const Element& e, const std::vector<std::string>& takeaways) {
    if (e.name == "ul" || e.name == "ol") {
        size_t items = 0;
        for (size_t at = e.inner.find("<li"); at != std::string_view::npos;
             at = e.inner.find("<li", at + 1)) {
            auto li = elementAt(e.inner, at);
            if (!li || li->name != "li") continue;
            if (!isTakeaway(li->inner, takeaways)) return false;
            ++items;
            at = li->end - 1;
        }
        return items > 0;
    }
    if (e.name != "p") return false;
    if (isTakeaway(e.inner, takeaways)) return true;
    std::string joined;
    for (const std::string& t : takeaways)
        joined += (joined.empty() ? "" : " ") + t;
    return sameTakeaway(plainTitle(e.inner), joined);
}

} // namespace

std::string withoutTakeaways(std::string_view html, const std::vector<std::string>& takeaways) {
    if (takeaways.empty()) return std::string(html);
    std::string out;
    out.reserve(html.size());
    size_t copied = 0;
    auto drop = [&](const Element& e) {
        out.append(html.substr(copied, e.start - copied));
        copied = e.end;
    };
    for (size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
        if (!isCandidate(tagName(html, at))) continue;
        auto e = elementAt(html, at);
        if (!e) continue;
        if (announcesTakeaways(*e)) {
            drop(*e);
            // The list the heading announced goes with it, whatever its items say.
            auto next = nextElement(html, e->end);
            if (next && (next->name == "ul" || next->name == "ol")) drop(*next);
        } else if (repeatsTakeaways(*e, takeaways)) {
            drop(*e);
        } else {
            continue;
        }
        at = copied - 1;
    }
    out.append(html.substr(copied));
    return out;
}

} // namespace heraut
