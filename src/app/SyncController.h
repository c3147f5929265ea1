// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <atomic>
#include <memory>
#include <thread>

class QStatusBar;

namespace heraut {
class Database;
}

namespace heraut::app {

// Syncs the server reader accounts (Synchroniser) on a worker thread, at start and on the
// refresh interval, and keeps the reader told in the status bar: the stage of the sync, its
// errors, and how many local changes still wait for the server ("3 changes waiting to sync").
// Without accounts it does nothing and shows nothing: local mode stays as it was.
class SyncController : public QObject {
    Q_OBJECT

  public:
    SyncController(QString databasePath, QObject* parent = nullptr);
    ~SyncController() override;

    // Messages go to `messages` (the window's status text); the pending count gets a label of
    // its own at the bar's right, hidden while nothing waits.
    void attach(QStatusBar* bar, QLabel* messages);

    bool isRunning() const { return m_running; }
    // Starts a sync of every account (`force`) or of those due; nothing when one runs.
    void start(bool force);
    void cancel();
    // Waits for a running sync to end (tests, and closing the window).
    void wait();

    // Reads the queue again and updates the pending label; returns the count.
    int updatePending();
    QLabel* pendingLabel() const { return m_pendingLabel.data(); }
    static QString pendingText(int waiting);

  signals:
    void progress(const QString& account, const QString& stage);
    // `errors`: one line per failed account, empty when all went well.
    void finished(int accounts, int newArticles, int failed, const QString& errors);

  private:
    void onFinished(int accounts, int newArticles, int failed, const QString& errors);
    bool hasAccounts();
    Database* countDb();

    QString m_databasePath;
    std::unique_ptr<Database> m_countDb; // the GUI thread's read-only connection for counts
    QLabel* m_messages = nullptr;
    QPointer<QLabel> m_pendingLabel; // owned by the status bar once attached
    QTimer m_pendingPoll;
    std::thread m_thread;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
};

} // namespace heraut::app
