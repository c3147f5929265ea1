// SPDX-License-Identifier: GPL-3.0-or-later
#include "Startup.h"

#include "Application.h"
#include "CoreMessages.h"
#include "DatabaseRescueDialog.h"
#include "MainWindow.h"
#include "WindowGeometry.h"
#include "heraut/Subscriptions.h"
#include "heraut/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <cstring>
#include <ctime>
#include <iostream>

namespace heraut::app {
namespace {

QString g_lastMessage;

void tell(QMessageBox::Icon icon, const QString& text) {
    g_lastMessage = text;
    QMessageBox box(icon, QStringLiteral("Heraut"), text, QMessageBox::Ok);
    box.setObjectName(QStringLiteral("startupErrorBox"));
    box.exec();
}

} // namespace

QString Startup::usage() {
    return tr("Usage: heraut [--db FILE]\n"
              "  --db FILE     the news cache to open (default: HERAUT_DB, else "
              "~/.local/share/heraut/heraut.sqlite)\n"
              "  -h, --help    this text\n"
              "  -v, --version Heraut's version");
}

Startup::Arguments Startup::parseArguments(const QStringList& arguments) {
    Arguments result;
    QCommandLineParser parser;
    QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("FILE"));
    QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    parser.addOptions({db, help, version});
    if (!parser.parse(arguments)) {
        QStringList unknown = parser.unknownOptionNames();
        // Qt's own text (translated with Qt's strings) for what is not an unknown option.
        result.error = unknown.isEmpty() ? parser.errorText()
                                         : tr("Heraut does not know the option %1.")
                                               .arg(QStringLiteral("--") + unknown.front());
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = tr("Heraut opens no file or address given this way: %1.")
                           .arg(parser.positionalArguments().front());
        return result;
    }
    if (parser.isSet(help) || parser.isSet(version)) {
        result.done = true;
        std::cout << (parser.isSet(help) ? usage() : QStringLiteral("heraut %1").arg(kVersion))
                         .toStdString()
                  << '\n';
        return result;
    }
    result.databasePath = parser.isSet(db) ? parser.value(db).toStdString() : defaultDatabasePath();
    return result;
}

QString Startup::failureText(const QString& doing, const std::exception& error) {
    return doing + QStringLiteral("\n\n") + CoreMessages::failure(error);
}

QString Startup::lastMessage() {
    return g_lastMessage;
}

std::unique_ptr<MainWindow> Startup::openWindow(const std::string& databasePath,
                                                QSettings& settings) {
    // A database that cannot be opened gets a dialog (check, repair, read-only), not an end.
    std::unique_ptr<Database> db = openDatabaseOrAsk(databasePath, settings);
    if (!db) return nullptr;
    try {
        // First start: the bundled Dutch and Flemish defence sources.
        if (db->createdNow()) addDefaultFeeds(*db, static_cast<std::int64_t>(std::time(nullptr)));
    } catch (const std::exception& error) { // the reader can add feeds by hand
        tell(QMessageBox::Warning,
             failureText(tr("Heraut could not add its default feeds."), error));
    }
    try {
        return std::make_unique<MainWindow>(std::move(db), settings);
    } catch (const std::exception& error) { // the window's first reads, before it can report
        tell(QMessageBox::Critical, failureText(tr("Heraut could not open its window."), error));
        return nullptr;
    }
}

std::optional<int> Startup::answerWithoutDisplay(int& argc, char** argv) {
    // Only when asked: a second application object costs the ordinary start its time.
    bool asked = false;
    for (int i = 1; i < argc; ++i)
        for (const char* option : {"-h", "--help", "-v", "--version"})
            asked = asked || std::strcmp(argv[i], option) == 0;
    if (!asked) return std::nullopt;
    QCoreApplication core(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("heraut"));
    QCoreApplication::setOrganizationName(QStringLiteral("heraut"));
    QSettings settings;
    installTranslations(core, settings.value("ui/language").toString());
    Arguments parsed = parseArguments(QCoreApplication::arguments());
    if (parsed.done) return 0;
    return std::nullopt;
}

int Startup::run(QSettings& settings, const QStringList& arguments) {
    Arguments parsed = parseArguments(arguments);
    if (!parsed.error.isEmpty()) {
        std::cerr << parsed.error.toStdString() << '\n';
        tell(QMessageBox::Warning, parsed.error + QStringLiteral("\n\n") + usage());
        return 2;
    }
    if (parsed.done) return 0;
    std::unique_ptr<MainWindow> window = openWindow(parsed.databasePath, settings);
    if (!window) return 1;
    // The first start's size, within the screen's free area (a 1024x700 screen had the status
    // bar below its edge); later starts keep the one the window restored.
    if (!WindowGeometry::saved(settings)) {
        QSize size(1280, 800);
        if (QScreen* screen = window->screen())
            size = size.boundedTo(screen->availableGeometry().size());
        window->resize(size);
    }
    window->show();
    return QApplication::exec();
}

} // namespace heraut::app
