// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowGeometry.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QVariantList>
#include <QWidget>
#include <algorithm>

namespace heraut::app {
namespace {

const QString kGeometryKey = QStringLiteral("layout/geometry");
const QString kFrameKey = QStringLiteral("layout/frameMargins");
const QString kMaximizedKey = QStringLiteral("layout/maximized");

QMargins frameOf(const QWidget& window) {
    QRect inner = window.geometry();
    QRect outer = window.frameGeometry();
    return {inner.left() - outer.left(), inner.top() - outer.top(), outer.right() - inner.right(),
            outer.bottom() - inner.bottom()};
}

QMargins savedFrame(const QSettings& settings) {
    QVariantList values = settings.value(kFrameKey).toList();
    if (values.size() != 4) return {};
    auto at = [&](int i) { return std::clamp(values[i].toInt(), 0, 200); }; // a sane frame
    return {at(0), at(1), at(2), at(3)};
}

QScreen* screenFor(QRect client) {
    if (QScreen* screen = QGuiApplication::screenAt(client.center())) return screen;
    return QGuiApplication::primaryScreen();
}

// Moves [start, start + length) into [low, high]; the low end wins when it does not fit.
int fittedStart(int start, int length, int low, int high) {
    return std::max(low, std::min(start, high - length + 1));
}

QSize minimumOf(const QWidget& window) {
    return window.minimumSizeHint().expandedTo(window.minimumSize());
}

// Once shown, the window's real frame is known (none saved yet, or another window manager):
// if the frame then reaches off the screen, the window is fitted once more. A window that fits
// is left where it is, so restarts do not move it; so is one sized since (the first start's
// size, a screenshot's fixed size).
class FitWhenShown : public QObject {
  public:
    FitWhenShown(QWidget& window, QRect placed) : QObject(&window), m_placed(placed) {}

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() != QEvent::Show) return false;
        QPointer<QWidget> window = static_cast<QWidget*>(watched);
        bool resized = window->geometry().size() != m_placed.size();
        QTimer::singleShot(0, window, [window, resized] {
            if (resized || !window || window->isMaximized() || window->isFullScreen()) return;
            QScreen* screen = window->screen();
            if (!screen || screen->availableGeometry().contains(window->frameGeometry())) return;
            window->setGeometry(WindowGeometry::fitted(window->geometry(), frameOf(*window),
                                                       screen->availableGeometry(),
                                                       minimumOf(*window)));
        });
        deleteLater();
        watched->removeEventFilter(this);
        return false;
    }

  private:
    QRect m_placed;
};

} // namespace

bool WindowGeometry::saved(const QSettings& settings) {
    return settings.contains(kGeometryKey);
}

void WindowGeometry::save(QSettings& settings, const QWidget& window) {
    QMargins frame = frameOf(window);
    settings.setValue(kGeometryKey, window.normalGeometry());
    settings.setValue(kFrameKey,
                      QVariantList{frame.left(), frame.top(), frame.right(), frame.bottom()});
    settings.setValue(kMaximizedKey, window.isMaximized());
}

void WindowGeometry::restore(const QSettings& settings, QWidget& window) {
    QVariant value = settings.value(kGeometryKey);
    QRect client;
    if (value.typeId() == QMetaType::QRect) {
        client = value.toRect();
    } else if (value.typeId() == QMetaType::QByteArray) { // saved by an earlier version
        window.restoreGeometry(value.toByteArray());
        client = window.normalGeometry();
    }
    if (!client.isValid()) client = window.geometry();
    QScreen* screen = screenFor(client);
    if (screen)
        client =
            fitted(client, savedFrame(settings), screen->availableGeometry(), minimumOf(window));
    window.setGeometry(client);
    window.installEventFilter(new FitWhenShown(window, client));
    if (settings.value(kMaximizedKey, false).toBool())
        window.setWindowState(window.windowState() | Qt::WindowMaximized);
}

QRect WindowGeometry::fitted(QRect client, QMargins frame, QRect area, QSize minimum) {
    QRect room = area.marginsRemoved(frame);
    QSize size = client.size().boundedTo(room.size()).expandedTo(minimum);
    int left = fittedStart(client.left(), size.width(), room.left(), room.right());
    int top = fittedStart(client.top(), size.height(), room.top(), room.bottom());
    return {QPoint(left, top), size};
}

} // namespace heraut::app
