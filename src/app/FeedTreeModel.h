// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ArticleListModel.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"

#include <QStandardItemModel>
#include <functional>

namespace heraut::app {

// The feed list: "All articles", "Unread", "Starred", then folders and feeds, each with its
// unread count; feeds whose last refresh failed carry a warning and the error as tooltip.
class FeedTreeModel : public QStandardItemModel {
    Q_OBJECT

  public:
    enum Role { ScopeKindRole = Qt::UserRole + 1, FeedIdRole, FolderRole, UnreadRole, ErrorRole };

    FeedTreeModel(FeedStore& feeds, ArticleStore& articles, QObject* parent = nullptr);

    // Reads feeds and counts again; cheap enough to call after every change.
    void reload();
    static ArticleScope scopeOf(const QModelIndex& index);
    QModelIndex indexOfScope(const ArticleScope& scope) const;
    int totalUnread() const { return m_counts.total; }
    std::vector<Feed> failingFeeds() const;
    // The first feed after `after`, in the order the tree shows them, that has unread articles.
    QModelIndex nextFeedWithUnread(const QModelIndex& after) const;
    // Where unread counts come from instead of the store's article counts (story mode).
    void setUnreadCounter(std::function<UnreadCounts()> counter) { m_counter = std::move(counter); }

  private:
    QStandardItem* makeItem(const QString& name, int unread, ArticleScope::Kind kind);
    void setCount(QStandardItem* item, const QString& name, int unread);
    void rebuild();
    void updateCounts();

    FeedStore& m_feeds;
    ArticleStore& m_articles;
    UnreadCounts m_counts;
    std::function<UnreadCounts()> m_counter;
    std::vector<Feed> m_feedList;
    // What the tree was built from: when only counts change, rows are updated in place, so
    // selection and expansion in the view stay as the reader left them.
    std::vector<std::tuple<std::int64_t, std::string, std::optional<std::string>,
                           std::optional<std::string>, bool>>
        m_shape;
    std::map<std::int64_t, QStandardItem*> m_feedItems;
    std::map<std::string, QStandardItem*> m_folderItems;
};

} // namespace heraut::app
