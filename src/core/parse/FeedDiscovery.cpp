// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/FeedDiscovery.h"

#include "HtmlDocument.h"
#include "heraut/PlainText.h"
#include "heraut/UrlResolver.h"

#include <cctype>
#include <vector>

namespace heraut {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool isFeedType(const std::string& type) {
    return type == "application/rss+xml" || type == "application/atom+xml" ||
           type == "application/feed+json" || type == "application/rdf+xml" ||
           type == "application/json" || type == "application/x.atom+xml";
}

bool hasAlternateRel(std::string_view rel) {
    std::string words = " " + lower(collapseWhitespace(rel)) + " ";
    return words.find(" alternate ") != std::string::npos;
}

const char* attributeOf(const GumboNode* node, const char* name) {
    const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? a->value : nullptr;
}

} // namespace

bool looksLikeHtml(std::string_view text) {
    size_t start = text.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos) return false;
    std::string head = lower(text.substr(start, 512));
    return head.starts_with("<!doctype html") || head.starts_with("<html") ||
           (head.starts_with("<!--") && head.find("<html") != std::string::npos) ||
           head.starts_with("<head") || head.starts_with("<body");
}

std::vector<DiscoveredFeed> discoverFeedLinks(std::string_view html, std::string_view pageUrl) {
    HtmlDocument document(html, false);
    std::string base(pageUrl);
    std::vector<const GumboNode*> links;
    std::vector<const GumboNode*> stack{document.root()};
    while (!stack.empty()) {
        const GumboNode* node = stack.back();
        stack.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT) continue;
        GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_BASE) {
            if (const char* href = attributeOf(node, "href")) base = resolveUrl(pageUrl, href);
        } else if (tag == GUMBO_TAG_LINK) {
            links.push_back(node);
        }
        const GumboVector& children = node->v.element.children;
        for (unsigned i = children.length; i > 0; --i)
            stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
    }
    std::vector<DiscoveredFeed> feeds;
    for (const GumboNode* link : links) {
        const char* rel = attributeOf(link, "rel");
        const char* type = attributeOf(link, "type");
        const char* href = attributeOf(link, "href");
        if (!rel || !type || !href || !hasAlternateRel(rel)) continue;
        std::string feedType = lower(collapseWhitespace(type));
        if (!isFeedType(feedType)) continue;
        auto url = safeLink(base, href);
        if (!url || url->starts_with("mailto:")) continue;
        const char* title = attributeOf(link, "title");
        feeds.push_back({*url, feedType, title ? plainTitle(title) : std::string()});
    }
    return feeds;
}

} // namespace heraut
