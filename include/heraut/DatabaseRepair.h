// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace heraut {

// One problem SQLite's check named, as a kind a reader's language can word (SQLite's own
// English stays in IntegrityReport::problems).
struct IntegrityProblem {
    enum class Kind {
        Page,       // a page is not what SQLite wrote there: `page` (0 when it names none)
        Index,      // the index `name` disagrees with its table; repair builds it anew
        Row,        // a row of the table `name` breaks its rule (NULL where none may be, CHECK)
        Unreadable, // the check could not read the file at all: SQLite's `resultCode`
        Other,
    };
    Kind kind = Kind::Other;
    std::int64_t page = 0;
    std::string name;
    int resultCode = 0;
};

// The kind of one line of PRAGMA integrity_check's report ("Page 7: never used", "row 12
// missing from index feeds_by_url", "NULL value in feeds.url"; sqlite.org/pragma.html).
IntegrityProblem classifyIntegrityLine(std::string_view line);

// What SQLite's own check found in a database file.
struct IntegrityReport {
    bool ok = false;
    // SQLite's words for each problem (at most 100), or why the file could not be read at all.
    std::vector<std::string> problems;
    // The same, one per problem line without SQLite's "*** in database main ***" headers.
    std::vector<IntegrityProblem> findings;
};

// PRAGMA integrity_check, or quick_check (no index-to-table cross-check, much faster on a
// large file) when `quick`, on a read-only connection: the file is never written. Throws
// StoreError (CannotOpen) when there is no such file.
IntegrityReport checkDatabase(const std::string& path, bool quick = false);

// What repairDatabase() copied into the new file.
struct RepairReport {
    std::string damagedCopy; // where the damaged file is kept, beside the new one
    int folders = 0;
    int feeds = 0;
    int articles = 0;
    int read = 0;
    int starred = 0;
    // Runs of rows that damaged pages hid; each is one gap in a table's ids.
    int unreadableStretches = 0;
    std::vector<std::string> unreadableTables; // tables none of whose rows could be read
    int placeholderFeeds = 0;      // feeds whose row was lost, remade so their articles stay
    int articlesWithoutBody = 0;   // text lost: shown empty until the feed sends it again
    int articlesWithoutStatus = 0; // read and starred state lost: shown unread
};

// Copies everything readable of a damaged database, every table the schema has (the search
// index aside, which is built anew), into a fresh file with the current schema, drops the rows
// that referred to lost ones as their removal would have, recounts the watch-lists, and puts
// the fresh file in the damaged one's place. The damaged file (with its -wal)
// is kept beside it as `<path>.damaged-YYYYMMDD-HHMMSS` (UTC of `now`, seconds since the
// epoch). No other connection may have `path` open. Throws StoreError, leaving the damaged
// file where it was, when nothing at all can be read from it. A feed whose row was lost is
// remade, disabled, as `recoveredFeedTitle` and its old id ("Recovered feed 12"): the caller
// words it in the reader's language (the GUI's at the time of the repair), since the title is
// stored and shown as any feed's.
RepairReport repairDatabase(const std::string& path, std::int64_t now,
                            const std::string& recoveredFeedTitle = "Recovered feed");

} // namespace heraut
