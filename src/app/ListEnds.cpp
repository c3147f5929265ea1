// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListEnds.h"

#include "ArticleListModel.h"

#include <QKeyEvent>
#include <QTableView>

namespace heraut::app {

ListEnds::ListEnds(QTableView& view, ArticleListModel& list)
    : QObject(&view), m_view(view), m_list(list) {
    view.installEventFilter(this);
}

void ListEnds::goToFirst() {
    goToRow(0);
}

void ListEnds::goToLast() {
    m_list.fetchAll();
    goToRow(m_list.rowCount() - 1);
}

void ListEnds::goToRow(int row) {
    if (row < 0 || row >= m_list.rowCount()) return;
    QModelIndex target = m_list.index(row, 0);
    m_view.selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view.scrollTo(target);
}

bool ListEnds::eventFilter(QObject* watched, QEvent* event) {
    if (watched != &m_view || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    if (modifiers != Qt::NoModifier && modifiers != Qt::ControlModifier) return false;
    if (key->key() == Qt::Key_Home) {
        goToFirst();
        return true;
    }
    if (key->key() == Qt::Key_End) {
        goToLast();
        return true;
    }
    return false;
}

} // namespace heraut::app
