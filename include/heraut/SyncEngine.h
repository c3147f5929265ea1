// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Account.h"
#include "heraut/AccountStore.h"
#include "heraut/Database.h"
#include "heraut/Fetcher.h"
#include "heraut/SyncClient.h"

#include <atomic>
#include <map>
#include <string>
#include <vector>

namespace heraut {

// A queued change the server answered it will not make (SyncError::Kind::Refused): it left the
// queue, so that it does not hold back the changes behind it at every sync.
struct RefusedChange {
    QueuedChange change;
    std::string error; // the server's reason, for a person
};

// What one account's sync did.
struct AccountSyncResult {
    std::int64_t accountId = 0;
    bool ok = false;
    int subscriptions = 0;       // the account's subscriptions after the sync
    int subscriptionChanges = 0; // added + removed + changed
    int newArticles = 0;         // downloaded and stored
    int pushed = 0;              // queued changes the server confirmed
    int pulledStateChanges = 0;  // read/starred flags changed by the server's state
    int pending = 0;             // queued changes left
    std::string error;           // when !ok, for a person (English: the CLI's and the log's)
    std::optional<SyncError::Kind> errorKind;       // absent: the cache failed (storeErrorKind)
    Failure errorCause;                             // SyncError::cause()
    std::optional<StoreError::Kind> storeErrorKind; // when the cache failed during the sync
    std::vector<RefusedChange> refused;             // even when ok
    // Queued Subscribe changes the server confirmed: queue id -> the new RemoteSubscription::id.
    std::map<std::int64_t, std::string> subscribed;
};

// The summary: {"accounts", "subscriptions", "new_articles", "pushed",
// "pulled_state_changes", "pending", "failed"}.
struct SyncSummary {
    int accounts = 0;
    int subscriptions = 0;
    int newArticles = 0;
    int pushed = 0;
    int pulledStateChanges = 0;
    int pending = 0;
    int failed = 0;
    bool cancelled = false;
    std::vector<AccountSyncResult> results;
};

// Where a sync is, as a step a reader's language can word, with its numbers.
struct SyncStage {
    enum class Step { LoggingIn, SendingChanges, Subscriptions, ItemIds, Articles, States };
    Step step = Step::LoggingIn;
    int done = 0;  // Articles: downloaded so far
    int total = 0; // SendingChanges: changes queued; Articles: articles to download
};

// "logging in", "sending 3 changes", "subscriptions", "item ids", "articles 2000/5000", ...:
// English, for the CLI and logs.
std::string syncStageText(const SyncStage& stage);

// Progress, called on the sync's thread (a GUI hands it to its event loop).
class SyncObserver {
  public:
    virtual ~SyncObserver() = default;
    virtual void progress(const Account& /*account*/, const SyncStage& /*stage*/) {}
    virtual void accountDone(const AccountSyncResult& /*result*/) {}
};

// Runs one account's sync through a client, in this order: log in; push the queue (confirmed
// entries leave it); pull folders and subscriptions; pull the id sets (all within the window,
// unread, starred) and download only the items not held yet, a batch per transaction (so a
// server lost mid-sync keeps what arrived, and the next sync resumes); apply the read and starred
// sets. Conflicts: a queued, unconfirmed local change wins; otherwise the server's state is the
// truth. Nothing is ever pushed that the reader did not change locally. A failed login or an
// answer that is not the protocol changes nothing locally. A sync that fails midway (the server
// gone, an HTTP error, a timeout) keeps the batches already stored and every queued change the
// server did not confirm; the next sync downloads only what is still missing.
class SyncEngine {
  public:
    explicit SyncEngine(Database& db) : m_db(db) {}

    // Seconds back that "All" ids are listed on a first sync; later syncs use the same window
    // (ids are cheap; contents are downloaded only once).
    static constexpr std::int64_t kWindowSeconds = 90 * 86400;

    AccountSyncResult sync(const Account& account, SyncClient& client, std::int64_t now,
                           SyncObserver* observer = nullptr,
                           const std::atomic<bool>* cancelled = nullptr);

  private:
    Database& m_db;
};

struct SyncOptions {
    std::vector<std::int64_t> accountIds; // only these (due or not); empty: see `force`
    bool force = true;                    // every account; false: only those due
    std::int64_t now = 0;                 // 0: the system clock
    FetchOptions fetch;
};

// Syncs accounts of one database file: opens its own connection, takes passwords from the
// CredentialStore, makes each account's client (makeSyncClient) and runs the SyncEngine. One
// failing account never stops the others. For the CLI's `sync` and `refresh` and the GUI's
// worker thread.
class Synchroniser {
  public:
    explicit Synchroniser(std::string databasePath) : m_databasePath(std::move(databasePath)) {}

    SyncSummary run(const SyncOptions& options, SyncObserver* observer = nullptr,
                    const std::atomic<bool>* cancelled = nullptr);

  private:
    std::string m_databasePath;
};

} // namespace heraut
