// SPDX-License-Identifier: GPL-3.0-or-later
#include "BriefingRunner.h"

#include "CoreMessages.h"

#include "heraut/StoryStore.h"

#include <QMetaObject>

namespace heraut::app {

BriefingRunner::BriefingRunner(QString databasePath, Database::Access access, QObject* parent)
    : QObject(parent), m_path(databasePath.toStdString()), m_access(access),
      m_thread([this] { run(); }) {}

BriefingRunner::~BriefingRunner() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        replaceRunning();
    }
    m_wake.notify_one();
    m_thread.join();
}

std::uint64_t BriefingRunner::start(const BriefingOptions& options, std::int64_t now) {
    std::uint64_t ticket = 0;
    {
        std::lock_guard lock(m_mutex);
        ticket = ++m_latest;
        m_pending = Request{ticket, options, now};
        replaceRunning();
    }
    m_wake.notify_one();
    return ticket;
}

void BriefingRunner::cancel() {
    std::lock_guard lock(m_mutex);
    ++m_latest;
    m_pending.reset();
    replaceRunning();
}

void BriefingRunner::replaceRunning() {
    // Only while a briefing is built: the flag would otherwise be left for no statement.
    if (m_running && m_db) m_db->interrupt();
}

void BriefingRunner::open(std::unique_ptr<Database>& db) {
    db = std::make_unique<Database>(m_path, m_access);
    std::lock_guard lock(m_mutex);
    m_db = db.get();
}

void BriefingRunner::run() {
    std::unique_ptr<Database> db;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || m_pending; });
        if (m_stopping) break;
        Request request = std::move(*m_pending);
        m_pending.reset();
        m_running = true;
        lock.unlock();
        build(request, db);
        lock.lock();
        m_running = false;
    }
    m_db = nullptr;
}

void BriefingRunner::build(const Request& request, std::unique_ptr<Database>& db) {
    Briefing briefing;
    QString error;
    try {
        if (!db) open(db);
        StoryStore stories(*db);
        BriefingOptions options = request.options;
        options.storyOf = [&stories](std::int64_t id) { return stories.storyOf(id); };
        briefing = buildBriefing(*db, options, request.now);
    } catch (const std::exception& e) { // worded in the reader's language
        error = CoreMessages::failure(e);
    }
    QMetaObject::invokeMethod(
        this,
        [this, ticket = request.ticket, briefing = std::move(briefing), error] {
            {
                std::lock_guard lock(m_mutex);
                if (ticket != m_latest) return; // replaced while built or on its way
            }
            if (error.isEmpty())
                emit finished(ticket, briefing);
            else
                emit failed(ticket, error);
        },
        Qt::QueuedConnection);
}

} // namespace heraut::app
