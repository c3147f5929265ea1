// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyle>

class QHBoxLayout;
class QLabel;
class QVBoxLayout;
class QWidget;

namespace heraut::app {

// The look Heraut's notice windows share (the cache upgrade, the rescue of a damaged cache):
// a 48 px icon at the top left beside the texts, a headline above them in bold and a little
// larger, as QMessageBox lays out its own.
void useHeadlineFont(QLabel& headline);

// The row of the icon `icon` (in `dialog`'s style) and the column `texts`, which stretches.
QHBoxLayout* iconBesideTexts(const QWidget& dialog, QStyle::StandardPixmap icon,
                             QVBoxLayout* texts);

} // namespace heraut::app
