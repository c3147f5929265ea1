// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "commands/Commands.h"
#include "heraut/Database.h"
#include "heraut/FeedUrl.h"
#include "heraut/Version.h"

#include <cstdlib>
#include <iostream>

namespace heraut::cli {

std::vector<std::unique_ptr<Command>> commands() {
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(makeInitCommand());
    list.push_back(makeAddCommand());
    list.push_back(makeRemoveCommand());
    list.push_back(makeRenameCommand());
    list.push_back(makeMoveCommand());
    list.push_back(makeFeedsCommand());
    list.push_back(makeRefreshCommand());
    list.push_back(makeListCommand());
    list.push_back(makeShowCommand());
    for (int mark = 0; mark < 4; ++mark)
        list.push_back(makeMarkCommand(mark));
    list.push_back(makeMarkAllReadCommand());
    list.push_back(makeSearchCommand());
    list.push_back(makeImportOpmlCommand());
    list.push_back(makeExportOpmlCommand());
    list.push_back(makeParseCommand());
    list.push_back(makeCheckCommand());
    list.push_back(makeRepairCommand());
    list.push_back(makeExtractCommand());
    list.push_back(makeFeedSetCommand());
    list.push_back(makeFetchArticleCommand());
    list.push_back(makeShowStoryCommand());
    list.push_back(makeWatchCommand());
    list.push_back(makeMuteCommand());
    list.push_back(makeBriefingCommand());
    list.push_back(makeAccountCommand());
    list.push_back(makeSyncCommand());
    return list;
}

namespace {

// What the user can do about a failure of the cache, after SQLite's own words.
std::string storeHint(heraut::StoreError::Kind kind) {
    using Kind = heraut::StoreError::Kind;
    switch (kind) {
    case Kind::Busy:
        return " (another program, the reader or a refresh, is writing to it: try again in a "
               "moment)";
    case Kind::Damaged:
        return " (the file is damaged: `heraut-cli check` says where, `heraut-cli repair` "
               "recovers what reads)";
    case Kind::DiskFull:
        return " (the disk is full: free some space and try again; nothing stored was lost)";
    case Kind::ReadOnly:
        return " (the file, its folder or its -wal/-shm file cannot be written: check their "
               "owner and permissions)";
    case Kind::CannotOpen:
    case Kind::Io:
        return " (check that the disk is there and the folder is yours)";
    case Kind::Other:
    case Kind::NewerSchema:
        break;
    }
    return "";
}

} // namespace

} // namespace heraut::cli

int main(int argc, char** argv) {
    using namespace heraut::cli;
    CLI::App app{"heraut-cli: Dutch defence news, headless"};
    app.set_version_flag("--version", std::string("heraut-cli ") + heraut::kVersion);
    app.require_subcommand(1);
    app.fallthrough(); // --db may follow the command too
    GlobalOptions global;
    if (const char* db = std::getenv("HERAUT_DB")) global.databasePath = db;
    app.add_option("--db", global.databasePath,
                   "Database file (default: $HERAUT_DB or "
                   "$XDG_DATA_HOME/heraut/heraut.sqlite)");
    auto list = commands();
    std::vector<std::pair<CLI::App*, Command*>> registered;
    for (auto& command : list) {
        CLI::App* sub = app.add_subcommand(command->name(), command->summary());
        command->configure(*sub);
        registered.emplace_back(sub, command.get());
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        int code = app.exit(error);
        return code == 0 ? kSuccess : kBadInput;
    }
    for (auto& [sub, command] : registered) {
        if (!sub->parsed()) continue;
        try {
            return command->execute(global);
        } catch (const UsageError& error) {
            std::cerr << "heraut-cli: " << heraut::withoutPasswords(error.what()) << '\n';
            return kBadInput;
        } catch (const heraut::DatabaseFileError& error) { // --db names a file that is not ours
            std::cerr << "heraut-cli: " << heraut::withoutPasswords(error.what()) << '\n';
            return kBadInput;
        } catch (const heraut::StoreError& error) {
            std::cerr << "heraut-cli: " << command->name() << ": "
                      << heraut::withoutPasswords(error.what()) << storeHint(error.kind()) << '\n';
            return kPartialFailure;
        } catch (const std::exception& error) {
            std::cerr << "heraut-cli: " << command->name() << ": "
                      << heraut::withoutPasswords(error.what()) << '\n';
            return kPartialFailure;
        }
    }
    return kBadInput;
}
