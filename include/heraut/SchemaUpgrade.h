// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Database.h"

#include <functional>
#include <memory>
#include <string>

namespace heraut {

// Upgrading a cache that an older Heraut left, where a front end must say so first: rebuilding
// the search index of 100 000 articles is one statement of half a minute, before which the
// reader showed nothing and the CLI printed nothing.

// How many schema steps opening `path` read-write would migrate, found without writing (the
// file's user_version): for a front end that shows the upgrade before it opens the file. 0 when
// none: the schema is current, the file is missing, new, not Heraut's, newer or unreadable
// (the open reports that).
int pendingMigrations(const std::string& path);

// Told on the upgrading thread as each step starts (`step` from 0 of `steps`) and, within a
// step, every kMigrationHeartbeat SQLite instructions (sqlite3_progress_handler). Returning
// false stops: every step is rolled back (the migration is one transaction) and
// upgradeSchema throws StoreError with resultCode 9 (SQLITE_INTERRUPT). Must not throw.
using MigrationProgress = std::function<bool(int step, int steps)>;
constexpr int kMigrationHeartbeat = 1000;

// Opens `path` read-write, as Database(path) does, and closes it: its schema upgraded,
// `progress` told how it goes. Throws what Database(path) throws.
void upgradeSchema(const std::string& path, const MigrationProgress& progress);

// Opens `path` as Database(path, access) does, `progress` told of the upgrade the open runs
// (never called when there is none, as for a read-only open or a new file): for a front end that
// says so as it happens, without reading the file first. Throws what Database(path, access) throws.
std::unique_ptr<Database> openUpgrading(const std::string& path, Database::Access access,
                                        const MigrationProgress& progress);

} // namespace heraut
