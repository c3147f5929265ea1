// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/AccountStore.h"

#include "heraut/FeedStore.h"

#include <array>
#include <map>
#include <set>

namespace heraut {
namespace {

constexpr std::string_view kAccountColumns =
    "SELECT id, kind, dialect, url, user, title, sync_interval, next_due, last_sync, "
    "last_success, last_error, last_error_kind FROM accounts ";

constexpr std::array<std::pair<QueuedChange::Action, std::string_view>, 8> kActions{{
    {QueuedChange::Action::Read, "read"},
    {QueuedChange::Action::Unread, "unread"},
    {QueuedChange::Action::Star, "star"},
    {QueuedChange::Action::Unstar, "unstar"},
    {QueuedChange::Action::Subscribe, "subscribe"},
    {QueuedChange::Action::Unsubscribe, "unsubscribe"},
    {QueuedChange::Action::Rename, "rename"},
    {QueuedChange::Action::Move, "move"},
}};

std::string_view actionName(QueuedChange::Action action) {
    for (const auto& [a, name] : kActions)
        if (a == action) return name;
    return "read";
}

QueuedChange::Action parseAction(const std::string& name) {
    for (const auto& [a, n] : kActions)
        if (n == name) return a;
    return QueuedChange::Action::Read;
}

Account readAccount(Statement& row) {
    Account a;
    a.id = row.integer(0);
    a.kind = parseAccountKind(row.text(1)).value_or(AccountKind::GoogleReader);
    a.dialect = parseReaderDialect(row.text(2)).value_or(ReaderDialect::Generic);
    a.url = row.text(3);
    a.user = row.text(4);
    a.title = row.text(5);
    a.syncInterval = row.integer(6);
    a.nextDue = row.integer(7);
    a.lastSync = row.optionalInteger(8);
    a.lastSuccess = row.optionalInteger(9);
    a.lastError = row.optionalText(10);
    a.lastErrorKind = row.optionalText(11);
    return a;
}

// Writes the sync engine makes while this lives are the server's state, not the reader's: the
// queue triggers (Schema.cpp, 8 -> 9) skip them. Only inside a transaction, so no other
// connection ever sees the row.
class ApplyingServerState {
  public:
    explicit ApplyingServerState(Database& db) : m_db(db) {
        m_db.execute("INSERT OR IGNORE INTO sync_applying(account_id) VALUES (0)");
    }
    // Before the commit: the row must never be committed.
    void finish() {
        m_db.execute("DELETE FROM sync_applying");
        m_done = true;
    }
    ~ApplyingServerState() {
        if (m_done) return;
        try {
            finish();
        } catch (const StoreError&) { // the rollback that follows removes the row anyway
        }
    }
    ApplyingServerState(const ApplyingServerState&) = delete;
    ApplyingServerState& operator=(const ApplyingServerState&) = delete;

  private:
    Database& m_db;
    bool m_done = false;
};

} // namespace

std::int64_t AccountStore::addAccount(const Account& account) {
    Statement existing = m_db.prepare("SELECT id FROM accounts WHERE kind = ? AND url = ? AND "
                                      "user = ?");
    existing.bind(1, accountKindName(account.kind)).bind(2, account.url).bind(3, account.user);
    if (existing.step())
        throw StoreError(account.user + " at " + account.url + ": already an account (id " +
                         std::to_string(existing.integer(0)) + ")");
    m_db.prepare("INSERT INTO accounts(kind, dialect, url, user, title, sync_interval, next_due) "
                 "VALUES (?, ?, ?, ?, ?, ?, 0)")
        .bind(1, accountKindName(account.kind))
        .bind(2, readerDialectName(account.dialect))
        .bind(3, account.url)
        .bind(4, account.user)
        .bind(5, account.title)
        .bind(6, account.syncInterval)
        .run();
    return m_db.lastInsertId();
}

std::optional<Account> AccountStore::account(std::int64_t id) {
    Statement query = m_db.prepare(std::string(kAccountColumns) + "WHERE id = ?");
    query.bind(1, id);
    if (!query.step()) return std::nullopt;
    return readAccount(query);
}

std::vector<Account> AccountStore::accounts() {
    Statement query = m_db.prepare(std::string(kAccountColumns) + "ORDER BY id");
    std::vector<Account> list;
    while (query.step())
        list.push_back(readAccount(query));
    return list;
}

std::vector<Account> AccountStore::dueAccounts(std::int64_t now) {
    Statement query =
        m_db.prepare(std::string(kAccountColumns) + "WHERE next_due <= ? ORDER BY id");
    query.bind(1, now);
    std::vector<Account> list;
    while (query.step())
        list.push_back(readAccount(query));
    return list;
}

void AccountStore::removeAccount(std::int64_t id) {
    Transaction transaction(m_db);
    m_db.prepare("DELETE FROM feeds WHERE id IN (SELECT feed_id FROM sync_feeds WHERE "
                 "account_id = ?)")
        .bind(1, id)
        .run();
    m_db.prepare("DELETE FROM accounts WHERE id = ?").bind(1, id).run();
    if (m_db.changes() == 0) throw StoreError("no account with id " + std::to_string(id));
    FeedStore(m_db).removeEmptyFolders();
    transaction.commit();
}

void AccountStore::recordSyncSuccess(std::int64_t id, std::int64_t now) {
    m_db.prepare("UPDATE accounts SET last_sync = ?, last_success = ?, last_error = NULL, "
                 "last_error_kind = NULL, next_due = ? + sync_interval WHERE id = ?")
        .bind(1, now)
        .bind(2, now)
        .bind(3, now)
        .bind(4, id)
        .run();
}

void AccountStore::recordSyncFailure(std::int64_t id, const std::string& error, std::int64_t now,
                                     std::string_view kind) {
    std::optional<std::string> kindName;
    if (!kind.empty()) kindName = std::string(kind);
    m_db.prepare("UPDATE accounts SET last_sync = ?, last_error = ?, last_error_kind = ?, "
                 "next_due = ? + sync_interval WHERE id = ?")
        .bind(1, now)
        .bind(2, error)
        .bind(3, kindName)
        .bind(4, now)
        .bind(5, id)
        .run();
}

std::optional<std::int64_t> AccountStore::accountOfFeed(std::int64_t feedId) {
    Statement query = m_db.prepare("SELECT account_id FROM sync_feeds WHERE feed_id = ?");
    query.bind(1, feedId);
    if (!query.step()) return std::nullopt;
    return query.integer(0);
}

std::optional<std::int64_t> AccountStore::accountOfArticle(std::int64_t articleId) {
    Statement query = m_db.prepare("SELECT account_id FROM sync_articles WHERE article_id = ?");
    query.bind(1, articleId);
    if (!query.step()) return std::nullopt;
    return query.integer(0);
}

std::optional<std::string> AccountStore::remoteFeedId(std::int64_t feedId) {
    Statement query = m_db.prepare("SELECT remote_id FROM sync_feeds WHERE feed_id = ?");
    query.bind(1, feedId);
    if (!query.step()) return std::nullopt;
    return query.text(0);
}

std::optional<std::int64_t> AccountStore::feedOfRemote(std::int64_t accountId,
                                                       const std::string& remoteId) {
    Statement query =
        m_db.prepare("SELECT feed_id FROM sync_feeds WHERE account_id = ? AND remote_id = ?");
    query.bind(1, accountId).bind(2, remoteId);
    if (!query.step()) return std::nullopt;
    return query.integer(0);
}

SubscriptionChanges
AccountStore::applySubscriptions(std::int64_t accountId, const std::vector<RemoteFolder>& folders,
                                 const std::vector<RemoteSubscription>& subscriptions,
                                 std::int64_t now) {
    SubscriptionChanges changes;
    Transaction transaction(m_db);
    FeedStore feedStore(m_db);
    std::map<std::string, std::int64_t> folderOf;
    for (const RemoteFolder& folder : folders) {
        std::int64_t local = feedStore.folderId(folder.name);
        folderOf[folder.id] = local;
        m_db.prepare("INSERT OR REPLACE INTO sync_folders(account_id, remote_id, folder_id) "
                     "VALUES (?, ?, ?)")
            .bind(1, accountId)
            .bind(2, folder.id)
            .bind(3, local)
            .run();
    }
    // A feed whose rename, move or removal waits in the queue keeps what the reader made of it.
    std::set<std::string> held;
    Statement queued = m_db.prepare("SELECT remote_id FROM sync_queue WHERE account_id = ? AND "
                                    "action IN ('unsubscribe', 'rename', 'move')");
    queued.bind(1, accountId);
    while (queued.step())
        held.insert(queued.text(0));
    std::map<std::string, std::int64_t> existing;
    Statement linked = m_db.prepare("SELECT remote_id, feed_id FROM sync_feeds WHERE "
                                    "account_id = ?");
    linked.bind(1, accountId);
    while (linked.step())
        existing[linked.text(0)] = linked.integer(1);

    Statement update =
        m_db.prepare("UPDATE feeds SET title = ?, site_link = ?, folder_id = ? WHERE id = ? AND "
                     "(title IS NOT ? OR site_link IS NOT ? OR folder_id IS NOT ?)");
    Statement urlTaken = m_db.prepare("SELECT 1 FROM feeds WHERE url = ?");
    Statement insert =
        m_db.prepare("INSERT INTO feeds(url, title, site_link, folder_id, added, next_due) "
                     "VALUES (?, ?, ?, ?, ?, 0)");
    Statement link =
        m_db.prepare("INSERT INTO sync_feeds(feed_id, account_id, remote_id) VALUES (?, ?, ?)");
    for (const RemoteSubscription& sub : subscriptions) {
        std::optional<std::int64_t> folder;
        if (sub.folderId)
            if (auto it = folderOf.find(*sub.folderId); it != folderOf.end()) folder = it->second;
        auto found = existing.find(sub.id);
        if (found != existing.end()) {
            std::int64_t feedId = found->second;
            existing.erase(found);
            if (held.contains(sub.id)) continue;
            update.bind(1, sub.title).bind(2, sub.siteLink).bind(3, folder).bind(4, feedId);
            update.bind(5, sub.title).bind(6, sub.siteLink).bind(7, folder).run();
            changes.changed += m_db.changes();
            continue;
        }
        if (held.contains(sub.id)) continue; // unsubscribed here, not yet on the server
        // The same feed may be a local subscription or another account's too: feeds.url is
        // unique, and a fragment is never sent to a server.
        std::string url = sub.url.empty() ? sub.id : sub.url;
        urlTaken.bind(1, url);
        bool taken = urlTaken.step();
        urlTaken.reset();
        if (taken) url += "#heraut-account-" + std::to_string(accountId);
        insert.bind(1, url).bind(2, sub.title).bind(3, sub.siteLink).bind(4, folder).bind(5, now);
        insert.run();
        link.bind(1, m_db.lastInsertId()).bind(2, accountId).bind(3, sub.id).run();
        ++changes.added;
    }
    Statement remove = m_db.prepare("DELETE FROM feeds WHERE id = ?");
    for (const auto& [remoteId, feedId] : existing) {
        if (held.contains(remoteId)) continue;
        remove.bind(1, feedId).run();
        ++changes.removed;
    }
    if (changes.removed > 0 || changes.changed > 0) feedStore.removeEmptyFolders();
    transaction.commit();
    return changes;
}

std::unordered_map<std::string, KnownItem> AccountStore::knownItems(std::int64_t accountId) {
    std::unordered_map<std::string, KnownItem> known;
    Statement held = m_db.prepare(
        "SELECT s.remote_id, s.article_id, st.read, st.starred FROM sync_articles s "
        "JOIN article_status st ON st.article_id = s.article_id WHERE s.account_id = ?");
    held.bind(1, accountId);
    while (held.step())
        known.emplace(held.text(0),
                      KnownItem{held.integer(1), held.integer(2) != 0, held.integer(3) != 0});
    // Retention removed these; the server still lists them (read, old): not downloaded again.
    Statement retired = m_db.prepare("SELECT r.guid FROM retired_articles r JOIN sync_feeds f "
                                     "ON f.feed_id = r.feed_id WHERE f.account_id = ?");
    retired.bind(1, accountId);
    while (retired.step())
        known.emplace(retired.text(0), KnownItem{0, true, false});
    return known;
}

ArticleChanges AccountStore::storeItems(std::int64_t accountId,
                                        const std::vector<RemoteItem>& items, std::int64_t now) {
    std::map<std::string, std::int64_t> feedOf;
    Statement feeds = m_db.prepare("SELECT remote_id, feed_id FROM sync_feeds WHERE "
                                   "account_id = ?");
    feeds.bind(1, accountId);
    while (feeds.step())
        feedOf[feeds.text(0)] = feeds.integer(1);
    std::map<std::int64_t, std::vector<const RemoteItem*>> byFeed;
    for (const RemoteItem& item : items)
        if (auto it = feedOf.find(item.feedId); it != feedOf.end())
            byFeed[it->second].push_back(&item);

    ArticleChanges changes;
    ArticleStore articles(m_db);
    Transaction transaction(m_db);
    Statement find = m_db.prepare("SELECT id FROM articles WHERE feed_id = ? AND guid = ?");
    Statement link = m_db.prepare(
        "INSERT OR IGNORE INTO sync_articles(article_id, account_id, remote_id) VALUES (?, ?, ?)");
    Statement state = m_db.prepare(
        "UPDATE article_status SET read = ?, starred = ?, read_time = CASE WHEN ? THEN "
        "coalesce(read_time, ?) END WHERE article_id = ?");
    ApplyingServerState applying(m_db);
    for (const auto& [feedId, group] : byFeed) {
        std::vector<Article> batch;
        batch.reserve(group.size());
        for (const RemoteItem* item : group)
            batch.push_back(item->article);
        ArticleChanges stored = articles.storeArticles(feedId, batch, now);
        changes.added += stored.added;
        changes.updated += stored.updated;
        for (const RemoteItem* item : group) {
            find.bind(1, feedId).bind(2, item->article.id);
            bool present = find.step();
            std::int64_t articleId = present ? find.integer(0) : 0;
            find.reset();
            if (!present) continue; // retired
            link.bind(1, articleId).bind(2, accountId).bind(3, item->id).run();
            state.bind(1, item->read).bind(2, item->starred).bind(3, item->read).bind(4, now);
            state.bind(5, articleId).run();
        }
    }
    applying.finish();
    transaction.commit();
    return changes;
}

int AccountStore::applyStates(std::int64_t accountId, const std::unordered_set<std::string>& unread,
                              const std::unordered_set<std::string>& starred, std::int64_t now) {
    m_db.setDurable(true);
    Transaction transaction(m_db);
    ApplyingServerState applying(m_db);
    Statement held =
        m_db.prepare("SELECT s.article_id, s.remote_id, st.read, st.starred, "
                     "EXISTS (SELECT 1 FROM sync_queue q WHERE q.article_id = s.article_id AND "
                     "q.action IN ('read', 'unread')), "
                     "EXISTS (SELECT 1 FROM sync_queue q WHERE q.article_id = s.article_id AND "
                     "q.action IN ('star', 'unstar')) "
                     "FROM sync_articles s JOIN article_status st ON st.article_id = s.article_id "
                     "WHERE s.account_id = ?");
    held.bind(1, accountId);
    Statement setRead = m_db.prepare("UPDATE article_status SET read = ?, read_time = CASE WHEN ? "
                                     "THEN ? END WHERE article_id = ?");
    Statement setStarred =
        m_db.prepare("UPDATE article_status SET starred = ? WHERE article_id = ?");
    int changed = 0;
    while (held.step()) {
        std::int64_t id = held.integer(0);
        std::string remote = held.text(1);
        bool read = !unread.contains(remote);
        bool star = starred.contains(remote);
        if (held.integer(4) == 0 && read != (held.integer(2) != 0)) {
            setRead.bind(1, read).bind(2, read).bind(3, now).bind(4, id).run();
            ++changed;
        }
        if (held.integer(5) == 0 && star != (held.integer(3) != 0)) {
            setStarred.bind(1, star).bind(2, id).run();
            ++changed;
        }
    }
    held.reset();
    applying.finish();
    transaction.commit();
    m_db.setDurable(false);
    return changed;
}

std::vector<QueuedChange> AccountStore::pendingChanges(std::int64_t accountId) {
    Statement query = m_db.prepare("SELECT id, account_id, action, remote_id, argument, "
                                   "article_id, queued_at FROM sync_queue WHERE account_id = ? "
                                   "ORDER BY id");
    query.bind(1, accountId);
    std::vector<QueuedChange> list;
    while (query.step()) {
        QueuedChange c;
        c.id = query.integer(0);
        c.accountId = query.integer(1);
        c.action = parseAction(query.text(2));
        c.remoteId = query.text(3);
        c.argument = query.text(4);
        c.articleId = query.optionalInteger(5);
        c.queuedAt = query.integer(6);
        list.push_back(std::move(c));
    }
    return list;
}

int AccountStore::pendingCount(std::optional<std::int64_t> accountId) {
    Statement query =
        m_db.prepare(accountId ? "SELECT count(*) FROM sync_queue WHERE account_id = ?"
                               : "SELECT count(*) FROM sync_queue");
    if (accountId) query.bind(1, *accountId);
    query.step();
    return static_cast<int>(query.integer(0));
}

std::int64_t AccountStore::enqueue(const QueuedChange& change) {
    m_db.setDurable(true);
    m_db.prepare("INSERT INTO sync_queue(account_id, action, remote_id, argument, article_id, "
                 "queued_at) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(1, change.accountId)
        .bind(2, actionName(change.action))
        .bind(3, change.remoteId)
        .bind(4, change.argument)
        .bind(5, change.articleId)
        .bind(6, change.queuedAt)
        .run();
    std::int64_t id = m_db.lastInsertId();
    m_db.setDurable(false);
    return id;
}

std::int64_t AccountStore::queueSubscribe(std::int64_t accountId, const std::string& url,
                                          const std::string& folder, std::int64_t now) {
    if (!account(accountId)) throw StoreError("no account with id " + std::to_string(accountId));
    QueuedChange change;
    change.accountId = accountId;
    change.action = QueuedChange::Action::Subscribe;
    change.remoteId = url;
    change.argument = folder;
    change.queuedAt = now;
    return enqueue(change);
}

bool AccountStore::isQueued(std::int64_t queueId) {
    Statement query = m_db.prepare("SELECT 1 FROM sync_queue WHERE id = ?");
    query.bind(1, queueId);
    return query.step();
}

void AccountStore::queueFeedChange(std::int64_t feedId, QueuedChange::Action action,
                                   const std::string& argument, std::int64_t now) {
    // No durability switch here: callers may be inside their own transaction (remove).
    m_db.prepare("INSERT INTO sync_queue(account_id, action, remote_id, argument, queued_at) "
                 "SELECT account_id, ?, remote_id, ?, ? FROM sync_feeds WHERE feed_id = ?")
        .bind(1, actionName(action))
        .bind(2, argument)
        .bind(3, now)
        .bind(4, feedId)
        .run();
}

void AccountStore::confirm(const std::vector<std::int64_t>& queueIds) {
    m_db.setDurable(true);
    Transaction transaction(m_db);
    Statement remove = m_db.prepare("DELETE FROM sync_queue WHERE id = ?");
    for (std::int64_t id : queueIds)
        remove.bind(1, id).run();
    transaction.commit();
    m_db.setDurable(false);
}

} // namespace heraut
