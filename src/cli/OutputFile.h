// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Database.h"

#include <string>

namespace heraut::cli {

// Throws UsageError (exit 2) when `output` is the news cache `db` was opened on, or a file of
// SQLite's beside it (Database::isOwnFile): the output would replace every feed and article.
void refuseDatabaseAsOutput(const std::string& output, const Database& db);

// Writes `text` to the file `path` (through a symbolic link, into a device or a named pipe as
// they are), or to standard output for "" and "-". Throws UsageError naming the file and why.
void writeText(const std::string& text, const std::string& path);

} // namespace heraut::cli
