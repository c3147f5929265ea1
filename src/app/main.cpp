// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"
#include "DatabaseRescueDialog.h"
#include "MainWindow.h"
#include "heraut/Subscriptions.h"
#include "heraut/Version.h"

#include <QApplication>
#include <QMessageBox>
#include <ctime>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("heraut"));
    QApplication::setOrganizationName(QStringLiteral("heraut"));
    QApplication::setApplicationDisplayName(QStringLiteral("Heraut"));
    QApplication::setApplicationVersion(QString::fromLatin1(heraut::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("nl.heraut.Heraut"));
    QSettings settings;
    heraut::app::installTranslations(app, settings.value("ui/language").toString());
    // A database that cannot be opened gets a dialog (check, repair, read-only), not an end.
    std::unique_ptr<heraut::Database> db =
        heraut::app::openDatabaseOrAsk(heraut::defaultDatabasePath(), settings);
    if (!db) return 1;
    try {
        // First start: the bundled Dutch and Flemish defence sources.
        if (db->createdNow())
            heraut::addDefaultFeeds(*db, static_cast<std::int64_t>(std::time(nullptr)));
    } catch (const std::exception& error) {
        QMessageBox::warning(nullptr, QStringLiteral("Heraut"),
                             QString::fromStdString(error.what()));
    }
    try {
        heraut::app::MainWindow window(std::move(db), settings);
        window.resize(1280, 800);
        window.show();
        return app.exec();
    } catch (const std::exception& error) { // the window's first reads, before it can report
        QMessageBox::critical(nullptr, QStringLiteral("Heraut"),
                              QString::fromStdString(error.what()));
        return 1;
    }
}
