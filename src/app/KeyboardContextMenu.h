// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAbstractItemView;

namespace heraut::app {

// Shift+F10 and the Menu key open a view's context menu at its current item, the same menu a
// right-click on that item opens (the keys of the Windows and KDE conventions; a view with
// Qt::CustomContextMenu gets neither from Qt). The menu is asked for through the view's
// customContextMenuRequested, with the item's centre in viewport coordinates, as a click gives.
class KeyboardContextMenu : public QObject {
    Q_OBJECT

  public:
    // Binds the keys on `view` (while it has the focus); a child of the view.
    explicit KeyboardContextMenu(QAbstractItemView& view);

    // Opens the menu at the current item; false when there is none.
    bool open();

  private:
    QAbstractItemView& m_view;
};

} // namespace heraut::app
