// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/Database.h"
#include "heraut/SchemaUpgrade.h"

#include "ArticleFingerprint.h"
#include "FileUri.h"
#include "Schema.h"
#include "SearchFolding.h"
#include "SearchRank.h"
#include "StoredText.h"
#include "WalCheckpointer.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <sqlite3.h>
#include <unistd.h>

namespace heraut {

std::string sqliteFileUri(const std::string& path, std::string_view parameters) {
    std::string absolute = std::filesystem::absolute(path).string();
    std::string uri = "file:";
    constexpr std::string_view kHex = "0123456789ABCDEF";
    for (unsigned char c : absolute) {
        if (std::isalnum(c) || c == '/' || c == '.' || c == '-' || c == '_' || c == '~') {
            uri += static_cast<char>(c);
        } else { // RFC 3986 percent-encoding
            uri += '%';
            uri += kHex[c >> 4];
            uri += kHex[c & 15];
        }
    }
    if (!parameters.empty()) uri.append("?").append(parameters);
    return uri;
}

namespace {

bool isMemory(const std::string& path) {
    return path.empty() || path == ":memory:";
}

// The file exists but this process may not write it or create its -wal and -shm beside it.
bool isUnwritable(const std::string& path) {
    std::error_code error;
    if (isMemory(path) || !std::filesystem::exists(path, error)) return false;
    std::filesystem::path folder = std::filesystem::absolute(path).parent_path();
    return ::access(path.c_str(), W_OK) != 0 || ::access(folder.c_str(), W_OK) != 0;
}

// The schema version in the file's header, read without writing; 0 when it cannot be read.
int storedSchemaVersion(const std::string& path) {
    sqlite3* handle = nullptr;
    int version = 0;
    if (sqlite3_open_v2(sqliteFileUri(path, "mode=ro").c_str(), &handle,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI,
                        nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(handle, Database::kBusyTimeoutMs);
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(handle, "PRAGMA user_version", -1, &statement, nullptr) ==
                SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            version = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
    }
    sqlite3_close_v2(handle);
    return version;
}

// What a migration's heartbeat needs, and the handler's removal however the migration ends:
// declared after the migration's transaction, so removed before its rollback, which a
// handler still asking to stop would interrupt.
class MigrationHeartbeat {
  public:
    MigrationHeartbeat(sqlite3* db, const MigrationProgress* progress, int steps)
        : m_db(db), m_progress(progress), m_steps(steps) {
        if (m_progress) sqlite3_progress_handler(m_db, kMigrationHeartbeat, &beat, this);
    }
    ~MigrationHeartbeat() {
        if (m_progress) sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    }
    MigrationHeartbeat(const MigrationHeartbeat&) = delete;
    MigrationHeartbeat& operator=(const MigrationHeartbeat&) = delete;

    // False when the listener asked to stop.
    bool startStep(int step) {
        m_step = step;
        return !m_progress || (*m_progress)(m_step, m_steps);
    }

  private:
    static int beat(void* self) { // non-zero interrupts the statement (SQLITE_INTERRUPT)
        auto* heartbeat = static_cast<MigrationHeartbeat*>(self);
        return (*heartbeat->m_progress)(heartbeat->m_step, heartbeat->m_steps) ? 0 : 1;
    }

    sqlite3* m_db;
    const MigrationProgress* m_progress;
    int m_steps;
    int m_step = 0;
};

// The listener of the migration that an open on this thread runs (upgradeSchema): handed over
// here so that the constructor every caller knows stays as it is.
thread_local const MigrationProgress* t_migrationProgress = nullptr;

} // namespace

int pendingMigrations(const std::string& path) {
    std::error_code error;
    if (isMemory(path) || !std::filesystem::exists(path, error)) return 0;
    int version = storedSchemaVersion(path); // 0: new, or another program's file
    return version > 0 && version < Database::kSchemaVersion ? Database::kSchemaVersion - version
                                                             : 0;
}

void upgradeSchema(const std::string& path, const MigrationProgress& progress) {
    openUpgrading(path, Database::Access::ReadWrite, progress);
}

std::unique_ptr<Database> openUpgrading(const std::string& path, Database::Access access,
                                        const MigrationProgress& progress) {
    struct HandOver {
        explicit HandOver(const MigrationProgress& progress) { t_migrationProgress = &progress; }
        ~HandOver() { t_migrationProgress = nullptr; }
    } handOver(progress);
    return std::make_unique<Database>(path, access);
}

StoreError::Kind StoreError::kindOfResultCode(int code) {
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Kind::Busy;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Kind::Damaged;
    case SQLITE_FULL:
        return Kind::DiskFull;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return Kind::ReadOnly;
    case SQLITE_CANTOPEN:
        return Kind::CannotOpen;
    case SQLITE_IOERR:
        return Kind::Io;
    default:
        return Kind::Other;
    }
}

Database::Database(const std::string& path, int migrateTo) : m_path(path) {
    open(Access::ReadWrite, migrateTo);
}

Database::Database(const std::string& path, Access access) : m_path(path) {
    if (access == Access::ReadOnlyIfUnwritable)
        access = isUnwritable(path) ? Access::ReadOnly : Access::ReadWrite;
    open(access, kSchemaVersion);
}

namespace {

// The path with every symbolic link and "." or ".." resolved, as far as it exists.
std::filesystem::path resolvedPath(const std::string& path) {
    std::error_code error;
    std::filesystem::path absolute = std::filesystem::absolute(path, error);
    if (error) return std::filesystem::path(path).lexically_normal();
    std::filesystem::path resolved = std::filesystem::weakly_canonical(absolute, error);
    return error ? absolute.lexically_normal() : resolved;
}

} // namespace

bool Database::isOwnFile(const std::string& file) const {
    if (file.empty() || m_path.empty() || m_path == ":memory:") return false;
    std::filesystem::path target = resolvedPath(file);
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::string own = m_path + suffix;
        std::error_code error;
        if (std::filesystem::equivalent(file, own, error) && !error) return true;
        if (target == resolvedPath(own)) return true;
    }
    return false;
}

void Database::open(Access access, int migrateTo) {
    const std::string& path = m_path;
    if (access == Access::ReadOnly) return openReadOnly();
    if (!isMemory(path)) {
        std::filesystem::path parent = std::filesystem::path(path).parent_path();
        std::error_code ignored;
        if (!parent.empty()) std::filesystem::create_directories(parent, ignored);
    }
    sqlite3* handle = nullptr;
    int rc = sqlite3_open_v2(isMemory(path) ? path.c_str() : sqliteFileUri(path).c_str(), &handle,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX |
                                 SQLITE_OPEN_URI,
                             nullptr);
    m_db.reset(handle);
    if (rc != SQLITE_OK)
        throw DatabaseFileError(path + ": cannot open database: " +
                                    (handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc)),
                                StoreError::kindOfResultCode(rc), rc);
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, m_busyTimeoutMs);
    // SQLite opens a file it may not write (chmod 444) read-only without saying so.
    m_readOnly = sqlite3_db_readonly(handle, "main") == 1;
    try {
        execute("PRAGMA journal_mode=WAL"); // the first read of the file
    } catch (const StoreError&) {
        if ((sqlite3_errcode(handle) & 0xff) == SQLITE_NOTADB)
            throw DatabaseFileError(path + ": not a database (not a SQLite file)",
                                    StoreError::Kind::Damaged, SQLITE_NOTADB);
        throw;
    }
    execute("PRAGMA foreign_keys=ON");
    execute("PRAGMA synchronous=NORMAL");
    execute("PRAGMA temp_store=MEMORY");
    execute("PRAGMA cache_size=-8000"); // 8 MB: enough for the hot indexes, bounded memory
    execute("PRAGMA journal_size_limit=8388608"); // a WAL grown by a refresh shrinks on reuse
    registerFunctions();
    migrate(migrateTo);
    // The schema is read here, not at some later prepare: a damaged one fails the open.
    execute("SELECT count(*) FROM sqlite_schema");
}

// Every connection, read-only or not, needs the functions the schema's views, triggers and
// search index (its tokenizer) name.
void Database::registerFunctions() {
    sqlite3* handle = m_db.get();
    if (!registerSearchRank(handle)) throw StoreError(m_path + ": this SQLite has no FTS5");
    if (!registerSearchFolding(handle)) fail("register the heraut_fold tokenizer");
    if (!registerStoredText(handle)) fail("register heraut_plain_text");
    if (!registerArticleFingerprint(handle)) fail("register heraut_fingerprint");
}

void Database::openReadOnly() {
    m_readOnly = true;
    // A WAL file is read through its -shm index. Where none exists and none can be made (a
    // read-only folder) only an immutable open reads the file: sqlite.org/wal.html#readonly.
    for (std::string_view parameters : {"mode=ro", "mode=ro&immutable=1"}) {
        sqlite3* handle = nullptr;
        int rc =
            sqlite3_open_v2(sqliteFileUri(m_path, parameters).c_str(), &handle,
                            SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, nullptr);
        m_db.reset(handle);
        if (rc != SQLITE_OK)
            throw DatabaseFileError(m_path + ": cannot open database: " +
                                        (handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc)),
                                    StoreError::kindOfResultCode(rc), rc);
        sqlite3_extended_result_codes(handle, 1);
        sqlite3_busy_timeout(handle, m_busyTimeoutMs);
        rc = sqlite3_exec(handle, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
        int primary = rc & 0xff;
        if (primary == SQLITE_NOTADB)
            throw DatabaseFileError(m_path + ": not a database (not a SQLite file)",
                                    StoreError::Kind::Damaged, SQLITE_NOTADB);
        if (rc == SQLITE_OK || (primary != SQLITE_CANTOPEN && primary != SQLITE_READONLY)) break;
    }
    execute("PRAGMA query_only=ON");
    execute("PRAGMA temp_store=MEMORY");
    execute("PRAGMA cache_size=-8000");
    registerFunctions();
    int version = schemaVersion();
    if (version > kSchemaVersion)
        throw DatabaseFileError(m_path + ": made by a newer Heraut (schema " +
                                    std::to_string(version) + "); this one knows schema " +
                                    std::to_string(kSchemaVersion),
                                StoreError::Kind::NewerSchema);
    if (version == 0 && holdsTables())
        throw DatabaseFileError(m_path + ": not a Heraut database (another program's SQLite "
                                         "file); nothing was changed",
                                StoreError::Kind::Other);
    if (version < kSchemaVersion)
        throw StoreError(m_path + ": schema " + std::to_string(version) +
                             " must be upgraded, which a read-only open cannot do; open it "
                             "once where it can be written",
                         StoreError::Kind::ReadOnly);
}

void Database::setBusyTimeout(int milliseconds) {
    m_busyTimeoutMs = milliseconds;
    sqlite3_busy_timeout(m_db.get(), milliseconds);
}

Database::~Database() {
    if (m_checkpointer) sqlite3_wal_autocheckpoint(m_db.get(), 1000); // SQLite's own hook back
}

void Database::checkpointInBackground() {
    if (m_checkpointer || m_path.empty() || m_path == ":memory:") return;
    m_checkpointer = std::make_unique<WalCheckpointer>(m_path);
    m_checkpointer->attachTo(m_db.get());
}

void Database::interrupt() {
    sqlite3_interrupt(m_db.get());
}

void Database::Closer::operator()(sqlite3* db) const {
    sqlite3_close_v2(db);
}

void Database::fail(std::string_view what) const {
    int code = sqlite3_extended_errcode(m_db.get());
    throw StoreError(m_path + ": " + std::string(what) + ": " + sqlite3_errmsg(m_db.get()),
                     StoreError::kindOfResultCode(code), code);
}

void Database::execute(std::string_view sql) {
    char* error = nullptr;
    std::string copy(sql);
    int rc = sqlite3_exec(m_db.get(), copy.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        std::string message = error ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        throw StoreError(m_path + ": " + message, StoreError::kindOfResultCode(rc), rc);
    }
}

Statement Database::prepare(std::string_view sql) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(m_db.get(), sql.data(), static_cast<int>(sql.size()),
                           SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
        fail(std::string("cannot prepare \"").append(sql.substr(0, 60)).append("\""));
    return Statement(*this, statement);
}

std::int64_t Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db.get());
}
int Database::changes() const {
    return sqlite3_changes(m_db.get());
}

int Database::schemaVersion() {
    Statement version = prepare("PRAGMA user_version");
    version.step();
    return static_cast<int>(version.integer(0));
}

std::int64_t Database::dataVersion() {
    Statement version = prepare("PRAGMA data_version");
    version.step();
    return version.integer(0);
}

void Database::setDurable(bool durable) {
    if (durable == m_durable) return;
    execute(durable ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
    m_durable = durable;
}

// A Heraut database records its schema version with its first tables: tables without a
// version belong to another program, whose file must not become a Heraut cache.
bool Database::holdsTables() {
    Statement tables = prepare("SELECT EXISTS (SELECT 1 FROM sqlite_master)");
    tables.step();
    return tables.integer(0) != 0;
}

void Database::migrate(int target) {
    // Up to date, as nearly every open finds it: no write lock, so the reader starts while
    // heraut-cli refreshes.
    if (schemaVersion() == target) return;
    Transaction transaction(*this);
    int version = schemaVersion();
    if (version > static_cast<int>(schema::kMigrations.size()))
        throw DatabaseFileError(m_path + ": made by a newer Heraut (schema " +
                                    std::to_string(version) + "); this one knows schema " +
                                    std::to_string(kSchemaVersion),
                                StoreError::Kind::NewerSchema);
    m_created = version == 0;
    if (m_created && target > 0 && holdsTables())
        throw DatabaseFileError(m_path + ": not a Heraut database (another program's SQLite "
                                         "file); nothing was changed");
    // Making a new file's schema is no upgrade to tell of ("upgrading the cache" on `init`).
    MigrationHeartbeat heartbeat(m_db.get(), m_created ? nullptr : t_migrationProgress,
                                 target - version);
    for (int first = version; version < target; ++version) {
        if (!heartbeat.startStep(version - first))
            throw StoreError(m_path + ": the upgrade was stopped", StoreError::Kind::Other,
                             SQLITE_INTERRUPT);
        execute(schema::kMigrations[static_cast<size_t>(version)]);
    }
    execute("PRAGMA user_version=" + std::to_string(version));
    transaction.commit();
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_statement(other.m_statement) {
    other.m_statement = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = other.m_db;
        m_statement = other.m_statement;
        other.m_statement = nullptr;
    }
    return *this;
}

Statement::~Statement() {
    sqlite3_finalize(m_statement);
}

Statement& Statement::bind(int index, std::int64_t value) {
    if (sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK) m_db->fail("bind");
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    if (sqlite3_bind_text64(m_statement, index, value.data(), value.size(), SQLITE_TRANSIENT,
                            SQLITE_UTF8) != SQLITE_OK)
        m_db->fail("bind");
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& value) {
    return value ? bind(index, std::string_view(*value)) : bindNull(index);
}

Statement& Statement::bind(int index, const std::optional<std::int64_t>& value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bindNull(int index) {
    if (sqlite3_bind_null(m_statement, index) != SQLITE_OK) m_db->fail("bind");
    return *this;
}

bool Statement::step() {
    int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    std::string sql = sqlite3_sql(m_statement) ? sqlite3_sql(m_statement) : "";
    sqlite3_reset(m_statement);
    sql.resize(std::min<size_t>(sql.size(), 60));
    m_db->fail(std::string(1, '"').append(sql).append("\" failed"));
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

std::string_view Statement::bytes(int column) const {
    const void* data = sqlite3_column_blob(m_statement, column);
    if (!data) return {};
    return {static_cast<const char*>(data),
            static_cast<size_t>(sqlite3_column_bytes(m_statement, column))};
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

std::optional<std::int64_t> Statement::optionalInteger(int column) const {
    if (isNull(column)) return std::nullopt;
    return integer(column);
}

Statement& Statement::bindBlob(int index, std::string_view bytes) {
    if (sqlite3_bind_blob64(m_statement, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT) !=
        SQLITE_OK)
        m_db->fail("bind");
    return *this;
}

std::string Statement::text(int column) const {
    const unsigned char* value = sqlite3_column_text(m_statement, column);
    if (!value) return {};
    return std::string(reinterpret_cast<const char*>(value),
                       static_cast<size_t>(sqlite3_column_bytes(m_statement, column)));
}

std::optional<std::string> Statement::optionalText(int column) const {
    if (isNull(column)) return std::nullopt;
    return text(column);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

Transaction::Transaction(Database& db, bool immediate) : m_db(db) {
    m_db.execute(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction() {
    if (!m_done) {
        try {
            m_db.execute("ROLLBACK");
        } catch (...) {
        }
    }
}

void Transaction::commit() {
    m_db.execute("COMMIT");
    m_done = true;
}

} // namespace heraut
