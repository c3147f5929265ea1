// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/ArticleStore.h"

#include <QObject>
#include <QString>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <thread>

namespace heraut::app {

// Runs the reader's searches on a thread of its own, over a connection of its own (each thread
// that touches the database has one, DESIGN.md), so typing never waits for SQLite. Only the
// latest search counts: one replaced while it runs is interrupted, and the rows of one that
// finished meanwhile are never delivered.
class SearchRunner : public QObject {
    Q_OBJECT

  public:
    // `access` as the reader's own connection was opened: a window opened read-only (a damaged
    // or unwritable file) must not have its searches write.
    explicit SearchRunner(QString databasePath,
                          Database::Access access = Database::Access::ReadWrite,
                          QObject* parent = nullptr);
    ~SearchRunner() override;

    // Replaces whatever search waits or runs; returns the ticket finished() will carry.
    std::uint64_t start(const SearchQuery& query, int limit, ArticleStore::Backlog backlog);
    // Drops the search that waits or runs: the reader left the search.
    void cancel();

  signals:
    // On the runner's own thread, for the latest search only.
    void finished(std::uint64_t ticket, const std::vector<heraut::ArticleHeadline>& rows);
    void failed(std::uint64_t ticket, const QString& message);

  private:
    struct Request {
        std::uint64_t ticket = 0;
        SearchQuery query;
        int limit = 0;
        ArticleStore::Backlog backlog = ArticleStore::Backlog::IndexFirst;
    };
    void run();
    void open(std::unique_ptr<Database>& db);
    void replaceRunning(); // with m_mutex held
    void deliver(std::uint64_t ticket, std::vector<ArticleHeadline> rows, QString error);

    std::string m_path;
    Database::Access m_access;
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
