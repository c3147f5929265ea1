// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlDocument.h"

#include "heraut/PlainText.h"

#include <utility>
#include <vector>

namespace heraut {

HtmlDocument::HtmlDocument(std::string_view html, bool asFragment)
    : m_source(html), m_options(kGumboDefaultOptions) {
    m_options.max_errors = 0; // errors are not reported anywhere; recording them costs time
    if (asFragment) m_options.fragment_context = GUMBO_TAG_BODY;
    m_output = gumbo_parse_with_options(&m_options, m_source.data(), m_source.size());
}

HtmlDocument::~HtmlDocument() {
    gumbo_destroy_output(&m_options, m_output);
}

bool isElement(const GumboNode* node, GumboTag tag) {
    return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

std::string elementText(const GumboNode* node, size_t maxBytes) {
    std::string raw;
    std::vector<std::pair<const GumboNode*, unsigned>> stack{{node, 0}};
    while (!stack.empty() && raw.size() < maxBytes) {
        auto& [current, index] = stack.back();
        if (current->type == GUMBO_NODE_TEXT || current->type == GUMBO_NODE_WHITESPACE ||
            current->type == GUMBO_NODE_CDATA) {
            raw += current->v.text.text;
            stack.pop_back();
            continue;
        }
        if (current->type != GUMBO_NODE_ELEMENT && current->type != GUMBO_NODE_DOCUMENT &&
            current->type != GUMBO_NODE_TEMPLATE) {
            stack.pop_back();
            continue;
        }
        const GumboVector& children = current->type == GUMBO_NODE_DOCUMENT
                                          ? current->v.document.children
                                          : current->v.element.children;
        if (index >= children.length) {
            stack.pop_back();
            raw += ' ';
            continue;
        }
        const GumboNode* child = static_cast<const GumboNode*>(children.data[index++]);
        stack.emplace_back(child, 0);
    }
    return collapseWhitespace(raw);
}

} // namespace heraut
