// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/ParsedFeed.h"

#include <string>
#include <vector>

namespace heraut {

// What a format parser read, before any cleaning: strings as the feed had them.
enum class TextKind { Plain, Html };

struct RawText {
    std::string value;
    TextKind kind = TextKind::Html;
    bool empty() const { return value.empty(); }
};

struct RawEnclosure {
    std::string url;
    std::string type;
    std::string length;
};

struct RawItem {
    std::string id;
    std::string title;
    std::string link;
    std::string author;
    std::string published;
    std::string updated;
    RawText summary;
    RawText content;
    std::string base; // xml:base in effect for this item, already absolute
    std::vector<std::string> categories;
    std::vector<RawEnclosure> enclosures;
};

struct RawFeed {
    FeedFormat format = FeedFormat::Rss;
    std::string title;
    std::string link;
    std::string description;
    std::string language;
    std::string updated;
    std::string author; // feed-wide author, for items that name none
    std::string base;
    std::vector<RawItem> items;
    std::vector<std::string> warnings;
};

} // namespace heraut
