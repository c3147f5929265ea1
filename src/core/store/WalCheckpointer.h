// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

struct sqlite3;

namespace heraut {

// Copies a writer's committed WAL frames into the database file on a thread and connection of
// its own. SQLite's automatic checkpoint runs inside the writer's commit every 1 000 pages and
// makes it wait for the copy and two fsyncs: a third of a bulk ingest's time.
// The thread copies once the WAL holds kCopyFromPages, as SQLite would: a copy after every
// small commit costs two fsyncs each, which made a refresh of 200 unchanged feeds (200 small
// commits) wait on 140 fsyncs. The WAL then grows while the writer keeps committing, as the
// copy never quite catches up with it; past kWalLimitPages the writer waits for the copy to
// finish once, so that its next transaction starts the WAL from the beginning again.
class WalCheckpointer {
  public:
    static constexpr int kCopyFromPages = 1000;  // SQLite's own automatic checkpoint
    static constexpr int kWalLimitPages = 16384; // 64 MiB of 4 KiB pages

    // Opens its own connection to `path`, which must already hold the schema; throws StoreError.
    explicit WalCheckpointer(const std::string& path);
    // Copies what the last commits left, so the file holds them even while other connections
    // keep the WAL open (unless one of those is checkpointing just then: the frames stay in the
    // WAL, where readers find them too), then stops the thread and closes its connection.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // Becomes the writer's wal hook (sqlite3_wal_hook) in place of the automatic checkpoint.
    void attachTo(sqlite3* writer);

  private:
    static int afterCommit(void* self, sqlite3* writer, const char* schema, int walPages);
    void nudge();
    void run(std::stop_token stop);

    struct Closer {
        void operator()(sqlite3* db) const;
    };
    std::unique_ptr<sqlite3, Closer> m_db;
    std::mutex m_checkpointing; // one checkpoint at a time: SQLite refuses a second anyway
    std::mutex m_nudgeMutex;
    std::condition_variable_any m_wake;
    bool m_framesWaiting = false;
    bool m_framesUncopied = false; // committed since the last nudge, too few to copy yet
    std::jthread m_thread;         // last: stopped and joined before the members it uses go
};

} // namespace heraut
