// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/ArticleStore.h"

#include <functional>
#include <unordered_set>

#include <QAbstractTableModel>
#include <QString>

namespace heraut {
struct StorySummary;
}

namespace heraut::app {

class FeedIcons;
class PendingChanges;
class StoreErrors;
class SearchRunner;
class StoryList;

// Which articles the list shows: a virtual folder, a folder or a feed. Briefing shows none:
// the briefing page (BriefingPage.h) takes the article pane's place.
struct ArticleScope {
    enum class Kind { All, Unread, Starred, Folder, Feed, WatchList, Briefing };
    Kind kind = Kind::All;
    std::int64_t feedId = 0; // for WatchList: the list's id
    QString folder;
    QString query{}; // a watch-list's search (WatchLists.h)
    bool operator==(const ArticleScope&) const = default;
};

// The article list over store queries, filled a page at a time as the view scrolls
// (canFetchMore/fetchMore), so a 100 000-article cache costs one page to open.
class ArticleListModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column { TitleColumn, SourceColumn, DateColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ReadRole, StarredRole, LinkRole, FeedIdRole };
    static constexpr int kPageSize = 200;

    ArticleListModel(ArticleStore& store, QObject* parent = nullptr);
    // Where store failures are reported and where marks wait that could not be written, which
    // rows then show as made. Without them (the model's own tests) failures reach the caller.
    void setStoreErrors(StoreErrors* errors, PendingChanges* pending);

    // Site icons beside the source of each row; the rows repaint when they change.
    void setFeedIcons(const FeedIcons* icons);

    // Where to ask which rows have their full article cached (FullArticleStore::withFullText),
    // marked by an icon beside the title. Without it, no row is marked.
    void setFullArticles(Database* db) { m_pagesDb = db; }
    bool hasFullText(std::int64_t articleId) const { return m_fullText.contains(articleId); }
    // After a page was fetched for one article: its row shows the icon.
    void noteFullText(std::int64_t articleId);

    void setScope(const ArticleScope& scope);
    const ArticleScope& scope() const { return m_scope; }
    void setUnreadOnly(bool unreadOnly);
    bool unreadOnly() const { return m_unreadOnly; }
    void setSearchText(const QString& text); // empty: browse; else the store's FTS search
    // Searches run there, off the caller's thread, and their rows replace the list when they
    // come; without one they run in place.
    void setSearchRunner(SearchRunner* runner);
    bool searching() const { return m_ticket != 0; }      // an off-thread search is on its way
    bool isSearch() const { return !m_search.isEmpty(); } // rows are search results
    // Story mode (StoryList.h) when given one, article mode without.
    void setStoryList(StoryList* stories);
    // Reads the rows again from the store (after a refresh or a change by another program),
    // keeping as many rows loaded as before and the stories opened open. A search reloaded
    // while a refresh writes passes
    // LeaveToWriter: see ArticleStore::search.
    void reload(ArticleStore::Backlog backlog = ArticleStore::Backlog::IndexFirst);

    const ArticleHeadline& headline(int row) const { return m_rows.at(static_cast<size_t>(row)); }
    int rowOfArticle(std::int64_t id) const;
    // Read state changes go through the store at once; the row follows. Returns the articles
    // marked (a story row's are all of its articles), none when the row already was.
    std::vector<std::int64_t> setRead(int row, bool read);
    void setStarred(int row, bool starred);
    // After mark-all-read or its undo, which the store did in bulk: the loaded rows among
    // `ids` show the new state, without reading every row back.
    void showRead(const std::vector<std::int64_t>& ids, bool read);

    // Story mode: a story row of several reports expands into its other reports, rows of
    // their own just below it (drawn indented), each opened and marked as one article. The row
    // itself stands for the story and its newest report. Reading the rows again or sorting
    // folds every story back.
    bool canExpand(int row) const;
    bool isExpanded(int row) const;
    void setExpanded(int row, bool expanded);
    bool isChild(int row) const;
    // The same for a row as headline() returned it (a reference into the rows).
    bool isChildRow(const ArticleHeadline& row) const;
    int parentRow(int row) const; // -1 for a row that is no child

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Lists read from the store are sorted there, the whole list and not only the rows
    // loaded (ArticleOrder); search results, which are all loaded, are sorted in place.
    void sort(int column, Qt::SortOrder order) override;
    // Loads every remaining page (End in the list): the last row is then the list's last.
    void fetchAll();

    static QString shortDate(std::int64_t secondsUtc);
    // A search the store could not run, in the reader's language.
    static QString searchFailed(const StoreError& error);

  signals:
    // What the reader should know about the search typed: a filter it cannot read, or words
    // it left out. Empty when there is nothing to say.
    void searchMessage(const QString& message);
    // An off-thread search's rows replaced the list.
    void searchShown();

  private:
    bool load(const std::function<void()>& work);
    void applyPending(std::vector<ArticleHeadline>& rows) const;
    // Notes which of these rows have their full article cached; one indexed query.
    void readFullText(const std::vector<ArticleHeadline>& rows);
    static constexpr int kSearchLimit = 500;
    ArticleQuery baseQuery() const;
    std::vector<ArticleHeadline> storyChildren(std::int64_t rowArticle) const;
    const StorySummary* storyOf(int row) const;    // the story of a story row; null for others
    std::vector<std::int64_t> openStories() const; // the ids of the stories shown open
    void startSearch(ArticleStore::Backlog backlog);
    void showSearchRows(std::vector<ArticleHeadline> rows);
    // An empty list, a search running for the last text stopped, searchShown told.
    void showNoSearchRows();
    std::vector<ArticleHeadline>
    loadPage(const std::optional<std::pair<std::int64_t, std::int64_t>>& after, int limit) const;
    ArticleOrder storeOrder() const;
    // The list's first rows again, as many as are loaded (at least a page); false when the
    // store failed (reported).
    bool readFromTop(std::vector<ArticleHeadline>& rows, bool& complete);
    void showFromTop(std::vector<ArticleHeadline> rows, bool complete);
    void sortLoaded();
    // Same number of rows, new order; persistent indexes (the selection) follow their article.
    void rearrange(std::vector<ArticleHeadline> rows);

    ArticleStore& m_store;
    StoreErrors* m_errors = nullptr;
    PendingChanges* m_pending = nullptr;
    const FeedIcons* m_icons = nullptr;
    Database* m_pagesDb = nullptr;
    std::unordered_set<std::int64_t> m_fullText; // of the loaded rows
    ArticleScope m_scope;
    bool m_unreadOnly = false;
    QString m_search;
    SearchRunner* m_runner = nullptr;
    StoryList* m_stories = nullptr;
    std::uint64_t m_ticket = 0; // the search whose rows the list waits for
    std::vector<ArticleHeadline> m_rows;
    std::vector<std::uint8_t> m_child; // 1: a story's report below its row; rows past it: 0
    bool m_complete = false;
    int m_fetched = 0; // rows read from the store, story rows folded away included
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace heraut::app
