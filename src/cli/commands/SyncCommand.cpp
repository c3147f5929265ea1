// SPDX-License-Identifier: GPL-3.0-or-later
// `sync`: accounts on server readers, now.
#include "Commands.h"
#include "Library.h"
#include "SyncOutput.h"
#include "heraut/AccountStore.h"

#include <csignal>
#include <iostream>

namespace heraut::cli {
namespace {

std::atomic<bool> g_interrupted{false};

class SyncCommand : public Command {
  public:
    const char* name() const override { return "sync"; }
    const char* summary() const override {
        return "Sync with server readers (every account, or --account ID)";
    }
    void configure(CLI::App& app) override {
        app.add_option("--account", m_accounts, "Only this account (repeatable)")
            ->check(nonEmpty());
        app.add_flag("--json", m_json, "Print the summary as JSON on stdout");
        app.add_flag("--quiet", m_quiet, "No progress lines");
    }
    int execute(const GlobalOptions& global) override {
        SyncOptions options;
        for (const std::string& id : m_accounts)
            options.accountIds.push_back(parseId(id, "account"));
        auto db = openDatabase(global);
        for (std::int64_t id : options.accountIds)
            if (!AccountStore(*db).account(id))
                throw UsageError("no account with id " + std::to_string(id));
        std::string path = db->path();
        db.reset();
        std::signal(SIGINT, [](int) { g_interrupted = true; });
        SyncProgressPrinter printer;
        SyncSummary s =
            Synchroniser(path).run(options, m_quiet ? nullptr : &printer, &g_interrupted);
        if (m_json) std::cout << syncSummaryJson(s).dump() << '\n';
        printSyncSummary(s);
        return s.failed > 0 || s.cancelled ? kPartialFailure : kSuccess;
    }

  private:
    std::vector<std::string> m_accounts;
    bool m_json = false;
    bool m_quiet = false;
};

} // namespace

std::unique_ptr<Command> makeSyncCommand() {
    return std::make_unique<SyncCommand>();
}

} // namespace heraut::cli
