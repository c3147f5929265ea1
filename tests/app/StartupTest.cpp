// SPDX-License-Identifier: GPL-3.0-or-later
// Starting the reader as main() does (Startup), in Dutch: arguments it does not know, a news
// cache that cannot be opened, a failure before the window can report it. Each is told in
// Dutch words, with the exit codes heraut-cli uses.
#include "Startup.h"
#include "AppFixture.h"
#include "DatabaseRescueDialog.h"
#include "ReaderLook.h"
#include "support/Process.h"

#include <QFile>
#include <QMessageBox>
#include <QScreen>
#include <QTimer>

namespace heraut {
namespace {

class StartupTest : public test::AppFixture {
  protected:
    void SetUp() override {
        AppFixture::SetUp();
        test::useLanguage(QStringLiteral("nl"));
    }
    void TearDown() override { test::useLanguage(QStringLiteral("en")); }

    // Runs the start-up; what the first modal window said (it is closed, as a reader who quits).
    int run(const QStringList& arguments, QString& said) {
        QTimer::singleShot(100, [&] {
            test::waitFor([] { return QApplication::activeModalWidget() != nullptr; }, 5000);
            QWidget* modal = QApplication::activeModalWidget();
            if (auto* box = qobject_cast<QMessageBox*>(modal)) said = box->text();
            if (auto* dialog = qobject_cast<app::DatabaseRescueDialog*>(modal))
                said = dialog->text();
            if (modal) modal->close();
        });
        return app::Startup::run(settings, arguments);
    }
};

TEST_F(StartupTest, AnUnknownOptionIsToldInDutchAndEndsWithTwo) {
    QString said;
    EXPECT_EQ(run({QStringLiteral("heraut"), QStringLiteral("--bogus")}, said), 2);
    QString expected = QCoreApplication::translate("Startup", "Heraut does not know the option %1.")
                           .arg(QStringLiteral("--bogus"));
    EXPECT_NE(expected, QStringLiteral("Heraut does not know the option --bogus."));
    EXPECT_TRUE(said.startsWith(expected)) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("--db"))) << "the usage follows";
}

TEST_F(StartupTest, AFileGivenAsAnArgumentIsRefusedInDutch) {
    app::Startup::Arguments parsed =
        app::Startup::parseArguments({QStringLiteral("heraut"), QStringLiteral("feed.xml")});
    EXPECT_TRUE(parsed.error.contains(QStringLiteral("feed.xml")));
    EXPECT_NE(parsed.error, QStringLiteral("Heraut opens no file or address given this way: "
                                           "feed.xml."));
}

TEST_F(StartupTest, TheDatabaseOptionChoosesTheFile) {
    app::Startup::Arguments parsed = app::Startup::parseArguments(
        {QStringLiteral("heraut"), QStringLiteral("--db"), QStringLiteral("/tmp/elders.sqlite")});
    EXPECT_TRUE(parsed.error.isEmpty()) << parsed.error.toStdString();
    EXPECT_EQ(parsed.databasePath, "/tmp/elders.sqlite");
    EXPECT_FALSE(parsed.done);
}

TEST_F(StartupTest, ANewsCacheThatIsNoDatabaseGetsTheDutchDialogAndTheReaderMayQuit) {
    std::string path = dir.file("kapot.sqlite");
    {
        QFile file(QString::fromStdString(path));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    QString said;
    EXPECT_EQ(
        run({QStringLiteral("heraut"), QStringLiteral("--db"), QString::fromStdString(path)}, said),
        1);
    EXPECT_TRUE(said.contains(QStringLiteral("Heraut kan de nieuwscache niet openen")))
        << said.toStdString();
    EXPECT_FALSE(said.contains(QStringLiteral("not a database"))) << said.toStdString();
}

// What the window's first reads throw, before it can report anything itself.
TEST_F(StartupTest, AFailureBeforeTheWindowIsWordedNotQuoted) {
    StoreError locked(dir.database() + ": \"SELECT 1\" failed: database is locked",
                      StoreError::Kind::Busy, 5);
    QString text = app::Startup::failureText(
        QCoreApplication::translate("Startup", "Heraut could not open its window."), locked);
    EXPECT_FALSE(text.contains(QStringLiteral("database is locked"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("could not open its window"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("ander programma"))) << text.toStdString();
}

// The first start's window fits the screen's free area (a 1024x700 screen had the status bar
// below its edge), as far as the panes' minimum widths allow.
TEST_F(StartupTest, TheFirstWindowFitsTheScreen) {
    settings.remove("layout/geometry");
    QSize size;
    QSize fits;
    QTimer::singleShot(0, [&] {
        test::waitFor([] { return QApplication::activeWindow() != nullptr; }, 5000);
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* window = qobject_cast<app::MainWindow*>(widget)) {
                size = window->size();
                fits = window->screen()->availableGeometry().size().expandedTo(
                    window->minimumSizeHint());
                window->close();
            }
        QApplication::quit();
    });
    EXPECT_EQ(app::Startup::run(settings, {QStringLiteral("heraut"), QStringLiteral("--db"),
                                           QString::fromStdString(dir.database())}),
              0);
    ASSERT_TRUE(size.isValid());
    EXPECT_LE(size.width(), fits.width());
    EXPECT_LE(size.height(), fits.height());
}

// The walk ran `heraut --help` without a display: Qt's xcb plugin aborted before any answer.
TEST_F(StartupTest, HelpAndVersionNeedNoDisplay) {
    for (const char* option : {"--help", "-h", "--version", "-v"}) {
        test::ProcessResult r = test::runProcess(
            {HERAUT_APP, option}, {"QT_QPA_PLATFORM=xcb", "DISPLAY=", "WAYLAND_DISPLAY="});
        EXPECT_EQ(r.exitCode, 0) << option << ": " << r.err;
        bool version = std::string(option).find('v') != std::string::npos;
        EXPECT_NE(r.out.find(version ? "heraut " : "--db"), std::string::npos)
            << option << ": " << r.out;
    }
}

} // namespace
} // namespace heraut
