// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Refresher.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <thread>

namespace heraut::app {

// Runs a refresh on a worker thread and reports back through queued signals, so the window
// keeps painting while 200 feeds refresh or a server stalls.
class RefreshController : public QObject {
    Q_OBJECT

  public:
    RefreshController(QString databasePath, QObject* parent = nullptr);
    ~RefreshController() override;

    bool isRunning() const { return m_running; }
    void start(const RefreshOptions& options);
    void cancel();
    // Waits for a running refresh to end (tests, and closing the window).
    void wait();

  signals:
    void started(int totalFeeds);
    void feedDone(int done, int total, int newArticles, const QString& title, const QString& error,
                  qint64 feedId);
    // The feeds this refresh fetches, in the order given; after started().
    void queued(const QList<qint64>& feedIds, const QStringList& titles);
    // What the database refused, after finished(): articles fetched but not stored (the next
    // refresh fetches them again), and why old articles could not be removed (`kind` is a
    // StoreError::Kind, `resultCode` StoreError::resultCode(); detail empty when they were).
    void storeNotes(int notStoredArticles, const QString& retentionError, int kind, int resultCode);
    void finished(int feeds, int failed, int newArticles, bool cancelled);
    // An article's page was fetched and its full article stored, after the headlines: the
    // list's mark and an open article can follow without a reload.
    void pageStored(qint64 articleId);
    // Every article page fetched (stored or failed) of the `total` this refresh fetches: the
    // pages follow the feeds and can take minutes for a slow or unreachable site.
    void pageProgress(int done, int total);
    // The refresh could not use the database at all (busy, damaged, read-only); after finished.
    // `kind` is a StoreError::Kind, `resultCode` StoreError::resultCode().
    void storeFailed(const QString& detail, int kind, int resultCode);

  private:
    QString m_databasePath;
    std::thread m_thread;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
};

} // namespace heraut::app
