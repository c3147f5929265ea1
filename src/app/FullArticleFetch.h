// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace heraut::app {

// "Fetch full article": fetches one article's page on a thread of its own, with a connection
// of its own, so the window never waits for the network. The answer comes back as a queued
// signal on the window's thread.
class FullArticleFetch : public QObject {
    Q_OBJECT

  public:
    explicit FullArticleFetch(QString databasePath, QObject* parent = nullptr)
        : QObject(parent), m_databasePath(std::move(databasePath)) {}

    // Starts the fetch and returns at once; an article already on its way is not fetched twice.
    void start(qint64 articleId);
    bool running(qint64 articleId) const { return m_running.contains(articleId); }

  signals:
    // `stored`: the page's article is in the cache now. `message` says what happened, for the
    // status bar.
    void finished(qint64 articleId, bool stored, const QString& message);

  private:
    QString m_databasePath;
    QSet<qint64> m_running;
};

} // namespace heraut::app
