// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchRunner.h"

#include "ArticleListModel.h"

#include <QMetaObject>

namespace heraut::app {

SearchRunner::SearchRunner(QString databasePath, Database::Access access, QObject* parent)
    : QObject(parent), m_path(databasePath.toStdString()), m_access(access),
      m_thread([this] { run(); }) {}

SearchRunner::~SearchRunner() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        replaceRunning();
    }
    m_wake.notify_one();
    m_thread.join();
}

std::uint64_t SearchRunner::start(const SearchQuery& query, int limit,
                                  ArticleStore::Backlog backlog) {
    std::uint64_t ticket = 0;
    {
        std::lock_guard lock(m_mutex);
        ticket = ++m_latest;
        m_pending = Request{ticket, query, limit, backlog};
        replaceRunning();
    }
    m_wake.notify_one();
    return ticket;
}

void SearchRunner::cancel() {
    std::lock_guard lock(m_mutex);
    ++m_latest;
    m_pending.reset();
    replaceRunning();
}

void SearchRunner::replaceRunning() {
    // Only while a search runs: the flag would otherwise be left for no statement.
    if (m_running && m_db) m_db->interrupt();
}

void SearchRunner::open(std::unique_ptr<Database>& db) {
    db = std::make_unique<Database>(m_path, m_access);
    std::lock_guard lock(m_mutex);
    m_db = db.get();
}

void SearchRunner::run() {
    std::unique_ptr<Database> db;
    // Opened at once: opening takes the write lock for a moment, which a refresh may hold for
    // seconds once it runs. A failure here is tried again, and reported, by the first search.
    try {
        open(db);
    } catch (const std::exception&) {
    }
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || m_pending; });
        if (m_stopping) break;
        Request request = std::move(*m_pending);
        m_pending.reset();
        m_running = true;
        lock.unlock();
        std::vector<ArticleHeadline> rows;
        QString error;
        try {
            if (!db) open(db);
            rows = ArticleStore(*db).search(request.query, request.limit, request.backlog);
        } catch (const StoreError& e) {
            error = ArticleListModel::searchFailed(e);
        } catch (const std::exception&) {
            error = tr("The search failed.");
        }
        lock.lock();
        m_running = false;
        if (request.ticket == m_latest) deliver(request.ticket, std::move(rows), error);
    }
    m_db = nullptr;
    lock.unlock();
}

void SearchRunner::deliver(std::uint64_t ticket, std::vector<ArticleHeadline> rows, QString error) {
    QMetaObject::invokeMethod(
        this,
        [this, ticket, rows = std::move(rows), error] {
            {
                std::lock_guard lock(m_mutex);
                if (ticket != m_latest) return; // replaced while on its way
            }
            if (error.isEmpty())
                emit finished(ticket, rows);
            else
                emit failed(ticket, error);
        },
        Qt::QueuedConnection);
}

} // namespace heraut::app
