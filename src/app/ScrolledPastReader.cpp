// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScrolledPastReader.h"

#include "ArticleListModel.h"

#include <QAction>
#include <QScrollBar>
#include <QTableView>

namespace heraut::app {

ScrolledPastReader::ScrolledPastReader(QTableView& list, ArticleListModel& model, QObject* parent)
    : QObject(parent), m_list(list), m_model(model) {
    m_action = new QAction(tr("Mark read when scrolled past"), this);
    m_action->setObjectName(QStringLiteral("markReadScrolledPast"));
    m_action->setCheckable(true);
    connect(m_action, &QAction::toggled, this, [this](bool on) {
        noteTop();
        emit toggled(on);
    });
    connect(m_list.verticalScrollBar(), &QScrollBar::valueChanged, this,
            &ScrolledPastReader::scrolled);
    // Rows read again start afresh: what is above the top then was not scrolled past.
    connect(&m_model, &QAbstractItemModel::modelReset, this, &ScrolledPastReader::noteTop);
}

bool ScrolledPastReader::on() const {
    return m_action->isChecked();
}

void ScrolledPastReader::setOn(bool on) {
    m_action->setChecked(on);
}

void ScrolledPastReader::noteTop() {
    int top = m_list.rowAt(0);
    m_topId = top >= 0 && top < m_model.rowCount() ? m_model.headline(top).id : 0;
}

void ScrolledPastReader::scrolled() {
    int top = m_list.rowAt(0);
    int before = m_topId ? m_model.rowOfArticle(m_topId) : -1;
    if (on() && before >= 0 && top > before) {
        std::vector<std::int64_t> marked;
        for (int row = before; row < top; ++row) {
            if (m_model.index(row, 0).data(ArticleListModel::ReadRole).toBool()) continue;
            std::vector<std::int64_t> ids = m_model.setRead(row, true);
            marked.insert(marked.end(), ids.begin(), ids.end());
        }
        if (!marked.empty()) emit markedRead(marked);
    }
    noteTop();
}

} // namespace heraut::app
