// SPDX-License-Identifier: GPL-3.0-or-later
// Starting on a cache an older Heraut left: the upgrade window shows at once and stays while
// the schema is upgraded on its own thread, then the main window with the cache's articles.
// Another connection holding the write lock keeps the upgrade waiting for as long as a test
// looks, as a large cache's half-minute rebuild would.
#include "CacheUpgradeDialog.h"
#include "DamagedDatabase.h"
#include "DatabaseRescueDialog.h"
#include "OldCache.h"
#include "ReadableColor.h"
#include "Screenshots.h"
#include "Startup.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace heraut {
namespace {

app::CacheUpgradeDialog* upgradeDialog() {
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (auto* dialog = qobject_cast<app::CacheUpgradeDialog*>(widget))
            if (dialog->isVisible()) return dialog;
    return nullptr;
}

// Whether an upgrade dialog was shown at all: one that fails fast (a damaged cache, a Release
// build) can come and go between two polls.
class UpgradeDialogShown : public QObject {
  public:
    UpgradeDialogShown() { qApp->installEventFilter(this); }
    ~UpgradeDialogShown() override { qApp->removeEventFilter(this); }
    UpgradeDialogShown(const UpgradeDialogShown&) = delete;
    UpgradeDialogShown& operator=(const UpgradeDialogShown&) = delete;
    bool seen = false;

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Show && qobject_cast<app::CacheUpgradeDialog*>(watched))
            seen = true;
        return false;
    }
};

app::MainWindow* mainWindow() {
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (auto* window = qobject_cast<app::MainWindow*>(widget))
            if (window->isVisible()) return window;
    return nullptr;
}

class CacheUpgradeTest : public test::AppFixture {
  protected:
    std::string path = dir.file("oud.sqlite");
    int oldVersion = test::versionBeforeIndexRebuild();
    std::unique_ptr<Database> locker; // another program writing: the upgrade waits for it

    void SetUp() override {
        AppFixture::SetUp();
        test::makeOldCache(path, oldVersion, 40);
    }
    // Says what a rescue dialog said and closes it, as a reader who quits.
    QString closeRescueDialog() {
        auto* rescue = qobject_cast<app::DatabaseRescueDialog*>(QApplication::activeModalWidget());
        if (!rescue) return {};
        QString said = rescue->text();
        rescue->close();
        if (!expectRescue) ADD_FAILURE() << "rescue dialog: " << said.toStdString();
        return said;
    }
    bool expectRescue = false;

    void holdWriteLock() {
        locker = std::make_unique<Database>(path, oldVersion); // at its version: no migration
        locker->execute("BEGIN IMMEDIATE");
    }
    void releaseWriteLock() {
        locker->execute("ROLLBACK");
        locker.reset();
    }
    int startReader() {
        return app::Startup::run(settings, {QStringLiteral("heraut"), QStringLiteral("--db"),
                                            QString::fromStdString(path)});
    }
};

TEST_F(CacheUpgradeTest, TheUpgradeWindowShowsWhileItRunsThenTheMainWindowWithTheArticles) {
    holdWriteLock();
    bool mainWindowDuring = true;
    QString said;
    QTimer::singleShot(0, [&] {
        if (test::waitFor([] { return upgradeDialog() != nullptr; })) {
            said = upgradeDialog()->text();
            mainWindowDuring = mainWindow() != nullptr;
            // It answers while the upgrade waits: events are handled, nothing is blocked.
            EXPECT_TRUE(upgradeDialog()->stopButton()->isEnabled());
        }
        releaseWriteLock();
    });
    int rows = -1;
    bool upgradeWindowAfter = true;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        closeRescueDialog();
        app::MainWindow* window = mainWindow();
        if (!window) return;
        poll.stop();
        test::waitFor([&] { return window->listModel()->rowCount() == 40; }, 2000);
        rows = window->listModel()->rowCount();
        upgradeWindowAfter = upgradeDialog() != nullptr;
        window->close();
        QApplication::quit();
    });
    poll.start(20);
    EXPECT_EQ(startReader(), 0);
    EXPECT_TRUE(said.contains(QStringLiteral("upgrading its news cache"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("Step 1 of")))
        << "the steps are counted: " << said.toStdString();
    EXPECT_FALSE(mainWindowDuring) << "the main window waits for the upgrade";
    EXPECT_FALSE(upgradeWindowAfter);
    EXPECT_EQ(rows, 40);
    EXPECT_EQ(pendingMigrations(path), 0);
}

// Closing the window stops the upgrade and Heraut quits; the cache is as it was, and the next
// start upgrades it.
TEST_F(CacheUpgradeTest, ClosingTheUpgradeWindowQuitsAndLosesNothing) {
    holdWriteLock();
    QString said;
    bool stopEnabled = true;
    QTimer::singleShot(0, [&] {
        if (test::waitFor([] { return upgradeDialog() != nullptr; })) {
            app::CacheUpgradeDialog* dialog = upgradeDialog();
            dialog->close();
            EXPECT_TRUE(dialog->isVisible()) << "it stays until the upgrade is rolled back";
            said = dialog->text();
            stopEnabled = dialog->stopButton()->isEnabled();
        }
        releaseWriteLock();
    });
    QTimer poll; // a main window or a rescue dialog would be a failure: closed, not waited on
    QObject::connect(&poll, &QTimer::timeout, [&] {
        closeRescueDialog();
        if (app::MainWindow* window = mainWindow()) {
            window->close();
            QApplication::quit();
        }
    });
    poll.start(20);
    EXPECT_EQ(startReader(), 1) << "as when the reader quits";
    EXPECT_TRUE(said.contains(QStringLiteral("Stopping"))) << said.toStdString();
    EXPECT_FALSE(stopEnabled);
    EXPECT_EQ(mainWindow(), nullptr);
    EXPECT_EQ(pendingMigrations(path), Database::kSchemaVersion - oldVersion);
    {
        Database old(path, oldVersion);
        Statement count = old.prepare("SELECT count(*) FROM articles");
        count.step();
        EXPECT_EQ(count.integer(0), 40);
    }
    Database upgraded(path);
    EXPECT_EQ(upgraded.schemaVersion(), Database::kSchemaVersion);
}

// A file damaged where the upgrade reads: the rescue dialog, as for any open that fails.
TEST_F(CacheUpgradeTest, AnUpgradeThatFailsGetsTheRescueDialog) {
    path = dir.file("kapot-oud.sqlite");
    test::makeOldCache(path, oldVersion, 300); // bodies on pages of their own
    std::vector<std::int64_t> pages;
    {
        Database db(path, oldVersion);
        Statement leaves = db.prepare("SELECT pageno FROM dbstat WHERE name = 'article_bodies' "
                                      "AND pagetype = 'leaf'");
        while (leaves.step())
            pages.push_back(leaves.integer(0));
    }
    ASSERT_FALSE(pages.empty());
    test::damagePages(path, pages);
    UpgradeDialogShown upgradeShown;
    QString said;
    QTimer poll;
    expectRescue = true;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (QString text = closeRescueDialog(); !text.isEmpty()) said = text;
    });
    poll.start(5);
    EXPECT_EQ(startReader(), 1);
    EXPECT_TRUE(upgradeShown.seen);
    EXPECT_TRUE(said.contains(QStringLiteral("cannot open its news cache"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("damaged"))) << said.toStdString();
}

// The window as readers see it, in every look: written beside the other screenshots.
class CacheUpgradeScreenshot : public test::ScreenshotFixture {};

TEST_P(CacheUpgradeScreenshot, TheUpgradeWindow) {
    test::useLook(dark());
    test::useLanguage(language());
    std::string path = dir.file("oud.sqlite");
    test::makeOldCache(path, test::versionBeforeIndexRebuild(), 5);
    Database locker(path, test::versionBeforeIndexRebuild());
    locker.execute("BEGIN IMMEDIATE");
    app::CacheUpgradeDialog dialog(path, pendingMigrations(path));
    QTimer::singleShot(0, [&] {
        test::waitFor([&] { return dialog.isVisible(); });
        QApplication::processEvents();
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("upgradeNote"));
        ASSERT_NE(note, nullptr);
        EXPECT_GE(app::contrastRatio(note->palette().color(QPalette::WindowText),
                                     dialog.palette().color(QPalette::Window)),
                  4.5)
            << "the quieter note is still readable";
        EXPECT_TRUE(
            save(dialog.grab().toImage(), QStringLiteral("cache-upgrade-%1.png").arg(lookName())));
        locker.execute("ROLLBACK");
    });
    EXPECT_EQ(dialog.run(), app::CacheUpgradeDialog::Outcome::Upgraded);
    test::useLook(false);
    test::useLanguage(QStringLiteral("en"));
}

INSTANTIATE_TEST_SUITE_P(Looks, CacheUpgradeScreenshot, test::everyLook());

} // namespace
} // namespace heraut
