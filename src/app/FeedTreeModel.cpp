// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedTreeModel.h"

#include "CoreMessages.h"
#include "FeedErrorText.h"
#include "FeedIcons.h"
#include "WatchListNames.h"

#include <QApplication>
#include <QFont>
#include <QMimeData>
#include <QPixmap>
#include <QStyle>
#include <algorithm>
#include <ctime>
#include <functional>
#include <map>

namespace heraut::app {

namespace {

// "Feed 2" before "Feed 10": runs of digits compare as numbers, the rest case-insensitively.
// Hand-written because QCollator's numeric mode needs ICU, which not every Qt build has.
int compareNatural(const QString& a, const QString& b) {
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype si = i, sj = j;
            while (i < a.size() && a[i].isDigit())
                ++i;
            while (j < b.size() && b[j].isDigit())
                ++j;
            // Without leading zeros the longer run is the larger number.
            QStringView x = QStringView(a).mid(si, i - si), y = QStringView(b).mid(sj, j - sj);
            while (x.size() > 1 && x.front() == u'0')
                x = x.mid(1);
            while (y.size() > 1 && y.front() == u'0')
                y = y.mid(1);
            if (x.size() != y.size()) return x.size() < y.size() ? -1 : 1;
            if (int c = x.compare(y); c != 0) return c;
            continue;
        }
        if (int c = QString::compare(a.mid(i, 1), b.mid(j, 1), Qt::CaseInsensitive); c != 0)
            return QString::localeAwareCompare(a.mid(i, 1).toLower(), b.mid(j, 1).toLower());
        ++i;
        ++j;
    }
    return (a.size() - i > 0) - (b.size() - j > 0);
}

// Feeds by title within their folder; folders keep the order the store gives them.
void sortByTitle(std::vector<Feed>& feeds) {
    std::map<std::optional<std::string>, size_t> group;
    for (const Feed& feed : feeds)
        group.try_emplace(feed.folderName, group.size());
    std::stable_sort(feeds.begin(), feeds.end(), [&](const Feed& a, const Feed& b) {
        size_t ga = group.at(a.folderName), gb = group.at(b.folderName);
        if (ga != gb) return ga < gb;
        return compareNatural(QString::fromStdString(a.displayTitle()),
                              QString::fromStdString(b.displayTitle())) < 0;
    });
}

} // namespace

FeedTreeModel::FeedTreeModel(FeedStore& feeds, ArticleStore& articles, QObject* parent)
    : QStandardItemModel(parent), m_feeds(feeds), m_articles(articles) {}

void FeedTreeModel::setCount(QStandardItem* item, const QString& name, int unread) {
    // FeedTreeDelegate draws the count beside the name, right-aligned.
    item->setText(name);
    item->setData(unread, UnreadRole);
    QFont font;
    font.setBold(unread > 0);
    item->setData(font, Qt::FontRole);
}

QStandardItem* FeedTreeModel::makeItem(const QString& name, int unread, ArticleScope::Kind kind) {
    auto* item = new QStandardItem;
    item->setEditable(false);
    item->setData(static_cast<int>(kind), ScopeKindRole);
    item->setData(name, Qt::AccessibleTextRole);
    setCount(item, name, unread);
    return item;
}

// Counts before and after: a list that asks for it announces its new unread articles.
void FeedTreeModel::readWatchLists() {
    if (!m_watchLists) return;
    auto before = m_watchCounts;
    std::int64_t now = static_cast<std::int64_t>(std::time(nullptr));
    m_watchListRows = m_watchLists->lists();
    m_watchCounts = m_watchLists->counts(now);
    for (const WatchList& list : m_watchListRows) {
        auto old = before.find(list.id);
        int grew = old == before.end() ? 0 : m_watchCounts[list.id].unread - old->second.unread;
        if (list.notify && grew > 0) emit watchListGrew(WatchListNames::shown(list), grew);
    }
}

void FeedTreeModel::reload() {
    m_counts = m_counter ? m_counter() : m_articles.unreadCounts();
    m_feedList = m_feeds.feeds();
    m_folders = m_feeds.folders();
    sortByTitle(m_feedList);
    readWatchLists();
    decltype(m_shape) shape;
    for (const Feed& f : m_feedList)
        shape.emplace_back(f.id, f.displayTitle(), f.folderName, f.lastError, f.disabled,
                           f.accountId);
    decltype(m_folderShape) folderShape;
    for (const Folder& f : m_folders)
        folderShape.emplace_back(f.id, f.name, f.parentId);
    // Watch-lists take part in the shape as rows of their own (negative ids, never a feed's).
    for (const WatchList& l : m_watchListRows)
        shape.emplace_back(-l.id, l.name, l.query, std::nullopt, l.notify, std::nullopt);
    if (shape == m_shape && folderShape == m_folderShape && rowCount() > 0) return updateCounts();
    m_shape = std::move(shape);
    m_folderShape = std::move(folderShape);
    rebuild();
}

void FeedTreeModel::updateCounts() {
    auto count = [](const auto& map, const auto& key) {
        auto it = map.find(key);
        return it == map.end() ? 0 : it->second;
    };
    QStandardItem* root = invisibleRootItem();
    // "All articles" shows no count: the unread one belongs to "Unread" below it.
    setCount(root->child(0), tr("All articles"), 0);
    setCount(root->child(1), tr("Unread"), m_counts.total);
    setCount(root->child(2), tr("Starred"), m_counts.starred);
    for (const Feed& feed : m_feedList)
        setCount(m_feedItems.at(feed.id), QString::fromStdString(feed.displayTitle()),
                 count(m_counts.byFeed, feed.id));
    for (const auto& [name, item] : m_folderItems)
        setCount(item, QString::fromStdString(name), count(m_counts.byFolder, name));
    m_accountNodes.updateCounts(m_counts.byFeed,
                                [this](QStandardItem* item, const QString& name, int unread) {
                                    setCount(item, name, unread);
                                });
    for (const WatchList& list : m_watchListRows)
        setCount(m_watchItems.at(list.id), WatchListNames::shown(list),
                 m_watchCounts[list.id].unread);
}

void FeedTreeModel::rebuild() {
    clear();
    m_feedItems.clear();
    m_folderItems.clear();
    m_accountNodes.clear();
    AccountNodes::Titles accountTitles =
        m_accountTitles ? m_accountTitles() : AccountNodes::Titles();
    m_watchItems.clear();
    QStandardItem* root = invisibleRootItem();
    root->appendRow(makeItem(tr("All articles"), 0, ArticleScope::Kind::All));
    root->appendRow(makeItem(tr("Unread"), m_counts.total, ArticleScope::Kind::Unread));
    root->appendRow(makeItem(tr("Starred"), m_counts.starred, ArticleScope::Kind::Starred));
    for (int row = 0; row < root->rowCount(); ++row) { // the virtual rows take no drops
        root->child(row)->setDragEnabled(false);
        root->child(row)->setDropEnabled(false);
    }
    QIcon watchIcon = QApplication::style()->standardIcon(QStyle::SP_FileDialogContentsView);
    for (const WatchList& list : m_watchListRows) {
        QStandardItem* item = makeItem(WatchListNames::shown(list), m_watchCounts[list.id].unread,
                                       ArticleScope::Kind::WatchList);
        item->setData(QVariant::fromValue<qlonglong>(list.id), FeedIdRole);
        item->setData(QString::fromStdString(list.query), QueryRole);
        QString tip = tr("Watch-list: %1\n%n article(s)", nullptr, m_watchCounts[list.id].total)
                          .arg(QString::fromStdString(list.query));
        if (WatchListNames::shown(list) != QString::fromStdString(list.name)) // for heraut-cli
            tip += QLatin1Char('\n') + tr("Stored as: %1").arg(QString::fromStdString(list.name));
        item->setToolTip(tip);
        item->setIcon(watchIcon);
        item->setDragEnabled(false);
        item->setDropEnabled(false);
        m_watchItems[list.id] = item;
        root->appendRow(item);
    }
    if (m_watchLists) { // the desk's rows: the watch-lists, then the day's briefing
        QStandardItem* briefing = makeItem(tr("Briefing"), 0, ArticleScope::Kind::Briefing);
        briefing->setIcon(QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView));
        briefing->setToolTip(tr("The day's stories on one page, to read, export or print"));
        briefing->setDragEnabled(false);
        briefing->setDropEnabled(false);
        root->appendRow(briefing);
    }
    QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QIcon folderIcon = QApplication::style()->standardIcon(QStyle::SP_DirIcon);
    // Healthy feeds keep the warning's place free, so every name starts in the same column.
    QPixmap blank(16, 16);
    blank.fill(Qt::transparent);
    const QIcon noWarning(blank);
    for (const Feed& feed : m_feedList) {
        int unread = m_counts.byFeed.count(feed.id) ? m_counts.byFeed.at(feed.id) : 0;
        QStandardItem* item =
            makeItem(QString::fromStdString(feed.displayTitle()), unread, ArticleScope::Kind::Feed);
        item->setData(QVariant::fromValue<qlonglong>(feed.id), FeedIdRole);
        item->setDropEnabled(false);
        m_feedItems[feed.id] = item;
        QString tooltip = QString::fromStdString(withoutPasswords(feed.url));
        QIcon site = m_icons ? m_icons->icon(feed.id) : QIcon();
        item->setIcon(site.isNull() ? noWarning : site);
        if (feed.lastError) {
            QString error = FeedErrorText::describe(feed);
            item->setIcon(warning);
            item->setData(error, ErrorRole);
            tooltip += QLatin1Char('\n') + tr("Last refresh failed: %1").arg(error);
        }
        if (feed.disabled) tooltip += QLatin1Char('\n') + tr("Disabled: not refreshed any more");
        item->setToolTip(tooltip);
        if (feed.accountId) {
            m_accountNodes.place(
                feed, item, accountTitles, [&](const QString& name, bool isFolder) {
                    QStandardItem* node = makeItem(
                        name, 0, isFolder ? ArticleScope::Kind::Folder : ArticleScope::Kind::All);
                    if (isFolder) node->setData(name, FolderRole);
                    node->setIcon(folderIcon);
                    node->setSelectable(isFolder); // an account is a heading, not a list
                    return node;
                });
            continue;
        }
        QStandardItem* folder = feed.folderId ? folderItem(*feed.folderId, 0) : nullptr;
        (folder ? folder : root)->appendRow(item);
    }
    m_accountNodes.appendTo(root);
    m_accountNodes.updateCounts(m_counts.byFeed,
                                [this](QStandardItem* item, const QString& name, int unread) {
                                    setCount(item, name, unread);
                                });
}

// The folder's row, made with those above it when it is the first feed's in it.
QStandardItem* FeedTreeModel::folderItem(std::int64_t id, int depth) {
    auto folder = std::find_if(m_folders.begin(), m_folders.end(),
                               [id](const Folder& f) { return f.id == id; });
    if (folder == m_folders.end()) return nullptr;
    if (auto made = m_folderItems.find(folder->name); made != m_folderItems.end())
        return made->second;
    // Those above it first. A loop (only a damaged file has one) stops at a depth no real
    // tree has, and a folder made on the way round is not made twice.
    QStandardItem* parent =
        folder->parentId && depth < 64 ? folderItem(*folder->parentId, depth + 1) : nullptr;
    if (auto made = m_folderItems.find(folder->name); made != m_folderItems.end())
        return made->second;
    QString name = QString::fromStdString(folder->name);
    int unread = m_counts.byFolder.count(folder->name) ? m_counts.byFolder.at(folder->name) : 0;
    QStandardItem* item = makeItem(name, unread, ArticleScope::Kind::Folder);
    item->setData(name, FolderRole);
    item->setData(QVariant::fromValue<qlonglong>(folder->id), FolderIdRole);
    item->setIcon(QApplication::style()->standardIcon(QStyle::SP_DirIcon));
    m_folderItems[folder->name] = item;
    (parent ? parent : invisibleRootItem())->appendRow(item);
    return item;
}

QStringList FeedTreeModel::mimeTypes() const {
    return {QString::fromLatin1(kMimeType)};
}

QMimeData* FeedTreeModel::mimeData(const QModelIndexList& indexes) const {
    QStringList lines;
    for (const QModelIndex& index : indexes) {
        ArticleScope scope = scopeOf(index);
        if (scope.kind == ArticleScope::Kind::Feed)
            lines << QStringLiteral("feed:%1").arg(scope.feedId);
        else if (scope.kind == ArticleScope::Kind::Folder)
            lines << QStringLiteral("folder:%1").arg(index.data(FolderIdRole).toLongLong());
    }
    if (lines.isEmpty()) return nullptr;
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(kMimeType), lines.join(QLatin1Char('\n')).toUtf8());
    return data;
}

bool FeedTreeModel::dropTarget(const QModelIndex& parent, std::optional<std::int64_t>& folderId,
                               std::optional<std::string>& folderName) const {
    QModelIndex target = parent;
    if (scopeOf(target).kind == ArticleScope::Kind::Feed) target = target.parent();
    if (!target.isValid()) return true; // the top level
    if (scopeOf(target).kind != ArticleScope::Kind::Folder) return false;
    folderId = target.data(FolderIdRole).toLongLong();
    folderName = target.data(FolderRole).toString().toStdString();
    return true;
}

bool FeedTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                    const QModelIndex& parent) const {
    std::optional<std::int64_t> id;
    std::optional<std::string> name;
    return data && data->hasFormat(QString::fromLatin1(kMimeType)) && action == Qt::MoveAction &&
           dropTarget(parent, id, name);
}

bool FeedTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                 const QModelIndex& parent) {
    if (!canDropMimeData(data, action, row, column, parent)) return false;
    std::optional<std::int64_t> folderId;
    std::optional<std::string> folderName;
    dropTarget(parent, folderId, folderName);
    const QStringList lines =
        QString::fromUtf8(data->data(QString::fromLatin1(kMimeType))).split(QLatin1Char('\n'));
    try {
        for (const QString& line : lines) {
            std::int64_t id = line.section(QLatin1Char(':'), 1).toLongLong();
            if (line.startsWith(QLatin1String("feed:")))
                m_feeds.moveFeed(id, folderName);
            else if (line.startsWith(QLatin1String("folder:")) && folderId != id)
                m_feeds.moveFolder(id, folderId);
        }
    } catch (const StoreError& error) {
        emit moveFailed(CoreMessages::failure(error));
    }
    QMetaObject::invokeMethod(this, &FeedTreeModel::feedsMoved, Qt::QueuedConnection);
    return false;
}

void FeedTreeModel::setFeedIcons(const FeedIcons* icons) {
    m_icons = icons;
    applyIcons();
}

void FeedTreeModel::applyIcons() {
    QPixmap blank(16, 16);
    blank.fill(Qt::transparent);
    for (const Feed& feed : m_feedList) {
        if (feed.lastError) continue; // the warning says more than the site's icon
        QIcon site = m_icons ? m_icons->icon(feed.id) : QIcon();
        m_feedItems.at(feed.id)->setIcon(site.isNull() ? QIcon(blank) : site);
    }
}

ArticleScope FeedTreeModel::scopeOf(const QModelIndex& index) {
    ArticleScope scope;
    if (!index.isValid()) return scope;
    scope.kind = static_cast<ArticleScope::Kind>(index.data(ScopeKindRole).toInt());
    scope.feedId = index.data(FeedIdRole).toLongLong();
    scope.folder = index.data(FolderRole).toString();
    scope.query = index.data(QueryRole).toString();
    return scope;
}

QModelIndex FeedTreeModel::indexOfScope(const ArticleScope& scope) const {
    const QModelIndexList found = match(index(0, 0), ScopeKindRole, static_cast<int>(scope.kind),
                                        -1, Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex& candidate : found)
        if (scopeOf(candidate) == scope) return candidate;
    return {};
}

QModelIndex FeedTreeModel::nextFeedWithUnread(const QModelIndex& after) const {
    std::vector<QModelIndex> order; // depth first, as the expanded tree lists them
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int row = 0; row < rowCount(parent); ++row) {
            QModelIndex child = index(row, 0, parent);
            order.push_back(child);
            walk(child);
        }
    };
    walk({});
    auto it = std::find(order.begin(), order.end(), after);
    for (it = it == order.end() ? order.begin() : it + 1; it != order.end(); ++it)
        if (it->data(ScopeKindRole).toInt() == static_cast<int>(ArticleScope::Kind::Feed) &&
            it->data(UnreadRole).toInt() > 0)
            return *it;
    return {};
}

std::vector<Feed> FeedTreeModel::failingFeeds() const {
    std::vector<Feed> failing;
    for (const Feed& feed : m_feedList)
        if (feed.lastError) failing.push_back(feed);
    return failing;
}

} // namespace heraut::app
