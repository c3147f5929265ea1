// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Database.h"
#include "heraut/Feed.h"

#include <QStandardItem>
#include <QString>
#include <functional>
#include <map>
#include <vector>

namespace heraut::app {

// The feed tree's part for server reader accounts: each account a top-level node with its
// folders and feeds under it, so synced feeds never mix with the reader's own. Rebuilt with the
// tree; counts are the sums of the account's feeds.
class AccountNodes {
  public:
    using Titles = std::map<std::int64_t, QString>; // account id -> what the tree shows
    using ItemMaker = std::function<QStandardItem*(const QString& name, bool folder)>;

    void clear();
    // Puts the feed's item under its account's node (made on first use), inside its folder
    // there when it has one.
    void place(const Feed& feed, QStandardItem* item, const Titles& titles,
               const ItemMaker& makeItem);
    // Appends the account nodes to `root`, after the reader's own feeds, in account order.
    void appendTo(QStandardItem* root);
    // Sets each account's and account folder's count from the feeds' unread counts.
    void updateCounts(const std::map<std::int64_t, int>& unreadByFeed,
                      const std::function<void(QStandardItem*, const QString&, int)>& setCount);

  private:
    struct Node {
        QStandardItem* item = nullptr;
        QString name;
        std::vector<std::int64_t> feeds;
    };
    std::map<std::int64_t, Node> m_accounts;
    std::map<std::pair<std::int64_t, std::string>, Node> m_folders;
};

// Every account's display title ("user@host" unless named), for the tree.
AccountNodes::Titles accountTitles(Database& db);

} // namespace heraut::app
