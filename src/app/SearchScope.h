// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ArticleListModel.h"

#include <QObject>
#include <QString>

class QAction;
class QHeaderView;
class QLabel;
class QLineEdit;

namespace heraut::app {

class FeedTreeModel;

// Says what the search box searches and what it found: "Search in Defensie (/)" in the box, a
// one-click switch to every article beside it, and "12 results, best match first" (or "No
// results in Defensie") once the rows are there. Search ranks by relevance (FTS5 bm25); a
// switch sorts the same results by date instead.
class SearchScope : public QObject {
    Q_OBJECT

  public:
    SearchScope(QLineEdit& box, ArticleListModel& list, const FeedTreeModel& tree,
                QObject* parent = nullptr);

    // The scope's name as the feed list shows it; "all articles" for everything.
    static QString scopeName(const FeedTreeModel& tree, const ArticleScope& scope);
    // Where the result count and the order switch sit (the status bar).
    QLabel* resultLabel() const { return m_result; }
    QAction* everythingAction() const { return m_everything; }
    // Call when the list's scope changed: the box's wording follows.
    void scopeChanged();
    // The list's header, whose sort arrow is hidden while results are by relevance.
    void showSortArrowFor(QHeaderView* header);

  signals:
    void everythingRequested(); // the reader wants the same search over every article

  private:
    // All articles, or the briefing, whose page hides the list: its searches go everywhere.
    static bool searchesEverything(const ArticleScope& scope);
    void resultsShown();
    void orderLinkActivated();
    void updateSortArrow();

    QLineEdit& m_box;
    ArticleListModel& m_list;
    const FeedTreeModel& m_tree;
    QAction* m_everything = nullptr;
    QLabel* m_result = nullptr;
    QHeaderView* m_header = nullptr; // none: no arrow to keep true
    bool m_byDate = false;           // the reader sorted the results by date
};

} // namespace heraut::app
