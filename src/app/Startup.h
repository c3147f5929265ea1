// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <exception>
#include <memory>
#include <optional>
#include <string>

class QSettings;
class QWidget;

namespace heraut::app {

class MainWindow;

// What main() does between making the QApplication and running its event loop, here so that
// tests can run it: the arguments, the database (or the rescue dialog), the first start's
// default feeds, the window. Every failure is told in the reader's language (the core's English
// text stays out of sight), in a message box a test can read.
class Startup {
    Q_DECLARE_TR_FUNCTIONS(Startup)

  public:
    struct Arguments {
        std::string databasePath; // --db FILE, else defaultDatabasePath() (HERAUT_DB, XDG)
        QString error;            // a bad argument, worded; empty when all were understood
        bool done = false;        // --help or --version was answered: nothing more to do
    };
    // `arguments` as QCoreApplication::arguments() gives them, the program's name first.
    static Arguments parseArguments(const QStringList& arguments);
    static QString usage();

    // Opens the database (asking through DatabaseRescueDialog when it cannot be), adds the
    // default feeds on a first start and makes the window. Null when the reader chose to quit
    // or the window could not be made (said in a message box first).
    static std::unique_ptr<MainWindow> openWindow(const std::string& databasePath,
                                                  QSettings& settings);

    // The message of a failure at start-up: `doing` (translated), then why, in words.
    static QString failureText(const QString& doing, const std::exception& error);

    // The message box last shown (not modal for tests that ask for it; null before the first).
    static QString lastMessage();

    // Answers --help and --version before main() makes its QApplication, whose platform plugin
    // (xcb) aborts where there is no display: on a QCoreApplication of its own, in the reader's
    // language. The exit code when one was answered; nothing when the reader is to start
    // (other arguments, good or bad, are left to run()).
    static std::optional<int> answerWithoutDisplay(int& argc, char** argv);

    // Runs main() with QCoreApplication::arguments(): returns its exit code (0; 1 when the
    // reader quit or the window failed; 2 for bad arguments, as heraut-cli).
    static int run(QSettings& settings, const QStringList& arguments);
};

} // namespace heraut::app
