// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LatestRequestRunner.h"
#include "heraut/ArticleStore.h"

#include <QObject>
#include <QString>
#include <cstdint>

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

    // Replaces whatever search waits or runs; returns the ticket finished() will carry.
    std::uint64_t start(const SearchQuery& query, int limit, ArticleStore::Backlog backlog);
    // Drops the search that waits or runs: the reader left the search.
    void cancel();

  signals:
    // On the runner's own thread, for the latest search only.
    void finished(std::uint64_t ticket, const std::vector<heraut::ArticleHeadline>& rows);
    void failed(std::uint64_t ticket, const QString& message);

  private:
    LatestRequestRunner m_runner;
};

} // namespace heraut::app
