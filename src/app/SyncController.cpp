// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncController.h"

#include "CoreMessages.h"
#include "SyncErrorText.h"
#include "heraut/AccountStore.h"
#include "heraut/SyncEngine.h"

#include <QMetaObject>
#include <QStatusBar>
#include <ctime>
#include <utility>

namespace heraut::app {
namespace {

// Hands each callback from the sync thread to the controller's thread.
class QueuedSyncObserver : public SyncObserver {
  public:
    explicit QueuedSyncObserver(SyncController* target) : m_target(target) {}
    void progress(const Account& account, const SyncStage& stage) override {
        QString name = QString::fromStdString(account.displayTitle());
        QString what = SyncErrorText::stage(stage);
        QMetaObject::invokeMethod(
            m_target, [=, t = m_target] { emit t->progress(name, what); }, Qt::QueuedConnection);
    }

  private:
    SyncController* m_target;
};

} // namespace

SyncController::SyncController(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)) {
    m_pendingLabel = new QLabel;
    m_pendingLabel->setVisible(false);
    // Marks made anywhere (the list, the CLI) queue through the database; a count is cheap.
    connect(&m_pendingPoll, &QTimer::timeout, this, &SyncController::updatePending);
    m_pendingPoll.start(2000);
}

SyncController::~SyncController() {
    cancel();
    if (m_thread.joinable()) m_thread.join();
    if (m_pendingLabel && !m_pendingLabel->parent()) delete m_pendingLabel;
}

void SyncController::attach(QStatusBar* bar, QLabel* messages) {
    m_messages = messages;
    bar->addPermanentWidget(m_pendingLabel);
    connect(this, &SyncController::progress, this,
            [this](const QString& account, const QString& stage) {
                if (m_messages) m_messages->setText(tr("Syncing %1: %2").arg(account, stage));
            });
    updatePending();
}

QString SyncController::pendingText(int waiting) {
    return tr("%n change(s) waiting to sync", nullptr, waiting);
}

Database* SyncController::countDb() {
    if (!m_countDb) {
        try {
            m_countDb = std::make_unique<Database>(m_databasePath.toStdString(),
                                                   Database::Access::ReadOnly);
        } catch (const std::exception&) {
            // A database the reader cannot open is reported by the window itself.
        }
    }
    return m_countDb.get();
}

int SyncController::updatePending() {
    int waiting = 0;
    try {
        if (Database* db = countDb()) waiting = AccountStore(*db).pendingCount();
    } catch (const std::exception&) {
        m_countDb.reset(); // opened again at the next count
    }
    if (m_pendingLabel) {
        m_pendingLabel->setText(pendingText(waiting));
        m_pendingLabel->setVisible(waiting > 0);
    }
    return waiting;
}

bool SyncController::hasAccounts() {
    try {
        Database* db = countDb();
        return db && !AccountStore(*db).accounts().empty();
    } catch (const std::exception&) {
        m_countDb.reset();
        return false;
    }
}

void SyncController::start(bool force) {
    SyncOptions options;
    options.force = force;
    run(options);
}

void SyncController::run(const SyncOptions& options) {
    if (m_running || !hasAccounts()) return;
    if (m_thread.joinable()) m_thread.join();
    m_running = true;
    m_cancel = false;
    m_thread = std::thread([this, options, path = m_databasePath.toStdString()] {
        QueuedSyncObserver observer(this);
        SyncSummary summary;
        QString failure; // the sync could not start: no account's fault
        try {
            summary = Synchroniser(path).run(options, &observer, &m_cancel);
        } catch (const std::exception& error) {
            summary.failed = std::max(summary.failed, 1);
            failure = CoreMessages::failure(error);
        }
        QMetaObject::invokeMethod(
            this, [this, summary, failure] { onFinished(summary, failure); }, Qt::QueuedConnection);
    });
}

void SyncController::subscribe(std::int64_t accountId, const std::string& url,
                               const std::optional<std::string>& folder) {
    QString shown = QString::fromStdString(url);
    try {
        Database db(m_databasePath.toStdString());
        std::int64_t queued =
            AccountStore(db).queueSubscribe(accountId, url, folder.value_or(std::string()),
                                            static_cast<std::int64_t>(std::time(nullptr)));
        m_subscribing[queued] = shown;
    } catch (const std::exception& error) {
        QString reason = CoreMessages::failure(error);
        if (m_messages) m_messages->setText(tr("Could not subscribe to %1: %2").arg(shown, reason));
        emit subscribeRefused(shown, reason);
        return;
    }
    updatePending();
    if (m_messages) m_messages->setText(tr("Subscribing to %1…").arg(shown));
    if (m_running) {
        m_syncAgain = accountId;
        return;
    }
    SyncOptions options;
    options.accountIds = {accountId};
    run(options);
}

// What became of each subscription asked for: the sync's result names it by its queue id.
void SyncController::reportSubscriptions(const SyncSummary& summary) {
    for (const AccountSyncResult& result : summary.results) {
        for (const RefusedChange& refused : result.refused) {
            auto it = m_subscribing.find(refused.change.id);
            if (it == m_subscribing.end()) continue;
            QString reason = SyncErrorText::refused(refused.change, accountName(result.accountId));
            if (m_messages) m_messages->setText(reason);
            emit subscribeRefused(it->second, reason);
            m_subscribing.erase(it);
        }
        for (const auto& [queueId, remoteId] : result.subscribed) {
            auto it = m_subscribing.find(queueId);
            if (it == m_subscribing.end()) continue;
            std::optional<std::int64_t> feedId;
            try {
                if (Database* db = countDb())
                    feedId = AccountStore(*db).feedOfRemote(result.accountId, remoteId);
            } catch (const std::exception&) {
                m_countDb.reset();
            }
            if (m_messages) m_messages->setText(tr("Subscribed to %1.").arg(it->second));
            emit subscribed(feedId.value_or(0), it->second);
            m_subscribing.erase(it);
        }
    }
    if (m_syncAgain) return; // the next sync sends those still queued
    for (const auto& [queueId, url] : m_subscribing) {
        QString reason;
        for (const AccountSyncResult& result : summary.results)
            if (!result.ok) reason = SyncErrorText::describe(result, accountName(result.accountId));
        if (m_messages)
            m_messages->setText(
                tr("The subscription to %1 waits for the server: %2").arg(url, reason));
        emit subscribeWaiting(url, reason);
    }
    m_subscribing.clear();
}

QString SyncController::accountName(std::int64_t id) {
    try {
        if (Database* db = countDb())
            if (auto account = AccountStore(*db).account(id))
                return QString::fromStdString(account->displayTitle());
    } catch (const std::exception&) {
        m_countDb.reset();
    }
    return tr("Account %1").arg(id);
}

void SyncController::onFinished(const SyncSummary& summary, const QString& failure) {
    m_running = false;
    updatePending();
    QStringList lines;
    if (!failure.isEmpty()) lines << failure;
    for (const AccountSyncResult& r : summary.results)
        if (!r.ok) lines << SyncErrorText::describe(r, accountName(r.accountId));
    QString errors = lines.join(QLatin1Char('\n'));
    if (m_messages) {
        if (summary.failed > 0)
            m_messages->setText(tr("Sync failed: %1").arg(errors.section(QLatin1Char('\n'), 0, 0)));
        else
            m_messages->setText(tr("Synced %n account(s): %1.", nullptr, summary.accounts)
                                    .arg(tr("%n new article(s)", nullptr, summary.newArticles)));
        m_messages->setToolTip(errors);
    }
    reportSubscriptions(summary);
    emit finished(summary.accounts, summary.newArticles, summary.failed, errors);
    if (auto again = std::exchange(m_syncAgain, std::nullopt)) {
        SyncOptions options;
        options.accountIds = {*again};
        run(options);
    }
}

void SyncController::cancel() {
    m_cancel = true;
}

void SyncController::wait() {
    if (m_thread.joinable()) m_thread.join();
}

} // namespace heraut::app
