// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTableView;

namespace heraut::app {

class ArticleListModel;

// Opens and folds story rows in the article list (ArticleListModel::setExpanded): a click on
// the row's arrow, or Right and Left on the current row, as in a tree. Left on a report below
// a story goes up to the story's row and folds it.
class StoryRowExpander : public QObject {
    Q_OBJECT

  public:
    StoryRowExpander(QTableView& list, ArticleListModel& model, QObject* parent = nullptr);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    bool key(int key);
    bool click(const QPoint& position);

    QTableView& m_list;
    ArticleListModel& m_model;
};

} // namespace heraut::app
