// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "heraut/ArticleStore.h"
#include "heraut/Database.h"

#include <nlohmann/json.hpp>

namespace heraut::cli {

// Whether a command may create the database. Only `init` does, and `add` and `import-opml`
// when given --create: a mistyped --db must end in an error naming the path, not in a new
// database with the default sources that the next command then silently uses.
enum class OpenMode {
    Existing,    // a missing file is a UsageError naming the path
    Create,      // a new one starts with the bundled default sources
    CreateEmpty, // init --empty
};

// The path --db, $HERAUT_DB or the default names. With OpenMode::Existing a missing file is a
// UsageError naming the path (exit 2).
std::string databasePath(const GlobalOptions& global, OpenMode mode);

// Opens the database the global options name (--db, else $HERAUT_DB, else the default path).
std::unique_ptr<Database> openDatabase(const GlobalOptions& global,
                                       OpenMode mode = OpenMode::Existing);
// For commands that only read: a file this process cannot write (chmod 444, a read-only
// folder where no -wal or -shm can be made) is opened read-only instead of failing. A missing
// file is a UsageError naming the path, as with OpenMode::Existing.
std::unique_ptr<Database> openDatabaseForReading(const GlobalOptions& global);

std::int64_t currentTime();

// "1 article", "2 articles": for the CLI's English messages.
std::string articleCount(std::int64_t n);

// "2026-01-23 19:00" in the local time zone, or "-" for no date.
std::string localTime(const Timestamp& time);

// A positive integer id from the command line, or a UsageError naming it.
std::int64_t parseId(const std::string& text, const char* what);

// UsageError unless the feed, or the folder, exists: a filter on something that is not there
// is a mistake to report, not an empty result.
void requireFeedExists(Database& db, std::int64_t id);
void requireFolderExists(Database& db, const std::string& name);

// Groups the articles stored by something that does not group (an older heraut-cli, a sync
// that has not finished) into their stories, when this process may write; a refresh holding
// the file groups them itself.
void groupWaitingStoriesIfWritable(Database& db);

nlohmann::ordered_json headlineJson(const ArticleHeadline& headline);

void printHeadlines(const std::vector<ArticleHeadline>& rows, bool json);

} // namespace heraut::cli
