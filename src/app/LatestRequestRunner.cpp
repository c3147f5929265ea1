// SPDX-License-Identifier: GPL-3.0-or-later
#include "LatestRequestRunner.h"

#include <QMetaObject>

namespace heraut::app {

LatestRequestRunner::LatestRequestRunner(std::string databasePath, Database::Access access,
                                         Open open, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath)), m_access(access),
      m_openAtOnce(open == Open::AtOnce), m_thread([this] { run(); }) {}

LatestRequestRunner::~LatestRequestRunner() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        ++m_latest;
        replaceRunning();
    }
    m_wake.notify_one();
    m_thread.join();
}

std::uint64_t LatestRequestRunner::start(Job job) {
    std::uint64_t ticket = 0;
    {
        std::lock_guard lock(m_mutex);
        ticket = ++m_latest;
        m_pending = Request{ticket, std::move(job)};
        replaceRunning();
    }
    m_wake.notify_one();
    return ticket;
}

void LatestRequestRunner::cancel() {
    std::lock_guard lock(m_mutex);
    ++m_latest;
    m_pending.reset();
    replaceRunning();
}

void LatestRequestRunner::replaceRunning() {
    // Only while a job runs: the flag would otherwise be left for no statement.
    if (m_running && m_db) m_db->interrupt();
}

void LatestRequestRunner::open(std::unique_ptr<Database>& db) {
    db = std::make_unique<Database>(m_path, m_access);
    std::lock_guard lock(m_mutex);
    m_db = db.get();
}

void LatestRequestRunner::run() {
    std::unique_ptr<Database> db;
    if (m_openAtOnce) {
        try {
            open(db);
        } catch (const std::exception&) {
        }
    }
    Connection connection = [&]() -> Database& {
        if (!db) open(db);
        return *db;
    };
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || m_pending; });
        if (m_stopping) break;
        Request request = std::move(*m_pending);
        m_pending.reset();
        m_running = true;
        lock.unlock();
        Delivery delivery = runJob(request, connection);
        lock.lock();
        m_running = false;
        if (delivery && request.ticket == m_latest) deliver(request.ticket, std::move(delivery));
    }
    m_db = nullptr;
}

LatestRequestRunner::Delivery LatestRequestRunner::runJob(const Request& request,
                                                          const Connection& connection) {
    try {
        return request.job(connection);
    } catch (...) { // a job reports its own errors; one that escapes must not end the thread
        return {};
    }
}

void LatestRequestRunner::deliver(std::uint64_t ticket, Delivery delivery) {
    QMetaObject::invokeMethod(
        this,
        [this, ticket, delivery = std::move(delivery)] {
            {
                std::lock_guard lock(m_mutex);
                if (ticket != m_latest) return; // replaced while on its way
            }
            delivery(ticket);
        },
        Qt::QueuedConnection);
}

} // namespace heraut::app
