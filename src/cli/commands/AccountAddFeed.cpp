// SPDX-License-Identifier: GPL-3.0-or-later
// `add URL --account ID`: subscribing in a server reader account. The server finds and fetches
// the feed; the change is queued first (so a server that is down loses nothing) and sent by a
// sync of that account, run at once, which also brings the feed into the list.
#include "Commands.h"
#include "Library.h"
#include "SyncOutput.h"
#include "heraut/AccountStore.h"
#include "heraut/FeedStore.h"
#include "heraut/FeedUrl.h"
#include "heraut/SyncEngine.h"

#include <algorithm>
#include <iostream>

namespace heraut::cli {
namespace {

// By id, or by the title `account list` shows (its own, else "user@host").
Account findAccount(AccountStore& store, const std::string& name) {
    bool numeric = !name.empty() && std::all_of(name.begin(), name.end(),
                                                [](char c) { return c >= '0' && c <= '9'; });
    for (const Account& account : store.accounts())
        if ((numeric && std::to_string(account.id) == name) || account.displayTitle() == name)
            return account;
    throw UsageError("no account \"" + name + "\" (see `heraut-cli account list`)");
}

bool alreadyInAccount(Database& db, std::int64_t accountId, const std::string& url) {
    FeedStore feeds(db);
    AccountStore accounts(db);
    // A feed that is also local or another account's is stored with a fragment (AccountStore).
    for (const std::string& stored : {url, url + "#heraut-account-" + std::to_string(accountId)})
        if (auto feed = feeds.feedByUrl(stored))
            if (accounts.accountOfFeed(feed->id) == accountId) return true;
    return false;
}

void reportRefused(const AccountSyncResult& result) {
    for (const RefusedChange& refused : result.refused)
        std::cerr << "heraut-cli: add: " << withoutPasswords(refused.error) << '\n';
}

} // namespace

int addToAccount(const GlobalOptions& global, const AccountFeedRequest& request) {
    std::string shown = withoutPasswords(request.url);
    if (auto problem = feedUrlProblem(request.url)) throw UsageError(shown + ": " + *problem);
    auto db = openDatabase(global);
    AccountStore store(*db);
    Account account = findAccount(store, request.account);
    if (alreadyInAccount(*db, account.id, request.url))
        throw UsageError(shown + ": already subscribed in " + account.displayTitle());
    std::int64_t queued =
        store.queueSubscribe(account.id, request.url, request.folder, currentTime());
    std::string path = db->path();
    db.reset();

    SyncOptions options;
    options.accountIds = {account.id};
    SyncProgressPrinter printer;
    SyncSummary summary = Synchroniser(path).run(options, request.quiet ? nullptr : &printer);
    const AccountSyncResult& result = summary.results.front();
    reportRefused(result);
    auto subscribed = result.subscribed.find(queued);
    if (subscribed == result.subscribed.end()) {
        bool refused = std::any_of(result.refused.begin(), result.refused.end(),
                                   [&](const RefusedChange& r) { return r.change.id == queued; });
        if (!refused)
            std::cerr << "heraut-cli: add: " << withoutPasswords(result.error)
                      << "\nThe subscription waits in the queue; the next sync sends it.\n";
        return kPartialFailure;
    }
    db = openDatabase(global);
    auto feedId = AccountStore(*db).feedOfRemote(account.id, subscribed->second);
    auto feed = feedId ? FeedStore(*db).feed(*feedId) : std::nullopt;
    if (!feed) { // subscribed, but the sync failed before it listed the subscriptions
        std::cerr << "heraut-cli: add: subscribed in " << account.displayTitle()
                  << "; the next sync brings it in: " << withoutPasswords(result.error) << '\n';
        return kPartialFailure;
    }
    ArticleQuery query;
    query.feedId = feed->id;
    std::cout << feed->id << '\t' << withoutPasswords(feed->url) << '\t' << feed->title << '\t'
              << articleCount(ArticleStore(*db).count(query)) << '\n';
    return result.ok ? kSuccess : kPartialFailure;
}

} // namespace heraut::cli
