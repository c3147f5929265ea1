// SPDX-License-Identifier: GPL-3.0-or-later
// The database file itself: check it for damage, repair it.
#include "Commands.h"
#include "Library.h"
#include "heraut/DatabaseRepair.h"
#include "heraut/Subscriptions.h"

#include <iostream>

namespace heraut::cli {
namespace {

// SQLite's words, a line each, without the "*** in database main ***" headers it adds.
void printProblem(const std::string& problem) {
    size_t start = 0;
    while (start < problem.size()) {
        size_t end = problem.find('\n', start);
        if (end == std::string::npos) end = problem.size();
        std::string_view line(problem.data() + start, end - start);
        if (!line.empty() && line.rfind("***", 0) != 0) std::cout << "  " << line << '\n';
        start = end + 1;
    }
}

class CheckCommand : public Command {
  public:
    const char* name() const override { return "check"; }
    const char* summary() const override {
        return "Check the database file for damage (exit 0 when sound, 1 when damaged)";
    }
    void configure(CLI::App& app) override {
        app.add_flag("--quick", m_quick, "Skip the slower check of indexes against tables");
        app.add_flag("--json", m_json, "Print JSON");
    }
    int execute(const GlobalOptions& global) override {
        std::string path = databasePath(global, OpenMode::Existing);
        IntegrityReport report;
        try {
            report = checkDatabase(path, m_quick);
        } catch (const StoreError& error) {
            throw UsageError(error.what()); // no such file
        }
        if (m_json) {
            nlohmann::ordered_json json = {
                {"file", path}, {"ok", report.ok}, {"problems", report.problems}};
            std::cout << json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        } else if (report.ok) {
            std::cout << path << ": ok\n";
        } else {
            std::cout << path << ": damaged\n";
            for (const std::string& problem : report.problems)
                printProblem(problem);
            std::cout << "heraut-cli repair copies everything readable into a new file and "
                         "keeps the damaged one beside it.\n";
        }
        return report.ok ? kSuccess : kPartialFailure;
    }

  private:
    bool m_quick = false;
    bool m_json = false;
};

class RepairCommand : public Command {
  public:
    const char* name() const override { return "repair"; }
    const char* summary() const override {
        return "Copy everything readable of a damaged database into a new file, keeping the "
               "damaged one beside it";
    }
    void configure(CLI::App& app) override {
        app.add_flag("--force", m_force, "Repair even when the check finds no damage");
        app.add_flag("--json", m_json, "Print JSON");
    }
    int execute(const GlobalOptions& global) override {
        std::string path = databasePath(global, OpenMode::Existing);
        try {
            if (!m_force && checkDatabase(path, true).ok) {
                std::cout << path
                          << ": no damage found, nothing to repair (--force repairs "
                             "anyway)\n";
                return kSuccess;
            }
        } catch (const StoreError& error) {
            throw UsageError(error.what()); // no such file
        }
        RepairReport r = repairDatabase(path, currentTime());
        if (m_json) {
            nlohmann::ordered_json json = {{"file", path},
                                           {"damaged_copy", r.damagedCopy},
                                           {"folders", r.folders},
                                           {"feeds", r.feeds},
                                           {"articles", r.articles},
                                           {"read", r.read},
                                           {"starred", r.starred},
                                           {"unreadable_stretches", r.unreadableStretches},
                                           {"unreadable_tables", r.unreadableTables},
                                           {"placeholder_feeds", r.placeholderFeeds},
                                           {"articles_without_body", r.articlesWithoutBody},
                                           {"articles_without_status", r.articlesWithoutStatus}};
            std::cout << json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
            return kSuccess;
        }
        std::cout << path << ": repaired\n"
                  << "  recovered " << r.feeds << " feeds, " << r.folders << " folders, "
                  << r.articles << " articles (" << r.read << " read, " << r.starred
                  << " starred)\n"
                  << "  the damaged file is kept as " << r.damagedCopy << '\n';
        if (r.unreadableStretches > 0)
            std::cout << "  " << r.unreadableStretches
                      << " stretches of rows could not be read and are lost\n";
        for (const std::string& table : r.unreadableTables)
            std::cout << "  table " << table << " could not be read at all\n";
        if (r.placeholderFeeds > 0)
            std::cout << "  " << r.placeholderFeeds
                      << " feeds were lost; their articles are kept under \"Recovered feed N\"\n";
        if (r.articlesWithoutBody > 0)
            std::cout << "  " << r.articlesWithoutBody
                      << " articles lost their text; a refresh fetches it again\n";
        if (r.articlesWithoutStatus > 0)
            std::cout << "  " << r.articlesWithoutStatus
                      << " articles lost their read and starred state and show as unread\n";
        return kSuccess;
    }

  private:
    bool m_force = false;
    bool m_json = false;
};

} // namespace

std::unique_ptr<Command> makeCheckCommand() {
    return std::make_unique<CheckCommand>();
}
std::unique_ptr<Command> makeRepairCommand() {
    return std::make_unique<RepairCommand>();
}

} // namespace heraut::cli
