// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Article.h"

#include <string>
#include <string_view>
#include <vector>

namespace heraut {

enum class FeedFormat { Rss, Atom, Rdf, Json };

std::string_view feedFormatName(FeedFormat format);

struct ParsedFeed {
    FeedFormat format = FeedFormat::Rss;
    std::string title;
    std::optional<std::string> link;
    std::optional<std::string> description;
    std::optional<std::string> language;
    Timestamp updated;
    std::optional<std::string> icon; // the feed's own image or icon, absolute http(s) URL
    std::vector<Article> articles;
    std::vector<std::string> warnings;
};

} // namespace heraut
