// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ArticleListModel.h"
#include "StoreErrors.h"
#include "heraut/FeedStore.h"
#include "heraut/FullArticleStore.h"
#include "heraut/Refresher.h"
#include "heraut/Subscriptions.h"

#include <QObject>
#include <QPoint>
#include <QUrl>

class QLabel;
class QMainWindow;
class QTreeView;

namespace heraut::app {

class FeedTreeModel;
class SyncController;
class WatchListActions;

// What the reader does to its subscriptions: the feed list's context menu (refresh, mark read,
// rename, move, full-article and image settings, remove), adding a feed (feed discovery and the
// first fetch on threads of their own, never the window's) and OPML import and export. What it
// cannot do itself (refreshing, selecting, opening a link) it asks the window for by signal.
class FeedActions : public QObject {
    Q_OBJECT

  public:
    FeedActions(QMainWindow& window, Database& db, FeedStore& feeds, StoreErrors& errors,
                QTreeView& feedView, const ArticleListModel& list, QLabel& status);

    // The context menu of the feed list's row at `position` (the view's viewport coordinates).
    void showContextMenu(const QPoint& position);
    // Asks for the feed's folder (its own preselected, any folder name whole) and moves it
    // there; false when it was not moved.
    bool moveFeed(const Feed& feed);
    void addFeed();
    void importOpmlFile();
    void exportOpmlFile();
    // Subscribes on a thread (the first fetch can take seconds), then selects the new feed.
    void subscribeInBackground(const SubscribeRequest& request,
                               FullArticlesMode fullArticles = FullArticlesMode::Auto);
    // With it, Add feed offers the server reader accounts, and subscribes in one through it.
    void setSyncController(SyncController* sync);
    // With it, the context menu offers to make, change and remove watch-lists.
    void setWatchListActions(WatchListActions* watchLists) { m_watchLists = watchLists; }

    // In the status bar, long enough to read a path.
    void notice(const QString& text);

  signals:
    void feedsChanged();                            // the feed list must be read again
    void scopeRequested(const ArticleScope& scope); // select this in the feed list
    void refreshRequested(const RefreshOptions& options);
    void markAllReadRequested(const ArticleScope& scope);
    void openRequested(const QUrl& url);

  private:
    void addFeedItems(class QMenu& menu, const Feed& feed);
    void offerDiscovered(const std::vector<DiscoveredFeed>& found, SubscribeRequest request,
                         FullArticlesMode mode);
    // The folder the reader is in: the selected folder, or the selected feed's.
    QString currentFolder() const;

    SyncController* m_sync = nullptr;
    WatchListActions* m_watchLists = nullptr;
    QMainWindow& m_window;
    Database& m_db;
    FeedStore& m_feeds;
    StoreErrors& m_errors;
    QTreeView& m_feedView;
    const ArticleListModel& m_list;
    QLabel& m_status;
};

} // namespace heraut::app
