// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/FeedDiscovery.h"
#include "heraut/ParsedFeed.h"

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace heraut {

struct ParseContext {
    std::string url;         // where the bytes came from: the base for relative links
    std::string httpCharset; // the charset of the HTTP Content-Type, when there was one
};

struct ParseOptions {
    // Off: summaries and content are passed on as the feed sent them and no text or takeaways
    // are derived. Only for measuring the XML work alone; never show such HTML to anyone.
    bool normalizeHtml = true;
};

// The input is not a feed at all (an HTML page, an empty body, some other XML or JSON). An HTML
// page may advertise feeds of its own: they are listed so a caller can offer them.
class NotAFeedError : public std::runtime_error {
  public:
    NotAFeedError(const std::string& what, std::vector<DiscoveredFeed> feeds = {})
        : std::runtime_error(what), m_feeds(std::move(feeds)) {}
    const std::vector<DiscoveredFeed>& discoveredFeeds() const { return m_feeds; }

  private:
    std::vector<DiscoveredFeed> m_feeds;
};

// Bytes of an RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed 1.x document in, articles out.
// Problems that could be worked around (bad characters, a truncated document, unreadable
// dates) are listed in ParsedFeed::warnings; anything that is not a feed throws NotAFeedError.
ParsedFeed parseFeed(std::string_view bytes, const ParseContext& context,
                     const ParseOptions& options = {});

} // namespace heraut
