// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Database.h"

#include <QObject>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace heraut::app {

// Runs the reader's database requests (searches, briefings) on a thread of its own, over a
// connection of its own (each thread that touches the database has one, DESIGN.md), where only
// the latest request counts: a newer one, or cancel(), replaces the one that waits and
// interrupts the one that runs (Database::interrupt), and what an older one produced is never
// delivered.
class LatestRequestRunner : public QObject {
    Q_OBJECT

  public:
    // Called on the owner's thread with the request's ticket, only while it is the latest.
    using Delivery = std::function<void(std::uint64_t ticket)>;
    // The runner's connection, opened on first use; throws StoreError when it cannot be opened.
    using Connection = std::function<Database&()>;
    // Runs on the runner's thread; catches its own errors and says what to deliver (empty:
    // nothing).
    using Job = std::function<Delivery(const Connection& connection)>;

    // AtOnce: opening takes the write lock for a moment, which a refresh may hold for seconds
    // once it runs; a failure then is tried again, and reported, by the first job.
    enum class Open { AtOnce, OnFirstJob };

    LatestRequestRunner(std::string databasePath, Database::Access access, Open open,
                        QObject* parent = nullptr);
    // Interrupts the job that runs and waits for its thread: nothing is delivered afterwards.
    ~LatestRequestRunner() override;

    // Replaces whatever waits or runs; returns the ticket its delivery will carry.
    std::uint64_t start(Job job);
    // Drops the request that waits or runs.
    void cancel();

  private:
    struct Request {
        std::uint64_t ticket = 0;
        Job job;
    };
    void run();
    Delivery runJob(const Request& request, const Connection& connection);
    void open(std::unique_ptr<Database>& db);
    void replaceRunning();                                 // with m_mutex held
    void deliver(std::uint64_t ticket, Delivery delivery); // with m_mutex held

    std::string m_path;
    Database::Access m_access;
    bool m_openAtOnce;
    std::mutex m_mutex; // guards everything below but the thread
    std::condition_variable m_wake;
    std::optional<Request> m_pending;
    std::uint64_t m_latest = 0;
    bool m_running = false;
    bool m_stopping = false;
    Database* m_db = nullptr; // the thread's connection, once opened
    std::thread m_thread;
};

} // namespace heraut::app
