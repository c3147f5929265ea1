// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrayMenu.h"

#include <QApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QSessionManager>
#include <QWidget>

namespace heraut::app {

TrayMenu::TrayMenu(QWidget& window)
    : QObject(&window), m_window(window), m_menu(new QMenu(&window)) {
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_showHide = m_menu->addAction(QString(), this, &TrayMenu::toggleWindow);
    m_menu->addSeparator();
    m_refresh = m_menu->addAction(tr("Refresh all"), this, &TrayMenu::refreshAllRequested);
    m_markAllRead = m_menu->addAction(tr("Mark all read"), this, &TrayMenu::markAllReadRequested);
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("Quit"), this, &TrayMenu::quit);
    connect(m_menu, &QMenu::aboutToShow, this, &TrayMenu::updateTexts);
    // Logging out closes every window; one that only hid would cancel the logout.
#ifndef QT_NO_SESSIONMANAGER
    if (qGuiApp)
        connect(qGuiApp, &QGuiApplication::commitDataRequest, this, [this] { m_quitting = true; });
#endif
    window.installEventFilter(this);
    updateTexts();
}

bool TrayMenu::eventFilter(QObject* watched, QEvent* event) {
    if (watched == &m_window && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        updateTexts();
    return QObject::eventFilter(watched, event);
}

TrayMenu::~TrayMenu() {
    QApplication::setQuitOnLastWindowClosed(true);
}

void TrayMenu::setTrayAvailable(bool available) {
    m_trayAvailable = available;
    applyQuitPolicy();
}

void TrayMenu::setKeepRunning(bool keep) {
    m_keepRunning = keep;
    applyQuitPolicy();
}

// While the window may sit hidden in the tray, closing a dialog (a notice shown during a
// background refresh) must not end the program as "the last window closed".
void TrayMenu::applyQuitPolicy() {
    QApplication::setQuitOnLastWindowClosed(!(m_keepRunning && m_trayAvailable));
}

bool TrayMenu::hidesOnClose() const {
    return m_keepRunning && m_trayAvailable && !m_quitting;
}

void TrayMenu::toggleWindow() {
    if (m_window.isVisible() && !m_window.isMinimized()) {
        m_window.hide();
    } else {
        m_window.showNormal();
        m_window.raise();
        m_window.activateWindow();
    }
    updateTexts();
}

void TrayMenu::quit() {
    m_quitting = true;
    bool closed = m_window.close(); // false when the reader chose to stay (unsaved marks)
    m_quitting = false;
    // A window closed while hidden in the tray is no "last window closed": quit outright.
    if (closed) QApplication::quit();
}

void TrayMenu::updateTexts() {
    bool shown = m_window.isVisible() && !m_window.isMinimized();
    m_showHide->setText(shown ? tr("Hide window") : tr("Show window"));
}

} // namespace heraut::app
