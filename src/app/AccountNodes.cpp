// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountNodes.h"

#include "heraut/AccountStore.h"

namespace heraut::app {

void AccountNodes::clear() {
    m_accounts.clear();
    m_folders.clear();
}

void AccountNodes::place(const Feed& feed, QStandardItem* item, const Titles& titles,
                         const ItemMaker& makeItem) {
    std::int64_t account = feed.accountId.value_or(0);
    Node& node = m_accounts[account];
    if (!node.item) {
        auto title = titles.find(account);
        node.name = title != titles.end() ? title->second : QObject::tr("Account %1").arg(account);
        node.item = makeItem(node.name, false);
    }
    node.feeds.push_back(feed.id);
    if (!feed.folderName) {
        node.item->appendRow(item);
        return;
    }
    Node& folder = m_folders[{account, *feed.folderName}];
    if (!folder.item) {
        folder.name = QString::fromStdString(*feed.folderName);
        folder.item = makeItem(folder.name, true);
        node.item->appendRow(folder.item);
    }
    folder.feeds.push_back(feed.id);
    folder.item->appendRow(item);
}

void AccountNodes::appendTo(QStandardItem* root) {
    for (const auto& [id, node] : m_accounts)
        root->appendRow(node.item);
}

void AccountNodes::updateCounts(
    const std::map<std::int64_t, int>& unreadByFeed,
    const std::function<void(QStandardItem*, const QString&, int)>& setCount) {
    auto sum = [&](const Node& node) {
        int total = 0;
        for (std::int64_t feed : node.feeds)
            if (auto it = unreadByFeed.find(feed); it != unreadByFeed.end()) total += it->second;
        return total;
    };
    for (const auto& [id, node] : m_accounts)
        setCount(node.item, node.name, sum(node));
    for (const auto& [key, node] : m_folders)
        setCount(node.item, node.name, sum(node));
}

AccountNodes::Titles accountTitles(Database& db) {
    AccountNodes::Titles titles;
    for (const Account& account : AccountStore(db).accounts())
        titles[account.id] = QString::fromStdString(account.displayTitle());
    return titles;
}

} // namespace heraut::app
