// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialogHeight.h"

#include <QLayout>
#include <QScreen>
#include <QWidget>
#include <algorithm>

namespace heraut::app {

void growToFitWrappedText(QWidget& dialog) {
    QLayout* layout = dialog.layout();
    if (!layout) return;
    layout->activate();
    int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog.width())
                                             : layout->totalSizeHint().height();
    if (QScreen* screen = dialog.screen())
        needed = std::min(needed, screen->availableGeometry().height());
    if (needed > dialog.height()) dialog.resize(dialog.width(), needed);
}

} // namespace heraut::app
