// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/ParsedFeed.h"

#include <string>
#include <vector>

namespace heraut {

// What a format parser read, before any cleaning: strings as the feed had them.
// Plain and Html are declared (Atom's type, JSON Feed's field names); LooseHtml is what RSS
// and JSON Feed titles carry without saying: usually HTML, and WordPress plugins escape it twice.
enum class TextKind { Plain, Html, LooseHtml };

struct RawText {
    RawText() = default;
    RawText(std::string text, TextKind textKind = TextKind::Html, std::string textBase = {})
        : value(std::move(text)), kind(textKind), base(std::move(textBase)) {}

    std::string value;
    TextKind kind = TextKind::Html;
    std::string base; // xml:base in effect on the element, already absolute; empty: the item's
    bool empty() const { return value.empty(); }
};

struct RawEnclosure {
    std::string url;
    std::string type;
    std::string length;
};

struct RawItem {
    std::string id;
    RawText title;
    std::string link;
    std::string author;
    std::string published;
    std::string updated;
    RawText summary;
    RawText content;
    std::string base; // xml:base in effect for this item (else the feed URL), already absolute
    std::vector<std::string> categories;
    std::vector<RawEnclosure> enclosures;
};

struct RawFeed {
    FeedFormat format = FeedFormat::Rss;
    RawText title;
    std::string link;
    RawText description;
    std::string language;
    std::string updated;
    std::string author; // feed-wide author, for items that name none
    std::string icon;   // RSS <image><url>, Atom <icon> (else <logo>), JSON Feed favicon/icon
    std::string base;
    std::vector<RawItem> items;
    std::vector<std::string> warnings;
};

} // namespace heraut
