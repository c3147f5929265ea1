// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Article.h"

#include <optional>
#include <string>
#include <string_view>

namespace heraut {

// What a reader typed into the search box, split into an FTS5 expression and filters.
struct SearchQuery {
    std::string matchExpression; // empty: filters only
    bool unreadOnly = false;
    bool readOnly = false;
    bool starredOnly = false;
    std::optional<std::int64_t> feedId;
    std::optional<std::string> folder;
    Timestamp since;
};

// Words become quoted FTS5 tokens (so no text can inject FTS syntax), "a phrase" stays a
// phrase, word* is a prefix query, -word excludes. Filters: is:unread, is:read, is:starred,
// feed:ID, folder:NAME, since:DATE (any date the feed date parser reads, or 7d / 24h).
SearchQuery parseSearchQuery(std::string_view text, std::int64_t now);

} // namespace heraut
