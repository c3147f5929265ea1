// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefreshController.h"

#include <QMetaObject>

namespace heraut::app {
namespace {

// Hands each callback from the refresh thread to the controller's thread.
class QueuedObserver : public RefreshObserver {
  public:
    explicit QueuedObserver(RefreshController* target) : m_target(target) {}
    void started(int total) override {
        QMetaObject::invokeMethod(
            m_target, [t = m_target, total] { emit t->started(total); }, Qt::QueuedConnection);
    }
    void feedDone(const FeedRefreshResult& r, int done, int total) override {
        QString title = QString::fromStdString(r.title);
        QString error = QString::fromStdString(r.error);
        int added = r.changes.added;
        qint64 id = r.feedId;
        QMetaObject::invokeMethod(
            m_target, [=, t = m_target] { emit t->feedDone(done, total, added, title, error, id); },
            Qt::QueuedConnection);
    }
    void queued(const std::vector<Feed>& feeds) override {
        QList<qint64> ids;
        QStringList titles;
        for (const Feed& feed : feeds) {
            ids << feed.id;
            titles << QString::fromStdString(feed.displayTitle());
        }
        QMetaObject::invokeMethod(
            m_target, [=, t = m_target] { emit t->queued(ids, titles); }, Qt::QueuedConnection);
    }

    void pageDone(const PageFetchResult& r, int done, int total) override {
        QMetaObject::invokeMethod(
            m_target, [=, t = m_target] { emit t->pageProgress(done, total); },
            Qt::QueuedConnection);
        if (r.outcome != PageFetchResult::Outcome::Stored) return;
        qint64 id = r.articleId;
        QMetaObject::invokeMethod(
            m_target, [id, t = m_target] { emit t->pageStored(id); }, Qt::QueuedConnection);
    }

  private:
    RefreshController* m_target;
};

} // namespace

RefreshController::RefreshController(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)) {}

RefreshController::~RefreshController() {
    cancel();
    if (m_thread.joinable()) m_thread.join();
}

void RefreshController::start(const RefreshOptions& options) {
    if (m_running) return;
    if (m_thread.joinable()) m_thread.join();
    m_running = true;
    m_cancel = false;
    m_thread = std::thread([this, options, path = m_databasePath.toStdString()] {
        QueuedObserver observer(this);
        RefreshSummary summary;
        QString failure;
        int kind = 0;
        int code = 0;
        try {
            summary = Refresher(path).run(options, &observer, &m_cancel);
        } catch (const std::exception& error) {
            summary.failed = summary.feeds;
            failure = QString::fromUtf8(error.what());
            if (const auto* store = dynamic_cast<const StoreError*>(&error)) {
                kind = static_cast<int>(store->kind());
                code = store->resultCode();
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, summary, failure, kind, code] {
                m_running = false;
                emit finished(summary.feeds, summary.failed, summary.newArticles,
                              summary.cancelled);
                if (!failure.isEmpty()) emit storeFailed(failure, kind, code);
                if (summary.notStoredArticles > 0 || !summary.retentionError.empty())
                    emit storeNotes(
                        summary.notStoredArticles, QString::fromStdString(summary.retentionError),
                        static_cast<int>(summary.retentionErrorKind), summary.retentionErrorCode);
            },
            Qt::QueuedConnection);
    });
}

void RefreshController::cancel() {
    m_cancel = true;
}

void RefreshController::wait() {
    if (m_thread.joinable()) m_thread.join();
}

} // namespace heraut::app
