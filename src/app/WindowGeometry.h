// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMargins>
#include <QRect>

class QSettings;
class QWidget;

namespace heraut::app {

// Where the main window sits across restarts. Qt's saveGeometry()/restoreGeometry() guess the
// frame: without a window manager (plain Xvfb, kiosks) the guess is a title bar of ~20 px that is
// not there, so each restart put the window 20 px lower and its status bar off the screen. This
// saves the window's own (client) rectangle and the frame that was really around it, and puts
// it back with setGeometry(), which places the client rectangle exactly (no drift). A rectangle
// saved on a larger screen or at another scale factor (QT_SCALE_FACTOR) is shrunk and moved
// until the whole frame lies inside the free area of the screen it lands on.
// All rectangles are in logical (device-independent) pixels.
class WindowGeometry {
  public:
    // Whether a geometry was saved (else the first start chooses a size).
    static bool saved(const QSettings& settings);
    static void save(QSettings& settings, const QWidget& window);
    // Call before the window is shown; a saved maximized state is applied by the next show().
    static void restore(const QSettings& settings, QWidget& window);

    // `client` shrunk and moved so that `client` grown by `frame` lies inside `area`, and no
    // smaller than `minimum` (which wins when the area is smaller still).
    static QRect fitted(QRect client, QMargins frame, QRect area, QSize minimum);
};

} // namespace heraut::app
