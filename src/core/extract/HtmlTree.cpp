// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlTree.h"
#include "heraut/HtmlEntities.h"

#include "heraut/AsciiCase.h"
#include "heraut/PlainText.h"

#include <libxml/parserInternals.h>

#include <algorithm>
#include <climits>
#include <mutex>

namespace heraut::extract {
namespace {

const char* chars(const xmlChar* text) {
    return reinterpret_cast<const char*>(text);
}

// A libxml2 name equals `name`, compared without measuring it first: the finder asks this of
// every element many times over.
bool nameIs(const xmlChar* text, std::string_view name) {
    if (!text) return name.empty();
    for (char c : name)
        if (static_cast<char>(*text++) != c) return false;
    return *text == 0;
}

bool isSpace(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

struct TextMeasure {
    int length = 0;
    int commas = 0;
};

// Characters (not bytes) with whitespace runs counted once, and commas of any script.
TextMeasure measureText(std::string_view text) {
    TextMeasure m;
    bool inSpace = true;
    for (size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (isSpace(c)) {
            if (!inSpace) ++m.length;
            inSpace = true;
            continue;
        }
        inSpace = false;
        if ((c & 0xC0) != 0x80) ++m.length;
        if (c == ',') ++m.commas;
        // U+060C and U+FF0C, the Arabic and the full-width comma
        if (c == 0xD8 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x8C)
            ++m.commas;
        if (c == 0xEF && text.substr(i, 3) == "\xEF\xBC\x8C") ++m.commas;
    }
    return m;
}

bool isVoidTag(std::string_view tag) {
    for (std::string_view v : {"br", "img", "hr", "input", "meta", "link", "wbr", "source", "area",
                               "col", "embed", "param", "track", "base"})
        if (tag == v) return true;
    return false;
}

// Text as the page indented it carries runs of spaces and newlines a reader never sees; they
// go, except inside <pre>.
void appendText(const Node* node, std::string& out) {
    std::string_view text = chars(node->content);
    bool hasRuns = false;
    for (size_t i = 0; i + 1 < text.size() && !hasRuns; ++i)
        hasRuns = isSpace(static_cast<unsigned char>(text[i])) &&
                  (text[i] != ' ' || isSpace(static_cast<unsigned char>(text[i + 1])));
    if (!hasRuns || hasAncestorTag(node, "pre")) {
        appendEscaped(out, text, false);
        return;
    }
    std::string collapsed;
    collapsed.reserve(text.size());
    bool inSpace = false;
    for (char c : text) {
        bool space = isSpace(static_cast<unsigned char>(c));
        if (!space)
            collapsed += c;
        else if (!inSpace)
            collapsed += ' ';
        inSpace = space;
    }
    appendEscaped(out, collapsed, false);
}

void openTag(const Node* node, std::string& out) {
    if (isText(node)) {
        if (node->content) appendText(node, out);
        return;
    }
    if (!isElement(node)) return;
    out += '<';
    out += tagName(node);
    for (const xmlAttr* a = node->properties; a; a = a->next) {
        out += ' ';
        out += chars(a->name);
        out += "=\"";
        if (a->children && a->children->content)
            appendEscaped(out, chars(a->children->content), true);
        out += '"';
    }
    out += '>';
}

void closeTag(const Node* node, std::string& out) {
    if (!isElement(node) || isVoidTag(tagName(node))) return;
    out += "</";
    out += tagName(node);
    out += '>';
}

struct ContextDeleter {
    void operator()(htmlParserCtxtPtr context) const { htmlFreeParserCtxt(context); }
};

} // namespace

HtmlTree::HtmlTree(std::string_view utf8Html) {
    static std::once_flag initialised;
    std::call_once(initialised, [] { xmlInitParser(); }); // makes libxml2 safe across threads
    if (utf8Html.empty() || utf8Html.size() > INT_MAX) return;
    std::unique_ptr<htmlParserCtxt, ContextDeleter> context(
        htmlCreateMemoryParserCtxt(utf8Html.data(), static_cast<int>(utf8Html.size())));
    if (!context) return;
    htmlCtxtUseOptions(context.get(), HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                          HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                          HTML_PARSE_NODEFDTD | HTML_PARSE_COMPACT |
                                          HTML_PARSE_IGNORE_ENC);
    // The bytes are UTF-8 already (decoded by the caller) and a <meta charset> must not change
    // that (HTML_PARSE_IGNORE_ENC). Declaring UTF-8 this way, not by name to htmlReadMemory,
    // spares libxml2 a UTF-8 to UTF-8 conversion that copied every page once more.
    xmlSwitchEncoding(context.get(), XML_CHAR_ENCODING_UTF8);
    htmlParseDocument(context.get());
    m_doc.reset(context->myDoc);
    context->myDoc = nullptr;
}

HtmlTree::~HtmlTree() {
    // Only what is still outside the tree; a node moved back in goes with the document.
    std::sort(m_removed.begin(), m_removed.end());
    m_removed.erase(std::unique(m_removed.begin(), m_removed.end()), m_removed.end());
    // Decide before freeing anything: freeing a subtree frees removed nodes moved into it.
    std::vector<Node*> detached;
    for (Node* node : m_removed)
        if (!node->parent) detached.push_back(node);
    for (Node* node : detached)
        xmlFreeNode(node);
}

Node* HtmlTree::root() const {
    return m_doc ? xmlDocGetRootElement(m_doc.get()) : nullptr;
}

Node* HtmlTree::body() const {
    Node* html = root();
    for (Node* child = firstElementChild(html); child; child = nextElementSibling(child))
        if (hasTag(child, "body")) return child;
    return html;
}

Node* HtmlTree::head() const {
    Node* html = root();
    for (Node* child = firstElementChild(html); child; child = nextElementSibling(child))
        if (hasTag(child, "head")) return child;
    return nullptr;
}

void HtmlTree::remove(Node* node) {
    if (!node || node == root()) return;
    xmlUnlinkNode(node);
    m_removed.push_back(node);
}

Node* HtmlTree::createElement(std::string_view tag) {
    std::string name(tag);
    Node* node = xmlNewDocNode(m_doc.get(), nullptr, reinterpret_cast<const xmlChar*>(name.c_str()),
                               nullptr);
    m_removed.push_back(node); // freed with the tree unless it gets linked in
    return node;
}

NodeInfo& HtmlTree::info(Node* element) {
    if (!element->_private) {
        m_infos.emplace_back();
        element->_private = &m_infos.back();
    }
    return *static_cast<NodeInfo*>(element->_private);
}

void HtmlTree::measure(Node* root) {
    std::vector<Node*> elements;
    for (Node* node = root; node; node = nextNode(node, root)) {
        if (!isElement(node)) continue;
        NodeInfo& i = info(node);
        i.textLength = i.linkLength = i.commas = 0;
        elements.push_back(node);
    }
    // Children come after their parent in pre-order: walking back, each is complete before its
    // parent needs it.
    for (auto it = elements.rbegin(); it != elements.rend(); ++it) {
        Node* element = *it;
        NodeInfo& i = info(element);
        for (Node* child = element->children; child; child = child->next) {
            if (!isText(child) || !child->content) continue;
            TextMeasure m = measureText(chars(child->content));
            i.textLength += m.length;
            i.commas += m.commas;
        }
        if (hasTag(element, "a"))
            i.linkLength =
                attribute(element, "href").starts_with("#") ? i.textLength * 3 / 10 : i.textLength;
        if (element == root || !isElement(element->parent)) continue;
        NodeInfo& parent = info(element->parent);
        parent.textLength += i.textLength;
        parent.linkLength += i.linkLength;
        parent.commas += i.commas;
    }
}

int HtmlTree::textLength(Node* root) {
    int length = 0;
    for (Node* node = root; node; node = nextNode(node, root))
        if (isText(node) && node->content && isElement(node->parent))
            length += measureText(chars(node->content)).length;
    return length;
}

bool isElement(const Node* node) {
    return node && node->type == XML_ELEMENT_NODE;
}

bool isText(const Node* node) {
    return node && (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE);
}

std::string_view tagName(const Node* node) {
    return isElement(node) && node->name ? chars(node->name) : std::string_view();
}

bool hasTag(const Node* node, std::string_view tag) {
    if (!isElement(node) || !node->name) return tag.empty();
    return nameIs(node->name, tag);
}

bool isHeadingTag(std::string_view tag) {
    return tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6';
}

std::string_view attribute(const Node* node, std::string_view name) {
    if (!isElement(node)) return {};
    for (const xmlAttr* a = node->properties; a; a = a->next) {
        if (!nameIs(a->name, name)) continue;
        return a->children && a->children->content ? chars(a->children->content) : "";
    }
    return {};
}

bool hasAttribute(const Node* node, std::string_view name) {
    if (!isElement(node)) return false;
    for (const xmlAttr* a = node->properties; a; a = a->next)
        if (nameIs(a->name, name)) return true;
    return false;
}

std::string classAndId(const Node* node) {
    std::string s(attribute(node, "class"));
    s += ' ';
    s += attribute(node, "id");
    return asciiLower(s);
}

Node* nextNode(Node* node, const Node* root, bool skipChildren) {
    if (!skipChildren && node->children && isElement(node)) return node->children;
    while (node && node != root) {
        if (node->next) return node->next;
        node = node->parent;
    }
    return nullptr;
}

Node* firstElementChild(Node* node) {
    if (!node) return nullptr;
    Node* child = node->children;
    while (child && !isElement(child))
        child = child->next;
    return child;
}

Node* nextElementSibling(Node* node) {
    Node* sibling = node->next;
    while (sibling && !isElement(sibling))
        sibling = sibling->next;
    return sibling;
}

bool hasAncestorTag(const Node* node, std::string_view tag, int maxDepth) {
    int depth = 0;
    for (const Node* p = node->parent; isElement(p); p = p->parent) {
        if (maxDepth > 0 && depth++ >= maxDepth) return false;
        if (tagName(p) == tag) return true;
    }
    return false;
}

std::vector<Node*> elementsByTag(Node* root, std::initializer_list<std::string_view> tags) {
    std::vector<Node*> out;
    for (Node* node = nextNode(root, root); node; node = nextNode(node, root))
        if (isElement(node) && node->name &&
            std::any_of(tags.begin(), tags.end(),
                        [&](std::string_view tag) { return nameIs(node->name, tag); }))
            out.push_back(node);
    return out;
}

size_t collapsedLength(std::string_view text) {
    // The same whitespace as collapseWhitespace: ASCII and the no-break space (C2 A0).
    size_t length = 0;
    bool seenWord = false, spacePending = false;
    for (size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        bool space = isSpace(c) || c == '\v';
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            space = true;
            ++i;
        }
        if (space) {
            spacePending = seenWord;
            continue;
        }
        length += spacePending ? 2 : 1; // the one space between two words, then this byte
        spacePending = false;
        seenWord = true;
    }
    return length;
}

std::string innerText(const Node* node) {
    if (isText(node)) return node->content ? collapseWhitespace(chars(node->content)) : "";
    std::string text;
    Node* root = const_cast<Node*>(node);
    for (Node* n = root; n; n = nextNode(n, root)) {
        if (isText(n) && n->content)
            text += chars(n->content);
        else if (isElement(n) && (hasTag(n, "br") || hasTag(n, "p")))
            text += ' ';
    }
    return collapseWhitespace(text);
}

void serialize(const Node* root, std::string& out) {
    const Node* node = root;
    while (node) {
        openTag(node, out);
        if (isElement(node) && node->children) {
            node = node->children;
            continue;
        }
        closeTag(node, out);
        while (node != root && !node->next) {
            node = node->parent;
            closeTag(node, out);
        }
        if (node == root) break;
        node = node->next;
    }
}

} // namespace heraut::extract
