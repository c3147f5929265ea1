// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ArticleListModel.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"
#include "heraut/WatchLists.h"

#include <QStandardItemModel>

namespace heraut::app {

// The feed list: "All articles", "Unread", "Starred", the watch-lists, then folders and feeds,
// each with its unread count; feeds whose last refresh failed carry a warning and the error as
// tooltip.
class FeedTreeModel : public QStandardItemModel {
    Q_OBJECT

  public:
    enum Role {
        ScopeKindRole = Qt::UserRole + 1,
        FeedIdRole,
        FolderRole,
        UnreadRole,
        ErrorRole,
        QueryRole
    };

    FeedTreeModel(FeedStore& feeds, ArticleStore& articles, QObject* parent = nullptr);

    // Reads feeds and counts again; cheap enough to call after every change.
    void reload();
    // Shows the watch-lists of this store under "Starred"; without one the tree has none.
    void setWatchLists(WatchListStore* watchLists) { m_watchLists = watchLists; }

  signals:
    // A reload found more unread articles in a watch-list that asks for a notification.
    void watchListGrew(const QString& name, int newUnread);

  public:
    static ArticleScope scopeOf(const QModelIndex& index);
    QModelIndex indexOfScope(const ArticleScope& scope) const;
    int totalUnread() const { return m_counts.total; }
    std::vector<Feed> failingFeeds() const;
    // The first feed after `after`, in the order the tree shows them, that has unread articles.
    QModelIndex nextFeedWithUnread(const QModelIndex& after) const;

  private:
    QStandardItem* makeItem(const QString& name, int unread, ArticleScope::Kind kind);
    void setCount(QStandardItem* item, const QString& name, int unread);
    void rebuild();
    void updateCounts();

    FeedStore& m_feeds;
    ArticleStore& m_articles;
    UnreadCounts m_counts;
    std::vector<Feed> m_feedList;
    // What the tree was built from: when only counts change, rows are updated in place, so
    // selection and expansion in the view stay as the reader left them.
    std::vector<std::tuple<std::int64_t, std::string, std::optional<std::string>,
                           std::optional<std::string>, bool>>
        m_shape;
    std::map<std::int64_t, QStandardItem*> m_feedItems;
    std::map<std::string, QStandardItem*> m_folderItems;
    void readWatchLists();
    WatchListStore* m_watchLists = nullptr;
    std::vector<WatchList> m_watchListRows;
    std::map<std::int64_t, WatchListCount> m_watchCounts;
    std::map<std::int64_t, QStandardItem*> m_watchItems;
};

} // namespace heraut::app
