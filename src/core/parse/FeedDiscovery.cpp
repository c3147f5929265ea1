// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/FeedDiscovery.h"

#include "HtmlEventReader.h"
#include "heraut/AsciiCase.h"
#include "heraut/PlainText.h"
#include "heraut/UrlResolver.h"

#include <cctype>
#include <vector>

namespace heraut {
namespace {

bool isFeedType(const std::string& type) {
    return type == "application/rss+xml" || type == "application/atom+xml" ||
           type == "application/feed+json" || type == "application/rdf+xml" ||
           type == "application/json" || type == "application/x.atom+xml";
}

bool hasAlternateRel(std::string_view rel) {
    std::string words(1, ' ');
    words += asciiLower(collapseWhitespace(rel));
    words += ' ';
    return words.find(" alternate ") != std::string::npos;
}

class FeedLinkCollector : public HtmlEventReader {
  public:
    explicit FeedLinkCollector(std::string_view pageUrl) : m_page(pageUrl), m_base(pageUrl) {}
    std::vector<DiscoveredFeed> feeds;

  protected:
    void startElement(std::string_view tag, const char* const* attributes) override {
        if (tag == "base") {
            if (const char* href = findAttribute(attributes, "href"))
                m_base = resolveUrl(m_page, collapseWhitespace(href));
            return;
        }
        if (tag != "link") return;
        const char* rel = findAttribute(attributes, "rel");
        const char* type = findAttribute(attributes, "type");
        const char* href = findAttribute(attributes, "href");
        if (!rel || !type || !href || !hasAlternateRel(rel)) return;
        std::string feedType = asciiLower(collapseWhitespace(type));
        if (!isFeedType(feedType)) return;
        auto url = safeLink(m_base, href);
        if (!url || url->starts_with("mailto:")) return;
        const char* title = findAttribute(attributes, "title");
        feeds.push_back({*url, feedType, title ? plainTitle(title) : std::string()});
    }
    void endElement(std::string_view) override {}
    void text(std::string_view) override {}

  private:
    std::string m_page;
    std::string m_base;
};

} // namespace

bool looksLikeHtml(std::string_view text) {
    size_t start = text.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos) return false;
    std::string head = asciiLower(text.substr(start, 512));
    return head.starts_with("<!doctype html") || head.starts_with("<html") ||
           (head.starts_with("<!--") && head.find("<html") != std::string::npos) ||
           head.starts_with("<head") || head.starts_with("<body");
}

std::vector<DiscoveredFeed> discoverFeedLinks(std::string_view html, std::string_view pageUrl) {
    FeedLinkCollector collector(pageUrl);
    collector.read(html);
    return std::move(collector.feeds);
}

} // namespace heraut
