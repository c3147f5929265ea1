// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyboardContextMenu.h"

#include <QAbstractItemView>
#include <QShortcut>

namespace heraut::app {

KeyboardContextMenu::KeyboardContextMenu(QAbstractItemView& view) : QObject(&view), m_view(view) {
    for (const QKeySequence& keys :
         {QKeySequence(Qt::SHIFT | Qt::Key_F10), QKeySequence(Qt::Key_Menu)}) {
        auto* shortcut = new QShortcut(keys, &view);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &KeyboardContextMenu::open);
    }
}

bool KeyboardContextMenu::open() {
    QModelIndex current = m_view.currentIndex();
    if (!current.isValid()) return false;
    m_view.scrollTo(current);
    emit m_view.customContextMenuRequested(m_view.visualRect(current).center());
    return true;
}

} // namespace heraut::app
