// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountNodes.h"
#include "ArticleListModel.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"

#include <QStandardItemModel>

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
    // Where the names of server reader accounts come from; their feeds go under them.
    void setAccountTitles(std::function<AccountNodes::Titles()> titles) {
        m_accountTitles = std::move(titles);
    }
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
                           std::optional<std::string>, bool, std::optional<std::int64_t>>>
        m_shape;
    std::map<std::int64_t, QStandardItem*> m_feedItems;
    std::map<std::string, QStandardItem*> m_folderItems;
    AccountNodes m_accountNodes;
    std::function<AccountNodes::Titles()> m_accountTitles;
};

} // namespace heraut::app
