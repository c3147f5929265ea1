// SPDX-License-Identifier: GPL-3.0-or-later
// The tray menu's actions act, and "keep running in the tray" hides the window on close
// instead of closing it, only when a tray exists; Quit always closes.
#include "TrayMenu.h"
#include "AppFixture.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QWidget>
#include <gtest/gtest.h>

namespace heraut {
namespace {

using app::TrayMenu;

// A window whose closeEvent asks the tray menu, as MainWindow's does, and counts the closes
// that went through (where MainWindow saves).
class Window : public QWidget {
  public:
    TrayMenu* tray = new TrayMenu(*this);
    int saved = 0;

  protected:
    void closeEvent(QCloseEvent* event) override {
        if (tray->hidesOnClose()) {
            hide();
            return event->ignore();
        }
        ++saved;
        QWidget::closeEvent(event);
    }
};

TEST(TrayMenuTest, MenuHasShowHideRefreshMarkAllReadAndQuit) {
    Window window;
    window.show();
    emit window.tray->menu()->aboutToShow(); // as the tray opens it
    QStringList texts;
    for (QAction* action : window.tray->menu()->actions())
        if (!action->isSeparator()) texts << action->text();
    EXPECT_EQ(texts, (QStringList{QStringLiteral("Hide window"), QStringLiteral("Refresh all"),
                                  QStringLiteral("Mark all read"), QStringLiteral("Quit")}));

    QSignalSpy refresh(window.tray, &TrayMenu::refreshAllRequested);
    QSignalSpy markAll(window.tray, &TrayMenu::markAllReadRequested);
    window.tray->refreshAction()->trigger();
    window.tray->markAllReadAction()->trigger();
    EXPECT_EQ(refresh.count(), 1);
    EXPECT_EQ(markAll.count(), 1);

    window.tray->showHideAction()->trigger();
    EXPECT_FALSE(window.isVisible());
    EXPECT_EQ(window.tray->showHideAction()->text(), QStringLiteral("Show window"));
    window.tray->showHideAction()->trigger();
    EXPECT_TRUE(window.isVisible());
    EXPECT_EQ(window.tray->showHideAction()->text(), QStringLiteral("Hide window"));
}

TEST(TrayMenuTest, KeepRunningHidesTheWindowOnCloseAndQuitStillCloses) {
    Window window;
    window.tray->setTrayAvailable(true);
    window.tray->setKeepRunning(true);
    window.show();
    EXPECT_FALSE(window.close()) << "closing only hides";
    EXPECT_FALSE(window.isVisible());
    EXPECT_EQ(window.saved, 0);
    EXPECT_FALSE(QApplication::quitOnLastWindowClosed()) << "a dialog closing must not quit";

    window.tray->showHideAction()->trigger();
    EXPECT_TRUE(window.isVisible());
    window.tray->quitAction()->trigger();
    EXPECT_FALSE(window.isVisible());
    EXPECT_EQ(window.saved, 1) << "Quit closes for good, saving";
}

TEST(TrayMenuTest, ClosingClosesWhenTheSettingIsOffOrThereIsNoTray) {
    {
        Window window;
        window.tray->setTrayAvailable(true);
        window.show();
        EXPECT_TRUE(window.close());
        EXPECT_EQ(window.saved, 1);
        EXPECT_TRUE(QApplication::quitOnLastWindowClosed());
    }
    Window window;
    window.tray->setTrayAvailable(false); // offscreen, or a desktop without a tray
    window.tray->setKeepRunning(true);
    window.show();
    EXPECT_TRUE(window.close()) << "a window hidden without a tray could never come back";
    EXPECT_EQ(window.saved, 1);
}

// The same in the reader's window, whose closeEvent saves the layout: offscreen has no tray, so
// the test says there is one.
class TrayWindowTest : public test::AppFixture {
  protected:
    QAction* fileQuit(app::MainWindow& w) {
        for (QAction* action : w.menuBar()->findChildren<QAction*>())
            if (action->text() == QStringLiteral("&Quit")) return action;
        return nullptr;
    }
};

TEST_F(TrayWindowTest, WithTheSettingCloseHidesTheWindowAndFileQuitClosesAndSaves) {
    settings.setValue("ui/keepRunningInTray", true);
    auto w = makeWindow();
    EXPECT_TRUE(w->settings().keepRunningInTray);
    w->trayMenu()->setTrayAvailable(true);
    w->show();
    EXPECT_FALSE(w->close());
    EXPECT_FALSE(w->isVisible());
    EXPECT_FALSE(settings.contains("layout/geometry")) << "hiding is no closing";
    w->trayMenu()->showHideAction()->trigger();
    EXPECT_TRUE(w->isVisible());
    QAction* quit = fileQuit(*w);
    ASSERT_NE(quit, nullptr);
    quit->trigger();
    EXPECT_FALSE(w->isVisible());
    EXPECT_TRUE(settings.contains("layout/geometry")) << "Quit saves as closing does";
}

TEST_F(TrayWindowTest, WithoutTheSettingCloseClosesAndTheTrayMenuActs) {
    auto w = makeWindow();
    w->trayMenu()->setTrayAvailable(true);
    w->show();
    ASSERT_GT(w->treeModel()->totalUnread(), 0);
    w->trayMenu()->markAllReadAction()->trigger();
    EXPECT_EQ(w->treeModel()->totalUnread(), 0) << "every article, whatever was selected";
    EXPECT_TRUE(w->close());
    EXPECT_FALSE(w->isVisible());
    EXPECT_TRUE(settings.contains("layout/geometry"));
}

} // namespace
} // namespace heraut
