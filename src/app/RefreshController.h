// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Refresher.h"

#include <QObject>
#include <QString>
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
    void feedDone(int done, int total, int newArticles, const QString& title, const QString& error);
    void finished(int feeds, int failed, int newArticles, bool cancelled);
    // The refresh could not use the database at all (busy, damaged, read-only); after finished.
    // `kind` is a StoreError::Kind.
    void storeFailed(const QString& detail, int kind);

  private:
    QString m_databasePath;
    std::thread m_thread;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
};

} // namespace heraut::app
