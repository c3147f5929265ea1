// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/HtmlSanitizer.h"

#include "HtmlDocument.h"
#include "heraut/HtmlEntities.h"
#include "heraut/KeyTakeaways.h"
#include "heraut/PlainText.h"
#include "heraut/UrlResolver.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace heraut {
namespace {

enum class TagPolicy : unsigned char { Unwrap, Keep, Drop };

// Elements whose content is dangerous or meaningless without them are dropped whole; unknown
// elements are unwrapped, keeping their text.
constexpr std::array kKeptTags = std::to_array<GumboTag>({
    GUMBO_TAG_A,          GUMBO_TAG_ABBR,   GUMBO_TAG_B,      GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_BR,
    GUMBO_TAG_CAPTION,    GUMBO_TAG_CITE,   GUMBO_TAG_CODE,   GUMBO_TAG_DD,         GUMBO_TAG_DEL,
    GUMBO_TAG_DFN,        GUMBO_TAG_DIV,    GUMBO_TAG_DL,     GUMBO_TAG_DT,         GUMBO_TAG_EM,
    GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE, GUMBO_TAG_H1,     GUMBO_TAG_H2,         GUMBO_TAG_H3,
    GUMBO_TAG_H4,         GUMBO_TAG_H5,     GUMBO_TAG_H6,     GUMBO_TAG_HR,         GUMBO_TAG_I,
    GUMBO_TAG_IMG,        GUMBO_TAG_INS,    GUMBO_TAG_KBD,    GUMBO_TAG_LI,         GUMBO_TAG_MARK,
    GUMBO_TAG_OL,         GUMBO_TAG_P,      GUMBO_TAG_PRE,    GUMBO_TAG_Q,          GUMBO_TAG_S,
    GUMBO_TAG_SMALL,      GUMBO_TAG_SPAN,   GUMBO_TAG_STRONG, GUMBO_TAG_SUB,        GUMBO_TAG_SUP,
    GUMBO_TAG_TABLE,      GUMBO_TAG_TBODY,  GUMBO_TAG_TD,     GUMBO_TAG_TFOOT,      GUMBO_TAG_TH,
    GUMBO_TAG_THEAD,      GUMBO_TAG_TIME,   GUMBO_TAG_TR,     GUMBO_TAG_U,          GUMBO_TAG_UL,
});

constexpr std::array kDroppedTags = std::to_array<GumboTag>({
    GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE,    GUMBO_TAG_IFRAME,   GUMBO_TAG_OBJECT, GUMBO_TAG_EMBED,
    GUMBO_TAG_FORM,   GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE, GUMBO_TAG_SVG,    GUMBO_TAG_MATH,
    GUMBO_TAG_FRAME,  GUMBO_TAG_FRAMESET, GUMBO_TAG_APPLET,   GUMBO_TAG_BASE,   GUMBO_TAG_LINK,
    GUMBO_TAG_META,   GUMBO_TAG_TITLE,    GUMBO_TAG_HEAD,     GUMBO_TAG_BUTTON, GUMBO_TAG_INPUT,
    GUMBO_TAG_SELECT, GUMBO_TAG_TEXTAREA, GUMBO_TAG_AUDIO,    GUMBO_TAG_VIDEO,  GUMBO_TAG_CANVAS,
    GUMBO_TAG_SOURCE, GUMBO_TAG_TRACK,    GUMBO_TAG_PARAM,    GUMBO_TAG_OPTION, GUMBO_TAG_KEYGEN,
    GUMBO_TAG_MENU,   GUMBO_TAG_UNKNOWN,
});

constexpr std::array kBlockTags = std::to_array<GumboTag>({
    GUMBO_TAG_P,     GUMBO_TAG_DIV,        GUMBO_TAG_BR,         GUMBO_TAG_LI,     GUMBO_TAG_H1,
    GUMBO_TAG_H2,    GUMBO_TAG_H3,         GUMBO_TAG_H4,         GUMBO_TAG_H5,     GUMBO_TAG_H6,
    GUMBO_TAG_TR,    GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_PRE,        GUMBO_TAG_UL,     GUMBO_TAG_OL,
    GUMBO_TAG_TABLE, GUMBO_TAG_FIGURE,     GUMBO_TAG_FIGCAPTION, GUMBO_TAG_DT,     GUMBO_TAG_DD,
    GUMBO_TAG_HR,    GUMBO_TAG_SECTION,    GUMBO_TAG_ARTICLE,    GUMBO_TAG_HEADER, GUMBO_TAG_FOOTER,
    GUMBO_TAG_ASIDE, GUMBO_TAG_CAPTION,
});

struct TagTable {
    std::array<TagPolicy, GUMBO_TAG_LAST + 1> policy{};
    std::array<bool, GUMBO_TAG_LAST + 1> block{};
    TagTable() {
        for (GumboTag t : kKeptTags)
            policy[t] = TagPolicy::Keep;
        for (GumboTag t : kDroppedTags)
            policy[t] = TagPolicy::Drop;
        for (GumboTag t : kBlockTags)
            block[t] = true;
    }
};

const TagTable& tags() {
    static const TagTable table;
    return table;
}

bool isVoid(GumboTag tag) {
    return tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_IMG;
}

void appendEscaped(std::string& out, std::string_view text, bool attribute) {
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            if (attribute)
                out += "&quot;";
            else
                out += c;
            break;
        default:
            out += c;
        }
    }
}

const char* attribute(const GumboElement& element, const char* name) {
    const GumboAttribute* a = gumbo_get_attribute(&element.attributes, name);
    return a ? a->value : nullptr;
}

bool isTrackingPixel(const GumboElement& img) {
    const char* width = attribute(img, "width");
    const char* height = attribute(img, "height");
    return width && height && std::atoi(width) <= 1 && std::atoi(height) <= 1;
}

// Attributes that carry nothing executable and nothing that fetches.
bool isPlainAttribute(GumboTag tag, std::string_view name) {
    if (name == "title" || name == "lang" || name == "dir") return true;
    switch (tag) {
    case GUMBO_TAG_IMG:
        return name == "alt" || name == "width" || name == "height";
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
        return name == "colspan" || name == "rowspan";
    case GUMBO_TAG_OL:
        return name == "start";
    case GUMBO_TAG_TIME:
        return name == "datetime";
    default:
        return false;
    }
}

bool isUrlAttribute(GumboTag tag, std::string_view name) {
    return (tag == GUMBO_TAG_A && name == "href") || (tag == GUMBO_TAG_IMG && name == "src") ||
           ((tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_Q || tag == GUMBO_TAG_DEL ||
             tag == GUMBO_TAG_INS) &&
            name == "cite");
}

class Sanitizer {
  public:
    explicit Sanitizer(std::string_view baseUrl) : m_base(baseUrl) {}

    SanitizedHtml run(const GumboNode* root) {
        walk(root);
        SanitizedHtml result;
        result.html = std::move(m_html);
        flushLine();
        result.text = std::move(m_text);
        result.keyTakeaways = std::move(m_takeaways);
        return result;
    }

  private:
    struct Frame {
        const GumboNode* node;
        unsigned next = 0;
        bool entered = false;
        bool emitted = false;
    };

    void walk(const GumboNode* root) {
        std::vector<Frame> stack{{root}};
        while (!stack.empty()) {
            Frame& frame = stack.back();
            const GumboNode* node = frame.node;
            if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) {
                if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
                    node->type == GUMBO_NODE_CDATA)
                    emitText(node->v.text.text);
                stack.pop_back();
                continue;
            }
            const GumboElement& element = node->v.element;
            if (!frame.entered) {
                frame.entered = true;
                if (!enter(node, frame)) {
                    stack.pop_back();
                    continue;
                }
            }
            if (frame.next < element.children.length) {
                auto* child = static_cast<const GumboNode*>(element.children.data[frame.next++]);
                stack.push_back({child});
                continue;
            }
            leave(element, frame.emitted);
            stack.pop_back();
        }
    }

    // Returns false when the element and its content are to be skipped.
    bool enter(const GumboNode* node, Frame& frame) {
        const GumboElement& element = node->v.element;
        TagPolicy policy = tags().policy[element.tag];
        if (policy == TagPolicy::Drop) return false;
        if (tags().block[element.tag]) flushLine();
        if (m_takeaways.empty() && isTakeawaysCandidate(element) &&
            isTakeawaysHeading(elementText(node, 64)))
            m_takeaways = listAfter(node);
        if (policy == TagPolicy::Keep) frame.emitted = emitOpenTag(element);
        if (element.children.length == 0) {
            leave(element, frame.emitted);
            return false;
        }
        return true;
    }

    void leave(const GumboElement& element, bool emitted) {
        if (emitted && !isVoid(element.tag)) {
            m_html += "</";
            m_html += gumbo_normalized_tagname(element.tag);
            m_html += '>';
        }
        if (tags().block[element.tag]) flushLine();
    }

    bool emitOpenTag(const GumboElement& element) {
        std::string tag = "<";
        tag += gumbo_normalized_tagname(element.tag);
        for (unsigned i = 0; i < element.attributes.length; ++i) {
            auto* a = static_cast<const GumboAttribute*>(element.attributes.data[i]);
            std::string_view name = a->name;
            std::string value;
            if (isUrlAttribute(element.tag, name)) {
                auto link = safeLink(m_base, a->value);
                if (!link || (element.tag == GUMBO_TAG_IMG && link->starts_with("mailto:")))
                    continue;
                value = std::move(*link);
            } else if (isPlainAttribute(element.tag, name)) {
                value = a->value;
            } else {
                continue;
            }
            tag += ' ';
            tag += name;
            tag += "=\"";
            appendEscaped(tag, value, true);
            tag += '"';
        }
        if (element.tag == GUMBO_TAG_IMG &&
            (isTrackingPixel(element) || tag.find(" src=\"") == std::string::npos))
            return false;
        m_html += tag;
        m_html += '>';
        return true;
    }

    void emitText(std::string_view text) {
        appendEscaped(m_html, text, false);
        m_line += text;
    }

    void flushLine() {
        std::string line = collapseWhitespace(m_line);
        m_line.clear();
        if (line.empty()) return;
        if (!m_text.empty()) m_text += '\n';
        m_text += line;
    }

    static bool isTakeawaysCandidate(const GumboElement& e) {
        switch (e.tag) {
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
        case GUMBO_TAG_STRONG:
        case GUMBO_TAG_B:
        case GUMBO_TAG_P:
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_SPAN:
            return e.children.length > 0 && e.children.length <= 3;
        default:
            return false;
        }
    }

    // The first list after the heading, looking past wrappers the heading may sit in
    // (<p><strong>Kernpunten</strong></p><ul>…).
    static std::vector<std::string> listAfter(const GumboNode* heading) {
        const GumboNode* node = heading;
        for (int level = 0; level < 3 && node && node->parent; ++level, node = node->parent) {
            const GumboVector& siblings = node->parent->v.element.children;
            for (unsigned i = node->index_within_parent + 1; i < siblings.length; ++i) {
                auto* sibling = static_cast<const GumboNode*>(siblings.data[i]);
                if (sibling->type == GUMBO_NODE_WHITESPACE || sibling->type == GUMBO_NODE_COMMENT)
                    continue;
                if (sibling->type != GUMBO_NODE_ELEMENT) break;
                if (const GumboNode* list = findList(sibling, 3)) return listItems(list);
                break;
            }
            if (node->parent->type != GUMBO_NODE_ELEMENT) break;
        }
        return {};
    }

    static const GumboNode* findList(const GumboNode* node, int depth) {
        if (isElement(node, GUMBO_TAG_UL) || isElement(node, GUMBO_TAG_OL)) return node;
        if (depth == 0 || node->type != GUMBO_NODE_ELEMENT) return nullptr;
        GumboTag tag = node->v.element.tag;
        if (tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_SECTION && tag != GUMBO_TAG_ASIDE)
            return nullptr;
        const GumboVector& children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i)
            if (auto* found = findList(static_cast<const GumboNode*>(children.data[i]), depth - 1))
                return found;
        return nullptr;
    }

    static std::vector<std::string> listItems(const GumboNode* list) {
        std::vector<std::string> items;
        const GumboVector& children = list->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            auto* child = static_cast<const GumboNode*>(children.data[i]);
            if (!isElement(child, GUMBO_TAG_LI)) continue;
            std::string text = elementText(child, 2000);
            if (!text.empty()) items.push_back(std::move(text));
        }
        return items;
    }

    std::string_view m_base;
    std::string m_html;
    std::string m_text;
    std::string m_line;
    std::vector<std::string> m_takeaways;
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
// scope checks grow with depth. Such markup is shown as its text alone.
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
    HtmlDocument document(html, true);
    return Sanitizer(baseUrl).run(document.root());
}

} // namespace heraut
