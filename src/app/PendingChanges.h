// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreErrors.h"
#include "heraut/ArticleStore.h"

#include <QObject>
#include <QTimer>
#include <map>

namespace heraut::app {

// Read and starred marks the reader made that the database has not taken yet. Each mark is
// written at once; one that cannot be (another program holds the write lock, the disk is full,
// the file is read-only) waits here and shows as made, and is written again on a timer, with
// the next mark, and when the window closes. A read mark is never recoverable once lost.
class PendingChanges : public QObject {
    Q_OBJECT

  public:
    PendingChanges(Database& db, ArticleStore& store, StoreErrors& errors,
                   QObject* parent = nullptr);

    void setRead(const std::vector<std::int64_t>& ids, bool read);
    void setStarred(std::int64_t id, bool starred);

    // Writes what waits; true when nothing waits any more. Each write waits for another
    // connection's lock for up to `waitMs` (-1: the database's own busy timeout).
    bool flush(int waitMs = -1);
    // The same without telling anyone: for a window on its way out.
    bool flushSilently();
    bool isEmpty() const { return m_read.empty() && m_starred.empty(); }
    int size() const { return static_cast<int>(m_read.size() + m_starred.size()); }

    // A row as the database has it, with the marks that still wait on it.
    void applyTo(ArticleHeadline& row) const;

    // How often waiting marks are tried again, and how long each try waits for the lock, so the
    // window keeps painting while another program holds it.
    void setRetry(int intervalMs, int waitMs);
    bool retrying() const { return m_retry.isActive(); }

  signals:
    void changed(int waiting); // after each write or failed write: how many marks wait

  private:
    void write(int waitMs);
    void writeGroup(std::map<std::int64_t, bool>& marks, bool value, bool starred);

    Database& m_db;
    ArticleStore& m_store;
    StoreErrors& m_errors;
    std::map<std::int64_t, bool> m_read;
    std::map<std::int64_t, bool> m_starred;
    QTimer m_retry;
    int m_retryWaitMs = 250;
};

} // namespace heraut::app
