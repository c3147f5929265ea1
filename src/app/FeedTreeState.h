// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ArticleListModel.h"

#include <QObject>
#include <QSet>
#include <QSettings>
#include <QTreeView>

namespace heraut::app {

// What the reader did to the feed list and expects to find again: which folders are collapsed,
// how far the list is scrolled, which scope is selected. Kept across every rebuild of the
// model (a CLI change, a move, a refresh) and, through QSettings, across restarts. Folders
// are remembered by name, so a new folder starts expanded.
class FeedTreeState : public QObject {
    Q_OBJECT

  public:
    FeedTreeState(QTreeView& view, QSettings& settings, QObject* parent = nullptr);

    // Call before the model rebuilds its rows: remembers the scroll position.
    void aboutToRebuild();
    // Call after: expands every folder the reader did not collapse, scrolls back.
    void rebuilt();
    // The scope selected when Heraut last closed ("All articles" the first time).
    ArticleScope savedScope() const;
    // Writes folders, scroll position and the selected scope to the settings.
    void save(const ArticleScope& selected);

  private:
    void setCollapsed(const QModelIndex& index, bool collapsed);

    QTreeView& m_view;
    QSettings& m_settings;
    QSet<QString> m_collapsed;
    int m_scroll = 0;
    bool m_restoring = false; // expand()/collapse() from rebuilt() are not the reader's
};

} // namespace heraut::app
