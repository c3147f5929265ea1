// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Article.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace heraut {

// A filter the search cannot read (is:bogus, since:xyz, feed:abc); the message (English, for
// the CLI) quotes it and says what the filter takes. A GUI words `filter` and `token` itself.
class SearchQueryError : public std::runtime_error {
  public:
    // Negated: a filter with a minus (-is:unread); Alternative: a filter beside OR. Neither
    // can be searched (a filter narrows every match), and read as words they found nothing.
    enum class Filter { Is, Feed, Folder, Since, Negated, Alternative };
    SearchQueryError(Filter filter, std::string token);
    Filter filter() const { return m_filter; }
    const std::string& token() const { return m_token; } // as typed, key and value

  private:
    Filter m_filter;
    std::string m_token;
};

// The value of since: and of the CLI's --since: a date parseUserDate reads (DateParser.h), or
// a span back from `now` ("24h", "7d", "2w"; seconds since the epoch, UTC) that reaches no
// further back than the year 1000, as dates do. nullopt when it is neither.
Timestamp parseSince(std::string_view value, std::int64_t now);

// What a reader typed into the search box, split into FTS5 expressions and filters.
struct SearchQuery {
    std::string matchExpression; // empty: no word to look for
    // Only exclusions were typed ("-drone"): the articles matching this are left out, the
    // rest listed newest first. Empty whenever matchExpression is not.
    std::string excludeExpression;
    bool unreadOnly = false;
    bool readOnly = false;
    bool starredOnly = false;
    bool mutedOnly = false; // articles a mute rule marked read or hid (MuteRules.h)
    std::optional<std::int64_t> feedId;
    std::optional<std::string> folder;
    Timestamp since;
    std::vector<std::string> warnings; // words left out, for the reader to see (English)
    int wordsLeftOut = 0;              // beyond kMaxSearchWords: what `warnings` says, as a number
    // Terms as typed that hold no letter or digit ("🚀", "--"): the index has no word of them,
    // so they are left out (and said in `warnings`) instead of finding nothing.
    std::vector<std::string> unsearchable;

    // Neither words nor filters: nothing was asked.
    bool empty() const;
};

// At most this many words are searched, phrases counted word by word: every word is a doclist
// FTS5 reads and ranks, and an 800-word paste took 1.5 s. Repeated words count once.
constexpr int kMaxSearchWords = 32;

// Words become quoted FTS5 tokens (so no text can inject FTS syntax), "a phrase" stays a
// phrase, word* is a prefix query, -word excludes, and upper-case OR between words makes them
// alternatives (patriot OR nasams OR "luchtverdediging": any of them; f-35 OR f35 levering:
// either, and levering). Filters: is:unread, is:read, is:starred, is:muted,
// feed:ID, folder:NAME (folder:"Two words"), since:DATE (any date the feed date parser reads,
// or 24h / 7d / 2w). Throws SearchQueryError for a filter with a value it cannot read.
SearchQuery parseSearchQuery(std::string_view text, std::int64_t now);

} // namespace heraut
