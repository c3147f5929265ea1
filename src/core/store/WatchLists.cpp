// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/WatchLists.h"

#include "heraut/SearchQuery.h"

#include <algorithm>

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
    ArticleStore(m_db).indexBacklog();
    Transaction transaction(m_db);
    m_db.prepare("INSERT INTO watch_lists(name, query, notify, position) VALUES "
                 "(?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM watch_lists))")
        .bind(1, name)
        .bind(2, query)
        .bind(3, notify)
        .run();
    std::int64_t id = m_db.lastInsertId();
    std::int64_t upTo = newestArticle(m_db);
    matchList(id, query, 0, upTo, now, false);
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

// Adds the list's matches among the articles after `countedTo` up to `upTo`, and with `pending`
// those whose text changed (watch_pending), which may match now or no longer. FTS5 seeks to
// the rowid range and to each pending rowid in its doclists instead of walking them whole.
// Hidden articles (MuteRules.h) are never matched; the list's total follows every change.
int WatchListStore::matchList(std::int64_t id, const std::string& query, std::int64_t countedTo,
                              std::int64_t upTo, std::int64_t now, bool pending) {
    std::string match = matchExpression(query, now);
    const std::string notHidden = " AND rowid NOT IN (SELECT article_id FROM article_status "
                                  "WHERE muted != 0 AND muted = 2)";
    int added = 0, removed = 0;
    if (!match.empty()) {
        if (pending) {
            m_db.prepare("DELETE FROM watch_matches WHERE watch_id = ? AND article_id IN "
                         "(SELECT article_id FROM watch_pending)")
                .bind(1, id)
                .run();
            removed = m_db.changes();
            m_db.prepare("INSERT OR IGNORE INTO watch_matches(watch_id, article_id) "
                         "SELECT ?, rowid FROM article_search WHERE article_search MATCH ? AND "
                         "rowid IN (SELECT article_id FROM watch_pending WHERE article_id <= ?)" +
                         notHidden)
                .bind(1, id)
                .bind(2, match)
                .bind(3, countedTo)
                .run();
            added += m_db.changes();
        }
        m_db.prepare("INSERT OR IGNORE INTO watch_matches(watch_id, article_id) "
                     "SELECT ?, rowid FROM article_search WHERE article_search MATCH ? "
                     "AND rowid > ? AND rowid <= ?" +
                     notHidden)
            .bind(1, id)
            .bind(2, match)
            .bind(3, countedTo)
            .bind(4, upTo)
            .run();
        added += m_db.changes();
    }
    m_db.prepare("UPDATE watch_lists SET counted_to = ?, total = total + ? WHERE id = ?")
        .bind(1, upTo)
        .bind(2, added - removed)
        .bind(3, id)
        .run();
    return std::max(added - removed, 0);
}

int WatchListStore::updateMatches(std::int64_t now) {
    ArticleStore(m_db).indexBacklog(); // the index must hold what the lists are matched against
    Transaction transaction(m_db);
    std::int64_t upTo = newestArticle(m_db);
    Statement pendingRows = m_db.prepare("SELECT EXISTS (SELECT 1 FROM watch_pending)");
    pendingRows.step();
    bool pending = pendingRows.integer(0) != 0;
    pendingRows.reset();
    Statement q = m_db.prepare("SELECT id, query, counted_to FROM watch_lists");
    int added = 0;
    while (q.step())
        added += matchList(q.integer(0), q.text(1), q.integer(2), upTo, now, pending);
    if (pending) m_db.execute("DELETE FROM watch_pending");
    transaction.commit();
    return added;
}

std::map<std::int64_t, WatchListCount> WatchListStore::counts(std::int64_t now) {
    std::map<std::int64_t, WatchListCount> counts;
    // Lists of words alone (most) are counted from what is kept: the total with the list, the
    // unread ones by walking the unread articles once for all lists. Lists with filters are
    // counted one by one, as their filters say.
    Statement totals = m_db.prepare("SELECT id, total FROM watch_lists");
    while (totals.step())
        counts[totals.integer(0)].total = static_cast<int>(totals.integer(1));
    Statement unread =
        m_db.prepare("SELECT m.watch_id, count(*) FROM article_status s JOIN watch_matches m "
                     "ON m.article_id = s.article_id WHERE s.read = 0 GROUP BY m.watch_id");
    while (unread.step())
        counts[unread.integer(0)].unread = static_cast<int>(unread.integer(1));
    ArticleStore store(m_db);
    for (const WatchList& list : lists()) {
        ArticleQuery query;
        try {
            query = articleQuery(list, now);
        } catch (const SearchQueryError&) {
            counts[list.id] = {};
            continue;
        }
        bool filtered = query.feedId || query.folder || query.unreadOnly || query.readOnly ||
                        query.starredOnly || query.mutedOnly || query.since;
        if (!filtered) continue;
        WatchListCount& count = counts[list.id];
        count.total = store.count(query);
        count.unread = 0;
        if (query.readOnly) continue;
        query.unreadOnly = true;
        count.unread = store.count(query);
    }
    return counts;
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
