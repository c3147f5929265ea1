// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace heraut::app {

// The system tray icon's menu (Show/Hide window, Refresh all, Mark all read, Quit) and the
// "keep running in the tray" choice: with it, closing the window only hides it and refreshes
// go on; Quit, here or in the File menu, closes the window for good (its closeEvent saves as
// always) and ends the program. Whether a tray exists is told, not asked, so the behaviour
// does not depend on the desktop (offscreen has no tray).
class TrayMenu : public QObject {
    Q_OBJECT

  public:
    // A child of the window it shows, hides and quits.
    explicit TrayMenu(QWidget& window);
    ~TrayMenu() override;

    QMenu* menu() const { return m_menu; }
    QAction* showHideAction() const { return m_showHide; }
    QAction* refreshAction() const { return m_refresh; }
    QAction* markAllReadAction() const { return m_markAllRead; }
    QAction* quitAction() const { return m_quit; }

    // Without a tray the window cannot come back once hidden, so closing always closes.
    void setTrayAvailable(bool available);
    void setKeepRunning(bool keep);
    // Asked by the window's closeEvent: true when the close should only hide the window.
    bool hidesOnClose() const;

    void toggleWindow();
    // Closes the window for good; ends the program when the window agreed to close.
    void quit();

  signals:
    void refreshAllRequested();
    void markAllReadRequested();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override; // Show/Hide follows the window

  private:
    void updateTexts();
    void applyQuitPolicy();

    QWidget& m_window;
    QMenu* m_menu;
    QAction* m_showHide;
    QAction* m_refresh;
    QAction* m_markAllRead;
    QAction* m_quit;
    bool m_trayAvailable = false;
    bool m_keepRunning = false;
    bool m_quitting = false;
};

} // namespace heraut::app
