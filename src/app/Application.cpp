// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace heraut::app {

QString installTranslations(QApplication& app, const QString& choice) {
    QString language = choice;
    if (language != QLatin1String("nl") && language != QLatin1String("en"))
        language = QLocale::system().language() == QLocale::Dutch ? QStringLiteral("nl")
                                                                  : QStringLiteral("en");
    QLocale::setDefault(
        QLocale(language == QLatin1String("nl") ? QLocale::Dutch : QLocale::English,
                language == QLatin1String("nl") ? QLocale::Netherlands : QLocale::UnitedKingdom));
    if (language == QLatin1String("nl")) {
        auto* own = new QTranslator(&app);
        if (own->load(QStringLiteral(":/i18n/heraut_nl.qm"))) app.installTranslator(own);
        auto* qt = new QTranslator(&app);
        if (qt->load(QLocale(QLocale::Dutch), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            app.installTranslator(qt);
    }
    return language;
}

} // namespace heraut::app
