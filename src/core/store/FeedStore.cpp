// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/FeedStore.h"

namespace heraut {
namespace {

constexpr std::string_view kFeedColumns =
    "SELECT f.id, f.url, f.title, f.site_link, f.folder_id, d.name, f.etag, f.last_modified, "
    "f.body_hash, f.last_fetch, f.last_success, f.last_error, f.consecutive_failures, "
    "f.next_due, f.refresh_interval, f.disabled, f.title_locked, f.load_images, "
    "f.last_error_kind, f.last_error_code, "
    "(SELECT s.account_id FROM sync_feeds s WHERE s.feed_id = f.id) "
    "FROM feeds f LEFT JOIN folders d ON d.id = f.folder_id ";

} // namespace

Feed FeedStore::readFeed(Statement& row) {
    Feed feed;
    feed.id = row.integer(0);
    feed.url = row.text(1);
    feed.title = row.text(2);
    feed.siteLink = row.optionalText(3);
    feed.folderId = row.optionalInteger(4);
    feed.folderName = row.optionalText(5);
    feed.etag = row.optionalText(6);
    feed.lastModified = row.optionalText(7);
    feed.bodyHash = row.optionalText(8);
    feed.lastFetch = row.optionalInteger(9);
    feed.lastSuccess = row.optionalInteger(10);
    feed.lastError = row.optionalText(11);
    feed.consecutiveFailures = static_cast<int>(row.integer(12));
    feed.nextDue = row.integer(13);
    feed.refreshInterval = row.integer(14);
    feed.disabled = row.integer(15) != 0;
    feed.titleLocked = row.integer(16) != 0;
    feed.loadImages = row.integer(17) != 0;
    // A success clears last_error only: the kind of a failure that is over means nothing.
    if (feed.lastError)
        feed.lastFailure = {static_cast<FailureKind>(row.integer(18)), row.integer(19)};
    feed.accountId = row.optionalInteger(20);
    return feed;
}

std::vector<Feed> FeedStore::queryFeeds(std::string_view where, std::optional<std::int64_t> value) {
    Statement query = m_db.prepare(std::string(kFeedColumns) + std::string(where) +
                                   " ORDER BY d.position, d.name, lower(f.title), f.id");
    if (value) query.bind(1, *value);
    std::vector<Feed> feeds;
    while (query.step())
        feeds.push_back(readFeed(query));
    return feeds;
}

std::int64_t FeedStore::addFeed(const std::string& url, const std::string& title,
                                const std::optional<std::string>& folder, std::int64_t now,
                                bool titleLocked) {
    if (feedByUrl(url)) throw StoreError(url + ": already subscribed");
    std::optional<std::int64_t> folderKey;
    if (folder && !folder->empty()) folderKey = folderId(*folder);
    m_db.prepare("INSERT INTO feeds(url, title, folder_id, added, next_due, title_locked) "
                 "VALUES (?, ?, ?, ?, 0, ?)")
        .bind(1, url)
        .bind(2, title)
        .bind(3, folderKey)
        .bind(4, now)
        .bind(5, titleLocked)
        .run();
    return m_db.lastInsertId();
}

std::optional<Feed> FeedStore::feed(std::int64_t id) {
    auto found = queryFeeds("WHERE f.id = ?", id);
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::optional<Feed> FeedStore::feedByUrl(const std::string& url) {
    Statement query = m_db.prepare("SELECT id FROM feeds WHERE url = ?");
    query.bind(1, url);
    if (!query.step()) return std::nullopt;
    return feed(query.integer(0));
}

std::vector<Feed> FeedStore::feeds() {
    return queryFeeds("", std::nullopt);
}

std::vector<Feed> FeedStore::dueFeeds(std::int64_t now) {
    return queryFeeds("WHERE f.disabled = 0 AND f.next_due <= ?", now);
}

void FeedStore::removeFeed(std::int64_t id) {
    m_db.prepare("DELETE FROM feeds WHERE id = ?").bind(1, id).run();
    if (m_db.changes() == 0) throw StoreError("no feed with id " + std::to_string(id));
}

void FeedStore::renameFeed(std::int64_t id, const std::string& title) {
    m_db.prepare("UPDATE feeds SET title = ?, title_locked = 1 WHERE id = ?")
        .bind(1, title)
        .bind(2, id)
        .run();
    if (m_db.changes() == 0) throw StoreError("no feed with id " + std::to_string(id));
}

void FeedStore::moveFeed(std::int64_t id, const std::optional<std::string>& folder) {
    std::optional<std::int64_t> folderKey;
    if (folder && !folder->empty()) folderKey = folderId(*folder);
    m_db.prepare("UPDATE feeds SET folder_id = ? WHERE id = ?")
        .bind(1, folderKey)
        .bind(2, id)
        .run();
    if (m_db.changes() == 0) throw StoreError("no feed with id " + std::to_string(id));
    removeEmptyFolders();
}

void FeedStore::setRefreshInterval(std::int64_t id, std::int64_t seconds) {
    m_db.prepare("UPDATE feeds SET refresh_interval = ? WHERE id = ?")
        .bind(1, seconds)
        .bind(2, id)
        .run();
}

void FeedStore::setDisabled(std::int64_t id, bool disabled) {
    m_db.prepare("UPDATE feeds SET disabled = ?, next_due = 0 WHERE id = ?")
        .bind(1, disabled)
        .bind(2, id)
        .run();
}

void FeedStore::setLoadImages(std::int64_t id, bool load) {
    m_db.prepare("UPDATE feeds SET load_images = ? WHERE id = ?").bind(1, load).bind(2, id).run();
    if (m_db.changes() == 0) throw StoreError("no feed with id " + std::to_string(id));
}

std::int64_t FeedStore::folderId(const std::string& name) {
    return folderIn(name, std::nullopt);
}

std::int64_t FeedStore::folderIn(const std::string& name, std::optional<std::int64_t> parentId) {
    // "defensie" is the folder "Defensie": searches and the CLI name folders without ASCII
    // case, so two folders differing only in case could not be told apart.
    Statement existing = m_db.prepare("SELECT id FROM folders WHERE name = ?1 COLLATE NOCASE "
                                      "ORDER BY name = ?1 DESC LIMIT 1");
    existing.bind(1, name);
    if (existing.step()) return existing.integer(0);
    m_db.prepare("INSERT INTO folders(name, position, parent_id) VALUES (?, "
                 "(SELECT coalesce(max(position), 0) + 1 FROM folders), ?)")
        .bind(1, name)
        .bind(2, parentId)
        .run();
    return m_db.lastInsertId();
}

bool FeedStore::hasFolder(const std::string& name) {
    return m_db.prepare("SELECT 1 FROM folders WHERE name = ? COLLATE NOCASE").bind(1, name).step();
}

std::vector<Folder> FeedStore::folders() {
    Statement query =
        m_db.prepare("SELECT id, name, parent_id FROM folders ORDER BY position, name");
    std::vector<Folder> folders;
    while (query.step())
        folders.push_back({query.integer(0), query.text(1), query.optionalInteger(2)});
    return folders;
}

void FeedStore::moveFolder(std::int64_t id, std::optional<std::int64_t> parentId) {
    // The parent's ancestors, itself included: the folder must not be one of them, or the
    // tree would become a loop that no view could show.
    if (parentId) {
        Statement chain = m_db.prepare(
            "WITH RECURSIVE up(id) AS (SELECT ?1 UNION SELECT f.parent_id FROM folders f "
            "JOIN up ON f.id = up.id WHERE f.parent_id IS NOT NULL) "
            "SELECT EXISTS (SELECT 1 FROM up WHERE id = ?2), "
            "EXISTS (SELECT 1 FROM folders WHERE id = ?1)");
        chain.bind(1, *parentId).bind(2, id);
        chain.step();
        if (chain.integer(1) == 0)
            throw StoreError("no folder with id " + std::to_string(*parentId));
        if (chain.integer(0) != 0)
            throw StoreError("a folder cannot go inside itself or one of its own folders");
    }
    m_db.prepare("UPDATE folders SET parent_id = ? WHERE id = ?")
        .bind(1, parentId)
        .bind(2, id)
        .run();
    if (m_db.changes() == 0) throw StoreError("no folder with id " + std::to_string(id));
}

void FeedStore::removeEmptyFolders() {
    // Kept: every folder with a feed, and every folder above one.
    m_db.execute("WITH RECURSIVE kept(id) AS (SELECT folder_id FROM feeds WHERE folder_id IS NOT "
                 "NULL UNION SELECT f.parent_id FROM folders f JOIN kept ON f.id = kept.id WHERE "
                 "f.parent_id IS NOT NULL) "
                 "DELETE FROM folders WHERE id NOT IN (SELECT id FROM kept)");
}

void FeedStore::updateFeedInfo(std::int64_t id, const std::string& title,
                               const std::optional<std::string>& siteLink) {
    m_db.prepare("UPDATE feeds SET title = CASE WHEN title_locked OR ? = '' THEN title ELSE ? END, "
                 "site_link = coalesce(?, site_link) WHERE id = ?")
        .bind(1, title)
        .bind(2, title)
        .bind(3, siteLink)
        .bind(4, id)
        .run();
}

void FeedStore::recordSuccess(std::int64_t id, const FetchValidators& validators, std::int64_t now,
                              std::int64_t nextDue) {
    m_db.prepare("UPDATE feeds SET etag = ?, last_modified = ?, body_hash = ?, last_fetch = ?, "
                 "last_success = ?, last_error = NULL, consecutive_failures = 0, next_due = ? "
                 "WHERE id = ?")
        .bind(1, validators.etag)
        .bind(2, validators.lastModified)
        .bind(3, validators.bodyHash)
        .bind(4, now)
        .bind(5, now)
        .bind(6, nextDue)
        .bind(7, id)
        .run();
}

void FeedStore::recordNotModified(std::int64_t id, std::int64_t now, std::int64_t nextDue) {
    m_db.prepare("UPDATE feeds SET last_fetch = ?, last_success = ?, last_error = NULL, "
                 "consecutive_failures = 0, next_due = ? WHERE id = ?")
        .bind(1, now)
        .bind(2, now)
        .bind(3, nextDue)
        .bind(4, id)
        .run();
}

void FeedStore::recordFailure(std::int64_t id, const std::string& error, std::int64_t now,
                              std::int64_t nextDue, bool disable, Failure failure) {
    m_db.prepare("UPDATE feeds SET last_fetch = ?, last_error = ?, next_due = ?, "
                 "consecutive_failures = consecutive_failures + 1, "
                 "disabled = disabled OR ?, last_error_kind = ?, last_error_code = ? WHERE id = ?")
        .bind(1, now)
        .bind(2, error)
        .bind(3, nextDue)
        .bind(4, disable)
        .bind(5, static_cast<std::int64_t>(failure.kind))
        .bind(6, failure.code)
        .bind(7, id)
        .run();
}

bool FeedStore::updateUrl(std::int64_t id, const std::string& url) {
    if (auto existing = feedByUrl(url)) return existing->id == id;
    m_db.prepare("UPDATE feeds SET url = ? WHERE id = ?").bind(1, url).bind(2, id).run();
    return true;
}

} // namespace heraut
