// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchScope.h"

#include "EmptyListText.h"
#include "FeedTreeModel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>

namespace heraut::app {

SearchScope::SearchScope(QLineEdit& box, ArticleListModel& list, const FeedTreeModel& tree,
                         QObject* parent)
    : QObject(parent), m_box(box), m_list(list), m_tree(tree) {
    m_everything = new QAction(tr("Search everything"), this);
    m_everything->setObjectName(QStringLiteral("searchEverything"));
    m_everything->setToolTip(tr("Search all articles, not only this list"));
    m_everything->setIcon(box.style()->standardIcon(QStyle::SP_DirHomeIcon));
    box.addAction(m_everything, QLineEdit::TrailingPosition);
    connect(m_everything, &QAction::triggered, this, &SearchScope::everythingRequested);
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("searchResult"));
    m_result->setTextFormat(Qt::RichText);
    connect(m_result, &QLabel::linkActivated, this, &SearchScope::orderLinkActivated);
    connect(&list, &ArticleListModel::searchShown, this, &SearchScope::resultsShown);
    connect(&list, &QAbstractItemModel::modelReset, this, &SearchScope::scopeChanged);
    // The tree names the scope: read again after an edit (a watch-list's new search) it may
    // come back after the list did.
    connect(&tree, &QAbstractItemModel::modelReset, this, &SearchScope::scopeChanged);
    connect(&tree, &QAbstractItemModel::rowsInserted, this, &SearchScope::scopeChanged);
    connect(&tree, &QAbstractItemModel::dataChanged, this, &SearchScope::scopeChanged);
    connect(&box, &QLineEdit::textChanged, this, [this] {
        m_byDate = false;
        // The briefing page hides the list: a search typed there is over every article.
        if (m_list.scope().kind == ArticleScope::Kind::Briefing &&
            !m_box.text().trimmed().isEmpty())
            emit everythingRequested();
        if (m_box.text().trimmed().isEmpty()) m_result->clear();
        scopeChanged();
    });
    scopeChanged();
}

QString SearchScope::scopeName(const FeedTreeModel& tree, const ArticleScope& scope) {
    if (scope.kind == ArticleScope::Kind::All) return tr("all articles");
    QString name = tree.indexOfScope(scope).data(Qt::DisplayRole).toString();
    return name.isEmpty() ? scope.folder : name;
}

bool SearchScope::searchesEverything(const ArticleScope& scope) {
    return scope.kind == ArticleScope::Kind::All || scope.kind == ArticleScope::Kind::Briefing;
}

void SearchScope::scopeChanged() {
    const ArticleScope& scope = m_list.scope();
    bool everything = searchesEverything(scope);
    m_box.setPlaceholderText(everything ? tr("Search all articles (/)")
                                        : tr("Search in %1 (/)").arg(scopeName(m_tree, scope)));
    m_everything->setVisible(!everything);
    if (!m_list.isSearch()) updateSortArrow();
}

void SearchScope::resultsShown() {
    scopeChanged();
    updateSortArrow();
    int rows = m_list.rowCount();
    if (rows == 0) {
        const ArticleScope& scope = m_list.scope();
        m_result->setText(
            EmptyListText::noResults({scope.kind, scopeName(m_tree, scope), m_list.unreadOnly()})
                .toHtmlEscaped());
        return;
    }
    QString count = tr("%n result(s)", nullptr, rows);
    if (m_byDate)
        m_result->setText(
            tr("%1, newest first · <a href=\"relevance\">best match first</a>").arg(count));
    else
        m_result->setText(
            tr("%1, best match first · <a href=\"date\">newest first</a>").arg(count));
}

void SearchScope::orderLinkActivated() {
    m_byDate = !m_byDate;
    if (m_byDate)
        m_list.sort(ArticleListModel::DateColumn, Qt::DescendingOrder);
    else
        m_list.setSearchText(m_box.text()); // the store's order is the relevance order
    if (m_header && m_byDate) {
        QSignalBlocker sorted(m_header); // the list is sorted above; the arrow only says so
        m_header->setSortIndicator(ArticleListModel::DateColumn, Qt::DescendingOrder);
    }
    resultsShown();
}

void SearchScope::showSortArrowFor(QHeaderView* header) {
    m_header = header;
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [header] { header->setSortIndicatorShown(true); });
    updateSortArrow();
}

// Results by relevance have no column they are sorted by: an arrow on the date would say
// they were newest first.
void SearchScope::updateSortArrow() {
    if (m_header) m_header->setSortIndicatorShown(!m_list.isSearch() || m_byDate);
}

} // namespace heraut::app
