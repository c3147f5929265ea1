// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleListModel.h"

#include "CoreMessages.h"
#include "FeedIcons.h"
#include "heraut/FullArticleStore.h"

#include "PendingChanges.h"
#include "SearchRunner.h"
#include "StoreErrors.h"
#include "StoryList.h"
#include "heraut/WatchLists.h"

#include <QApplication>
#include <QDateTime>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QStyle>
#include <algorithm>
#include <ctime>
#include <unordered_set>

namespace heraut::app {
namespace {

// A small page: "the whole article is here, offline".
QIcon fullTextIcon() {
    static const QIcon icon = QApplication::style()->standardIcon(QStyle::SP_FileIcon);
    return icon;
}

// A story row's arrow, open or closed. Kept: the style reads its PNG files again at every
// call, which in story mode was most of the time a page of rows took to paint.
QIcon storyArrowIcon(bool open) {
    static const QIcon closed = QApplication::style()->standardIcon(QStyle::SP_ArrowRight);
    static const QIcon opened = QApplication::style()->standardIcon(QStyle::SP_ArrowDown);
    return open ? opened : closed;
}

// A watch-list's kept matches narrowed by its filters (WatchLists.h); a list whose search no
// longer reads shows its matches alone.
ArticleQuery watchListScope(const ArticleScope& scope) {
    try {
        return watchListQuery(scope.feedId, scope.query.toStdString(),
                              static_cast<std::int64_t>(std::time(nullptr)));
    } catch (const SearchQueryError&) {
        ArticleQuery query;
        query.watchListId = scope.feedId;
        return query;
    }
}

} // namespace

ArticleListModel::ArticleListModel(ArticleStore& store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store) {}

void ArticleListModel::setStoreErrors(StoreErrors* errors, PendingChanges* pending) {
    m_errors = errors;
    m_pending = pending;
}

// A list that cannot be read keeps what it shows; the reader is told once, not on every scroll.
bool ArticleListModel::load(const std::function<void()>& work) {
    if (!m_errors) {
        work();
        return true;
    }
    return m_errors->attempt(tr("Heraut could not read the article list from its news cache."),
                             work, StoreErrors::Origin::Background);
}

void ArticleListModel::applyPending(std::vector<ArticleHeadline>& rows) const {
    if (!m_pending || m_pending->isEmpty()) return;
    for (ArticleHeadline& row : rows)
        m_pending->applyTo(row);
}

void ArticleListModel::readFullText(const std::vector<ArticleHeadline>& rows) {
    if (!m_pagesDb || rows.empty()) return;
    std::vector<std::int64_t> ids;
    ids.reserve(rows.size());
    for (const ArticleHeadline& row : rows)
        ids.push_back(row.id);
    load([&] {
        for (std::int64_t id : FullArticleStore(*m_pagesDb).withFullText(ids))
            m_fullText.insert(id);
    });
}

void ArticleListModel::noteFullText(std::int64_t articleId) {
    m_fullText.insert(articleId);
    if (int row = rowOfArticle(articleId); row >= 0)
        emit dataChanged(index(row, TitleColumn), index(row, TitleColumn), {Qt::DecorationRole});
}

void ArticleListModel::setFeedIcons(const FeedIcons* icons) {
    m_icons = icons;
    connect(icons, &FeedIcons::changed, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, SourceColumn), index(rowCount() - 1, SourceColumn),
                             {Qt::DecorationRole});
    });
}

void ArticleListModel::setScope(const ArticleScope& scope) {
    m_scope = scope;
    if (!m_search.isEmpty()) return startSearch(ArticleStore::Backlog::IndexFirst);
    beginResetModel();
    m_rows.clear();
    m_child.clear();
    m_fullText.clear();
    if (m_stories) m_stories->clear();
    m_complete = false;
    m_fetched = 0;
    endResetModel();
    fetchMore({});
}

void ArticleListModel::setStoryList(StoryList* stories) {
    m_stories = stories;
    setScope(m_scope);
}

void ArticleListModel::setUnreadOnly(bool unreadOnly) {
    m_unreadOnly = unreadOnly;
    setScope(m_scope);
}

void ArticleListModel::setSearchText(const QString& text) {
    bool wasSearching = !m_search.isEmpty();
    m_search = text.trimmed();
    if (m_search.isEmpty() && wasSearching) {
        if (m_runner && m_ticket != 0) m_runner->cancel();
        m_ticket = 0;
        emit searchMessage({});
    }
    setScope(m_scope);
}

void ArticleListModel::setSearchRunner(SearchRunner* runner) {
    m_runner = runner;
    connect(runner, &SearchRunner::finished, this,
            [this](std::uint64_t ticket, const std::vector<ArticleHeadline>& rows) {
                if (ticket != m_ticket) return;
                m_ticket = 0;
                showSearchRows(rows);
                emit searchShown();
            });
    connect(runner, &SearchRunner::failed, this, [this](std::uint64_t ticket, const QString& e) {
        if (ticket != m_ticket) return;
        m_ticket = 0;
        emit searchMessage(e);
    });
}

// Parses what was typed and adds the list's own scope to it as filters, as values: a folder's
// name needs no quoting that way, whatever it holds.
void ArticleListModel::startSearch(ArticleStore::Backlog backlog) {
    SearchQuery query;
    try {
        query =
            parseSearchQuery(m_search.toStdString(), static_cast<std::int64_t>(std::time(nullptr)));
    } catch (const SearchQueryError& error) {
        showNoSearchRows();
        emit searchMessage(CoreMessages::searchError(error));
        return;
    }
    // Only what has no letter or digit was typed ("🚀"): no word to look for, and no reason to
    // list the whole scope.
    bool nothingToLookFor = query.empty() && !query.unsearchable.empty();
    ArticleQuery scope = baseQuery();
    query.unreadOnly = query.unreadOnly || scope.unreadOnly;
    query.starredOnly = query.starredOnly || scope.starredOnly;
    if (scope.feedId) query.feedId = scope.feedId;
    if (scope.folder) query.folder = scope.folder;
    emit searchMessage(CoreMessages::searchNotes(query));
    if (nothingToLookFor) {
        showNoSearchRows();
        return;
    }
    if (m_runner) {
        m_ticket = m_runner->start(query, kSearchLimit, backlog);
        return;
    }
    try {
        showSearchRows(m_store.search(query, kSearchLimit, backlog));
    } catch (const StoreError& error) {
        emit searchMessage(searchFailed(error));
    }
}

void ArticleListModel::showNoSearchRows() {
    if (m_runner && m_ticket != 0) m_runner->cancel();
    m_ticket = 0;
    showSearchRows({});
    emit searchShown(); // what showed the last search's results shows none
}

void ArticleListModel::showSearchRows(std::vector<ArticleHeadline> rows) {
    applyPending(rows); // marks still waiting to be written show as made
    m_fullText.clear();
    readFullText(rows);
    if (m_stories) m_stories->clear();
    if (m_stories) m_stories->collapse(rows);
    beginResetModel();
    m_rows = std::move(rows);
    m_child.clear();
    m_complete = true;
    endResetModel();
    if (m_sortColumn != DateColumn || m_sortOrder != Qt::DescendingOrder) sortLoaded();
}

QString ArticleListModel::searchFailed(const StoreError& error) {
    return tr("The search failed.") + QLatin1Char(' ') + StoreErrors::explain(error.kind());
}

ArticleQuery ArticleListModel::baseQuery() const {
    ArticleQuery query;
    if (m_scope.kind == ArticleScope::Kind::WatchList) query = watchListScope(m_scope);
    query.unreadOnly =
        query.unreadOnly || m_unreadOnly || m_scope.kind == ArticleScope::Kind::Unread;
    query.starredOnly = query.starredOnly || m_scope.kind == ArticleScope::Kind::Starred;
    if (m_scope.kind == ArticleScope::Kind::Feed) query.feedId = m_scope.feedId;
    if (m_scope.kind == ArticleScope::Kind::Folder) query.folder = m_scope.folder.toStdString();
    return query;
}

std::vector<ArticleHeadline>
ArticleListModel::loadPage(const std::optional<std::pair<std::int64_t, std::int64_t>>& after,
                           int limit) const {
    if (m_scope.kind == ArticleScope::Kind::Briefing) return {};
    ArticleQuery query = baseQuery();
    query.order = storeOrder();
    // Only the date index's own order continues after a row; the others skip what is loaded.
    if (query.order == ArticleOrder::Newest)
        query.before = after;
    else if (after)
        query.offset = m_fetched;
    query.limit = limit;
    return m_store.list(query);
}

ArticleOrder ArticleListModel::storeOrder() const {
    bool up = m_sortOrder == Qt::AscendingOrder;
    switch (m_sortColumn) {
    case TitleColumn:
        return up ? ArticleOrder::Title : ArticleOrder::TitleDescending;
    case SourceColumn:
        return up ? ArticleOrder::Source : ArticleOrder::SourceDescending;
    default:
        return up ? ArticleOrder::Oldest : ArticleOrder::Newest;
    }
}

void ArticleListModel::reload(ArticleStore::Backlog backlog) {
    if (!m_search.isEmpty()) return startSearch(backlog);
    // The window reads the list again whenever a refresh, a sync or heraut-cli writes (every
    // 1.5 s through a refresh): a story the reader opened stays open.
    std::vector<std::int64_t> open = openStories();
    std::vector<ArticleHeadline> rows;
    bool complete = false;
    if (!readFromTop(rows, complete)) return;
    showFromTop(std::move(rows), complete);
    for (int row = 0; !open.empty() && row < rowCount(); ++row)
        if (const StorySummary* story = canExpand(row) ? storyOf(row) : nullptr;
            story && std::erase(open, story->id) > 0)
            setExpanded(row, true);
}

const StorySummary* ArticleListModel::storyOf(int row) const {
    return m_stories ? m_stories->storyOfRow(m_rows[static_cast<size_t>(row)].id) : nullptr;
}

std::vector<std::int64_t> ArticleListModel::openStories() const {
    std::vector<std::int64_t> open;
    for (int row = 0; row < rowCount(); ++row)
        if (isExpanded(row)) open.push_back(storyOf(row)->id);
    return open;
}

bool ArticleListModel::readFromTop(std::vector<ArticleHeadline>& rows, bool& complete) {
    int keep = std::max(static_cast<int>(m_rows.size()), kPageSize);
    if (!load([&] { rows = loadPage(std::nullopt, keep); })) return false;
    applyPending(rows);
    m_fullText.clear();
    readFullText(rows);
    complete = static_cast<int>(rows.size()) < keep;
    m_fetched = static_cast<int>(rows.size());
    if (m_stories) m_stories->clear();
    if (m_stories) load([&] { m_stories->collapse(rows); });
    return true;
}

void ArticleListModel::showFromTop(std::vector<ArticleHeadline> rows, bool complete) {
    beginResetModel();
    m_rows = std::move(rows);
    m_child.clear();
    m_complete = complete;
    endResetModel();
}

int ArticleListModel::rowOfArticle(std::int64_t id) const {
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id) return static_cast<int>(i);
    return -1;
}

std::vector<std::int64_t> ArticleListModel::setRead(int row, bool read) {
    ArticleHeadline& h = m_rows.at(static_cast<size_t>(row));
    if (h.read == read && !(m_stories && m_stories->storyOfRow(h.id))) return {};
    std::vector<std::int64_t> ids =
        m_stories && !isChild(row) ? m_stories->marks(h.id, read) : std::vector<std::int64_t>{h.id};
    if (m_pending)
        m_pending->setRead(ids, read); // kept and shown as read even when not yet written
    else
        m_store.setRead(ids, read, static_cast<std::int64_t>(std::time(nullptr)));
    h.read = read;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (ids.size() > 1) showRead(ids, read); // the story's reports open below its row
    if (int parent = parentRow(row); parent >= 0 && m_stories) {
        m_stories->reportMarked(m_rows[static_cast<size_t>(parent)].id, read);
        emit dataChanged(index(parent, 0), index(parent, ColumnCount - 1));
    }
    return ids;
}

void ArticleListModel::setStarred(int row, bool starred) {
    ArticleHeadline& h = m_rows.at(static_cast<size_t>(row));
    if (h.starred == starred) return;
    if (m_pending)
        m_pending->setStarred(h.id, starred);
    else
        m_store.setStarred({h.id}, starred);
    h.starred = starred;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ArticleListModel::showRead(const std::vector<std::int64_t>& ids, bool read) {
    std::unordered_set<std::int64_t> changed(ids.begin(), ids.end());
    for (ArticleHeadline& h : m_rows)
        if (changed.contains(h.id)) h.read = read;
    if (!m_rows.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ArticleListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ArticleListModel::shortDate(std::int64_t secondsUtc) {
    QDateTime when = QDateTime::fromSecsSinceEpoch(secondsUtc).toLocalTime();
    QDate today = QDate::currentDate();
    QLocale locale;
    if (when.date() == today) return locale.toString(when.time(), QStringLiteral("HH:mm"));
    if (when.date().year() == today.year())
        return locale.toString(when.date(), QStringLiteral("d MMM"));
    return locale.toString(when.date(), QStringLiteral("d MMM yyyy"));
}

QVariant ArticleListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const ArticleHeadline& h = m_rows[static_cast<size_t>(index.row())];
    bool child = isChild(index.row());
    if (role == Qt::DecorationRole && index.column() == TitleColumn && canExpand(index.row()))
        return storyArrowIcon(isExpanded(index.row()));
    if (m_stories && !child)
        if (QVariant story = m_stories->data(h, index.column(), role); story.isValid())
            return story;
    if (child && role == Qt::DisplayRole && index.column() == TitleColumn)
        return QStringLiteral("      ↳ ") + QString::fromStdString(h.title);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return (h.starred ? QStringLiteral("★ ") : QString()) + QString::fromStdString(h.title);
        case SourceColumn:
            return QString::fromStdString(h.feedTitle);
        case DateColumn:
            return shortDate(h.sortDate);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == SourceColumn && m_icons) return m_icons->icon(h.feedId);
        if (index.column() == TitleColumn && m_fullText.contains(h.id)) return fullTextIcon();
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DateColumn)
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(h.sortDate).toLocalTime(),
                                      QLocale::LongFormat);
        if (m_fullText.contains(h.id))
            return QString::fromStdString(h.title) + QLatin1Char('\n') +
                   tr("The full article is stored for reading offline.");
        return QString::fromStdString(h.title);
    case Qt::FontRole: {
        QFont font;
        font.setBold(!h.read);
        return font;
    }
    case IdRole:
        return QVariant::fromValue<qlonglong>(h.id);
    case ReadRole:
        return h.read;
    case StarredRole:
        return h.starred;
    case LinkRole:
        return h.link ? QString::fromStdString(*h.link) : QString();
    case FeedIdRole:
        return QVariant::fromValue<qlonglong>(h.feedId);
    default:
        return {};
    }
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SourceColumn:
        return tr("Source");
    case DateColumn:
        return tr("Date");
    }
    return {};
}

bool ArticleListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_complete && m_search.isEmpty();
}

void ArticleListModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || m_complete || !m_search.isEmpty()) return;
    std::optional<std::pair<std::int64_t, std::int64_t>> after;
    if (!m_rows.empty()) after = std::pair(m_rows.back().sortDate, m_rows.back().id);
    if (m_stories && m_stories->cursor()) after = m_stories->cursor(); // rows left out count
    std::vector<ArticleHeadline> page;
    if (!load([&] { page = loadPage(after, kPageSize); })) {
        m_complete = true; // asked again at every scroll otherwise; a reload starts over
        return;
    }
    applyPending(page);
    readFullText(page);
    m_complete = static_cast<int>(page.size()) < kPageSize;
    m_fetched += static_cast<int>(page.size());
    if (m_stories && !load([&] { m_stories->collapse(page); })) m_stories->noteCursor(page);
    if (page.empty()) return;
    int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    std::move(page.begin(), page.end(), std::back_inserter(m_rows));
    endInsertRows();
}

void ArticleListModel::sort(int column, Qt::SortOrder order) {
    for (int row = rowCount() - 1; row >= 0; --row) // children belong under their story
        if (isExpanded(row)) setExpanded(row, false);
    bool same = column == m_sortColumn && order == m_sortOrder;
    m_sortColumn = column;
    m_sortOrder = order;
    // Search results come best match first whatever the header shows: asked, they sort.
    if (isSearch()) return sortLoaded();
    if (same) return;
    // The store sorts the whole list. As many rows as were loaded are read again in the new
    // order, so the selection follows its article when it is among them.
    std::vector<ArticleHeadline> rows;
    bool complete = false;
    if (!readFromTop(rows, complete)) return;
    if (rows.size() != m_rows.size()) return showFromTop(std::move(rows), complete);
    m_complete = complete;
    rearrange(std::move(rows));
}

void ArticleListModel::fetchAll() {
    while (canFetchMore({}))
        fetchMore({});
}

void ArticleListModel::sortLoaded() {
    int column = m_sortColumn;
    Qt::SortOrder order = m_sortOrder;
    auto key = [column](const ArticleHeadline& h) {
        return column == TitleColumn    ? QString::fromStdString(h.title).toLower()
               : column == SourceColumn ? QString::fromStdString(h.feedTitle).toLower()
                                        : QString::number(h.sortDate).rightJustified(12, '0');
    };
    std::vector<ArticleHeadline> rows = m_rows;
    std::stable_sort(rows.begin(), rows.end(),
                     [&](const ArticleHeadline& a, const ArticleHeadline& b) {
                         QString ka = key(a), kb = key(b);
                         if (ka == kb) return a.id > b.id;
                         return order == Qt::AscendingOrder ? ka < kb : ka > kb;
                     });
    rearrange(std::move(rows));
}

void ArticleListModel::rearrange(std::vector<ArticleHeadline> rows) {
    emit layoutAboutToBeChanged();
    // Selections follow their article, not their row number.
    QModelIndexList before = persistentIndexList();
    std::vector<std::int64_t> ids;
    for (const QModelIndex& i : before)
        ids.push_back(m_rows[static_cast<size_t>(i.row())].id);
    m_rows = std::move(rows);
    QModelIndexList after;
    for (size_t i = 0; i < ids.size(); ++i) {
        int row = rowOfArticle(ids[i]);
        after.push_back(row < 0 ? QModelIndex()
                                : index(row, before[static_cast<qsizetype>(i)].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

bool ArticleListModel::isChild(int row) const {
    return row >= 0 && static_cast<size_t>(row) < m_child.size() && m_child[row] != 0;
}

bool ArticleListModel::isChildRow(const ArticleHeadline& row) const {
    if (m_rows.empty() || &row < m_rows.data() || &row >= m_rows.data() + m_rows.size())
        return false;
    return isChild(static_cast<int>(&row - m_rows.data()));
}

bool ArticleListModel::canExpand(int row) const {
    if (!m_stories || row < 0 || row >= rowCount() || isChild(row)) return false;
    const StorySummary* story = m_stories->storyOfRow(m_rows[static_cast<size_t>(row)].id);
    return story && story->articles.size() > 1;
}

bool ArticleListModel::isExpanded(int row) const {
    return canExpand(row) && isChild(row + 1);
}

int ArticleListModel::parentRow(int row) const {
    if (!isChild(row)) return -1;
    while (row > 0 && isChild(row))
        --row;
    return row;
}

void ArticleListModel::setExpanded(int row, bool expanded) {
    if (!canExpand(row) || isExpanded(row) == expanded) return;
    auto at = [](int r) { return static_cast<std::ptrdiff_t>(r); };
    if (!expanded) {
        int last = row + 1;
        while (isChild(last + 1))
            ++last;
        beginRemoveRows({}, row + 1, last);
        m_rows.erase(m_rows.begin() + at(row + 1), m_rows.begin() + at(last + 1));
        m_child.erase(m_child.begin() + at(row + 1), m_child.begin() + at(last + 1));
        endRemoveRows();
    } else {
        std::vector<ArticleHeadline> children;
        if (!load([&] { children = storyChildren(m_rows[static_cast<size_t>(row)].id); }) ||
            children.empty())
            return;
        applyPending(children);
        readFullText(children);
        m_child.resize(m_rows.size(), 0);
        beginInsertRows({}, row + 1, row + static_cast<int>(children.size()));
        m_rows.insert(m_rows.begin() + at(row + 1), std::make_move_iterator(children.begin()),
                      std::make_move_iterator(children.end()));
        m_child.insert(m_child.begin() + at(row + 1), children.size(), 1);
        endInsertRows();
    }
    emit dataChanged(index(row, TitleColumn), index(row, TitleColumn)); // its arrow turns
}

// The story's reports other than the row's own, newest first, as rows of the list.
std::vector<ArticleHeadline> ArticleListModel::storyChildren(std::int64_t rowArticle) const {
    std::vector<ArticleHeadline> children;
    const StorySummary* story = m_stories->storyOfRow(rowArticle);
    for (auto id = story->articles.rbegin(); id != story->articles.rend(); ++id) {
        if (*id == rowArticle) continue;
        std::optional<StoredArticle> a = m_store.article(*id);
        if (!a) continue; // removed since the story was read
        children.push_back({a->id, a->feedId, a->feedTitle, a->article.title, a->article.link,
                            a->article.published, a->sortDate, a->read, a->starred,
                            a->article.keyTakeaways});
    }
    std::stable_sort(
        children.begin(), children.end(),
        [](const ArticleHeadline& x, const ArticleHeadline& y) { return x.sortDate > y.sortDate; });
    return children;
}

} // namespace heraut::app
