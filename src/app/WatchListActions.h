// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ArticleListModel.h"
#include "heraut/WatchLists.h"

#include <QObject>
#include <functional>

class QMenu;
class QWidget;

namespace heraut::app {

class StoreErrors;

// What the reader does to watch-lists in the window: make one (from the search typed, when
// there is one), change its name, search or notification, remove it. The feed list's context
// menu offers them; what the window must do after (read the tree again, select) it asks by
// signal.
class WatchListActions : public QObject {
    Q_OBJECT

  public:
    // `list`: what the window shows, so that only a change to the list shown changes it.
    WatchListActions(QWidget& window, Database& db, StoreErrors& errors,
                     const ArticleListModel& list, QObject* parent = nullptr);

    // The search box's text, offered as a new list's search.
    void setCurrentSearch(std::function<QString()> search) { m_search = std::move(search); }

    // Adds the watch-list items to the feed list's context menu of the row `scope`: New for
    // every row; Edit, Notify and Remove for a watch-list's row.
    void addMenuItems(QMenu& menu, const ArticleScope& scope);

    // The dialogs; true when something was saved (or removed).
    bool newList();
    bool editList(std::int64_t id);
    bool removeList(std::int64_t id);
    void setNotify(std::int64_t id, bool notify);

  signals:
    void listsChanged();                            // the feed list must be read again
    void scopeRequested(const ArticleScope& scope); // select this in the feed list

  private:
    std::optional<WatchList> listOf(std::int64_t id);
    static ArticleScope scopeOf(const WatchList& list);
    bool isShown(std::int64_t id) const;

    QWidget& m_window;
    Database& m_db;
    StoreErrors& m_errors;
    const ArticleListModel& m_list;
    std::function<QString()> m_search;
};

} // namespace heraut::app
