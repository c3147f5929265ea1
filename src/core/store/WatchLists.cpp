// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/WatchLists.h"

#include "heraut/SearchQuery.h"

#include <algorithm>
#include <limits>

namespace heraut {
namespace {

// What the index is asked for a list: its words, exclusions included. Empty when it has none.
std::string matchExpression(const std::string& query, std::int64_t now) {
    try {
        return parseSearchQuery(query, now).matchExpression;
    } catch (const SearchQueryError&) {
        return {}; // checked when the list was made; a list that no longer reads matches nothing
    }
}

std::int64_t newestArticle(Database& db) {
    Statement q = db.prepare("SELECT coalesce(max(id), 0) FROM articles");
    q.step();
    return q.integer(0);
}

// Matches lists against the articles that arrived or changed, with its statements prepared
// once for all lists: preparing them per list was a quarter of a refresh's watch-list work.
class ListMatcher {
  public:
    explicit ListMatcher(Database& db)
        : m_db(db), m_countRange(countStatement(db, kRange)),
          m_countPending(countStatement(db, kPending)),
          m_insertRange(db.prepare(std::string(kInsert) +
                                   "WHERE article_search MATCH ?2 AND rowid > ?3 AND rowid <= ?4" +
                                   kNotHidden)),
          m_save(db.prepare("UPDATE watch_lists SET counted_to = ?, total = total + ?, "
                            "unread = unread + ? WHERE id = ?")) {}

    // Adds the list's matches among the articles after `countedTo` up to `upTo`, and with
    // `pending` those whose text changed (watch_pending), which may match now or no longer.
    // FTS5 seeks to the rowid range and to each pending rowid in its doclists instead of
    // walking them whole. Hidden articles (MuteRules.h) are never matched. The list's counters
    // change by what the matches it added and removed count for, which only these few rows
    // tell. Returns how many matches were added.
    int match(std::int64_t id, const std::string& query, std::int64_t countedTo, std::int64_t upTo,
              std::int64_t now, bool pending) {
        std::string match = matchExpression(query, now);
        int added = 0, removed = 0;
        WatchListCount change;
        if (!match.empty()) {
            if (pending) {
                WatchListCount before = counted(m_countPending, id, 0, kAll);
                m_db.prepare("DELETE FROM watch_matches WHERE watch_id = ? AND article_id IN "
                             "(SELECT article_id FROM watch_pending)")
                    .bind(1, id)
                    .run();
                removed = m_db.changes();
                m_db.prepare(std::string(kInsert) +
                             "WHERE article_search MATCH ?2 AND rowid IN (SELECT article_id "
                             "FROM watch_pending WHERE article_id <= ?3)" +
                             kNotHidden)
                    .bind(1, id)
                    .bind(2, match)
                    .bind(3, countedTo)
                    .run();
                added += m_db.changes();
                adjust(change, before, counted(m_countPending, id, 0, kAll));
            }
            WatchListCount before = counted(m_countRange, id, countedTo, upTo);
            m_insertRange.bind(1, id).bind(2, match).bind(3, countedTo).bind(4, upTo).run();
            added += m_db.changes();
            adjust(change, before, counted(m_countRange, id, countedTo, upTo));
        }
        m_save.bind(1, upTo).bind(2, change.total).bind(3, change.unread).bind(4, id).run();
        return std::max(added - removed, 0);
    }

  private:
    static constexpr const char* kPending = "m.article_id IN (SELECT article_id FROM "
                                            "watch_pending WHERE article_id BETWEEN ?2 AND ?3)";
    static constexpr const char* kRange = "m.article_id > ?2 AND m.article_id <= ?3";
    static constexpr std::int64_t kAll = std::numeric_limits<std::int64_t>::max();
    static constexpr const char* kInsert =
        "INSERT OR IGNORE INTO watch_matches(watch_id, article_id, sort_date) SELECT ?1, rowid, "
        "(SELECT sort_date FROM articles WHERE id = article_search.rowid) FROM article_search ";
    static constexpr const char* kNotHidden = " AND rowid NOT IN (SELECT article_id FROM "
                                              "article_status WHERE muted != 0 AND muted = 2)";

    // What a list's counters hold of some of its matches: those not hidden, and the unread
    // among them. `which` is a condition on the match m, its bounds ?2 and ?3.
    static Statement countStatement(Database& db, const char* which) {
        return db.prepare(std::string("SELECT count(*), coalesce(sum(s.read = 0), 0) FROM "
                                      "watch_matches m JOIN article_status s ON "
                                      "s.article_id = m.article_id WHERE m.watch_id = ?1 "
                                      "AND s.muted < 2 AND ") +
                          which);
    }

    static WatchListCount counted(Statement& q, std::int64_t id, std::int64_t from,
                                  std::int64_t to) {
        q.bind(1, id).bind(2, from).bind(3, to);
        q.step();
        WatchListCount count{static_cast<int>(q.integer(1)), static_cast<int>(q.integer(0))};
        q.reset();
        return count;
    }

    static void adjust(WatchListCount& change, WatchListCount before, WatchListCount after) {
        change.total += after.total - before.total;
        change.unread += after.unread - before.unread;
    }

    Database& m_db;
    Statement m_countRange;
    Statement m_countPending;
    Statement m_insertRange;
    Statement m_save;
};

// Indexes the search backlog, when there is one: an ArticleStore prepares ten statements a
// refresh's end does not need when the backlog was indexed already (as it nearly always is).
void indexSearchBacklog(Database& db) {
    Statement waiting = db.prepare("SELECT EXISTS (SELECT 1 FROM search_backlog)");
    if (waiting.step() && waiting.integer(0) != 0) ArticleStore(db).indexBacklog();
}

} // namespace

std::vector<WatchList> WatchListStore::lists() {
    Statement q = m_db.prepare("SELECT id, name, query, notify FROM watch_lists "
                               "ORDER BY position, id");
    std::vector<WatchList> lists;
    while (q.step())
        lists.push_back({q.integer(0), q.text(1), q.text(2), q.integer(3) != 0});
    return lists;
}

std::optional<WatchList> WatchListStore::find(const std::string& name) {
    for (WatchList& list : lists())
        if (list.name == name) return std::move(list);
    return std::nullopt;
}

WatchList WatchListStore::add(const std::string& name, const std::string& query, bool notify,
                              std::int64_t now) {
    if (name.empty()) throw WatchListError("a watch-list needs a name");
    if (parseSearchQuery(query, now).matchExpression.empty())
        throw WatchListError("\"" + query +
                             "\": a watch-list needs a word to look for (patriot, "
                             "\"f-35\", fregat*, nasams OR patriot)");
    if (find(name)) throw WatchListError("a watch-list named \"" + name + "\" exists already");
    indexSearchBacklog(m_db);
    Transaction transaction(m_db);
    m_db.prepare("INSERT INTO watch_lists(name, query, notify, position) VALUES "
                 "(?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM watch_lists))")
        .bind(1, name)
        .bind(2, query)
        .bind(3, notify)
        .run();
    std::int64_t id = m_db.lastInsertId();
    std::int64_t upTo = newestArticle(m_db);
    ListMatcher(m_db).match(id, query, 0, upTo, now, false);
    transaction.commit();
    return {id, name, query, notify};
}

bool WatchListStore::remove(const std::string& name) {
    Statement q = m_db.prepare("DELETE FROM watch_lists WHERE name = ?");
    q.bind(1, name).run();
    return m_db.changes() > 0;
}

void WatchListStore::setNotify(std::int64_t id, bool notify) {
    m_db.prepare("UPDATE watch_lists SET notify = ? WHERE id = ?")
        .bind(1, notify)
        .bind(2, id)
        .run();
}

int WatchListStore::updateMatches(std::int64_t now) {
    indexSearchBacklog(m_db); // the index must hold what the lists are matched against
    Transaction transaction(m_db);
    std::int64_t upTo = newestArticle(m_db);
    Statement pendingRows = m_db.prepare("SELECT EXISTS (SELECT 1 FROM watch_pending)");
    pendingRows.step();
    bool pending = pendingRows.integer(0) != 0;
    pendingRows.reset();
    Statement q = m_db.prepare("SELECT id, query, counted_to FROM watch_lists");
    ListMatcher matcher(m_db);
    int added = 0;
    while (q.step())
        added += matcher.match(q.integer(0), q.text(1), q.integer(2), upTo, now, pending);
    if (pending) m_db.execute("DELETE FROM watch_pending");
    transaction.commit();
    return added;
}

std::map<std::int64_t, WatchListCount> WatchListStore::counts(std::int64_t now) {
    // What each list keeps counted is what a list of words alone shows, and is:unread or
    // is:read alone follow from it; lists with other filters are counted as they say.
    std::map<std::int64_t, WatchListCount> counts;
    Statement kept = m_db.prepare("SELECT id, query, total, unread FROM watch_lists");
    while (kept.step()) {
        std::int64_t id = kept.integer(0);
        WatchListCount count{static_cast<int>(kept.integer(3)), static_cast<int>(kept.integer(2))};
        ArticleQuery query;
        try {
            query = watchListQuery(id, kept.text(1), now);
        } catch (const SearchQueryError&) {
            counts[id] = {};
            continue;
        }
        counts[id] = filteredCount(query, count);
    }
    return counts;
}

// A list with filters is counted over its matches alone, not over the articles: the status
// row has the feed, read, starred and muted, and the match keeps its article's date, so no
// article row is read (100 000 of them cost 80 ms a count). The filters are ArticleStore's
// (buildFilter); WatchListTest compares the two.
WatchListCount WatchListStore::filteredCount(ArticleQuery query, WatchListCount kept) {
    bool others =
        query.feedId || query.folder || query.starredOnly || query.mutedOnly || query.since;
    if (query.unreadOnly && query.readOnly) return {};
    if (!others && query.unreadOnly) return {kept.unread, kept.unread};
    if (!others && query.readOnly) return {0, kept.total - kept.unread};
    if (!others) return kept;
    std::string sql = "SELECT count(*), coalesce(sum(s.read = 0), 0) FROM watch_matches m "
                      "JOIN article_status s ON s.article_id = m.article_id "
                      "WHERE m.watch_id = ?1 AND m.sort_date >= ?2";
    sql += query.mutedOnly ? " AND s.muted != 0" : " AND s.muted < 2";
    if (query.unreadOnly) sql += " AND s.read = 0";
    if (query.readOnly) sql += " AND s.read = 1";
    if (query.starredOnly) sql += " AND s.starred = 1";
    if (query.feedId) sql += " AND s.feed_id = ?3";
    if (query.folder)
        sql += " AND s.feed_id IN (WITH RECURSIVE tree(id) AS (SELECT id FROM folders WHERE "
               "name = ?4 UNION SELECT f.id FROM folders f JOIN tree ON f.parent_id = tree.id) "
               "SELECT fe.id FROM feeds fe WHERE fe.folder_id IN (SELECT id FROM tree))";
    Statement q = m_db.prepare(sql);
    q.bind(1, *query.watchListId)
        .bind(2, query.since.value_or(std::numeric_limits<std::int64_t>::min()));
    if (query.feedId) q.bind(3, *query.feedId);
    if (query.folder) q.bind(4, *query.folder);
    q.step();
    return {query.readOnly ? 0 : static_cast<int>(q.integer(1)), static_cast<int>(q.integer(0))};
}

void WatchListStore::recount() {
    m_db.execute("UPDATE watch_lists SET "
                 "total = (SELECT count(*) FROM watch_matches m JOIN article_status s "
                 "ON s.article_id = m.article_id WHERE m.watch_id = watch_lists.id "
                 "AND s.muted < 2), "
                 "unread = (SELECT count(*) FROM watch_matches m JOIN article_status s "
                 "ON s.article_id = m.article_id WHERE m.watch_id = watch_lists.id "
                 "AND s.muted < 2 AND s.read = 0)");
}

std::vector<std::int64_t> WatchListStore::markAllRead(std::int64_t id, std::int64_t now) {
    Statement q =
        m_db.prepare("SELECT m.article_id FROM watch_matches m JOIN article_status s "
                     "ON s.article_id = m.article_id WHERE m.watch_id = ? AND s.read = 0");
    q.bind(1, id);
    std::vector<std::int64_t> ids;
    while (q.step())
        ids.push_back(q.integer(0));
    ArticleStore(m_db).setRead(ids, true, now);
    return ids;
}

ArticleQuery WatchListStore::articleQuery(const WatchList& list, std::int64_t now) {
    return watchListQuery(list.id, list.query, now);
}

ArticleQuery watchListQuery(std::int64_t id, const std::string& text, std::int64_t now) {
    SearchQuery search = parseSearchQuery(text, now);
    ArticleQuery query;
    query.watchListId = id;
    query.feedId = search.feedId;
    query.folder = search.folder;
    query.unreadOnly = search.unreadOnly;
    query.readOnly = search.readOnly;
    query.starredOnly = search.starredOnly;
    query.mutedOnly = search.mutedOnly;
    query.since = search.since;
    return query;
}

} // namespace heraut
