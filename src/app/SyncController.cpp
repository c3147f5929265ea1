// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncController.h"

#include "heraut/AccountStore.h"
#include "heraut/SyncEngine.h"

#include <QMetaObject>
#include <QStatusBar>

namespace heraut::app {
namespace {

// Hands each callback from the sync thread to the controller's thread.
class QueuedSyncObserver : public SyncObserver {
  public:
    explicit QueuedSyncObserver(SyncController* target) : m_target(target) {}
    void progress(const Account& account, const std::string& stage) override {
        QString name = QString::fromStdString(account.displayTitle());
        QString what = QString::fromStdString(stage);
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
    if (m_running || !hasAccounts()) return;
    if (m_thread.joinable()) m_thread.join();
    m_running = true;
    m_cancel = false;
    m_thread = std::thread([this, force, path = m_databasePath.toStdString()] {
        QueuedSyncObserver observer(this);
        SyncSummary summary;
        QString errors;
        try {
            SyncOptions options;
            options.force = force;
            summary = Synchroniser(path).run(options, &observer, &m_cancel);
            for (const AccountSyncResult& r : summary.results)
                if (!r.ok) errors += QString::fromStdString(r.error) + QLatin1Char('\n');
        } catch (const std::exception& error) {
            summary.failed = std::max(summary.failed, 1);
            errors = QString::fromUtf8(error.what());
        }
        QMetaObject::invokeMethod(
            this,
            [this, summary, errors = errors.trimmed()] {
                onFinished(summary.accounts, summary.newArticles, summary.failed, errors);
            },
            Qt::QueuedConnection);
    });
}

void SyncController::onFinished(int accounts, int newArticles, int failed, const QString& errors) {
    m_running = false;
    updatePending();
    if (m_messages) {
        if (failed > 0)
            m_messages->setText(tr("Sync failed: %1").arg(errors.section(QLatin1Char('\n'), 0, 0)));
        else
            m_messages->setText(
                tr("Synced %n account(s): %1 new articles.", nullptr, accounts).arg(newArticles));
        m_messages->setToolTip(errors);
    }
    emit finished(accounts, newArticles, failed, errors);
}

void SyncController::cancel() {
    m_cancel = true;
}

void SyncController::wait() {
    if (m_thread.joinable()) m_thread.join();
}

} // namespace heraut::app
