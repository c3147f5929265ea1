// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/FullArticleStore.h"
#include "StoredLines.h"

#include <algorithm>

namespace heraut {
namespace {

// The index forgets a row only when told exactly what it indexed (Schema.cpp): the view says
// it, before the row changes. A row still in the backlog was never indexed.
constexpr std::string_view kUnindex =
    "INSERT INTO article_search(article_search, rowid, title, text, takeaways, feed) "
    "SELECT 'delete', s.id, s.title, s.text, s.takeaways, s.feed FROM article_search_source s "
    "WHERE s.id = ? AND NOT EXISTS (SELECT 1 FROM search_backlog k WHERE k.article_id = s.id)";

} // namespace

std::string_view fullArticlesModeName(FullArticlesMode mode) {
    switch (mode) {
    case FullArticlesMode::Always:
        return "always";
    case FullArticlesMode::Never:
        return "never";
    case FullArticlesMode::Auto:
        break;
    }
    return "auto";
}

std::optional<FullArticlesMode> parseFullArticlesMode(std::string_view name) {
    for (FullArticlesMode mode :
         {FullArticlesMode::Auto, FullArticlesMode::Always, FullArticlesMode::Never})
        if (fullArticlesModeName(mode) == name) return mode;
    return std::nullopt;
}

FullArticlesMode FullArticleStore::mode(std::int64_t feedId) {
    Statement q = m_db.prepare("SELECT full_articles FROM feeds WHERE id = ?");
    q.bind(1, feedId);
    if (!q.step()) return FullArticlesMode::Auto;
    std::int64_t value = q.integer(0);
    return value == 1   ? FullArticlesMode::Always
           : value == 2 ? FullArticlesMode::Never
                        : FullArticlesMode::Auto;
}

void FullArticleStore::setMode(std::int64_t feedId, FullArticlesMode mode) {
    m_db.prepare("UPDATE feeds SET full_articles = ? WHERE id = ?")
        .bind(1, static_cast<int>(mode))
        .bind(2, feedId)
        .run();
    if (m_db.changes() == 0) throw StoreError("no feed with id " + std::to_string(feedId));
}

bool FullArticleStore::excerptOnly(std::int64_t feedId) {
    Statement q = m_db.prepare("SELECT excerpt_only FROM feeds WHERE id = ?");
    q.bind(1, feedId);
    return q.step() && q.integer(0) != 0;
}

void FullArticleStore::setExcerptOnly(std::int64_t feedId, bool excerptOnly) {
    m_db.prepare("UPDATE feeds SET excerpt_only = ? WHERE id = ? AND excerpt_only != ?")
        .bind(1, excerptOnly)
        .bind(2, feedId)
        .bind(3, excerptOnly)
        .run();
}

bool FullArticleStore::fetchesPages(std::int64_t feedId) {
    Statement q = m_db.prepare(
        "SELECT full_articles = 1 OR (full_articles = 0 AND excerpt_only = 1) FROM feeds "
        "WHERE id = ?");
    q.bind(1, feedId);
    return q.step() && q.integer(0) != 0;
}

std::optional<FullArticle> FullArticleStore::fullArticle(std::int64_t articleId) {
    Statement q = m_db.prepare("SELECT content, text, takeaways, image, page_url, fetched_at "
                               "FROM article_pages WHERE article_id = ? AND text IS NOT NULL");
    q.bind(1, articleId);
    if (!q.step()) return std::nullopt;
    FullArticle page;
    page.content = q.text(0);
    page.text = q.text(1);
    page.keyTakeaways = splitLines(q.text(2));
    page.image = q.text(3);
    page.pageUrl = q.text(4);
    page.fetchedAt = q.optionalInteger(5).value_or(0);
    return page;
}

PageStatus FullArticleStore::pageStatus(std::int64_t articleId) {
    Statement q = m_db.prepare("SELECT state, failures, next_attempt, last_error "
                               "FROM article_pages WHERE article_id = ?");
    q.bind(1, articleId);
    PageStatus status;
    if (!q.step()) return status;
    status.state = static_cast<PageState>(std::clamp<std::int64_t>(q.integer(0), 0, 3));
    status.failures = static_cast<int>(q.integer(1));
    status.nextAttempt = q.integer(2);
    status.lastError = q.text(3);
    return status;
}

std::vector<std::int64_t> FullArticleStore::withFullText(const std::vector<std::int64_t>& ids) {
    Statement q = m_db.prepare(
        "SELECT article_id FROM article_pages WHERE article_id = ? AND text IS NOT NULL");
    std::vector<std::int64_t> found;
    for (std::int64_t id : ids) {
        q.bind(1, id);
        if (q.step()) found.push_back(id);
        q.reset();
    }
    return found;
}

int FullArticleStore::queueNewArticles(std::int64_t feedId, std::int64_t afterArticleId,
                                       int limit) {
    // The rowid range finds this refresh's articles without walking the feed's older ones.
    m_db.prepare("INSERT OR IGNORE INTO article_pages(article_id, feed_id) "
                 "SELECT id, feed_id FROM articles WHERE id > ? AND feed_id = ? "
                 "AND link IS NOT NULL ORDER BY sort_date DESC, id DESC LIMIT ?")
        .bind(1, afterArticleId)
        .bind(2, feedId)
        .bind(3, limit)
        .run();
    return m_db.changes();
}

bool FullArticleStore::queue(std::int64_t articleId) {
    m_db.prepare("INSERT INTO article_pages(article_id, feed_id) "
                 "SELECT id, feed_id FROM articles WHERE id = ?1 "
                 "ON CONFLICT(article_id) DO UPDATE SET state = 0, next_attempt = 0")
        .bind(1, articleId)
        .run();
    return m_db.changes() > 0;
}

void FullArticleStore::recheck(const std::vector<std::int64_t>& articleIds) {
    Statement q = m_db.prepare(
        "UPDATE article_pages SET state = 0, next_attempt = 0 WHERE article_id = ? AND state = 1");
    for (std::int64_t id : articleIds)
        q.bind(1, id).run();
}

std::vector<PageJob> FullArticleStore::duePages(const std::vector<std::int64_t>& feedIds,
                                                std::int64_t now, int limit) {
    Statement q = m_db.prepare(
        "SELECT p.article_id, p.feed_id, a.link, p.etag, p.last_modified, p.body_hash, "
        "p.failures FROM article_pages p JOIN articles a ON a.id = p.article_id "
        "WHERE p.feed_id = ? AND p.state IN (0, 2) AND p.next_attempt <= ? "
        "AND a.link IS NOT NULL ORDER BY p.article_id LIMIT ?");
    std::vector<PageJob> jobs;
    for (std::int64_t feedId : feedIds) {
        q.bind(1, feedId).bind(2, now).bind(3, limit - static_cast<int>(jobs.size()));
        while (q.step())
            jobs.push_back({q.integer(0), q.integer(1), q.text(2), q.optionalText(3),
                            q.optionalText(4), q.optionalText(5), static_cast<int>(q.integer(6))});
        q.reset();
        if (static_cast<int>(jobs.size()) >= limit) break;
    }
    return jobs;
}

std::optional<PageJob> FullArticleStore::pageJob(std::int64_t articleId) {
    Statement q = m_db.prepare(
        "SELECT a.id, a.feed_id, a.link, p.etag, p.last_modified, p.body_hash, "
        "coalesce(p.failures, 0) FROM articles a LEFT JOIN article_pages p ON p.article_id = a.id "
        "WHERE a.id = ? AND a.link IS NOT NULL");
    q.bind(1, articleId);
    if (!q.step()) return std::nullopt;
    return PageJob{q.integer(0),
                   q.integer(1),
                   q.text(2),
                   q.optionalText(3),
                   q.optionalText(4),
                   q.optionalText(5),
                   static_cast<int>(q.integer(6))};
}

std::int64_t FullArticleStore::lastArticleId() {
    Statement q = m_db.prepare("SELECT coalesce(max(id), 0) FROM articles");
    q.step();
    return q.integer(0);
}

Statement& FullArticleStore::cached(size_t slot, std::string_view sql) {
    if (m_statements.size() <= slot) m_statements.resize(slot + 1);
    if (!m_statements[slot]) m_statements[slot].emplace(m_db.prepare(sql));
    return *m_statements[slot];
}

void FullArticleStore::storePage(std::int64_t articleId, const FullArticle& page,
                                 const std::optional<std::string>& etag,
                                 const std::optional<std::string>& lastModified,
                                 const std::string& bodyHash) {
    cached(0, kUnindex).bind(1, articleId).run();
    cached(1, "INSERT INTO article_pages(article_id, feed_id) SELECT id, feed_id FROM articles "
              "WHERE id = ? ON CONFLICT(article_id) DO NOTHING")
        .bind(1, articleId)
        .run();
    cached(2, "UPDATE article_pages SET state = 1, content = ?, text = ?, takeaways = ?, "
              "image = ?, page_url = ?, fetched_at = ?, etag = ?, last_modified = ?, "
              "body_hash = ?, failures = 0, next_attempt = 0, last_error = NULL "
              "WHERE article_id = ?")
        .bind(1, page.content)
        .bind(2, page.text)
        .bind(3, joinLines(page.keyTakeaways))
        .bind(4, page.image.empty() ? std::optional<std::string>() : page.image)
        .bind(5, page.pageUrl)
        .bind(6, page.fetchedAt)
        .bind(7, etag)
        .bind(8, lastModified)
        .bind(9, bodyHash)
        .bind(10, articleId)
        .run();
    cached(3, "INSERT OR IGNORE INTO search_backlog(article_id) VALUES (?)")
        .bind(1, articleId)
        .run();
}

void FullArticleStore::recordUnchanged(std::int64_t articleId, std::int64_t now) {
    // A page never extracted (its text lost to a repair, say) is not "done" by a 304.
    m_db.prepare("UPDATE article_pages SET state = CASE WHEN text IS NULL THEN 2 ELSE 1 END, "
                 "failures = 0, next_attempt = ?, last_error = NULL, etag = CASE WHEN text IS "
                 "NULL THEN NULL ELSE etag END, last_modified = CASE WHEN text IS NULL THEN NULL "
                 "ELSE last_modified END WHERE article_id = ?")
        .bind(1, now)
        .bind(2, articleId)
        .run();
}

void FullArticleStore::recordFailure(std::int64_t articleId, const std::string& error,
                                     std::int64_t nextAttempt, bool giveUp) {
    m_db.prepare("UPDATE article_pages SET state = ?, failures = failures + 1, next_attempt = ?, "
                 "last_error = ? WHERE article_id = ?")
        .bind(1, giveUp ? 3 : 2)
        .bind(2, nextAttempt)
        .bind(3, error)
        .bind(4, articleId)
        .run();
}

} // namespace heraut
