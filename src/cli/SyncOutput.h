// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/SyncEngine.h"

#include <nlohmann/json.hpp>

namespace heraut::cli {

// Progress of a sync on stderr, one line per stage and account, so stdout stays free for JSON.
class SyncProgressPrinter : public SyncObserver {
  public:
    void progress(const Account& account, const SyncStage& stage) override;
    void accountDone(const AccountSyncResult& result) override;
};

// The summary: {"accounts", "subscriptions", "new_articles", "pushed",
// "pulled_state_changes", "pending", "failed"}, and per account its result.
nlohmann::ordered_json syncSummaryJson(const SyncSummary& summary);

// "2 accounts: 15 new articles, 3 changes sent, 4 pulled, 0 waiting, 0 failed" on stderr.
void printSyncSummary(const SyncSummary& summary);

} // namespace heraut::cli
