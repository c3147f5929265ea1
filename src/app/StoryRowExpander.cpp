// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoryRowExpander.h"

#include "ArticleListModel.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QStyle>
#include <QTableView>

namespace heraut::app {

StoryRowExpander::StoryRowExpander(QTableView& list, ArticleListModel& model, QObject* parent)
    : QObject(parent), m_list(list), m_model(model) {
    m_list.installEventFilter(this);
    m_list.viewport()->installEventFilter(this);
}

bool StoryRowExpander::eventFilter(QObject* watched, QEvent* event) {
    if (watched == &m_list && event->type() == QEvent::KeyPress) {
        auto* press = static_cast<QKeyEvent*>(event);
        if (press->modifiers() == Qt::NoModifier || press->modifiers() == Qt::KeypadModifier)
            return key(press->key());
    }
    if (watched == m_list.viewport() && event->type() == QEvent::MouseButtonPress) {
        auto* press = static_cast<QMouseEvent*>(event);
        if (press->button() == Qt::LeftButton) click(press->position().toPoint());
    }
    return false;
}

bool StoryRowExpander::key(int key) {
    if (key != Qt::Key_Right && key != Qt::Key_Left) return false;
    QModelIndex current = m_list.currentIndex();
    if (!current.isValid()) return false;
    int row = current.row();
    if (key == Qt::Key_Right) {
        if (!m_model.canExpand(row)) return false;
        m_model.setExpanded(row, true);
        return true;
    }
    if (int parent = m_model.parentRow(row); parent >= 0) {
        m_list.selectionModel()->setCurrentIndex(m_model.index(parent, 0),
                                                 QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
        row = parent;
    }
    if (!m_model.isExpanded(row)) return m_model.canExpand(row);
    m_model.setExpanded(row, false);
    return true;
}

// Only the arrow before the headline toggles: a click elsewhere on the row just selects it.
bool StoryRowExpander::click(const QPoint& position) {
    QModelIndex index = m_list.indexAt(position);
    if (!index.isValid() || index.column() != ArticleListModel::TitleColumn ||
        !m_model.canExpand(index.row()))
        return false;
    QRect cell = m_list.visualRect(index);
    int arrow = m_list.style()->pixelMetric(QStyle::PM_SmallIconSize) + 8;
    if (position.x() - cell.left() > arrow) return false;
    m_model.setExpanded(index.row(), !m_model.isExpanded(index.row()));
    return true;
}

} // namespace heraut::app
