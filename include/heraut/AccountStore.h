// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Account.h"
#include "heraut/ArticleStore.h"
#include "heraut/Database.h"
#include "heraut/SyncClient.h"

#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace heraut {

// A change the reader made to something an account owns, kept until the server confirmed it.
// Read and star changes are queued by the database itself (a trigger on article_status), so
// every path that marks an article (GUI, CLI, mark-all-read) queues; the sync engine's own
// writes do not.
struct QueuedChange {
    enum class Action { Read, Unread, Star, Unstar, Subscribe, Unsubscribe, Rename, Move };
    std::int64_t id = 0; // queue position; confirm() takes these
    std::int64_t accountId = 0;
    Action action = Action::Read;
    std::string remoteId; // the item's (read..unstar) or the subscription's remote id; the URL
                          // for Subscribe
    std::string argument; // Rename: the title; Move/Subscribe: the folder name ("" top level)
    std::optional<std::int64_t> articleId; // local article, for read..unstar
    std::int64_t queuedAt = 0;
};

// What an account's articles look like locally, by remote id.
struct KnownItem {
    std::int64_t articleId = 0; // 0: retention removed it (it must not be downloaded again)
    bool read = false;
    bool starred = false;
};

struct SubscriptionChanges {
    int added = 0;
    int removed = 0;
    int changed = 0; // title, site link or folder
};

// Accounts, what they own (feeds, folders, articles, each with its remote id) and the queue of
// local changes. The only code with sync SQL. Feeds owned by an account are ordinary rows of
// `feeds` (so lists, search and full articles work on them) that the refresher never fetches.
class AccountStore {
  public:
    explicit AccountStore(Database& db) : m_db(db) {}

    // Throws StoreError when the same kind, URL and user are already there.
    std::int64_t addAccount(const Account& account);
    std::optional<Account> account(std::int64_t id);
    std::vector<Account> accounts();
    std::vector<Account> dueAccounts(std::int64_t now);
    // Removes the account with its feeds, their articles, folders left empty and its queue.
    // Throws StoreError for an unknown id.
    void removeAccount(std::int64_t id);
    void recordSyncSuccess(std::int64_t id, std::int64_t now);
    // `kind`: syncErrorKindName() of the failure ("unreachable", ...); empty when it has none.
    void recordSyncFailure(std::int64_t id, const std::string& error, std::int64_t now,
                           std::string_view kind = {});

    // Which account owns a feed or an article; absent for local ones.
    std::optional<std::int64_t> accountOfFeed(std::int64_t feedId);
    std::optional<std::int64_t> accountOfArticle(std::int64_t articleId);
    std::optional<std::string> remoteFeedId(std::int64_t feedId);
    std::optional<std::int64_t> feedOfRemote(std::int64_t accountId, const std::string& remoteId);

    // Makes the account's feeds and folders what the server listed, in one transaction: new
    // ones added, gone ones removed with their articles, titles and folders updated. A feed with
    // a queued Subscribe/Unsubscribe/Rename/Move keeps its local state until that is confirmed.
    SubscriptionChanges applySubscriptions(std::int64_t accountId,
                                           const std::vector<RemoteFolder>& folders,
                                           const std::vector<RemoteSubscription>& subscriptions,
                                           std::int64_t now);

    // Every item of the account the cache holds or retired, by remote id.
    std::unordered_map<std::string, KnownItem> knownItems(std::int64_t accountId);

    // Stores items (one transaction) with the server's read and starred state; items of a
    // subscription not (or no longer) known are skipped. Returns what was stored.
    ArticleChanges storeItems(std::int64_t accountId, const std::vector<RemoteItem>& items,
                              std::int64_t now);

    // Sets read = not in `unread`, starred = in `starred` for every item of the account the
    // cache holds, except where a queued change of that flag waits (the reader's unconfirmed
    // change wins). Not queued. Returns how many flags changed.
    int applyStates(std::int64_t accountId, const std::unordered_set<std::string>& unread,
                    const std::unordered_set<std::string>& starred, std::int64_t now);

    // The queue, oldest first.
    std::vector<QueuedChange> pendingChanges(std::int64_t accountId);
    int pendingCount(std::optional<std::int64_t> accountId = std::nullopt);
    // Returns the queue id.
    std::int64_t enqueue(const QueuedChange& change);
    // The reader subscribed to `url` in an account, in `folder` ("" top level): queued for its
    // server, which finds the feed (a web page's too) and lists it from the next sync on. Returns
    // the queue id (AccountSyncResult::subscribed / refused name it). Throws StoreError for an
    // unknown account.
    std::int64_t queueSubscribe(std::int64_t accountId, const std::string& url,
                                const std::string& folder, std::int64_t now);
    // Whether the account's queue still holds this entry (not yet confirmed by the server).
    bool isQueued(std::int64_t queueId);
    // The reader unsubscribed, renamed (argument: the title) or moved (argument: the folder, ""
    // for none) a feed: queued for its account's server. Nothing for a local feed. Call before
    // the local change: removing the feed forgets its remote id.
    void queueFeedChange(std::int64_t feedId, QueuedChange::Action action,
                         const std::string& argument, std::int64_t now);
    // The server confirmed these: they leave the queue.
    void confirm(const std::vector<std::int64_t>& queueIds);

  private:
    Database& m_db;
};

} // namespace heraut
