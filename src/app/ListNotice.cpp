// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListNotice.h"

#include "ArticleListModel.h"
#include "EmptyListText.h"
#include "FeedTreeModel.h"
#include "SearchScope.h"
#include "StoryMode.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace heraut::app {

ListNotice::ListNotice(QTableView& view, ArticleListModel& list, const FeedTreeModel& tree)
    : QWidget(view.viewport()), m_view(view), m_list(list), m_tree(tree), m_label(new QLabel),
      m_button(new QPushButton) {
    setObjectName(QStringLiteral("listNotice"));
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_button->setObjectName(QStringLiteral("listNoticeButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_label);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_feedId != 0)
            emit retryRequested(m_feedId);
        else
            emit everythingRequested();
    });
    connect(&list, &QAbstractItemModel::modelReset, this, &ListNotice::refresh);
    connect(&list, &QAbstractItemModel::rowsInserted, this, &ListNotice::refresh);
    connect(&list, &ArticleListModel::searchShown, this, &ListNotice::refresh);
    view.viewport()->installEventFilter(this);
    hide();
}

QString ListNotice::text() const {
    return isVisible() ? m_label->text() : QString();
}

void ListNotice::refresh() {
    const ArticleScope& scope = m_list.scope();
    m_feedId = 0;
    // An empty list while a search is on its way is not yet an answer.
    if (m_list.rowCount() > 0 || m_list.searching()) return hide();
    EmptyListText::List list{scope.kind, SearchScope::scopeName(m_tree, scope), m_list.unreadOnly(),
                             m_storyMode && m_storyMode->on()};
    if (m_list.isSearch())
        return showNotice(EmptyListText::noResults(list), scope.kind == ArticleScope::Kind::All
                                                              ? QString()
                                                              : tr("Search everything"));
    QString error = m_tree.indexOfScope(scope).data(FeedTreeModel::ErrorRole).toString();
    if (scope.kind == ArticleScope::Kind::Feed && !error.isEmpty()) {
        m_feedId = scope.feedId;
        return showNotice(tr("%1 could not be loaded: %2").arg(list.name, error), tr("Retry"));
    }
    showNotice(EmptyListText::browse(list), QString());
}

void ListNotice::showNotice(const QString& text, const QString& action) {
    m_label->setText(text);
    m_button->setText(action);
    m_button->setVisible(!action.isEmpty());
    setGeometry(m_view.viewport()->rect());
    QWidget::show();
    raise();
}

bool ListNotice::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view.viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view.viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace heraut::app
