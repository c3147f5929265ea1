// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/ArticleStore.h"
#include "heraut/Database.h"

#include <cstddef>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace heraut {

// The longest name a watch-list may have: a row of the feed tree, a column of `watch list`.
constexpr size_t kMaxWatchListNameBytes = 200;

// A watch-list that cannot be made as asked: the name is taken (names are compared without case
// or accents), blank, longer than 200 bytes, not UTF-8 or holds control characters; the query
// has no word to look for. The message says which.
class WatchListError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// A named saved search, kept with its matches: "Luchtverdediging" for
// `Patriot OR NASAMS OR luchtverdediging`.
struct WatchList {
    std::int64_t id = 0;
    std::string name;
    std::string query;   // the search language (SearchQuery.h)
    bool notify = false; // a desktop notification when new matches arrive
};

struct WatchListCount {
    int unread = 0;
    int total = 0; // hidden articles (MuteRules.h) count in neither
};

// Watch-lists and their matches. The words of a list are matched by the search index once per
// article: a new list against the whole cache, then after each refresh only what arrived or
// changed (updateMatches). Its filters (is:unread, feed:, folder:, since:) are applied when
// listing and counting, so "since:7d" stays seven days back from now.
// The articles of the list `id` whose search text is `query`, as an article list shows them:
// its kept matches, narrowed by the query's filters. Throws SearchQueryError.
ArticleQuery watchListQuery(std::int64_t id, const std::string& query, std::int64_t now);

// Why `name` cannot be a watch-list's, in English, or empty: blank, longer than
// kMaxWatchListNameBytes, not UTF-8, control or invisible characters (no-break and zero-width
// spaces, direction marks), a space at either end. WatchListStore::add and change check it.
std::string watchListNameProblem(const std::string& name);

// Which of the lists a new cache starts with (Schema.cpp, in their order: 0 "F-35",
// 1 "Luchtverdediging", 2 "Oekraïne", 3 "Marine") `list` is, while it keeps its shipped name
// and query; -1 for a list the reader made or changed.
int shippedWatchList(const WatchList& list);
// The list's name in `language` ("nl", "en", as briefingLabels reads it): a shipped list's
// English name ("Air defence") in English; otherwise, and in Dutch, the name as stored.
std::string watchListName(const WatchList& list, std::string_view language);

class WatchListStore {
  public:
    explicit WatchListStore(Database& db) : m_db(db) {}

    std::vector<WatchList> lists(); // in the order they were made
    // The list of that name, else the one list whose name differs from it only in case and
    // accents ("lucht" finds "Lucht").
    std::optional<WatchList> find(const std::string& name);
    std::optional<WatchList> list(std::int64_t id); // empty: no list `id`

    // Makes the list and finds its matches in the cache. Throws WatchListError (name taken or
    // empty, no word to look for: a watch-list of only filters or exclusions would be every
    // article) or SearchQueryError (a filter it cannot read).
    WatchList add(const std::string& name, const std::string& query, bool notify, std::int64_t now);
    // Gives the list `id` another name, query or notify setting, in its place among the lists;
    // a changed query finds its matches anew. Throws as add() does, and WatchListError when
    // there is no list `id`; nothing changes then.
    WatchList change(std::int64_t id, const std::string& name, const std::string& query,
                     bool notify, std::int64_t now);
    bool remove(const std::string& name); // as find(); false: no such list
    void setNotify(std::int64_t id, bool notify);

    // Matches the articles stored or changed since the last call against every list, in one
    // transaction; a refresh and a sync call it when they end. Indexes the search backlog
    // first. Returns how many matches were added.
    int updateMatches(std::int64_t now);

    // Unread and total of every list, by id. Each list keeps both counted as its matches
    // change (updateMatches) and as they are read, muted or removed (triggers, Schema.cpp), so
    // a list of words alone, or with is:unread or is:read alone, is read from its row; a list
    // with since: alone (is:unread or is:read beside it) is counted over the matches on the
    // shorter side of its date; a list with other filters (feed:, folder:, is:starred,
    // is:muted) is counted over its matches.
    std::map<std::int64_t, WatchListCount> counts(std::int64_t now);

    // Counts every list's total and unread anew from its matches, as the counters should
    // hold them: for a copy whose rows may have been lost (DatabaseRepair.h).
    void recount();

    // Marks every unread match of the list `id` read (its filters aside); returns their ids,
    // for an undo through ArticleStore::setRead(ids, false).
    std::vector<std::int64_t> markAllRead(std::int64_t id, std::int64_t now);

    // The list's articles as an article list shows them (ArticleStore::list, count).
    // Throws SearchQueryError when the stored query no longer reads.
    ArticleQuery articleQuery(const WatchList& list, std::int64_t now);

  private:
    // Throws WatchListError when `name` cannot name a list (`self`: the list being changed,
    // whose own name is no clash; 0 for a new one).
    void checkName(const std::string& name, std::int64_t self);
    // Throws WatchListError or SearchQueryError when `query` cannot make a list: no word to
    // look for, or a feed: or folder: that names nothing.
    void checkQuery(const std::string& query, std::int64_t now);
    void matchAll(std::int64_t id, const std::string& query, std::int64_t now);
    WatchListCount filteredCount(ArticleQuery query, WatchListCount kept);
    // A list's count from `since` (seconds since the epoch, by sort_date) on, its other
    // filters aside, given its kept counters.
    WatchListCount sinceCount(std::int64_t id, std::int64_t since, WatchListCount kept);

    Database& m_db;
};

} // namespace heraut
