// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>

class QStatusBar;

namespace heraut {
class Database;
struct SyncOptions;
struct SyncSummary;
} // namespace heraut

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
    // Subscribes to `url` in an account, in `folder` (nullopt: top level): queued at once, so
    // nothing is lost with the server away, then sent by a sync of that account, now or right
    // after the one running. Ends in subscribed(), subscribeRefused() or subscribeWaiting(),
    // each also said in the status bar.
    void subscribe(std::int64_t accountId, const std::string& url,
                   const std::optional<std::string>& folder);
    void cancel();
    // Waits for a running sync to end (tests, and closing the window).
    void wait();

    // Reads the queue again and updates the pending label; returns the count.
    int updatePending();
    QLabel* pendingLabel() const { return m_pendingLabel.data(); }
    static QString pendingText(int waiting);

  signals:
    void progress(const QString& account, const QString& stage);
    // `errors`: one line per failed account (translated), empty when all went well.
    void finished(int accounts, int newArticles, int failed, const QString& errors);
    void subscribed(qint64 feedId, const QString& url);
    void subscribeRefused(const QString& url, const QString& reason); // left the queue
    void subscribeWaiting(const QString& url, const QString& reason); // sent by a later sync

  private:
    void run(const SyncOptions& options);
    void onFinished(const SyncSummary& summary, const QString& failure);
    QString accountName(std::int64_t id);
    void reportSubscriptions(const SyncSummary& summary);
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
    std::map<std::int64_t, QString> m_subscribing; // queue id -> URL, until its sync ended
    std::optional<std::int64_t> m_syncAgain;       // an account to sync after the running one
};

} // namespace heraut::app
