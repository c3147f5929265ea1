// SPDX-License-Identifier: GPL-3.0-or-later
// How GUI tests set the reader's language and look, as the reader does at start-up: the one
// place that swaps the application's translators and picks the style and palette.
#pragma once

#include "Application.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

namespace heraut::test {

// Replaces the application's translators with the reader's (and Qt's) for `language`.
inline void useLanguage(const QString& language) {
    auto* app = qobject_cast<QApplication*>(QApplication::instance());
    for (QTranslator* t : app->findChildren<QTranslator*>()) {
        QApplication::removeTranslator(t);
        delete t;
    }
    app::installTranslations(*app, language);
}

inline QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x36, 0x3b));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    return p;
}

// Fusion in its own light palette or a dark one, so screenshots look alike on every machine.
inline void useLook(bool dark) {
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
}

} // namespace heraut::test
