// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace heraut::app {

QString installTranslations(QCoreApplication& app, const QString& choice) {
    QString language = choice;
    if (language != QLatin1String("nl") && language != QLatin1String("en"))
        language = QLocale::system().language() == QLocale::Dutch ? QStringLiteral("nl")
                                                                  : QStringLiteral("en");
    QLocale::setDefault(
        QLocale(language == QLatin1String("nl") ? QLocale::Dutch : QLocale::English,
                language == QLatin1String("nl") ? QLocale::Netherlands : QLocale::UnitedKingdom));
    // English needs a translation too: only a .qm gives "%n article(s)" its singular and plural.
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/heraut_%1.qm").arg(language))) app.installTranslator(own);
    if (language == QLatin1String("nl")) {
        // Qt's own strings (Cancel, Yes, file dialogs) from Debian's qt6-translations-l10n.
        auto* qt = new QTranslator(&app);
        if (qt->load(QLocale(QLocale::Dutch), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            app.installTranslator(qt);
    }
    return language;
}

} // namespace heraut::app
