// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>

class QAction;
class QSettings;
class QSplitter;
class QTableView;
class QTreeView;
class QWidget;

namespace heraut::app {

// How the feed tree, the article list and the article share the window's width, as NetNewsWire
// and RSS Guard share it: the tree as wide as its names need within bounds (names elided, counts
// kept), the list wide enough for title, source and date without a horizontal scrollbar, the
// article the rest. The computed sizes follow the window until the user moves a splitter handle;
// sizes the user set are saved and restored, unless they no longer fit the window (another
// screen, another scale factor). A window too narrow for three panes (1024x700 at scale 1.5 is
// 683 logical pixels wide) hides the feed tree, as NetNewsWire folds its sidebar away; the
// feed-list action shows it again. The source and date columns fit what the rows show until the
// user drags one; a dragged width then stays through resizes and restarts while the other
// column still adapts. All widths are logical pixels derived from the font.
class PaneLayout : public QObject {
    Q_OBJECT

  public:
    // `outer` holds the tree and `inner`; `inner` holds the list and the article.
    PaneLayout(QSplitter& outer, QSplitter& inner, QTreeView& tree, QTableView& list,
               QObject* parent = nullptr);

    // Reads the splitter states saved by save(); they are applied when the window is shown.
    void restore(const QSettings& settings);
    void save(QSettings& settings) const;

    int treeMinimumWidth() const;
    int treeMaximumWidth() const;
    int listMinimumWidth() const; // title (elided), source and date side by side
    int articleMinimumWidth() const;
    // Checkable: whether the feed tree shows; off when the window is too narrow for it.
    QAction* feedListAction() const { return m_feedList; }
    // Whether the panes follow the window (true) or keep sizes the user set.
    bool computed() const { return !m_userSized; }

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void sizeColumns();
    void measureRows(int first, int last);
    void fitColumns();
    int headerWidth(int column) const;
    void resizeColumn(int column, int width);
    void columnResized(int column, int width);
    void applySaved();
    void applyComputed();
    bool fits() const;
    bool roomForTree(int width) const;
    void showTree(bool shown);
    void noteTreeShown();
    int dateWidth() const;
    int sourceWidth(int listWidth) const;

    QSplitter& m_outer;
    QSplitter& m_inner;
    QTreeView& m_tree;
    QTableView& m_list;
    QAction* m_feedList;
    QByteArray m_savedOuter;
    QByteArray m_savedInner;
    bool m_shown = false;
    bool m_userSized = false;
    int m_shownSource = 0; // pixels: the widest source and date of the measured rows
    int m_shownDate = 0;
    bool m_fitting = false;       // PaneLayout itself is sizing the columns
    bool m_headerPressed = false; // a mouse button is down on the list's header
    int m_userSource = 0;         // pixels the user dragged the column to; 0: fitted
    int m_userDate = 0;
};

} // namespace heraut::app
