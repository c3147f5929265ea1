// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/ArticleStore.h"

#include "heraut/Fnv1a.h"
#include "heraut/SearchQuery.h"

#include <algorithm>
#include <ctime>
#include <nlohmann/json.hpp>

namespace heraut {
namespace {

std::string joinLines(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) {
        if (!out.empty()) out += '\n';
        out += item;
    }
    return out;
}

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> items;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        items.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return items;
}

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

// Tells whether a refetched article changed, without reading the stored copy back.
std::int64_t fingerprint(const Article& a) {
    std::uint64_t hash = 1469598103934665603ULL;
    auto mix = [&](std::string_view part) {
        for (unsigned char c : part)
            hash = (hash ^ c) * 1099511628211ULL;
        hash = (hash ^ 0xFF) * 1099511628211ULL;
    };
    mix(a.title);
    mix(a.link.value_or(""));
    mix(a.author.value_or(""));
    mix(a.summary.value_or(""));
    mix(a.content.value_or(""));
    mix(std::to_string(a.published.value_or(0)));
    mix(std::to_string(a.updated.value_or(0)));
    mix(joinLines(a.categories));
    mix(enclosuresJson(a.enclosures));
    return static_cast<std::int64_t>(hash);
}

constexpr std::string_view kHeadlineColumns =
    "SELECT a.id, a.feed_id, f.title, f.url, a.title, a.link, a.published, a.sort_date, a.read, "
    "a.starred, a.takeaways FROM articles a JOIN feeds f ON f.id = a.feed_id ";

ArticleHeadline readHeadline(Statement& row) {
    ArticleHeadline h;
    h.id = row.integer(0);
    h.feedId = row.integer(1);
    h.feedTitle = row.text(2);
    if (h.feedTitle.empty()) h.feedTitle = row.text(3);
    h.title = row.text(4);
    h.link = row.optionalText(5);
    h.published = row.optionalInteger(6);
    h.sortDate = row.integer(7);
    h.read = row.integer(8) != 0;
    h.starred = row.integer(9) != 0;
    h.keyTakeaways = splitLines(row.text(10));
    return h;
}

// Builds "WHERE ..." for a list query; bound values are collected in order.
struct Filter {
    std::string sql;
    std::vector<std::int64_t> numbers;
    std::optional<std::string> folder;
    size_t folderPosition = 0;

    void add(std::string_view condition) {
        sql += sql.empty() ? "WHERE " : " AND ";
        sql += condition;
    }
};

Filter buildFilter(const ArticleQuery& q) {
    Filter f;
    if (q.feedId) {
        f.add("a.feed_id = ?");
        f.numbers.push_back(*q.feedId);
    }
    if (q.unreadOnly) f.add("a.read = 0");
    if (q.starredOnly) f.add("a.starred = 1");
    if (q.since) {
        f.add("a.sort_date >= ?");
        f.numbers.push_back(*q.since);
    }
    if (q.before) {
        f.add("(a.sort_date < ? OR (a.sort_date = ? AND a.id < ?))");
        f.numbers.insert(f.numbers.end(), {q.before->first, q.before->first, q.before->second});
    }
    if (q.folder) {
        f.add("a.feed_id IN (SELECT fe.id FROM feeds fe JOIN folders d ON d.id = fe.folder_id "
              "WHERE d.name = ?)");
        f.folder = q.folder;
        f.folderPosition = f.numbers.size();
        f.numbers.push_back(0); // placeholder keeps positions aligned
    }
    return f;
}

void bindFilter(Statement& statement, const Filter& f, int first = 1) {
    for (size_t i = 0; i < f.numbers.size(); ++i) {
        int index = first + static_cast<int>(i);
        if (f.folder && i == f.folderPosition)
            statement.bind(index, *f.folder);
        else
            statement.bind(index, f.numbers[i]);
    }
}

} // namespace

ArticleStore::ArticleStore(Database& db)
    : m_db(db), m_findExisting(db.prepare(
                    "SELECT id, fingerprint FROM articles WHERE feed_id = ? AND guid = ?")),
      m_isRetired(db.prepare("SELECT 1 FROM retired_articles WHERE feed_id = ? AND guid = ?")),
      m_insert(db.prepare(
          "INSERT INTO articles(feed_id, guid, link, title, author, published, updated, summary, "
          "content, text, takeaways, categories, enclosures, first_seen, sort_date, fingerprint) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
      m_update(db.prepare(
          "UPDATE articles SET link = ?, title = ?, author = ?, published = ?, updated = ?, "
          "summary = ?, content = ?, text = ?, takeaways = ?, categories = ?, enclosures = ?, "
          "fingerprint = ? WHERE id = ?")) {}

ArticleChanges ArticleStore::storeArticles(std::int64_t feedId,
                                           const std::vector<Article>& articles, std::int64_t now) {
    ArticleChanges changes;
    for (const Article& a : articles) {
        std::int64_t print = fingerprint(a);
        m_findExisting.bind(1, feedId).bind(2, a.id);
        bool exists = m_findExisting.step();
        std::int64_t existingId = exists ? m_findExisting.integer(0) : 0;
        bool same = exists && m_findExisting.integer(1) == print;
        m_findExisting.reset();
        if (same) continue;
        std::string takeaways = joinLines(a.keyTakeaways);
        std::string categories = joinLines(a.categories);
        std::string enclosures = enclosuresJson(a.enclosures);
        if (exists) {
            m_update.bind(1, a.link)
                .bind(2, a.title)
                .bind(3, a.author)
                .bind(4, a.published)
                .bind(5, a.updated)
                .bind(6, a.summary)
                .bind(7, a.content)
                .bind(8, a.text)
                .bind(9, takeaways)
                .bind(10, categories)
                .bind(11, enclosures)
                .bind(12, print)
                .bind(13, existingId)
                .run();
            ++changes.updated;
            continue;
        }
        m_isRetired.bind(1, feedId).bind(2, a.id);
        bool retired = m_isRetired.step();
        m_isRetired.reset();
        if (retired) continue; // read long ago and cleaned up: not news again
        // A date in the future is a feed's mistake; it must not pin the article to the top.
        std::int64_t sortDate = std::min(a.published.value_or(now), now);
        m_insert.bind(1, feedId)
            .bind(2, a.id)
            .bind(3, a.link)
            .bind(4, a.title)
            .bind(5, a.author)
            .bind(6, a.published)
            .bind(7, a.updated)
            .bind(8, a.summary)
            .bind(9, a.content)
            .bind(10, a.text)
            .bind(11, takeaways)
            .bind(12, categories)
            .bind(13, enclosures)
            .bind(14, now)
            .bind(15, sortDate)
            .bind(16, print)
            .run();
        ++changes.added;
    }
    return changes;
}

std::optional<StoredArticle> ArticleStore::article(std::int64_t id) {
    Statement q = m_db.prepare(
        "SELECT a.id, a.feed_id, coalesce(nullif(f.title, ''), f.url), a.guid, a.title, a.link, "
        "a.author, a.published, a.updated, a.summary, a.content, a.text, a.takeaways, "
        "a.categories, a.enclosures, a.sort_date, a.first_seen, a.read, a.starred "
        "FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id = ?");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    StoredArticle s;
    s.id = q.integer(0);
    s.feedId = q.integer(1);
    s.feedTitle = q.text(2);
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

std::vector<ArticleHeadline> ArticleStore::list(const ArticleQuery& query) {
    Filter filter = buildFilter(query);
    Statement q = m_db.prepare(std::string(kHeadlineColumns) + filter.sql +
                               " ORDER BY a.sort_date DESC, a.id DESC LIMIT ?");
    bindFilter(q, filter);
    q.bind(static_cast<int>(filter.numbers.size()) + 1, query.limit);
    std::vector<ArticleHeadline> rows;
    while (q.step())
        rows.push_back(readHeadline(q));
    return rows;
}

int ArticleStore::count(const ArticleQuery& query) {
    Filter filter = buildFilter(query);
    Statement q = m_db.prepare("SELECT count(*) FROM articles a " + filter.sql);
    bindFilter(q, filter);
    q.step();
    return static_cast<int>(q.integer(0));
}

int ArticleStore::setRead(const std::vector<std::int64_t>& ids, bool read, std::int64_t now) {
    m_db.setDurable(true);
    Transaction transaction(m_db);
    Statement update = m_db.prepare("UPDATE articles SET read = ?, read_time = CASE WHEN ? THEN ? "
                                    "END WHERE id = ? AND read != ?");
    int changed = 0;
    for (std::int64_t id : ids) {
        update.bind(1, read).bind(2, read).bind(3, now).bind(4, id).bind(5, read).run();
        changed += m_db.changes();
    }
    transaction.commit();
    m_db.setDurable(false);
    return changed;
}

int ArticleStore::setStarred(const std::vector<std::int64_t>& ids, bool starred) {
    m_db.setDurable(true);
    Transaction transaction(m_db);
    Statement update =
        m_db.prepare("UPDATE articles SET starred = ? WHERE id = ? AND starred != ?");
    int changed = 0;
    for (std::int64_t id : ids) {
        update.bind(1, starred).bind(2, id).bind(3, starred).run();
        changed += m_db.changes();
    }
    transaction.commit();
    m_db.setDurable(false);
    return changed;
}

std::vector<std::int64_t> ArticleStore::markAllRead(const MarkScope& scope, std::int64_t now) {
    ArticleQuery query;
    query.feedId = scope.feedId;
    query.folder = scope.folder;
    query.unreadOnly = true;
    Filter filter = buildFilter(query);
    if (scope.olderThan) {
        filter.add("a.sort_date < ?");
        filter.numbers.push_back(*scope.olderThan);
    }
    m_db.setDurable(true);
    Transaction transaction(m_db);
    // The alias keeps one filter builder for SELECTs and this UPDATE.
    Statement update = m_db.prepare("UPDATE articles AS a SET read = 1, read_time = ? " +
                                    filter.sql + " RETURNING id");
    update.bind(1, now);
    bindFilter(update, filter, 2);
    std::vector<std::int64_t> ids;
    while (update.step())
        ids.push_back(update.integer(0));
    update.reset();
    transaction.commit();
    m_db.setDurable(false);
    return ids;
}

std::vector<ArticleHeadline> ArticleStore::search(const std::string& text, int limit) {
    SearchQuery parsed = parseSearchQuery(text, static_cast<std::int64_t>(std::time(nullptr)));
    ArticleQuery filters;
    filters.feedId = parsed.feedId;
    filters.folder = parsed.folder;
    filters.unreadOnly = parsed.unreadOnly;
    filters.starredOnly = parsed.starredOnly;
    filters.since = parsed.since;
    filters.limit = limit;
    if (parsed.matchExpression.empty()) {
        auto rows = list(filters);
        if (parsed.readOnly) std::erase_if(rows, [](const ArticleHeadline& h) { return !h.read; });
        return rows;
    }
    Filter filter = buildFilter(filters);
    if (parsed.readOnly) filter.add("a.read = 1");
    // Title hits weigh most, then takeaways, then body text.
    Statement q = m_db.prepare(
        std::string(kHeadlineColumns) +
        "JOIN (SELECT rowid, bm25(article_search, 10.0, 1.0, 4.0) AS rank FROM article_search "
        "WHERE article_search MATCH ?) s ON s.rowid = a.id " +
        filter.sql + " ORDER BY s.rank, a.sort_date DESC LIMIT ?");
    q.bind(1, parsed.matchExpression);
    bindFilter(q, filter, 2);
    q.bind(static_cast<int>(filter.numbers.size()) + 2, limit);
    std::vector<ArticleHeadline> rows;
    while (q.step())
        rows.push_back(readHeadline(q));
    return rows;
}

UnreadCounts ArticleStore::unreadCounts() {
    UnreadCounts counts;
    Statement byFeed = m_db.prepare(
        "SELECT a.feed_id, count(*), d.name FROM articles a JOIN feeds f ON f.id = a.feed_id "
        "LEFT JOIN folders d ON d.id = f.folder_id WHERE a.read = 0 GROUP BY a.feed_id");
    while (byFeed.step()) {
        int n = static_cast<int>(byFeed.integer(1));
        counts.byFeed[byFeed.integer(0)] = n;
        if (!byFeed.isNull(2)) counts.byFolder[byFeed.text(2)] += n;
        counts.total += n;
    }
    Statement starred = m_db.prepare("SELECT count(*) FROM articles WHERE starred = 1");
    starred.step();
    counts.starred = static_cast<int>(starred.integer(0));
    return counts;
}

int ArticleStore::applyRetention(std::int64_t maxAgeSeconds, std::int64_t now) {
    Transaction transaction(m_db);
    std::int64_t cutoff = now - maxAgeSeconds;
    m_db.prepare("INSERT OR IGNORE INTO retired_articles(feed_id, guid, retired_at) "
                 "SELECT feed_id, guid, ? FROM articles WHERE read = 1 AND starred = 0 AND "
                 "sort_date < ?")
        .bind(1, now)
        .bind(2, cutoff)
        .run();
    m_db.prepare("DELETE FROM articles WHERE read = 1 AND starred = 0 AND sort_date < ?")
        .bind(1, cutoff)
        .run();
    int removed = m_db.changes();
    transaction.commit();
    return removed;
}

} // namespace heraut
