// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/HtmlSanitizer.h"

#include "HtmlEventReader.h"
#include "Mojibake.h"
#include "heraut/HtmlEntities.h"
#include "heraut/KeyTakeaways.h"
#include "heraut/PlainText.h"
#include "heraut/UrlResolver.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <vector>

namespace heraut {
namespace {

enum class TagPolicy : unsigned char { Unwrap, Keep, Drop };

struct TagInfo {
    std::string_view name;
    TagPolicy policy;
    bool block;
};

// Elements whose content is dangerous or meaningless without them are dropped whole; elements
// not listed are unwrapped, keeping their text. Block-level ones are listed to be unwrapped
// onto lines of their own in the plain text (HTML's block elements, WHATWG 15.3.3): without,
// "<address>Den Haag</address><address>Brussel" read "Den HaagBrussel". Empty elements that fetch
// or run something (embed, link, meta, ...) are unwrapped rather than dropped: the parser may not
// know they are empty and would hand us the text after them as their content. Sorted for binary
// search.
constexpr auto kTags = std::to_array<TagInfo>({
    {"a", TagPolicy::Keep, false},         {"abbr", TagPolicy::Keep, false},
    {"address", TagPolicy::Unwrap, true},  {"applet", TagPolicy::Drop, false},
    {"article", TagPolicy::Unwrap, true},  {"aside", TagPolicy::Unwrap, true},
    {"audio", TagPolicy::Drop, false},     {"b", TagPolicy::Keep, false},
    {"base", TagPolicy::Unwrap, false},    {"blockquote", TagPolicy::Keep, true},
    {"br", TagPolicy::Keep, true},         {"button", TagPolicy::Drop, false},
    {"canvas", TagPolicy::Drop, false},    {"caption", TagPolicy::Keep, true},
    {"center", TagPolicy::Unwrap, true},   {"cite", TagPolicy::Keep, false},
    {"code", TagPolicy::Keep, false},      {"dd", TagPolicy::Keep, true},
    {"del", TagPolicy::Keep, false},       {"details", TagPolicy::Unwrap, true},
    {"dfn", TagPolicy::Keep, false},       {"dialog", TagPolicy::Drop, false},
    {"div", TagPolicy::Keep, true},        {"dl", TagPolicy::Keep, true},
    {"dt", TagPolicy::Keep, true},         {"em", TagPolicy::Keep, false},
    {"embed", TagPolicy::Unwrap, false},   {"fieldset", TagPolicy::Unwrap, true},
    {"figcaption", TagPolicy::Keep, true}, {"figure", TagPolicy::Keep, true},
    {"footer", TagPolicy::Unwrap, true},   {"form", TagPolicy::Drop, false},
    {"frame", TagPolicy::Drop, false},     {"frameset", TagPolicy::Drop, false},
    {"h1", TagPolicy::Keep, true},         {"h2", TagPolicy::Keep, true},
    {"h3", TagPolicy::Keep, true},         {"h4", TagPolicy::Keep, true},
    {"h5", TagPolicy::Keep, true},         {"h6", TagPolicy::Keep, true},
    {"head", TagPolicy::Drop, false},      {"header", TagPolicy::Unwrap, true},
    {"hgroup", TagPolicy::Unwrap, true},   {"hr", TagPolicy::Keep, true},
    {"i", TagPolicy::Keep, false},         {"iframe", TagPolicy::Drop, false},
    {"img", TagPolicy::Keep, false},       {"input", TagPolicy::Unwrap, false},
    {"ins", TagPolicy::Keep, false},       {"kbd", TagPolicy::Keep, false},
    {"keygen", TagPolicy::Unwrap, false},  {"legend", TagPolicy::Unwrap, true},
    {"li", TagPolicy::Keep, true},         {"link", TagPolicy::Unwrap, false},
    {"main", TagPolicy::Unwrap, true},     {"mark", TagPolicy::Keep, false},
    {"math", TagPolicy::Drop, false},      {"menu", TagPolicy::Drop, false},
    {"meta", TagPolicy::Unwrap, false},    {"nav", TagPolicy::Unwrap, true},
    {"noembed", TagPolicy::Drop, false},   {"noframes", TagPolicy::Drop, false},
    {"noscript", TagPolicy::Drop, false},  {"object", TagPolicy::Drop, false},
    {"ol", TagPolicy::Keep, true},         {"option", TagPolicy::Drop, false},
    {"p", TagPolicy::Keep, true},          {"param", TagPolicy::Unwrap, false},
    {"pre", TagPolicy::Keep, true},        {"q", TagPolicy::Keep, false},
    {"s", TagPolicy::Keep, false},         {"script", TagPolicy::Drop, false},
    {"section", TagPolicy::Unwrap, true},  {"select", TagPolicy::Drop, false},
    {"small", TagPolicy::Keep, false},     {"source", TagPolicy::Unwrap, false},
    {"span", TagPolicy::Keep, false},      {"strong", TagPolicy::Keep, false},
    {"style", TagPolicy::Drop, false},     {"sub", TagPolicy::Keep, false},
    {"summary", TagPolicy::Unwrap, true},  {"sup", TagPolicy::Keep, false},
    {"svg", TagPolicy::Drop, false},       {"table", TagPolicy::Keep, true},
    {"tbody", TagPolicy::Keep, false},     {"td", TagPolicy::Keep, false},
    {"template", TagPolicy::Drop, false},  {"textarea", TagPolicy::Drop, false},
    {"tfoot", TagPolicy::Keep, false},     {"th", TagPolicy::Keep, false},
    {"thead", TagPolicy::Keep, false},     {"time", TagPolicy::Keep, false},
    {"title", TagPolicy::Drop, false},     {"tr", TagPolicy::Keep, true},
    {"track", TagPolicy::Unwrap, false},   {"u", TagPolicy::Keep, false},
    {"ul", TagPolicy::Keep, true},         {"video", TagPolicy::Drop, false},
    {"xmp", TagPolicy::Drop, false},
});

constexpr TagInfo kUnknownTag{"", TagPolicy::Unwrap, false};

const TagInfo& tagInfo(std::string_view name) {
    auto it = std::lower_bound(kTags.begin(), kTags.end(), name,
                               [](const TagInfo& t, std::string_view n) { return t.name < n; });
    return it != kTags.end() && it->name == name ? *it : kUnknownTag;
}

// Elements whose content the parser reads as raw text up to their end tag: script and style
// code, never to be shown however the markup around it is broken.
bool isRawText(std::string_view tag) {
    return tag == "script" || tag == "style";
}

bool isVoid(std::string_view tag) {
    return tag == "br" || tag == "hr" || tag == "img";
}
// A table cell: its row goes on on the same line (PlainTextBuilder::endCell).
bool isCell(std::string_view tag) {
    return tag == "td" || tag == "th";
}
bool isList(std::string_view tag) {
    return tag == "ul" || tag == "ol";
}
bool isListWrapper(std::string_view tag) {
    return tag == "div" || tag == "section" || tag == "aside" || tag == "p";
}
bool mayHoldHeading(std::string_view tag) {
    return (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') ||
           tag == "strong" || tag == "b" || tag == "p" || tag == "div" || tag == "span";
}

bool isTrackingPixel(const char* const* attributes) {
    const char* width = findAttribute(attributes, "width");
    const char* height = findAttribute(attributes, "height");
    return width && height && std::atoi(width) <= 1 && std::atoi(height) <= 1;
}

// Attributes that carry nothing executable and nothing that fetches.
bool isPlainAttribute(std::string_view tag, std::string_view name) {
    if (name == "title" || name == "lang" || name == "dir") return true;
    if (tag == "img") return name == "alt" || name == "width" || name == "height";
    if (tag == "td" || tag == "th") return name == "colspan" || name == "rowspan";
    if (tag == "ol") return name == "start";
    if (tag == "time") return name == "datetime";
    return false;
}

bool isUrlAttribute(std::string_view tag, std::string_view name) {
    return (tag == "a" && name == "href") || (tag == "img" && name == "src") ||
           ((tag == "blockquote" || tag == "q" || tag == "del" || tag == "ins") && name == "cite");
}

bool hasWords(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
    });
}

// Finds the list that follows a "Key takeaways" heading while the HTML streams past:
// the heading's text is gathered, then the next element must be the list or a box holding it.
class TakeawaysFinder {
  public:
    const std::vector<std::string>& items() const { return m_items; }

    void start(std::string_view tag, int depth) {
        if (m_state == State::Done) return;
        if (m_state == State::InList) {
            if (tag == "li" && depth == m_listDepth + 1) m_item.clear();
            return;
        }
        if (m_state == State::Armed) {
            if (isList(tag)) {
                m_state = State::InList;
                m_listDepth = depth;
                return;
            }
            if (!isListWrapper(tag)) m_state = State::Idle;
            return;
        }
        if (mayHoldHeading(tag)) { // the innermost candidate is the heading
            m_headingDepth = depth;
            m_heading.clear();
        }
    }

    void end(std::string_view tag, int depth) {
        if (m_state == State::InList) {
            if (tag == "li" && depth == m_listDepth + 1) {
                std::string item = collapseWhitespace(m_item);
                if (!item.empty()) m_items.push_back(std::move(item));
            } else if (depth == m_listDepth) {
                m_state = m_items.empty() ? State::Idle : State::Done;
            }
            return;
        }
        if (depth == m_headingDepth) {
            m_headingDepth = -1;
            if (m_state == State::Idle && isTakeawaysHeading(m_heading)) m_state = State::Armed;
        }
    }

    void text(std::string_view text) {
        if (m_state == State::InList)
            m_item += text;
        else if (m_state == State::Armed && hasWords(text))
            m_state = State::Idle; // prose between the heading and any list
        else if (m_headingDepth >= 0 && m_heading.size() < 80)
            m_heading += text;
    }

  private:
    enum class State { Idle, Armed, InList, Done };
    State m_state = State::Idle;
    int m_headingDepth = -1;
    int m_listDepth = -1;
    std::string m_heading;
    std::string m_item;
    std::vector<std::string> m_items;
};

// Where the last end tag "</name" (any case) starts in html, or npos.
size_t lastEndTag(std::string_view html, std::string_view name) {
    size_t last = std::string_view::npos;
    for (size_t i = html.find("</"); i != std::string_view::npos; i = html.find("</", i + 2)) {
        std::string_view rest = html.substr(i + 2, name.size());
        if (rest.size() == name.size() &&
            std::equal(rest.begin(), rest.end(), name.begin(), [](char a, char b) {
                return std::tolower(static_cast<unsigned char>(a)) == b;
            }))
            last = i;
    }
    return last;
}

// Whether an element opened at some offset of the input is closed later: remembers, per
// tag name, where its last end tag is, so many such elements cost one scan each.
class EndTagIndex {
  public:
    explicit EndTagIndex(std::string_view html) : m_html(html) {}

    bool closedAfter(std::string_view tag, size_t offset) {
        for (const auto& [name, last] : m_last)
            if (name == tag) return last != std::string_view::npos && last >= offset;
        size_t last = lastEndTag(m_html, tag);
        m_last.emplace_back(tag, last);
        return last != std::string_view::npos && last >= offset;
    }

  private:
    std::string_view m_html;
    std::vector<std::pair<std::string_view, size_t>> m_last; // tag names come from kTags
};

class Sanitizer : public HtmlEventReader {
  public:
    // Room for the output up front: it is about as long as the input, and growing the
    // strings step by step copied every article several times.
    explicit Sanitizer(std::string_view baseUrl, std::string_view html)
        : m_base(baseUrl), m_endTags(html) {
        m_html.reserve(html.size());
        m_text.reserve(html.size());
    }

    // libxml2 reads "&#146;" as U+0092; HTML5 and the writer mean the Windows-1252 "’".
    SanitizedHtml result() {
        SanitizedHtml out{std::move(m_html), m_text.take(), m_takeaways.items()};
        replaceC1Controls(out.html);
        replaceC1Controls(out.text);
        for (std::string& item : out.keyTakeaways)
            replaceC1Controls(item);
        return out;
    }

  protected:
    void startElement(std::string_view tag, const char* const* attributes) override {
        int depth = static_cast<int>(m_open.size());
        const TagInfo& info = tagInfo(tag);
        TagPolicy policy = info.policy;
        // An element never closed would hold the rest of the article: only the tag goes.
        if (policy == TagPolicy::Drop && m_dropDepth < 0 && !isRawText(info.name) &&
            !m_endTags.closedAfter(info.name, offset()))
            policy = TagPolicy::Unwrap;
        if (m_dropDepth >= 0 || policy == TagPolicy::Drop) {
            if (m_dropDepth < 0) m_dropDepth = depth;
            m_open.push_back(false);
            return;
        }
        if (info.block) m_text.endLine();
        m_takeaways.start(tag, depth);
        m_open.push_back(policy == TagPolicy::Keep && emitOpenTag(tag, attributes));
    }

    void endElement(std::string_view tag) override {
        if (m_open.empty()) return;
        bool emitted = m_open.back();
        m_open.pop_back();
        int depth = static_cast<int>(m_open.size());
        if (m_dropDepth >= 0) {
            if (depth == m_dropDepth) m_dropDepth = -1;
            return;
        }
        if (emitted && !isVoid(tag)) {
            m_html += "</";
            m_html += tag;
            m_html += '>';
        }
        if (tagInfo(tag).block) m_text.endLine();
        if (isCell(tag)) m_text.endCell();
        m_takeaways.end(tag, depth);
    }

    void text(std::string_view text) override {
        if (m_dropDepth >= 0) return;
        appendEscaped(m_html, text, false);
        m_text.append(text);
        m_takeaways.text(text);
    }

  private:
    bool emitOpenTag(std::string_view tag, const char* const* attributes) {
        if (tag == "img" && isTrackingPixel(attributes)) return false;
        size_t mark = m_html.size();
        m_html += '<';
        m_html += tag;
        bool hasSource = false;
        for (size_t i = 0; attributes && attributes[i]; i += 2) {
            std::string_view name = attributes[i];
            const char* raw = attributes[i + 1] ? attributes[i + 1] : "";
            std::optional<std::string> link;
            if (isUrlAttribute(tag, name)) {
                link = safeLink(m_base, raw);
                if (!link || (tag == "img" && link->starts_with("mailto:"))) continue;
                hasSource = hasSource || name == "src";
            } else if (!isPlainAttribute(tag, name)) {
                continue;
            }
            m_html += ' ';
            m_html += name;
            m_html += "=\"";
            appendEscaped(m_html, link ? std::string_view(*link) : std::string_view(raw), true);
            m_html += '"';
        }
        if (tag == "img" && !hasSource) {
            m_html.resize(mark);
            return false;
        }
        m_html += '>';
        return true;
    }

    std::string_view m_base;
    std::string m_html;
    PlainTextBuilder m_text;
    std::vector<bool> m_open; // per open element: whether its tag was written out
    int m_dropDepth = -1;     // inside a dropped element, the depth where it opened
    TakeawaysFinder m_takeaways;
    EndTagIndex m_endTags;
};

bool isVoidTagName(std::string_view name) {
    for (std::string_view v : {"br", "img", "hr", "input", "meta", "link", "wbr", "source", "area",
                               "col", "embed", "param", "track", "base", "keygen"})
        if (name.size() == v.size() &&
            std::equal(v.begin(), v.end(), name.begin(), [](char a, char b) {
                return a == std::tolower(static_cast<unsigned char>(b));
            }))
            return true;
    return false;
}

// An estimate of how deep the markup nests, stopping as soon as it passes the limit.
bool nestsDeeperThan(std::string_view html, int limit) {
    int depth = 0;
    for (size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
        if (i + 1 >= html.size()) break;
        if (html[i + 1] == '/') {
            depth = std::max(0, depth - 1);
            continue;
        }
        if (!std::isalpha(static_cast<unsigned char>(html[i + 1]))) continue;
        size_t end = i + 1;
        while (end < html.size() && std::isalnum(static_cast<unsigned char>(html[end])))
            ++end;
        if (isVoidTagName(html.substr(i + 1, end - i - 1))) continue;
        if (++depth > limit) return true;
    }
    return false;
}

// Real articles nest a few dozen levels; thousands mean an attack on the HTML parser, whose
// checks grow with depth. Such markup is shown as its text alone.
constexpr int kMaxNesting = 1000;

std::string flattenToText(std::string_view html) {
    std::string out = "<p>";
    appendEscaped(out, collapseWhitespace(decodeHtmlEntities(stripTags(html))), false);
    out += "</p>";
    return out;
}

} // namespace

SanitizedHtml sanitizeHtml(std::string_view html, std::string_view baseUrl) {
    if (html.find_first_not_of(" \t\r\n") == std::string_view::npos) return {};
    if (nestsDeeperThan(html, kMaxNesting)) return sanitizeHtml(flattenToText(html), baseUrl);
    Sanitizer sanitizer(baseUrl, html);
    sanitizer.read(html);
    return sanitizer.result();
}

} // namespace heraut
