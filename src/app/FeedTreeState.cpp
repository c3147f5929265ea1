// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedTreeState.h"

#include "FeedTreeModel.h"

#include <QScrollBar>

namespace heraut::app {

FeedTreeState::FeedTreeState(QTreeView& view, QSettings& settings, QObject* parent)
    : QObject(parent), m_view(view), m_settings(settings) {
    const QStringList collapsed = settings.value("tree/collapsed").toStringList();
    m_collapsed = QSet<QString>(collapsed.begin(), collapsed.end());
    m_scroll = settings.value("tree/scroll", 0).toInt();
    connect(&view, &QTreeView::collapsed, this,
            [this](const QModelIndex& index) { setCollapsed(index, true); });
    connect(&view, &QTreeView::expanded, this,
            [this](const QModelIndex& index) { setCollapsed(index, false); });
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
    m_scroll = m_view.verticalScrollBar()->value();
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
    // The scroll range follows the layout, which the view updates lazily.
    m_view.doItemsLayout();
    m_view.verticalScrollBar()->setValue(m_scroll);
}

ArticleScope FeedTreeState::savedScope() const {
    ArticleScope scope;
    scope.kind = static_cast<ArticleScope::Kind>(
        m_settings.value("tree/scope", static_cast<int>(ArticleScope::Kind::All)).toInt());
    scope.feedId = m_settings.value("tree/feed", 0).toLongLong();
    scope.folder = m_settings.value("tree/folder").toString();
    return scope;
}

void FeedTreeState::save(const ArticleScope& selected) {
    QStringList collapsed(m_collapsed.begin(), m_collapsed.end());
    collapsed.sort();
    m_settings.setValue("tree/collapsed", collapsed);
    m_settings.setValue("tree/scroll", m_view.verticalScrollBar()->value());
    m_settings.setValue("tree/scope", static_cast<int>(selected.kind));
    m_settings.setValue("tree/feed", QVariant::fromValue<qlonglong>(selected.feedId));
    m_settings.setValue("tree/folder", selected.folder);
}

} // namespace heraut::app
