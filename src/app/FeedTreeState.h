// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ArticleListModel.h"

#include <QObject>
#include <QSet>
#include <QSettings>
#include <QTreeView>

namespace heraut::app {

// What the reader did to the feed list and expects to find again: which folders are collapsed,
// which row is at the top of the list, which scope is selected. Kept across every rebuild of the
// model (a CLI change, a move, a refresh) and, through QSettings, across restarts. Folders
// are remembered by name, so a new folder starts expanded. The top row is remembered by what
// it shows, not by a scrollbar value: the list's height (another window size) and rows added
// above it (a new feed) would move a value to other rows.
class FeedTreeState : public QObject {
    Q_OBJECT

  public:
    FeedTreeState(QTreeView& view, QSettings& settings, QObject* parent = nullptr);

    // Call before the model rebuilds its rows: remembers the top row.
    void aboutToRebuild();
    // Call after: expands every folder the reader did not collapse, scrolls back. Before the
    // view is first shown (a start), the scrolling waits for it: its height is not known yet.
    void rebuilt();
    // The scope selected when Heraut last closed ("All articles" the first time).
    ArticleScope savedScope() const;
    // Writes folders, top row and the selected scope to the settings.
    void save(const ArticleScope& selected);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void setCollapsed(const QModelIndex& index, bool collapsed);
    void scrollBack(bool currentInSight);

    QTreeView& m_view;
    QSettings& m_settings;
    QSet<QString> m_collapsed;
    ArticleScope m_top;
    bool m_hasTop = false;
    int m_scroll = 0;         // when the top row is gone: about where it was
    bool m_restoring = false; // expand()/collapse() from rebuilt() are not the reader's
};

} // namespace heraut::app
