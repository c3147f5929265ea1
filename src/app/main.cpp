// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"
#include "Startup.h"
#include "heraut/Version.h"

#include <QApplication>
#include <QSettings>

int main(int argc, char** argv) {
    if (std::optional<int> answered = heraut::app::Startup::answerWithoutDisplay(argc, argv))
        return *answered; // --help, --version: no display needed
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("heraut"));
    QApplication::setOrganizationName(QStringLiteral("heraut"));
    QApplication::setApplicationDisplayName(QStringLiteral("Heraut"));
    QApplication::setApplicationVersion(QString::fromLatin1(heraut::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("nl.heraut.Heraut"));
    QSettings settings;
    heraut::app::installTranslations(app, settings.value("ui/language").toString());
    return heraut::app::Startup::run(settings, QApplication::arguments());
}
