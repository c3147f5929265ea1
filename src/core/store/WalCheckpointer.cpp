// SPDX-License-Identifier: GPL-3.0-or-later
#include "WalCheckpointer.h"

#include "heraut/Database.h"

#include <sqlite3.h>

namespace heraut {

namespace {

// PASSIVE never waits for the writer. A failure (SQLITE_BUSY while the other side copies, an
// I/O error) leaves the frames in the WAL, where readers still find them, for the next try.
void copyCommittedFrames(sqlite3* db) {
    sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
}

} // namespace

void WalCheckpointer::Closer::operator()(sqlite3* db) const {
    sqlite3_close_v2(db);
}

WalCheckpointer::WalCheckpointer(const std::string& path) {
    sqlite3* handle = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                             nullptr);
    m_db.reset(handle);
    if (rc != SQLITE_OK)
        throw StoreError(path + ": cannot open a checkpoint connection: " +
                         (handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc)));
    // Syncs the WAL before copying it and the file after, as the writer's own checkpoint would.
    sqlite3_exec(handle, "PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr);
    m_thread = std::jthread([this](std::stop_token stop) { run(stop); });
}

WalCheckpointer::~WalCheckpointer() {
    {
        std::lock_guard lock(m_nudgeMutex);
        m_framesWaiting = m_framesWaiting || m_framesUncopied;
    }
    m_thread.request_stop();
    m_thread.join();
}

void WalCheckpointer::attachTo(sqlite3* writer) {
    sqlite3_wal_hook(writer, &WalCheckpointer::afterCommit, this);
}

int WalCheckpointer::afterCommit(void* self, sqlite3* writer, const char*, int walPages) {
    auto* checkpointer = static_cast<WalCheckpointer*>(self);
    if (walPages < kCopyFromPages) {
        std::lock_guard lock(checkpointer->m_nudgeMutex);
        checkpointer->m_framesUncopied = true;
    } else if (walPages < kWalLimitPages) {
        checkpointer->nudge();
    } else {
        std::lock_guard lock(checkpointer->m_checkpointing);
        copyCommittedFrames(writer); // most are copied already: this finishes the rest
    }
    return SQLITE_OK;
}

void WalCheckpointer::nudge() {
    {
        std::lock_guard lock(m_nudgeMutex);
        m_framesWaiting = true;
        m_framesUncopied = false;
    }
    m_wake.notify_one();
}

void WalCheckpointer::run(std::stop_token stop) {
    while (true) {
        {
            // Once stopped, the wait still answers true while a commit waits to be copied.
            std::unique_lock lock(m_nudgeMutex);
            if (!m_wake.wait(lock, stop, [this] { return m_framesWaiting; })) return;
            m_framesWaiting = false;
        }
        std::lock_guard lock(m_checkpointing);
        copyCommittedFrames(m_db.get());
    }
}

} // namespace heraut
