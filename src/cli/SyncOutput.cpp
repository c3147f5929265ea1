// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncOutput.h"

#include "heraut/FeedUrl.h"

#include <iostream>

namespace heraut::cli {

void SyncProgressPrinter::progress(const Account& account, const SyncStage& stage) {
    std::cerr << "[account " << account.id << "] " << syncStageText(stage) << '\n';
}

void SyncProgressPrinter::accountDone(const AccountSyncResult& r) {
    std::cerr << "[account " << r.accountId << "] ";
    if (r.ok)
        std::cerr << r.newArticles << " new articles, " << r.pushed << " changes sent, "
                  << r.pulledStateChanges << " read/star changes pulled";
    else
        std::cerr << "FAILED: " << withoutPasswords(r.error);
    if (r.pending) std::cerr << "; " << r.pending << " changes waiting to sync";
    std::cerr << '\n';
    for (const RefusedChange& refused : r.refused)
        std::cerr << "[account " << r.accountId
                  << "] refused, left the queue: " << withoutPasswords(refused.error) << '\n';
}

nlohmann::ordered_json syncSummaryJson(const SyncSummary& s) {
    nlohmann::ordered_json results = nlohmann::ordered_json::array();
    for (const AccountSyncResult& r : s.results) {
        nlohmann::ordered_json one = {{"account", r.accountId},
                                      {"ok", r.ok},
                                      {"subscriptions", r.subscriptions},
                                      {"new_articles", r.newArticles},
                                      {"pushed", r.pushed},
                                      {"pulled_state_changes", r.pulledStateChanges},
                                      {"pending", r.pending}};
        if (!r.refused.empty()) {
            one["refused"] = nlohmann::ordered_json::array();
            for (const RefusedChange& refused : r.refused)
                one["refused"].push_back(withoutPasswords(refused.error));
        }
        if (!r.ok) {
            one["error"] = withoutPasswords(r.error);
            one["error_kind"] = r.errorKind ? syncErrorKindName(*r.errorKind) : "other";
        }
        results.push_back(std::move(one));
    }
    return {{"accounts", s.accounts},
            {"subscriptions", s.subscriptions},
            {"new_articles", s.newArticles},
            {"pushed", s.pushed},
            {"pulled_state_changes", s.pulledStateChanges},
            {"pending", s.pending},
            {"failed", s.failed},
            {"results", results}};
}

void printSyncSummary(const SyncSummary& s) {
    std::cerr << s.accounts << (s.accounts == 1 ? " account: " : " accounts: ") << s.newArticles
              << " new articles, " << s.pushed << " changes sent, " << s.pulledStateChanges
              << " pulled, " << s.pending << " waiting, " << s.failed << " failed"
              << (s.cancelled ? " (cancelled)" : "") << '\n';
}

} // namespace heraut::cli
