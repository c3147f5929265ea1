// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/StoryStore.h"
#include "StoredLines.h"

#include <algorithm>

namespace heraut {
namespace {

// The opening of the body is enough to tell events apart, and deriving the plain text of a
// whole body costs as much as parsing it: only its first few kilobytes are read.
constexpr std::string_view kTextColumns =
    "SELECT a.id, a.feed_id, a.sort_date, coalesce(a.story_id, a.id), a.guid, a.link, a.title, "
    "b.takeaways, heraut_plain_text(substr(b.summary, 1, 2000), substr(b.content, 1, 3000)) "
    "FROM articles a JOIN article_bodies b ON b.article_id = a.id ";

StoryArticleText readText(Statement& row) {
    StoryArticleText t;
    t.id = row.integer(0);
    t.feedId = row.integer(1);
    t.sortDate = row.integer(2);
    t.storyId = row.integer(3);
    t.guid = row.text(4);
    t.link = row.optionalText(5);
    t.title = row.text(6);
    t.keyTakeaways = splitLines(row.text(7));
    t.text = row.text(8);
    return t;
}

// The story's articles: those naming it, or the one article standing alone under its own id.
constexpr std::string_view kMembers =
    "SELECT a.id, a.feed_id, a.title, a.first_seen, a.sort_date, s.read "
    "FROM articles a JOIN article_status s ON s.article_id = a.id "
    "WHERE a.story_id = ?1 OR (a.id = ?1 AND a.story_id IS NULL) "
    "ORDER BY a.sort_date, a.id";

} // namespace

StoryStore::StoryStore(Database& db) : m_db(db) {}

std::vector<StoryArticleText> StoryStore::waiting(int limit) {
    Statement q = m_db.prepare(std::string(kTextColumns) +
                               "WHERE a.id IN (SELECT article_id FROM story_backlog) "
                               "ORDER BY a.sort_date, a.id LIMIT ?");
    q.bind(1, limit);
    std::vector<StoryArticleText> rows;
    while (q.step())
        rows.push_back(readText(q));
    return rows;
}

std::vector<StoryArticleText> StoryStore::grouped(std::int64_t from, std::int64_t to) {
    Statement q = m_db.prepare(std::string(kTextColumns) +
                               "WHERE a.sort_date BETWEEN ? AND ? AND a.id NOT IN "
                               "(SELECT article_id FROM story_backlog) ORDER BY a.sort_date, a.id");
    q.bind(1, from).bind(2, to);
    std::vector<StoryArticleText> rows;
    while (q.step())
        rows.push_back(readText(q));
    return rows;
}

void StoryStore::assign(const std::vector<std::pair<std::int64_t, std::int64_t>>& joins,
                        const std::vector<std::int64_t>& done) {
    Statement join = m_db.prepare("UPDATE articles SET story_id = ? WHERE id = ?");
    // The story's first article names it from now on too; a lone article named none.
    Statement founder =
        m_db.prepare("UPDATE articles SET story_id = id WHERE id = ? AND story_id IS NULL");
    for (const auto& [article, story] : joins) {
        if (article == story) continue;
        founder.bind(1, story).run();
        join.bind(1, story).bind(2, article).run();
    }
    Statement leave = m_db.prepare("DELETE FROM story_backlog WHERE article_id = ?");
    for (std::int64_t id : done)
        leave.bind(1, id).run();
}

int StoryStore::waitingCount() {
    Statement q = m_db.prepare("SELECT count(*) FROM story_backlog");
    q.step();
    return static_cast<int>(q.integer(0));
}

std::vector<StorySummary> StoryStore::list(const StoryQuery& query) {
    std::string sql = "SELECT coalesce(a.story_id, a.id) AS story, max(a.sort_date) AS newest "
                      "FROM articles a JOIN article_status s ON s.article_id = a.id WHERE 1";
    if (query.feedId) sql += " AND a.feed_id = :feed";
    if (query.folder)
        sql += " AND a.feed_id IN (SELECT fe.id FROM feeds fe JOIN folders d "
               "ON d.id = fe.folder_id WHERE d.name = :folder)";
    if (query.unreadOnly) sql += " AND s.read = 0";
    if (query.since) sql += " AND a.sort_date >= :since";
    sql += " GROUP BY story ORDER BY newest DESC, story DESC LIMIT :limit";
    Statement q = m_db.prepare(sql);
    int index = 1;
    if (query.feedId) q.bind(index++, *query.feedId);
    if (query.folder) q.bind(index++, *query.folder);
    if (query.since) q.bind(index++, *query.since);
    q.bind(index, query.limit);
    std::vector<std::int64_t> ids;
    while (q.step())
        ids.push_back(q.integer(0));
    std::vector<StorySummary> stories;
    for (std::int64_t id : ids)
        if (auto s = story(id)) stories.push_back(std::move(*s));
    return stories;
}

std::optional<StorySummary> StoryStore::story(std::int64_t id) {
    Statement q = m_db.prepare(kMembers);
    q.bind(1, id);
    StorySummary s;
    s.id = id;
    while (q.step()) {
        if (s.articles.empty()) {
            s.title = q.text(2);
            s.firstSeen = q.integer(3);
        }
        s.articles.push_back(q.integer(0));
        std::int64_t feed = q.integer(1);
        if (std::find(s.feeds.begin(), s.feeds.end(), feed) == s.feeds.end())
            s.feeds.push_back(feed);
        s.firstSeen = std::min(s.firstSeen, q.integer(3));
        s.newest = std::max(s.newest, q.integer(4));
        s.unread += q.integer(5) == 0 ? 1 : 0;
    }
    if (s.articles.empty()) return std::nullopt;
    return s;
}

std::optional<std::int64_t> StoryStore::storyOf(std::int64_t articleId) {
    Statement q = m_db.prepare("SELECT coalesce(story_id, id) FROM articles WHERE id = ?");
    q.bind(1, articleId);
    if (!q.step()) return std::nullopt;
    return q.integer(0);
}

std::vector<std::int64_t> StoryStore::articlesOf(std::int64_t storyId) {
    Statement q = m_db.prepare(kMembers);
    q.bind(1, storyId);
    std::vector<std::int64_t> ids;
    while (q.step())
        ids.push_back(q.integer(0));
    return ids;
}

std::vector<std::int64_t> StoryStore::storiesOf(const std::vector<std::int64_t>& articleIds) {
    Statement q = m_db.prepare("SELECT coalesce(story_id, id) FROM articles WHERE id = ?");
    std::vector<std::int64_t> stories;
    stories.reserve(articleIds.size());
    for (std::int64_t id : articleIds) {
        q.bind(1, id);
        stories.push_back(q.step() ? q.integer(0) : 0);
        q.reset();
    }
    return stories;
}

UnreadCounts StoryStore::unreadCounts() {
    UnreadCounts counts;
    Statement byFeed = m_db.prepare(
        "SELECT a.feed_id, count(DISTINCT coalesce(a.story_id, a.id)) FROM article_status s "
        "JOIN articles a ON a.id = s.article_id WHERE s.read = 0 GROUP BY a.feed_id");
    while (byFeed.step())
        counts.byFeed[byFeed.integer(0)] = static_cast<int>(byFeed.integer(1));
    Statement byFolder = m_db.prepare(
        "SELECT d.name, count(DISTINCT coalesce(a.story_id, a.id)) FROM article_status s "
        "JOIN articles a ON a.id = s.article_id JOIN feeds f ON f.id = a.feed_id "
        "JOIN folders d ON d.id = f.folder_id WHERE s.read = 0 GROUP BY d.name");
    while (byFolder.step())
        counts.byFolder[byFolder.text(0)] = static_cast<int>(byFolder.integer(1));
    Statement total =
        m_db.prepare("SELECT count(DISTINCT coalesce(a.story_id, a.id)) FROM article_status s "
                     "JOIN articles a ON a.id = s.article_id WHERE s.read = 0");
    total.step();
    counts.total = static_cast<int>(total.integer(0));
    Statement starred = m_db.prepare("SELECT count(*) FROM article_status WHERE starred = 1");
    starred.step();
    counts.starred = static_cast<int>(starred.integer(0));
    return counts;
}

} // namespace heraut
