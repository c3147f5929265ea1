// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTableView;

namespace heraut::app {

class ArticleListModel;

// Home and End in the article list go to the first and the last article of the whole list,
// not of the rows loaded so far: End loads the remaining pages first. Ctrl+Home and Ctrl+End
// do the same. The selection moves as with the arrow keys, so the article is shown.
class ListEnds : public QObject {
    Q_OBJECT

  public:
    // Watches the view's keys; a child of the view.
    ListEnds(QTableView& view, ArticleListModel& list);

    void goToFirst();
    void goToLast();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void goToRow(int row);

    QTableView& m_view;
    ArticleListModel& m_list;
};

} // namespace heraut::app
