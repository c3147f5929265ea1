// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace heraut {

struct DiscoveredFeed {
    std::string url;
    std::string type; // application/rss+xml, application/atom+xml, application/feed+json
    std::string title;
};

// The feeds an HTML page advertises with <link rel="alternate" type="...">, absolute.
std::vector<DiscoveredFeed> discoverFeedLinks(std::string_view html, std::string_view pageUrl);

// True when the text starts like an HTML page rather than XML or JSON.
bool looksLikeHtml(std::string_view text);

} // namespace heraut
