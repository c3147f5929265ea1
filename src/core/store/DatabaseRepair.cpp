// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/DatabaseRepair.h"

#include "FileUri.h"
#include "heraut/Database.h"
#include "heraut/WatchLists.h"

#include <algorithm>
#include <charconv>
#include <ctime>
#include <filesystem>
#include <limits>
#include <optional>
#include <sqlite3.h>

namespace heraut {
namespace {

namespace fs = std::filesystem;

struct RawConnection {
    sqlite3* handle = nullptr;
    ~RawConnection() { sqlite3_close_v2(handle); }
};

// The number after the last "page " or "Page " in `line`, 0 when there is none.
std::int64_t lastPageNumber(std::string_view line) {
    std::int64_t page = 0;
    for (std::size_t at = line.find("age "); at != std::string_view::npos;
         at = line.find("age ", at + 1)) {
        if (at == 0 || (line[at - 1] != 'p' && line[at - 1] != 'P')) continue;
        const char* digits = line.data() + at + 4;
        std::int64_t number = 0;
        auto [end, error] = std::from_chars(digits, line.data() + line.size(), number);
        if (error == std::errc() && end != digits) page = number;
    }
    return page;
}

// The word after `marker` in `line` (an index or table name), up to a space or the end.
std::string wordAfter(std::string_view line, std::size_t marker, std::size_t markerSize) {
    std::string_view rest = line.substr(marker + markerSize);
    return std::string(rest.substr(0, rest.find(' ')));
}

// One row of the check may hold several lines, the first after a "*** in database" header.
void addFindings(const std::string& row, std::vector<IntegrityProblem>& findings) {
    std::string_view text(row);
    while (!text.empty()) {
        std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        if (!line.empty() && !line.starts_with("***"))
            findings.push_back(classifyIntegrityLine(line));
    }
    if (findings.empty()) findings.emplace_back(); // the caller words at least "a problem"
}

// Runs the check on one connection; false when the open itself needs the next way of opening.
bool runCheck(const std::string& path, std::string_view parameters, bool quick,
              IntegrityReport& report) {
    RawConnection db;
    int rc = sqlite3_open_v2(sqliteFileUri(path, parameters).c_str(), &db.handle,
                             SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    sqlite3_stmt* statement = nullptr;
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(db.handle,
                                quick ? "PRAGMA quick_check(100)" : "PRAGMA integrity_check(100)",
                                -1, &statement, nullptr);
    std::vector<std::string> rows;
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW)
            rows.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE) {
        int primary = rc & 0xff;
        if ((primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY) &&
            parameters.find("immutable") == std::string_view::npos)
            return false; // no -shm can be made here: read it immutable
        rows.push_back(db.handle ? sqlite3_errmsg(db.handle) : sqlite3_errstr(rc));
    }
    report.ok = rows.size() == 1 && rows.front() == "ok";
    if (report.ok) return true;
    for (const std::string& row : rows)
        addFindings(row, report.findings);
    if (rc != SQLITE_DONE) {
        report.findings.back().kind = IntegrityProblem::Kind::Unreadable;
        report.findings.back().resultCode = rc;
    }
    report.problems = std::move(rows);
    return true;
}

std::string utcStamp(std::int64_t now) {
    std::time_t t = static_cast<std::time_t>(now);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y%m%d-%H%M%S", &utc);
    return buffer;
}

void removeWithCompanions(const std::string& path) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(path + suffix, ignored);
}

// The columns a table has both in the damaged file and in the current schema, comma-separated:
// an older schema's file gives what it has, the new columns take their defaults.
std::string sharedColumns(Database& out, const std::string& table) {
    Statement columns = out.prepare("SELECT n.name FROM pragma_table_info(?, 'main') n "
                                    "JOIN pragma_table_info(?, 'damaged') o ON o.name = n.name "
                                    "ORDER BY n.cid");
    columns.bind(1, table).bind(2, table);
    std::string list;
    try {
        while (columns.step())
            list += (list.empty() ? "" : ", ") + columns.text(0);
    } catch (const StoreError&) {
        return {}; // the damaged file's schema cannot be read
    }
    return list;
}

// Copies one table in id order, a chunk at a time. Where a chunk fails it halves; where a
// single row fails, the copy steps past the damage and goes on with what reads after it.
class RowidCopy {
  public:
    RowidCopy(Database& out, const std::string& table, const std::string& columns)
        : m_out(out), m_chunk(out.prepare("INSERT INTO main." + table + "(" + columns +
                                          ") SELECT " + columns + " FROM damaged." + table +
                                          " WHERE rowid > ? ORDER BY rowid LIMIT ?")),
          m_last(out.prepare("SELECT max(rowid) FROM main." + table)),
          m_next(out.prepare("SELECT rowid FROM damaged." + table +
                             " WHERE rowid > ? ORDER BY rowid LIMIT 1")) {}

    // Returns how many runs of rows could not be read.
    int run() {
        constexpr int kChunk = 256;
        int limit = kChunk;
        int stretches = 0;
        std::int64_t after = 0; // ids start at 1; from 0 on, the search below cannot overflow
        for (;;) {
            try {
                m_chunk.bind(1, after).bind(2, limit).run();
                if (m_out.changes() == 0) return stretches;
                m_last.step();
                after = m_last.integer(0);
                m_last.reset();
                limit = kChunk;
                continue;
            } catch (const StoreError&) {
            }
            if (limit > 1) {
                limit /= 2;
                continue;
            }
            ++stretches;
            std::optional<std::int64_t> resume = skipDamage(after);
            if (!resume) return stretches;
            after = *resume;
            limit = kChunk;
        }
    }

  private:
    // Whether a search for the rows after `from` reads (true/false: a row or the end) or
    // fails on a damaged page (nullopt).
    std::optional<bool> seek(std::int64_t from, std::int64_t* found = nullptr) {
        try {
            m_next.bind(1, from);
            bool row = m_next.step();
            if (row && found) *found = m_next.integer(0);
            m_next.reset();
            return row;
        } catch (const StoreError&) {
            return std::nullopt;
        }
    }

    // The id to continue after, past the row or the pages that could not be read; nullopt
    // when nothing readable follows.
    std::optional<std::int64_t> skipDamage(std::int64_t after) {
        std::int64_t row = 0;
        std::optional<bool> next = seek(after, &row);
        if (next) return *next ? std::optional(row) : std::nullopt; // that row alone is bad
        // The page after `after` is unreadable: find where a search reads again, doubling the
        // step, then close in on the first such id, so little readable is skipped.
        constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
        std::int64_t bad = after;
        std::int64_t good = after;
        for (std::int64_t gap = 1;; gap *= 2) {
            if (gap > kMax - after) return std::nullopt;
            good = after + gap;
            if (seek(good)) break;
            bad = good;
            if (gap > kMax / 2) return std::nullopt;
        }
        while (good - bad > 1) {
            std::int64_t middle = bad + (good - bad) / 2;
            (seek(middle) ? good : bad) = middle;
        }
        return good;
    }

    Database& m_out;
    Statement m_chunk;
    Statement m_last;
    Statement m_next;
};

int count(Database& db, const std::string& sql) {
    Statement query = db.prepare(sql);
    query.step();
    return static_cast<int>(query.integer(0));
}

// What a cache holds at least; when none of these reads, nothing does.
constexpr const char* kCoreTables[] = {"folders", "feeds", "articles", "article_bodies",
                                       "article_status"};

struct Table {
    std::string name;
    bool withoutRowid = false;
};

// Every table of the current schema, in the order they were made (a table is made after those
// it refers to), derived from the schema so that no later table is forgotten. Not copied: the
// search index with its shadow tables and backlog, built anew from the articles, and
// sync_applying, which only ever holds a row inside the sync's own transaction.
std::vector<Table> copiedTables(Database& out) {
    Statement q = out.prepare(
        "SELECT s.name, t.wr FROM main.sqlite_schema s JOIN pragma_table_list t "
        "ON t.schema = 'main' AND t.name = s.name WHERE s.type = 'table' AND t.type = 'table' "
        "AND s.name NOT LIKE 'sqlite%' AND s.name NOT IN ('search_backlog', 'sync_applying') "
        "ORDER BY s.rowid");
    std::vector<Table> tables;
    while (q.step())
        tables.push_back({q.text(0), q.integer(1) != 0});
    return tables;
}

// A table whose rows have no id (WITHOUT ROWID) is copied whole; where that fails, per row of
// the table its key refers to (retired guids feed by feed, a watch-list's matches list by
// list), so that what reads is kept. Returns how many parts could not be read.
int copyWithoutRowid(Database& out, const std::string& table, const std::string& columns) {
    const std::string copy = "INSERT OR IGNORE INTO main." + table + "(" + columns + ") SELECT " +
                             columns + " FROM damaged." + table;
    try {
        out.execute(copy);
        return 0;
    } catch (const StoreError&) {
    }
    Statement key = out.prepare("SELECT \"from\", \"table\", coalesce(\"to\", 'rowid') FROM "
                                "pragma_foreign_key_list(?, 'main') ORDER BY id DESC LIMIT 1");
    key.bind(1, table);
    if (!key.step()) return 1;
    Statement parents = out.prepare("SELECT " + key.text(2) + " FROM main." + key.text(1));
    Statement part = out.prepare(copy + " WHERE " + key.text(0) + " = ?");
    int unreadable = 0;
    while (parents.step()) {
        try {
            part.bind(1, parents.integer(0)).run();
        } catch (const StoreError&) {
            ++unreadable;
        }
    }
    return unreadable;
}

// Whether the damaged file has the table at all: an older schema's has fewer.
bool damagedHas(Database& out, const std::string& table) {
    Statement q = out.prepare("SELECT 1 FROM damaged.sqlite_schema WHERE name = ?");
    q.bind(1, table);
    try {
        return q.step();
    } catch (const StoreError&) {
        return true; // its schema cannot be read: the table counts as unreadable
    }
}

// Rows whose referent was lost go the way the schema says a removal takes them: those that
// would be removed with it are removed, references that would be cleared are cleared. Rows
// keyed by an article (article_id, no declared reference) go when the article is gone, but a
// queued change for the server keeps its remote id and stays. Repeated until nothing changes,
// since one removal can leave the next row without its referent.
void dropOrphans(Database& out, const std::vector<Table>& tables) {
    for (int changed = 1; changed > 0;) {
        changed = 0;
        for (const Table& table : tables) {
            Statement keys =
                out.prepare("SELECT \"from\", \"table\", coalesce(\"to\", 'rowid'), on_delete FROM "
                            "pragma_foreign_key_list(?, 'main')");
            keys.bind(1, table.name);
            while (keys.step()) {
                std::string lost = keys.text(0) + " IS NOT NULL AND " + keys.text(0) +
                                   " NOT IN (SELECT " + keys.text(2) + " FROM main." +
                                   keys.text(1) + ")";
                out.execute(keys.text(3) == "SET NULL"
                                ? "UPDATE main." + table.name + " SET " + keys.text(0) +
                                      " = NULL WHERE " + lost
                                : "DELETE FROM main." + table.name + " WHERE " + lost);
                changed += out.changes();
            }
            Statement byArticle =
                out.prepare("SELECT 1 FROM pragma_table_info(?, 'main') WHERE name = 'article_id'");
            byArticle.bind(1, table.name);
            if (!byArticle.step()) continue;
            std::string lost = "article_id IS NOT NULL AND article_id NOT IN (SELECT id FROM "
                               "main.articles)";
            out.execute(table.name == "sync_queue"
                            ? "UPDATE main.sync_queue SET article_id = NULL WHERE " + lost
                            : "DELETE FROM main." + table.name + " WHERE " + lost);
            changed += out.changes();
        }
    }
}

// Rows that lost what they refer to (or what refers to them) are made whole again.
void mendReferences(Database& out, const std::vector<Table>& tables,
                    const std::string& recoveredFeedTitle, RepairReport& report) {
    // A lost feed row would take its articles along; a disabled stand-in keeps them readable.
    Statement standIns =
        out.prepare("INSERT INTO feeds(id, url, title, disabled, title_locked) "
                    "SELECT DISTINCT feed_id, 'heraut-recovered:feed-' || feed_id, "
                    "? || ' ' || feed_id, 1, 1 FROM articles "
                    "WHERE feed_id NOT IN (SELECT id FROM feeds)");
    standIns.bind(1, recoveredFeedTitle);
    standIns.step();
    report.placeholderFeeds = out.changes();
    dropOrphans(out, tables);
    // A story is named after its smallest article (StoryStore.h): one whose namesake was lost
    // takes the next one's name, as the removal trigger would have given it.
    out.execute("CREATE TEMP TABLE renamed_stories AS SELECT story_id AS old, min(id) AS new "
                "FROM articles WHERE story_id IS NOT NULL AND story_id NOT IN "
                "(SELECT id FROM articles) GROUP BY story_id");
    out.execute("UPDATE articles SET story_id = (SELECT new FROM renamed_stories WHERE old = "
                "articles.story_id) WHERE story_id IN (SELECT old FROM renamed_stories)");
    out.execute("DROP TABLE temp.renamed_stories");
    out.execute("INSERT INTO article_bodies(article_id) SELECT id FROM articles "
                "WHERE id NOT IN (SELECT article_id FROM article_bodies)");
    report.articlesWithoutBody = out.changes();
    out.execute("INSERT INTO article_status(article_id, feed_id) SELECT id, feed_id FROM articles "
                "WHERE id NOT IN (SELECT article_id FROM article_status)");
    report.articlesWithoutStatus = out.changes();
    out.execute("UPDATE article_status SET feed_id = "
                "(SELECT a.feed_id FROM articles a WHERE a.id = article_status.article_id)");
    // Matches keep their article's date (a file from before that has none); the lists' counts
    // follow from what was kept of their matches and the articles' state.
    // The date is part of the matches' key: a match copied twice with two dates becomes one.
    out.execute("UPDATE OR REPLACE watch_matches SET sort_date = coalesce((SELECT sort_date "
                "FROM articles WHERE id = watch_matches.article_id), 0)");
    WatchListStore(out).recount();
}

// Fills `fresh` from the damaged file; false when not one table of it could be read.
bool copyReadable(const std::string& damaged, const std::string& fresh,
                  const std::string& recoveredFeedTitle, RepairReport& report) {
    Database out(fresh);
    out.execute("PRAGMA foreign_keys=OFF"); // rows arrive before what they refer to is known
    out.prepare("ATTACH DATABASE ? AS damaged").bind(1, sqliteFileUri(damaged, "mode=ro")).run();
    std::vector<Table> tables = copiedTables(out);
    int coreUnreadable = 0;
    for (const Table& table : tables) {
        if (!damagedHas(out, table.name)) continue; // an older schema's: the fresh one's stays
        std::string columns = sharedColumns(out, table.name);
        bool core = std::find(std::begin(kCoreTables), std::end(kCoreTables), table.name) !=
                    std::end(kCoreTables);
        if (columns.empty()) {
            report.unreadableTables.push_back(table.name);
            coreUnreadable += core ? 1 : 0;
            continue;
        }
        // What the fresh file made itself (the default watch-lists, the stories' backlog filled
        // by the articles' trigger) gives way to what the damaged file kept.
        out.execute("DELETE FROM main." + table.name);
        report.unreadableStretches += table.withoutRowid
                                          ? copyWithoutRowid(out, table.name, columns)
                                          : RowidCopy(out, table.name, columns).run();
    }
    if (coreUnreadable == static_cast<int>(std::size(kCoreTables))) return false;
    out.execute("DETACH DATABASE damaged");
    Transaction transaction(out);
    mendReferences(out, tables, recoveredFeedTitle, report);
    out.execute("INSERT INTO article_search(article_search) VALUES ('rebuild')");
    out.execute("DELETE FROM search_backlog");
    transaction.commit();
    out.execute("PRAGMA foreign_keys=ON");
    report.folders = count(out, "SELECT count(*) FROM folders");
    report.feeds = count(out, "SELECT count(*) FROM feeds");
    report.articles = count(out, "SELECT count(*) FROM articles");
    report.read = count(out, "SELECT count(*) FROM article_status WHERE read = 1");
    report.starred = count(out, "SELECT count(*) FROM article_status WHERE starred = 1");
    out.execute("PRAGMA journal_mode=DELETE"); // the new file moves alone, without a -wal
    return true;
}

} // namespace

IntegrityProblem classifyIntegrityLine(std::string_view line) {
    IntegrityProblem problem;
    if (std::size_t at = line.find("index "); at != std::string_view::npos) {
        problem.kind = IntegrityProblem::Kind::Index; // "row 3 missing from index x", "wrong #"
        problem.name = wordAfter(line, at, 6);
    } else if (std::size_t in = line.find(" value in "); in != std::string_view::npos) {
        problem.kind = IntegrityProblem::Kind::Row; // "NULL value in t.c"
        problem.name = wordAfter(line, in, 10);
        problem.name = problem.name.substr(0, problem.name.find('.'));
    } else if (std::size_t check = line.find("constraint failed in ");
               check != std::string_view::npos) {
        problem.kind = IntegrityProblem::Kind::Row;
        problem.name = wordAfter(line, check, 21);
    } else if (problem.page = lastPageNumber(line);
               problem.page > 0 || line.starts_with("Freelist")) {
        // "Page 7: never used", "Tree 4 page 9 cell 2: ...", "2nd reference to page 12"
        problem.kind = IntegrityProblem::Kind::Page;
    }
    return problem;
}

IntegrityReport checkDatabase(const std::string& path, bool quick) {
    std::error_code error;
    if (!fs::is_regular_file(path, error))
        throw StoreError(path + ": no such database file", StoreError::Kind::CannotOpen);
    IntegrityReport report;
    if (!runCheck(path, "mode=ro", quick, report))
        runCheck(path, "mode=ro&immutable=1", quick, report);
    return report;
}

RepairReport repairDatabase(const std::string& path, std::int64_t now,
                            const std::string& recoveredFeedTitle) {
    std::error_code error;
    if (!fs::is_regular_file(path, error))
        throw StoreError(path + ": no such database file", StoreError::Kind::CannotOpen);
    const std::string fresh = path + ".repairing";
    removeWithCompanions(fresh);
    RepairReport report;
    bool copied = false;
    try {
        copied = copyReadable(path, fresh, recoveredFeedTitle, report);
    } catch (...) {
        removeWithCompanions(fresh);
        throw;
    }
    if (!copied) {
        removeWithCompanions(fresh);
        throw StoreError(path + ": nothing in it can be read; the file is left as it was",
                         StoreError::Kind::Damaged);
    }
    std::string kept = path + ".damaged-" + utcStamp(now);
    for (int n = 2; fs::exists(kept, error); ++n)
        kept = path + ".damaged-" + utcStamp(now) + "-" + std::to_string(n);
    try {
        fs::rename(path, kept);
        if (fs::exists(path + "-wal", error)) fs::rename(path + "-wal", kept + "-wal");
        fs::remove(path + "-shm", error);
        fs::rename(fresh, path);
    } catch (const fs::filesystem_error& e) {
        throw StoreError(path + ": repaired into " + fresh +
                             ", but it could not take the "
                             "damaged file's place: " +
                             e.what(),
                         StoreError::Kind::CannotOpen);
    }
    report.damagedCopy = kept;
    return report;
}

} // namespace heraut
