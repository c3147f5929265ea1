// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace heraut {

// Any failure of the cache: the message names the database file and what was being done.
class StoreError : public std::runtime_error {
  public:
    // What went wrong, in the terms a reader can act on (from SQLite's result code).
    enum class Kind {
        Other,
        Busy,        // another connection held the write lock past the busy timeout
        Damaged,     // a page or the header is not what SQLite wrote (SQLITE_CORRUPT, NOTADB)
        DiskFull,    // SQLITE_FULL
        ReadOnly,    // the file, its folder or this connection cannot be written
        CannotOpen,  // the file or its -wal/-shm cannot be opened or created
        Io,          // the disk reported an error
        NewerSchema, // made by a newer Heraut
    };

    // `resultCode`: SQLite's (extended) result code when SQLite reported the failure, else 0.
    explicit StoreError(const std::string& message, Kind kind = Kind::Other, int resultCode = 0)
        : std::runtime_error(message), m_kind(kind), m_resultCode(resultCode) {}
    Kind kind() const { return m_kind; }
    // SQLite's extended result code (sqlite.org/rescode.html: 5 SQLITE_BUSY, 26 SQLITE_NOTADB,
    // 266 SQLITE_IOERR_READ, ...), 0 when the failure is Heraut's own finding. The message
    // carries SQLite's English text for it; a reader's language words the code.
    int resultCode() const { return m_resultCode; }
    static Kind kindOfResultCode(int sqliteResultCode);

  private:
    Kind m_kind;
    int m_resultCode;
};

// The file named cannot be a Heraut database: it cannot be opened or created there, is no
// SQLite file, holds another program's tables, or was made by a newer Heraut. Nothing in it
// was changed.
class DatabaseFileError : public StoreError {
  public:
    using StoreError::StoreError;
};

class Statement;
class WalCheckpointer;

// One SQLite connection with the settings every Heraut connection needs: WAL (readers never
// block the writer, so the GUI reads while a refresh writes), foreign keys, a busy timeout, and
// the schema migrated to the current version. Each thread opens its own.
class Database {
  public:
    static constexpr int kSchemaVersion = 26;
    static constexpr int kBusyTimeoutMs = 5000;

    enum class Access {
        ReadWrite, // creates the file and migrates its schema
        // Never writes: no switch to WAL, no migration (a schema older than this Heraut's is
        // refused). Where no -shm can be made beside the file (a read-only folder) the file is
        // opened immutable, which reads what was checkpointed into it.
        ReadOnly,
        ReadOnlyIfUnwritable, // ReadWrite, or ReadOnly when the file or its folder is read-only
    };

    // Opens or creates the file (and its folder). `migrateTo` exists for migration tests.
    // Throws DatabaseFileError for a file that is not Heraut's, StoreError for other failures.
    explicit Database(const std::string& path, int migrateTo = kSchemaVersion);
    Database(const std::string& path, Access access);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const std::string& path() const { return m_path; }
    // Whether `file` is this database's file or one of SQLite's beside it (-wal, -shm,
    // -journal), by whatever name: a symbolic or hard link, "./". Written there, a briefing or
    // an OPML file would replace the news cache. Looks with stat() only: opening and closing
    // the file would drop this process's SQLite locks on it.
    bool isOwnFile(const std::string& file) const;
    bool createdNow() const { return m_created; } // the file had no schema before this open
    bool readOnly() const { return m_readOnly; }
    // How long a write waits for another connection's write lock before it fails as Busy.
    void setBusyTimeout(int milliseconds);
    int busyTimeout() const { return m_busyTimeoutMs; }
    int schemaVersion();
    // Changes whenever another connection (heraut-cli, a refresh) commits to the file.
    std::int64_t dataVersion();

    void execute(std::string_view sql);
    Statement prepare(std::string_view sql);
    std::int64_t lastInsertId() const;
    int changes() const;

    // Read-state changes must survive a power cut, article ingest need not: a lost batch of
    // articles is fetched again, a lost "read" flag is not recoverable.
    void setDurable(bool durable);

    // For a connection that writes in bulk (a refresh): committed pages are copied from the WAL
    // into the file by a thread of its own instead of inside this connection's commits.
    void checkpointInBackground();

    // Stops the statement this connection runs now, from any thread: its step() throws
    // StoreError. For a search the reader has replaced by typing on.
    void interrupt();

    [[noreturn]] void fail(std::string_view what) const;

  private:
    void open(Access access, int migrateTo);
    void openReadOnly();
    void registerFunctions();
    void migrate(int target);
    bool holdsTables();

    struct Closer {
        void operator()(sqlite3* db) const;
    };
    std::unique_ptr<sqlite3, Closer> m_db;           // closed even when the constructor throws
    std::unique_ptr<WalCheckpointer> m_checkpointer; // declared after m_db: stopped before it
    std::string m_path;
    bool m_created = false;
    bool m_durable = false;
    bool m_readOnly = false;
    int m_busyTimeoutMs = kBusyTimeoutMs;
};

// A prepared statement; bind with 1-based indexes, step, read columns from 0.
class Statement {
  public:
    Statement(Database& db, sqlite3_stmt* statement) : m_db(&db), m_statement(statement) {}
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value) {
        return bind(index, std::string_view(value));
    }
    Statement& bind(int index, const std::optional<std::string>& value);
    Statement& bind(int index, const std::optional<std::int64_t>& value);
    Statement& bindNull(int index);
    // Bytes as a BLOB (images): no text encoding is assumed; read back with text().
    Statement& bindBlob(int index, std::string_view bytes);

    bool step(); // true while a row is available
    void run();  // step to completion, then reset
    void reset();

    std::int64_t integer(int column) const;
    std::optional<std::int64_t> optionalInteger(int column) const;
    std::string text(int column) const;
    std::optional<std::string> optionalText(int column) const;
    // A BLOB or text column's bytes without a copy: valid until the next step or reset.
    std::string_view bytes(int column) const;
    bool isNull(int column) const;

  private:
    Database* m_db;
    sqlite3_stmt* m_statement;
};

// Commits on commit(), rolls back if destroyed first (an exception on the way out).
class Transaction {
  public:
    explicit Transaction(Database& db, bool immediate = true);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

  private:
    Database& m_db;
    bool m_done = false;
};

} // namespace heraut
