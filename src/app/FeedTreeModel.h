// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountNodes.h"
#include "ArticleListModel.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"
#include "heraut/WatchLists.h"

#include <QStandardItemModel>
#include <functional>

namespace heraut::app {

class FeedIcons;

// The feed list: "All articles", "Unread", "Starred", the watch-lists, then folders (inside
// folders) and feeds, each with its unread count; feeds whose last refresh failed carry a warning
// and the error as tooltip. Feeds and folders are dragged into other folders or to the top level:
// the store moves them, and the tree is read again (feedsMoved).
class FeedTreeModel : public QStandardItemModel {
    Q_OBJECT

  public:
    enum Role {
        ScopeKindRole = Qt::UserRole + 1,
        FeedIdRole,
        FolderRole,
        UnreadRole,
        ErrorRole,
        FolderIdRole,
        QueryRole
    };
    static constexpr const char* kMimeType = "application/x-heraut-feed-tree";

    FeedTreeModel(FeedStore& feeds, ArticleStore& articles, QObject* parent = nullptr);

    // Site icons beside the feeds (a failing feed shows its warning instead).
    void setFeedIcons(const FeedIcons* icons);
    // Puts the icons on the rows again, after FeedIcons changed.
    void applyIcons();
    // Reads feeds and counts again; cheap enough to call after every change.
    void reload();
    // Where the names of server reader accounts come from; their feeds go under them.
    void setAccountTitles(std::function<AccountNodes::Titles()> titles) {
        m_accountTitles = std::move(titles);
    }
    // Shows the watch-lists of this store under "Starred", and "Briefing" below them; without
    // one the tree has neither.
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
    // Where unread counts come from instead of the store's article counts (story mode).
    void setUnreadCounter(std::function<UnreadCounts()> counter) { m_counter = std::move(counter); }

    // Drag and drop: feeds and folders out, a folder (or the top level) in.
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    // Moves in the store and returns false: the rows are not moved here but read again from
    // the store once the drag is over, so the view must not remove the dragged rows itself.
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

  signals:
    void feedsMoved();                      // queued: after the drag ends
    void moveFailed(const QString& detail); // the store refused; nothing moved

  private:
    // The folder a drop on `parent` lands in: the folder itself, a feed's folder, or nullopt
    // for the top level. False when nothing may be dropped there (the virtual rows).
    bool dropTarget(const QModelIndex& parent, std::optional<std::int64_t>& folderId,
                    std::optional<std::string>& folderName) const;
    QStandardItem* folderItem(std::int64_t id, int depth);
    QStandardItem* makeItem(const QString& name, int unread, ArticleScope::Kind kind);
    void setCount(QStandardItem* item, const QString& name, int unread);
    void rebuild();
    void updateCounts();

    FeedStore& m_feeds;
    ArticleStore& m_articles;
    const FeedIcons* m_icons = nullptr;
    UnreadCounts m_counts;
    std::function<UnreadCounts()> m_counter;
    std::vector<Feed> m_feedList;
    std::vector<Folder> m_folders;
    // What the tree was built from: when only counts change, rows are updated in place, so
    // selection and expansion in the view stay as the reader left them.
    std::vector<std::tuple<std::int64_t, std::string, std::optional<std::string>,
                           std::optional<std::string>, bool, std::optional<std::int64_t>>>
        m_shape;
    std::map<std::int64_t, QStandardItem*> m_feedItems;
    std::vector<std::tuple<std::int64_t, std::string, std::optional<std::int64_t>>> m_folderShape;
    std::map<std::string, QStandardItem*> m_folderItems;
    AccountNodes m_accountNodes;
    std::function<AccountNodes::Titles()> m_accountTitles;
    void readWatchLists();
    WatchListStore* m_watchLists = nullptr;
    std::vector<WatchList> m_watchListRows;
    std::map<std::int64_t, WatchListCount> m_watchCounts;
    std::map<std::int64_t, QStandardItem*> m_watchItems;
};

} // namespace heraut::app
