// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedTreeState.h"

#include "FeedTreeModel.h"

#include <QEvent>
#include <QScrollBar>
#include <QTimer>

namespace heraut::app {
namespace {

ArticleScope readScope(const QSettings& settings, const QString& prefix) {
    ArticleScope scope;
    scope.kind = static_cast<ArticleScope::Kind>(
        settings.value(prefix + QStringLiteral("scope"), static_cast<int>(ArticleScope::Kind::All))
            .toInt());
    scope.feedId = settings.value(prefix + QStringLiteral("feed"), 0).toLongLong();
    scope.folder = settings.value(prefix + QStringLiteral("folder")).toString();
    return scope;
}

void writeScope(QSettings& settings, const QString& prefix, const ArticleScope& scope) {
    settings.setValue(prefix + QStringLiteral("scope"), static_cast<int>(scope.kind));
    settings.setValue(prefix + QStringLiteral("feed"),
                      QVariant::fromValue<qlonglong>(scope.feedId));
    settings.setValue(prefix + QStringLiteral("folder"), scope.folder);
}

} // namespace

FeedTreeState::FeedTreeState(QTreeView& view, QSettings& settings, QObject* parent)
    : QObject(parent), m_view(view), m_settings(settings) {
    const QStringList collapsed = settings.value("tree/collapsed").toStringList();
    m_collapsed = QSet<QString>(collapsed.begin(), collapsed.end());
    m_scroll = settings.value("tree/scroll", 0).toInt();
    m_hasTop = settings.contains("tree/topscope");
    if (m_hasTop) m_top = readScope(settings, QStringLiteral("tree/top"));
    connect(&view, &QTreeView::collapsed, this,
            [this](const QModelIndex& index) { setCollapsed(index, true); });
    connect(&view, &QTreeView::expanded, this,
            [this](const QModelIndex& index) { setCollapsed(index, false); });
    view.installEventFilter(this);
}

void FeedTreeState::setCollapsed(const QModelIndex& index, bool collapsed) {
    if (m_restoring) return;
    QString folder = index.data(FeedTreeModel::FolderRole).toString();
    if (folder.isEmpty()) return;
    if (collapsed)
        m_collapsed.insert(folder);
    else
        m_collapsed.remove(folder);
}

void FeedTreeState::aboutToRebuild() {
    if (!m_view.isVisible()) return; // a start: what the settings said still holds
    m_scroll = m_view.verticalScrollBar()->value();
    QModelIndex top = m_view.indexAt(QPoint(1, 1));
    m_hasTop = top.isValid();
    if (m_hasTop) m_top = FeedTreeModel::scopeOf(top);
}

void FeedTreeState::rebuilt() {
    m_restoring = true;
    QAbstractItemModel* model = m_view.model();
    // Folders inside folders too, each as the reader left it.
    std::vector<QModelIndex> parents{QModelIndex()};
    while (!parents.empty()) {
        QModelIndex parent = parents.back();
        parents.pop_back();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            QModelIndex index = model->index(row, 0, parent);
            if (model->rowCount(index) == 0) continue;
            m_view.setExpanded(
                index, !m_collapsed.contains(index.data(FeedTreeModel::FolderRole).toString()));
            parents.push_back(index);
        }
    }
    m_restoring = false;
    if (m_view.isVisible()) scrollBack(false);
}

// The view scrolls to its current row when it is first shown (QAbstractItemView, which puts it
// at the bottom edge); this comes after that, once the window has its height.
bool FeedTreeState::eventFilter(QObject* watched, QEvent* event) {
    if (watched == &m_view && event->type() == QEvent::Show)
        QTimer::singleShot(0, this, [this] { scrollBack(true); });
    return QObject::eventFilter(watched, event);
}

void FeedTreeState::scrollBack(bool currentInSight) {
    // The scroll range follows the layout, which the view updates lazily.
    m_view.doItemsLayout();
    auto* model = qobject_cast<FeedTreeModel*>(m_view.model());
    QModelIndex top = m_hasTop && model ? model->indexOfScope(m_top) : QModelIndex();
    if (top.isValid())
        m_view.scrollTo(top, QAbstractItemView::PositionAtTop);
    else
        m_view.verticalScrollBar()->setValue(m_scroll);
    // After a start, the selection in sight, away from the edges, whatever the list's height
    // now; during a session the reader may have scrolled it away on purpose.
    QModelIndex current = m_view.currentIndex();
    if (currentInSight && current.isValid() &&
        !m_view.viewport()->rect().contains(m_view.visualRect(current)))
        m_view.scrollTo(current, QAbstractItemView::PositionAtCenter);
}

ArticleScope FeedTreeState::savedScope() const {
    return readScope(m_settings, QStringLiteral("tree/"));
}

void FeedTreeState::save(const ArticleScope& selected) {
    QStringList collapsed(m_collapsed.begin(), m_collapsed.end());
    collapsed.sort();
    m_settings.setValue("tree/collapsed", collapsed);
    m_settings.setValue("tree/scroll", m_view.verticalScrollBar()->value());
    writeScope(m_settings, QStringLiteral("tree/"), selected);
    QModelIndex top = m_view.indexAt(QPoint(1, 1));
    if (top.isValid())
        writeScope(m_settings, QStringLiteral("tree/top"), FeedTreeModel::scopeOf(top));
    else
        m_settings.remove("tree/topscope");
}

} // namespace heraut::app
