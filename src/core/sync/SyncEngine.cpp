// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/SyncEngine.h"

#include "heraut/AccountStore.h"
#include "heraut/ArrivalRules.h"
#include "heraut/CredentialStore.h"
#include "heraut/GoogleReaderClient.h"
#include "heraut/TinyTinyRssClient.h"

#include <algorithm>
#include <ctime>
#include <map>
#include <unordered_set>

namespace heraut {
namespace {

using Action = QueuedChange::Action;

// One subscription change, sent alone. A change the server refuses leaves the queue and is
// reported: sending it again cannot help, and it must not hold back the changes behind it. Any
// other failure ends the sync with the change still queued.
void pushFeedChange(const QueuedChange& change, SyncClient& client, AccountStore& store,
                    AccountSyncResult& result) {
    std::optional<std::string> folder;
    if (!change.argument.empty()) folder = change.argument;
    try {
        switch (change.action) {
        case Action::Subscribe:
            result.subscribed[change.id] = client.subscribe(change.remoteId, folder);
            break;
        case Action::Unsubscribe:
            client.unsubscribe(change.remoteId);
            break;
        case Action::Rename:
            client.rename(change.remoteId, change.argument);
            break;
        case Action::Move:
            client.move(change.remoteId, folder);
            break;
        default:
            return;
        }
        ++result.pushed;
    } catch (const SyncError& error) {
        if (error.kind() != SyncError::Kind::Refused) throw;
        result.refused.push_back({change, error.what()});
    }
    store.confirm({change.id});
}

// Sends the queue, oldest first within each kind; each batch leaves the queue as soon as the
// server confirmed it, so a server lost halfway keeps only what it did not confirm.
void pushQueue(const Account& account, SyncClient& client, AccountStore& store,
               AccountSyncResult& result) {
    std::vector<QueuedChange> queue = store.pendingChanges(account.id);
    std::map<Action, std::vector<const QueuedChange*>> marks;
    for (const QueuedChange& change : queue) {
        if (change.action == Action::Read || change.action == Action::Unread ||
            change.action == Action::Star || change.action == Action::Unstar)
            marks[change.action].push_back(&change); // sent in batches below
        else
            pushFeedChange(change, client, store, result);
    }
    size_t batch = std::max<size_t>(1, client.editBatchSize());
    for (const auto& [action, changes] : marks) {
        for (size_t at = 0; at < changes.size(); at += batch) {
            std::vector<std::string> ids;
            std::vector<std::int64_t> queued;
            for (size_t i = at; i < std::min(changes.size(), at + batch); ++i) {
                ids.push_back(changes[i]->remoteId);
                queued.push_back(changes[i]->id);
            }
            if (action == Action::Read || action == Action::Unread)
                client.setRead(ids, action == Action::Read);
            else
                client.setStarred(ids, action == Action::Star);
            store.confirm(queued);
            result.pushed += static_cast<int>(ids.size());
        }
    }
}

// Ids the server lists that the cache neither holds nor retired, in the order listed.
std::vector<std::string> missingIds(const std::vector<std::vector<std::string>*>& lists,
                                    const std::unordered_map<std::string, KnownItem>& known) {
    std::vector<std::string> missing;
    std::unordered_set<std::string> wanted;
    for (const auto* list : lists)
        for (const std::string& id : *list)
            if (!known.contains(id) && wanted.insert(id).second) missing.push_back(id);
    return missing;
}

std::string_view kindName(const AccountSyncResult& result) {
    return result.errorKind ? syncErrorKindName(*result.errorKind) : std::string_view();
}

} // namespace

std::string syncStageText(const SyncStage& stage) {
    switch (stage.step) {
    case SyncStage::Step::LoggingIn:
        return "logging in";
    case SyncStage::Step::SendingChanges:
        return "sending " + std::to_string(stage.total) + " changes";
    case SyncStage::Step::Subscriptions:
        return "subscriptions";
    case SyncStage::Step::ItemIds:
        return "item ids";
    case SyncStage::Step::Articles:
        return "articles " + std::to_string(stage.done) + "/" + std::to_string(stage.total);
    case SyncStage::Step::States:
        break;
    }
    return "read and starred state";
}

AccountSyncResult SyncEngine::sync(const Account& account, SyncClient& client, std::int64_t now,
                                   SyncObserver* observer, const std::atomic<bool>* cancelled) {
    AccountSyncResult result;
    result.accountId = account.id;
    AccountStore store(m_db);
    auto stage = [&](SyncStage::Step step, std::size_t done = 0, std::size_t total = 0) {
        if (observer)
            observer->progress(account, {step, static_cast<int>(done), static_cast<int>(total)});
    };
    auto stopped = [&] { return cancelled && cancelled->load(); };
    try {
        stage(SyncStage::Step::LoggingIn);
        client.login();
        if (int waiting = store.pendingCount(account.id); waiting > 0)
            stage(SyncStage::Step::SendingChanges, 0, static_cast<std::size_t>(waiting));
        pushQueue(account, client, store, result);
        stage(SyncStage::Step::Subscriptions);
        std::vector<RemoteFolder> folders = client.folders();
        std::vector<RemoteSubscription> subscriptions = client.subscriptions();
        SubscriptionChanges changes =
            store.applySubscriptions(account.id, folders, subscriptions, now);
        result.subscriptions = static_cast<int>(subscriptions.size());
        result.subscriptionChanges = changes.added + changes.removed + changes.changed;
        stage(SyncStage::Step::ItemIds);
        std::vector<std::string> all = client.itemIds(ItemSet::All, now - kWindowSeconds);
        std::vector<std::string> unread = client.itemIds(ItemSet::Unread);
        std::vector<std::string> starred = client.itemIds(ItemSet::Starred);
        std::vector<std::string> missing =
            missingIds({&unread, &starred, &all}, store.knownItems(account.id));
        size_t batch = std::max<size_t>(1, client.itemBatchSize());
        ArticleStore articles(m_db);
        for (size_t at = 0; at < missing.size() && !stopped(); at += batch) {
            stage(SyncStage::Step::Articles, at, missing.size());
            std::vector<std::string> ids(missing.begin() + static_cast<std::ptrdiff_t>(at),
                                         missing.begin() + static_cast<std::ptrdiff_t>(std::min(
                                                               missing.size(), at + batch)));
            ArticleChanges stored = store.storeItems(account.id, client.items(ids), now);
            result.newArticles += stored.added;
            articles.indexBacklog();
        }
        if (stopped()) throw SyncError(SyncError::Kind::Cancelled, "cancelled");
        stage(SyncStage::Step::States);
        result.pulledStateChanges = store.applyStates(
            account.id, std::unordered_set<std::string>(unread.begin(), unread.end()),
            std::unordered_set<std::string>(starred.begin(), starred.end()), now);
        store.recordSyncSuccess(account.id, now);
        result.ok = true;
    } catch (const SyncError& error) {
        result.error = error.what();
        result.errorKind = error.kind();
        result.errorCause = error.cause();
    } catch (const StoreError& error) {
        result.error = error.what();
        result.storeErrorKind = error.kind();
    } catch (const std::exception& error) { // one account's failure never ends the others'
        result.error = account.displayTitle() + ": " + error.what();
        result.errorKind = SyncError::Kind::Other;
    }
    if (!result.ok) {
        try {
            store.recordSyncFailure(account.id, result.error, now, kindName(result));
        } catch (const StoreError&) { // the error itself is reported; the note can wait
        }
    }
    result.pending = store.pendingCount(account.id);
    if (observer) observer->accountDone(result);
    return result;
}

std::unique_ptr<SyncClient> makeSyncClient(const Account& account, const std::string& password,
                                           const FetchOptions& fetch) {
    switch (account.kind) {
    case AccountKind::GoogleReader:
        return makeGoogleReaderClient(account, password, fetch);
    case AccountKind::TinyTinyRss:
        break;
    }
    return makeTinyTinyRssClient(account, password, fetch);
}

SyncSummary Synchroniser::run(const SyncOptions& options, SyncObserver* observer,
                              const std::atomic<bool>* cancelled) {
    std::int64_t now = options.now ? options.now : static_cast<std::int64_t>(std::time(nullptr));
    Database db(m_databasePath);
    AccountStore store(db);
    std::vector<Account> chosen;
    if (!options.accountIds.empty()) {
        for (std::int64_t id : options.accountIds) {
            auto account = store.account(id);
            if (!account) throw StoreError("no account with id " + std::to_string(id));
            chosen.push_back(*account);
        }
    } else {
        chosen = options.force ? store.accounts() : store.dueAccounts(now);
    }
    CredentialStore credentials(m_databasePath);
    SyncSummary summary;
    for (const Account& account : chosen) {
        if (cancelled && cancelled->load()) {
            summary.cancelled = true;
            break;
        }
        AccountSyncResult result;
        result.accountId = account.id;
        auto password = credentials.password(account);
        if (!password) {
            result.error = account.displayTitle() +
                           ": no password stored; add the account again with its password";
            result.errorKind = SyncError::Kind::NoPassword;
            result.pending = store.pendingCount(account.id);
            store.recordSyncFailure(account.id, result.error, now, kindName(result));
            if (observer) observer->accountDone(result);
        } else {
            try {
                auto client = makeSyncClient(account, *password, options.fetch);
                result = SyncEngine(db).sync(account, *client, now, observer, cancelled);
            } catch (const SyncError& error) { // no client for this kind of account
                result.error = error.what();
                result.errorKind = error.kind();
                result.errorCause = error.cause();
                result.pending = store.pendingCount(account.id);
                store.recordSyncFailure(account.id, result.error, now, kindName(result));
                if (observer) observer->accountDone(result);
            }
        }
        ++summary.accounts;
        summary.subscriptions += result.subscriptions;
        summary.newArticles += result.newArticles;
        summary.pushed += result.pushed;
        summary.pulledStateChanges += result.pulledStateChanges;
        summary.pending += result.pending;
        summary.failed += result.ok ? 0 : 1;
        summary.results.push_back(std::move(result));
    }
    if (summary.newArticles > 0) {
        try {
            applyArrivalRules(db, now);
        } catch (const StoreError&) {
            // The articles are stored; the next refresh or sync applies them (ArrivalRules.h).
        }
    }
    return summary;
}

} // namespace heraut
