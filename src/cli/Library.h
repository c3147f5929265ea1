// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "heraut/ArticleStore.h"
#include "heraut/Database.h"

#include <nlohmann/json.hpp>

namespace heraut::cli {

// Opens the database the global options name. A database that did not exist yet starts with
// the bundled default sources unless `withDefaults` is false (init --empty).
std::unique_ptr<Database> openDatabase(const GlobalOptions& global, bool withDefaults = true);
// For commands that only read: a file this process cannot write (chmod 444, a read-only
// folder where no -wal or -shm can be made) is opened read-only instead of failing.
std::unique_ptr<Database> openDatabaseForReading(const GlobalOptions& global);

std::int64_t currentTime();

// "2026-01-23 19:00" in the local time zone, or "-" for no date.
std::string localTime(const Timestamp& time);

// A positive integer id from the command line, or a UsageError naming it.
std::int64_t parseId(const std::string& text, const char* what);

nlohmann::ordered_json headlineJson(const ArticleHeadline& headline);

void printHeadlines(const std::vector<ArticleHeadline>& rows, bool json);

} // namespace heraut::cli
