// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/ArticleStore.h"
#include "StoredLines.h"

#include "ArticleFingerprint.h"
#include "FolderChains.h"
#include "FolderFeeds.h"
#include "heraut/FeedUrl.h"
#include "heraut/SearchQuery.h"

#include <algorithm>
#include <ctime>
#include <nlohmann/json.hpp>
#include <variant>

namespace heraut {
namespace {

std::string enclosuresJson(const std::vector<Enclosure>& enclosures) {
    nlohmann::json list = nlohmann::json::array();
    for (const Enclosure& e : enclosures) {
        nlohmann::json item = {{"url", e.url}};
        if (e.type) item["type"] = *e.type;
        if (e.length) item["length"] = *e.length;
        list.push_back(std::move(item));
    }
    return list.dump();
}

std::vector<Enclosure> parseEnclosures(const std::string& text) {
    std::vector<Enclosure> enclosures;
    nlohmann::json list = nlohmann::json::parse(text, nullptr, false);
    if (!list.is_array()) return enclosures;
    for (const auto& item : list) {
        Enclosure e;
        e.url = item.value("url", "");
        if (item.contains("type")) e.type = item["type"].get<std::string>();
        if (item.contains("length")) e.length = item["length"].get<std::int64_t>();
        enclosures.push_back(std::move(e));
    }
    return enclosures;
}

std::string_view viewOf(const std::optional<std::string>& text) {
    return text ? std::string_view(*text) : std::string_view();
}

const std::string kHeadlineSelect =
    "SELECT a.id, a.feed_id, f.title, f.url, a.title, a.link, a.published, a.sort_date, s.read, "
    "s.starred ";
const std::string kHeadlineColumns = kHeadlineSelect +
                                     "FROM articles a JOIN article_status s ON s.article_id = a.id "
                                     "JOIN feeds f ON f.id = a.feed_id ";
// A watch-list's page walks the list's matches by date (watch_matches' key, Schema.cpp)
// and stops after a page: through the articles' date index instead, a list matching 60 % of
// 100 000 articles first gathers all its matches for the IN test (90-330 ms a page).
const std::string kMatchesFrom = "FROM watch_matches m CROSS JOIN articles a ON a.id = "
                                 "m.article_id JOIN article_status s ON s.article_id = a.id ";
const std::string kMatchHeadlineColumns =
    kHeadlineSelect + kMatchesFrom + "JOIN feeds f ON f.id = a.feed_id ";

// Whether a list is read down its watch-list's matches (kMatchHeadlineColumns): in date order,
// unless a small set (starred, muted, few unread) is the shorter way in.
bool walksMatches(const ArticleQuery& q) {
    return q.watchListId && !q.fewUnread && !q.starredOnly && !q.mutedOnly &&
           (q.order == ArticleOrder::Newest || q.order == ArticleOrder::Oldest);
}

ArticleHeadline readHeadline(Statement& row) {
    ArticleHeadline h;
    h.id = row.integer(0);
    h.feedId = row.integer(1);
    h.feedTitle = row.text(2);
    if (h.feedTitle.empty()) h.feedTitle = withoutPasswords(row.text(3)); // a title, shown
    h.title = row.text(4);
    h.link = row.optionalText(5);
    h.published = row.optionalInteger(6);
    h.sortDate = row.integer(7);
    h.read = row.integer(8) != 0;
    h.starred = row.integer(9) != 0;
    return h;
}

// The feeds of the folder named by the bound value.
const std::string kFeedsOfFolder = feedsOfFolderSql("?");

// Builds "WHERE ..." over articles a and article_status s; bound values in order.
struct Filter {
    std::string sql;
    std::vector<std::variant<std::int64_t, std::string>> values;

    void add(std::string_view condition) {
        sql += sql.empty() ? "WHERE " : " AND ";
        sql += condition;
    }
};

Filter buildFilter(const ArticleQuery& q) {
    Filter f;
    if (q.feedId) {
        f.add("a.feed_id = ?");
        f.values.emplace_back(*q.feedId);
    }
    // Lists run down the date index and stop after a page. Sets that are small compared to
    // the cache (starred, or unread after a "mark all read") are looked up through their own
    // index first instead, or the walk down the dates would visit every article.
    if (q.unreadOnly)
        f.add(q.fewUnread ? "a.id IN (SELECT article_id FROM article_status WHERE read = 0)"
                          : "s.read = 0");
    if (q.starredOnly) f.add("a.id IN (SELECT article_id FROM article_status WHERE starred = 1)");
    if (q.readOnly) f.add("s.read = 1");
    // Hidden by a mute rule (MuteRules.h): kept, and found again with is:muted.
    if (q.mutedOnly)
        f.add("a.id IN (SELECT article_id FROM article_status WHERE muted != 0)");
    else
        f.add("s.muted < 2");
    // A match keeps its article's date (Schema.cpp, 16 -> 17): dates read from m keep the
    // walk on the matches' index.
    bool matches = walksMatches(q);
    std::string_view date = matches ? "m.sort_date" : "a.sort_date";
    std::string_view id = matches ? "m.article_id" : "a.id";
    if (matches) {
        f.add("m.watch_id = ?");
        f.values.emplace_back(*q.watchListId);
    } else if (q.watchListId) {
        f.add("a.id IN (SELECT article_id FROM watch_matches WHERE watch_id = ?)");
        f.values.emplace_back(*q.watchListId);
    }
    if (q.since) {
        f.add(std::string(date) + " >= ?");
        f.values.emplace_back(*q.since);
    }
    if (q.before) {
        f.add("(" + std::string(date) + " < ? OR (" + std::string(date) + " = ? AND " +
              std::string(id) + " < ?))");
        f.values.insert(f.values.end(), {q.before->first, q.before->first, q.before->second});
    }
    if (q.folder) {
        // The unary + keeps SQLite on the date index: a folder holds a good share of all
        // articles, and sorting all of them for one page costs more than skipping the rest.
        f.add("+a.feed_id IN " + kFeedsOfFolder);
        f.values.emplace_back(*q.folder);
    }
    return f;
}

std::string_view orderBy(ArticleOrder order, bool matches = false) {
    if (matches)
        return order == ArticleOrder::Oldest ? " ORDER BY m.sort_date ASC, m.article_id ASC"
                                             : " ORDER BY m.sort_date DESC, m.article_id DESC";
    // The source is what the list shows: the feed's title, else its address.
    switch (order) {
    case ArticleOrder::Newest:
        break;
    case ArticleOrder::Oldest:
        return " ORDER BY a.sort_date ASC, a.id ASC";
    case ArticleOrder::Title:
        return " ORDER BY a.title COLLATE NOCASE ASC, a.sort_date DESC, a.id DESC";
    case ArticleOrder::TitleDescending:
        return " ORDER BY a.title COLLATE NOCASE DESC, a.sort_date DESC, a.id DESC";
    case ArticleOrder::Source:
        return " ORDER BY coalesce(nullif(f.title, ''), f.url) COLLATE NOCASE ASC, "
               "a.sort_date DESC, a.id DESC";
    case ArticleOrder::SourceDescending:
        return " ORDER BY coalesce(nullif(f.title, ''), f.url) COLLATE NOCASE DESC, "
               "a.sort_date DESC, a.id DESC";
    }
    return " ORDER BY a.sort_date DESC, a.id DESC";
}

// Binds the filter's values from `first` on; returns the index after the last.
int bindFilter(Statement& statement, const Filter& f, int first = 1) {
    for (const auto& value : f.values)
        std::visit([&](const auto& v) { statement.bind(first++, v); }, value);
    return first;
}

// The feeds a search is narrowed to, as an FTS5 expression over the feed column's tokens
// (Schema.cpp): the index finds the feed's matches itself, through the shorter doclist,
// however old they are.
std::string feedExpression(const std::vector<std::int64_t>& feeds) {
    std::string out;
    for (std::int64_t id : feeds)
        out += (out.empty() ? "" : " OR ") + ("\"\x01"
                                              "feed" +
                                              std::to_string(id) + "\"");
    return "(" + out + ")";
}

// A search's filters as conditions on the match's status row s and, for since:, its article
// a (the feed is in the index, feedExpression). They narrow the matches before the window
// below is cut, so that "drone is:unread" finds the five unread among 1 800 drone articles
// however old they are.
Filter searchFilter(const SearchQuery& q, const std::string& match) {
    Filter f;
    f.add("article_search MATCH ?");
    f.values.emplace_back(match);
    if (q.unreadOnly) f.add("s.read = 0");
    if (q.readOnly) f.add("s.read = 1");
    if (q.starredOnly) f.add("s.starred = 1");
    if (q.mutedOnly) f.add("s.muted != 0");
    if (q.since) {
        f.add("a.sort_date >= ?");
        f.values.emplace_back(*q.since);
    }
    return f;
}

// The FROM of a search's matches: the index first, so that FTS5 hands over its matches
// newest first and the window stops the walk; the status and article rows are joined only
// for the filters that read them.
std::string searchSource(const SearchQuery& q) {
    std::string from = "FROM article_search";
    if (q.unreadOnly || q.readOnly || q.starredOnly || q.mutedOnly)
        from += " CROSS JOIN article_status s ON s.article_id = article_search.rowid";
    if (q.since) from += " CROSS JOIN articles a ON a.id = article_search.rowid";
    return from + " ";
}

// Broad searches rank the 1000 most recently cached matches that pass their filters only: bm25
// over every one of 100 000 hits costs hundreds of milliseconds, and a reader searching
// "Oekraïne" wants this month's articles first, not the best match from years ago.
constexpr int kSearchWindow = 1000;

} // namespace

// An article's body columns in their stored form, made once per article for its fingerprint
// and for whichever statement writes it.
struct ArticleStore::BodyColumns {
    explicit BodyColumns(const Article& a)
        : article(a), takeaways(joinLines(a.keyTakeaways)), categories(joinLines(a.categories)),
          enclosures(enclosuresJson(a.enclosures)) {}

    // Tells whether a refetched article changed, without reading the stored copy back.
    std::int64_t fingerprint() const {
        return articleFingerprint({article.title, viewOf(article.link), viewOf(article.author),
                                   viewOf(article.summary), viewOf(article.content), categories,
                                   enclosures, article.published.value_or(0),
                                   article.updated.value_or(0)});
    }

    // Binds summary, content, takeaways, categories and enclosures, in that order.
    Statement& bind(Statement& statement, int first) const {
        return statement.bind(first, article.summary)
            .bind(first + 1, article.content)
            .bind(first + 2, takeaways)
            .bind(first + 3, categories)
            .bind(first + 4, enclosures);
    }

    const Article& article;
    std::string takeaways, categories, enclosures;
};

ArticleStore::ArticleStore(Database& db)
    : m_db(db), m_findExisting(db.prepare(
                    "SELECT id, fingerprint FROM articles WHERE feed_id = ? AND guid = ?")),
      m_isRetired(db.prepare("SELECT 1 FROM retired_articles WHERE feed_id = ? AND guid = ?")),
      m_insert(db.prepare("INSERT INTO articles(feed_id, guid, link, title, author, published, "
                          "updated, first_seen, sort_date, fingerprint) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
      m_insertBody(db.prepare("INSERT INTO article_bodies(article_id, summary, content, "
                              "takeaways, categories, enclosures) VALUES (?, ?, ?, ?, ?, ?)")),
      m_insertStatus(db.prepare("INSERT INTO article_status(article_id, feed_id) VALUES (?, ?)")),
      m_update(db.prepare("UPDATE articles SET link = ?, title = ?, author = ?, published = ?, "
                          "updated = ?, fingerprint = ? WHERE id = ?")),
      m_updateBody(db.prepare("UPDATE article_bodies SET summary = ?, content = ?, takeaways = ?, "
                              "categories = ?, enclosures = ? WHERE article_id = ?")),
      // An external-content index forgets a row only when told exactly what it indexed: the
      // same view the backlog was indexed from says it. A row still in the backlog was never
      // indexed.
      m_unindex(db.prepare("INSERT INTO article_search(article_search, rowid, title, text, "
                           "takeaways, feed) SELECT 'delete', s.id, s.title, s.text, "
                           "s.takeaways, s.feed FROM article_search_source s WHERE s.id = ? "
                           "AND NOT EXISTS "
                           "(SELECT 1 FROM search_backlog k WHERE k.article_id = s.id)")),
      m_toBacklog(db.prepare("INSERT OR IGNORE INTO search_backlog(article_id) VALUES (?)")),
      m_takeaways(db.prepare("SELECT takeaways FROM article_bodies WHERE article_id = ?")) {}

std::int64_t ArticleStore::insertArticle(std::int64_t feedId, const BodyColumns& body,
                                         std::int64_t print, std::int64_t now) {
    const Article& a = body.article;
    // A date in the future is a feed's mistake; it must not pin the article to the top.
    std::int64_t sortDate = std::min(a.published.value_or(now), now);
    m_insert.bind(1, feedId)
        .bind(2, a.id)
        .bind(3, a.link)
        .bind(4, a.title)
        .bind(5, a.author)
        .bind(6, a.published)
        .bind(7, a.updated)
        .bind(8, now)
        .bind(9, sortDate)
        .bind(10, print)
        .run();
    std::int64_t id = m_db.lastInsertId();
    body.bind(m_insertBody.bind(1, id), 2).run();
    m_insertStatus.bind(1, id).bind(2, feedId).run();
    m_toBacklog.bind(1, id).run();
    return id;
}

void ArticleStore::updateArticle(std::int64_t id, const BodyColumns& body, std::int64_t print) {
    const Article& a = body.article;
    m_unindex.bind(1, id).run(); // before the row changes: the index holds the old words
    m_update.bind(1, a.link)
        .bind(2, a.title)
        .bind(3, a.author)
        .bind(4, a.published)
        .bind(5, a.updated)
        .bind(6, print)
        .bind(7, id)
        .run();
    body.bind(m_updateBody, 1).bind(6, id).run();
    m_toBacklog.bind(1, id).run();
}

ArticleStore::Stored ArticleStore::lookUp(std::int64_t feedId, const std::string& guid,
                                          std::int64_t fingerprint, std::int64_t& existingId) {
    m_findExisting.bind(1, feedId).bind(2, guid);
    bool exists = m_findExisting.step();
    existingId = exists ? m_findExisting.integer(0) : 0;
    bool same = exists && m_findExisting.integer(1) == fingerprint;
    m_findExisting.reset();
    if (exists) return same ? Stored::Same : Stored::Changed;
    m_isRetired.bind(1, feedId).bind(2, guid);
    bool retired = m_isRetired.step();
    m_isRetired.reset();
    return retired ? Stored::Retired : Stored::Absent; // retired: read long ago, not news again
}

ArticleChanges ArticleStore::storeArticles(std::int64_t feedId,
                                           const std::vector<Article>& articles, std::int64_t now) {
    ArticleChanges changes;
    for (std::size_t i = 0; i < articles.size(); ++i) {
        const Article& a = articles[i];
        BodyColumns body(a);
        std::int64_t print = body.fingerprint();
        std::int64_t existingId = 0;
        switch (lookUp(feedId, a.id, print, existingId)) {
        case Stored::Changed:
            updateArticle(existingId, body, print);
            ++changes.updated;
            changes.updatedIds.push_back(existingId);
            break;
        case Stored::Absent:
            changes.addedIds.emplace_back(i, insertArticle(feedId, body, print, now));
            ++changes.added;
            break;
        case Stored::Same:
        case Stored::Retired:
            break;
        }
    }
    return changes;
}

ArticleChanges ArticleStore::pendingChanges(std::int64_t feedId,
                                            const std::vector<Article>& articles) {
    ArticleChanges changes;
    for (const Article& a : articles) {
        std::int64_t existingId = 0;
        Stored found = lookUp(feedId, a.id, BodyColumns(a).fingerprint(), existingId);
        changes.added += found == Stored::Absent ? 1 : 0;
        changes.updated += found == Stored::Changed ? 1 : 0;
    }
    return changes;
}

std::optional<StoredArticle> ArticleStore::article(std::int64_t id) {
    Statement q = m_db.prepare(
        "SELECT a.id, a.feed_id, f.title, a.guid, a.title, a.link, "
        "a.author, a.published, a.updated, b.summary, b.content, "
        "heraut_plain_text(b.summary, b.content), b.takeaways, "
        "b.categories, b.enclosures, a.sort_date, a.first_seen, s.read, s.starred, f.url "
        "FROM articles a JOIN feeds f ON f.id = a.feed_id "
        "JOIN article_status s ON s.article_id = a.id "
        "LEFT JOIN article_bodies b ON b.article_id = a.id WHERE a.id = ?");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    StoredArticle s;
    s.id = q.integer(0);
    s.feedId = q.integer(1);
    s.feedTitle = q.text(2);
    if (s.feedTitle.empty()) s.feedTitle = withoutPasswords(q.text(19)); // the URL, shown
    Article& a = s.article;
    a.id = q.text(3);
    a.title = q.text(4);
    a.link = q.optionalText(5);
    a.author = q.optionalText(6);
    a.published = q.optionalInteger(7);
    a.updated = q.optionalInteger(8);
    a.summary = q.optionalText(9);
    a.content = q.optionalText(10);
    a.text = q.text(11);
    a.keyTakeaways = splitLines(q.text(12));
    a.categories = splitLines(q.text(13));
    a.enclosures = parseEnclosures(q.text(14));
    s.sortDate = q.integer(15);
    s.firstSeen = q.integer(16);
    s.read = q.integer(17) != 0;
    s.starred = q.integer(18) != 0;
    return s;
}

void ArticleStore::addTakeaways(std::vector<ArticleHeadline>& rows) {
    for (ArticleHeadline& row : rows) {
        m_takeaways.bind(1, row.id);
        if (m_takeaways.step()) row.keyTakeaways = splitLines(m_takeaways.text(0));
        m_takeaways.reset();
    }
}

std::vector<ArticleHeadline> ArticleStore::list(const ArticleQuery& query) {
    return listExcluding(query, {});
}

std::vector<ArticleHeadline> ArticleStore::listExcluding(const ArticleQuery& query,
                                                         const std::string& excluding) {
    ArticleQuery tuned = query;
    if (query.unreadOnly) {
        // Counting stops at the threshold: this runs for every page of an unread list.
        Statement unread = m_db.prepare(
            "SELECT count(*) FROM (SELECT 1 FROM article_status WHERE read = 0 LIMIT 5000)");
        unread.step();
        tuned.fewUnread = unread.integer(0) < 5000;
    }
    Filter filter = buildFilter(tuned);
    if (!excluding.empty()) {
        filter.add("a.id NOT IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)");
        filter.values.emplace_back(excluding);
    }
    bool matches = walksMatches(tuned);
    Statement q = m_db.prepare((matches ? kMatchHeadlineColumns : kHeadlineColumns) + filter.sql +
                               std::string(orderBy(query.order, matches)) + " LIMIT ? OFFSET ?");
    int next = bindFilter(q, filter);
    q.bind(next, query.limit);
    q.bind(next + 1, std::max(0, query.offset));
    std::vector<ArticleHeadline> rows;
    while (q.step())
        rows.push_back(readHeadline(q));
    if (query.withTakeaways) addTakeaways(rows);
    return rows;
}

int ArticleStore::count(const ArticleQuery& query) {
    Filter filter = buildFilter(query);
    Statement q = m_db.prepare(
        "SELECT count(*) " +
        (walksMatches(query) ? kMatchesFrom
                             : "FROM articles a JOIN article_status s ON s.article_id = a.id ") +
        filter.sql);
    bindFilter(q, filter);
    q.step();
    return static_cast<int>(q.integer(0));
}

int ArticleStore::setRead(const std::vector<std::int64_t>& ids, bool read, std::int64_t now) {
    m_db.setDurable(true);
    Transaction transaction(m_db);
    Statement update = m_db.prepare("UPDATE article_status SET read = ?, read_time = CASE WHEN ? "
                                    "THEN ? END WHERE article_id = ? AND read != ?");
    int changed = 0;
    for (std::int64_t id : ids) {
        update.bind(1, read).bind(2, read).bind(3, now).bind(4, id).bind(5, read).run();
        changed += m_db.changes();
    }
    transaction.commit();
    m_db.setDurable(false);
    return changed;
}

int ArticleStore::setStarred(const std::vector<std::int64_t>& ids, bool starred, std::int64_t now) {
    if (now == 0) now = static_cast<std::int64_t>(std::time(nullptr));
    m_db.setDurable(true);
    Transaction transaction(m_db);
    // Unstarring a read article restarts its retention period: the reader just looked at it,
    // and an article starred a year ago must not vanish at the next refresh after the unstar.
    Statement update = m_db.prepare(
        "UPDATE article_status SET starred = ?, read_time = CASE WHEN ? = 0 AND read = 1 THEN ? "
        "ELSE read_time END WHERE article_id = ? AND starred != ?");
    int changed = 0;
    for (std::int64_t id : ids) {
        update.bind(1, starred).bind(2, starred).bind(3, now).bind(4, id).bind(5, starred).run();
        changed += m_db.changes();
    }
    transaction.commit();
    m_db.setDurable(false);
    return changed;
}

bool ArticleStore::imagesAllowed(std::int64_t id) {
    Statement q = m_db.prepare("SELECT load_images FROM article_status WHERE article_id = ?");
    q.bind(1, id);
    return q.step() && q.integer(0) != 0;
}

int ArticleStore::setImagesAllowed(std::int64_t id, bool allowed) {
    m_db.setDurable(true);
    m_db.prepare("UPDATE article_status SET load_images = ? WHERE article_id = ? AND "
                 "load_images != ?")
        .bind(1, allowed)
        .bind(2, id)
        .bind(3, allowed)
        .run();
    int changed = m_db.changes();
    m_db.setDurable(false);
    return changed;
}

std::vector<std::int64_t> ArticleStore::markAllRead(const MarkScope& scope, std::int64_t now) {
    // Everything unread is best found by reading the table in order: walking the unread index
    // while the update empties it takes SQLite three times as long (190 against 67 ms for
    // 100 000). One feed or folder is a small part, which the index finds faster.
    std::string where = scope.feedId || scope.folder ? "WHERE read = 0" : "WHERE +read = 0";
    std::vector<std::int64_t> numbers;
    if (scope.feedId) {
        where += " AND feed_id = ?";
        numbers.push_back(*scope.feedId);
    }
    if (scope.folder) where += " AND feed_id IN " + kFeedsOfFolder;
    if (scope.olderThan)
        where += " AND article_id IN (SELECT id FROM articles WHERE sort_date < ?)";
    auto bindScope = [&](Statement& statement, int index) {
        for (std::int64_t n : numbers)
            statement.bind(index++, n);
        if (scope.folder) statement.bind(index++, *scope.folder);
        if (scope.olderThan) statement.bind(index++, *scope.olderThan);
    };
    m_db.setDurable(true);
    Transaction transaction(m_db);
    // The ids first, then the update: UPDATE ... RETURNING collects its rows at more than
    // twice the cost of the two statements together.
    Statement marked = m_db.prepare("SELECT article_id FROM article_status " + where);
    bindScope(marked, 1);
    std::vector<std::int64_t> ids;
    while (marked.step())
        ids.push_back(marked.integer(0));
    Statement update = m_db.prepare("UPDATE article_status SET read = 1, read_time = ? " + where);
    update.bind(1, now);
    bindScope(update, 2);
    update.run();
    transaction.commit();
    m_db.setDurable(false);
    return ids;
}

std::vector<ArticleHeadline> ArticleStore::search(const std::string& text, int limit,
                                                  Backlog backlog) {
    return search(parseSearchQuery(text, static_cast<std::int64_t>(std::time(nullptr))), limit,
                  backlog);
}

std::vector<ArticleHeadline> ArticleStore::search(const SearchQuery& query, int limit,
                                                  Backlog backlog) {
    bool words = !query.matchExpression.empty() || !query.excludeExpression.empty();
    try {
        if (words && backlog == Backlog::IndexFirst) indexBacklog(); // what was stored just now
    } catch (const StoreError&) {
        // Another connection held the file for the whole busy timeout: search what is indexed.
    }
    if (query.matchExpression.empty()) {
        ArticleQuery filters;
        filters.feedId = query.feedId;
        filters.folder = query.folder;
        filters.unreadOnly = query.unreadOnly;
        filters.starredOnly = query.starredOnly;
        filters.since = query.since;
        filters.readOnly = query.readOnly;
        filters.mutedOnly = query.mutedOnly;
        filters.limit = limit;
        filters.withTakeaways = true;
        return listExcluding(filters, query.excludeExpression);
    }
    // One pass over the index: FTS5 walks its doclists newest first, the filters drop what
    // they exclude, and the walk stops after the window's matches, which alone are ranked (a
    // first pass to find the window's end cost prefix queries twice). Ranked by bm25
    // (SearchRank.h) weighing a title hit most, then takeaways, then text; relevance first,
    // then date. The weights are named here: through the table's configured rank FTS5 ranks
    // at half the speed.
    std::string match = query.matchExpression;
    if (query.feedId || query.folder) {
        std::vector<std::int64_t> feeds = feedsOf(query);
        if (feeds.empty()) return {};
        match = "(" + match + ") AND " + feedExpression(feeds);
    }
    Filter filter = searchFilter(query, match);
    Statement q = m_db.prepare(kHeadlineColumns +
                               "JOIN (SELECT article_search.rowid AS id, "
                               "heraut_rank(article_search, 10.0, 1.0, 4.0, 0.0) AS score " +
                               searchSource(query) + filter.sql +
                               " ORDER BY article_search.rowid DESC LIMIT ?) r ON r.id = a.id "
                               "ORDER BY r.score, a.sort_date DESC LIMIT ?");
    int next = bindFilter(q, filter);
    q.bind(next, kSearchWindow).bind(next + 1, limit);
    std::vector<ArticleHeadline> rows;
    while (q.step())
        rows.push_back(readHeadline(q));
    addTakeaways(rows);
    return rows;
}

std::vector<std::int64_t> ArticleStore::feedsOf(const SearchQuery& query) {
    Statement q =
        m_db.prepare(query.folder ? "SELECT id FROM feeds WHERE id IN " + feedsOfFolderSql("?1") +
                                        " AND (?2 IS NULL OR id = ?2)"
                                  : std::string("SELECT id FROM feeds WHERE id = ?2"));
    if (query.folder) q.bind(1, *query.folder);
    q.bind(2, query.feedId);
    std::vector<std::int64_t> feeds;
    while (q.step())
        feeds.push_back(q.integer(0));
    return feeds;
}

int ArticleStore::indexBacklog() {
    Statement waiting = m_db.prepare("SELECT EXISTS (SELECT 1 FROM search_backlog)");
    if (!waiting.step() || waiting.integer(0) == 0) return 0; // no write lock for nothing
    waiting.reset();
    Transaction transaction(m_db);
    // In rowid order, as the backlog's key gives it: FTS5 appends to its doclists.
    m_db.execute("INSERT INTO article_search(rowid, title, text, takeaways, feed) "
                 "SELECT s.id, s.title, s.text, s.takeaways, s.feed FROM search_backlog k "
                 "JOIN article_search_source s ON s.id = k.article_id");
    int indexed = m_db.changes();
    m_db.execute("DELETE FROM search_backlog");
    transaction.commit();
    return indexed;
}

UnreadCounts ArticleStore::unreadCounts() {
    UnreadCounts counts;
    // A folder counts what the folders inside it hold too: each folder with its ancestors.
    std::map<std::int64_t, std::vector<std::string>> above = folderChains(m_db);
    Statement byFeed = m_db.prepare(
        "SELECT u.feed_id, u.n, f.folder_id FROM (SELECT feed_id, count(*) AS n FROM "
        "article_status WHERE read = 0 GROUP BY feed_id) u JOIN feeds f ON f.id = u.feed_id");
    while (byFeed.step()) {
        int n = static_cast<int>(byFeed.integer(1));
        counts.byFeed[byFeed.integer(0)] = n;
        if (!byFeed.isNull(2))
            for (const std::string& folder : above[byFeed.integer(2)])
                counts.byFolder[folder] += n;
        counts.total += n;
    }
    Statement starred = m_db.prepare("SELECT count(*) FROM article_status WHERE starred = 1");
    starred.step();
    counts.starred = static_cast<int>(starred.integer(0));
    return counts;
}

int ArticleStore::applyRetention(std::int64_t maxAgeSeconds, std::int64_t now) {
    Transaction transaction(m_db);
    std::int64_t cutoff = now - maxAgeSeconds;
    // Counted from the reading, not the article's date: an old item read today (a feed that
    // lists its archive, a date the feed got wrong) stays for the whole period. A read flag
    // without a time (set before times were kept) counts from when the article was cached.
    // The narrow status table is scanned alone; articles are looked up only for those.
    const std::string expired =
        "(SELECT s.article_id FROM article_status s WHERE s.read = 1 AND s.starred = 0 AND "
        "(s.read_time < ?1 OR (s.read_time IS NULL AND "
        "(SELECT first_seen FROM articles WHERE id = s.article_id) < ?1)))";
    m_db.prepare("INSERT OR IGNORE INTO retired_articles(feed_id, guid, retired_at) "
                 "SELECT feed_id, guid, ?2 FROM articles WHERE id IN " +
                 expired)
        .bind(1, cutoff)
        .bind(2, now)
        .run();
    m_db.prepare("DELETE FROM articles WHERE id IN " + expired).bind(1, cutoff).run();
    int removed = m_db.changes();
    transaction.commit();
    return removed;
}

} // namespace heraut
