// SPDX-License-Identifier: GPL-3.0-or-later
// What the reader is told after an action: long enough to read, and never nothing.
#include "AppFixture.h"
#include "RefreshController.h"
#include "RefreshProgress.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace heraut {
namespace {

using StatusNoticeTest = test::AppFixture;

TEST_F(StatusNoticeTest, OpenWithoutABrowserSaysSoAndLeavesTheArticleUnread) {
    settings.setValue("reading/markReadDelayMs", -1);
    browserAvailable = false;
    auto w = makeWindow();
    w->show();
    w->selectRelative(1);
    w->openCurrentInBrowser();
    ASSERT_EQ(opened.size(), 1u);
    EXPECT_TRUE(w->statusBar()->currentMessage().contains(QStringLiteral("No web browser")))
        << w->statusBar()->currentMessage().toStdString();
    EXPECT_FALSE(w->listModel()->headline(w->listView()->currentIndex().row()).read);
}

// The walk restarted with no feed due: "0 feeds verversen…" stayed in the status bar while the
// refresh did its quiet work (stories, retention) and after it. A refresh of nothing says nothing.
TEST_F(StatusNoticeTest, ARefreshAtStartWithNoFeedDueSaysNothing) {
    {
        Database db(dir.database());
        FeedStore feeds(db);
        feeds.setDisabled(seedFeed, true);
        feeds.setDisabled(atomFeed, true);
    }
    settings.setValue("refresh/onStart", true);
    auto w = makeWindow();
    QStringList said;
    QObject::connect(w->refresher(), &app::RefreshController::started, w.get(),
                     [&] { said << w->statusLabel()->text(); });
    bool finished = false;
    QObject::connect(w->refresher(), &app::RefreshController::finished, w.get(), [&] {
        said << w->statusLabel()->text();
        finished = true;
    });
    w->show();
    ASSERT_TRUE(test::waitFor([&] { return finished; }, 20000));
    QApplication::processEvents();
    said << w->statusLabel()->text();
    for (const QString& text : said) {
        EXPECT_FALSE(text.contains(QStringLiteral("0 feed"))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("0 new article"))) << text.toStdString();
    }
    EXPECT_FALSE(w->refreshProgress()->isVisible());
}

TEST_F(StatusNoticeTest, ABrowserThatOpensSaysNothingAndMarksRead) {
    settings.setValue("reading/markReadDelayMs", -1);
    auto w = makeWindow();
    w->show();
    w->selectRelative(1);
    w->openCurrentInBrowser();
    EXPECT_TRUE(w->statusBar()->currentMessage().isEmpty());
    EXPECT_TRUE(w->listModel()->headline(w->listView()->currentIndex().row()).read);
}

TEST_F(StatusNoticeTest, AnExportsConfirmationStaysLongEnoughToRead) {
    auto w = makeWindow();
    w->show();
    QString path = QString::fromStdString(dir.file("abonnementen.opml"));
    QTimer::singleShot(0, [&] {
        test::waitFor([] { return QApplication::activeModalWidget() != nullptr; }, 3000);
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    for (QAction* action : w->findChildren<QAction*>())
        if (action->text() == QStringLiteral("&Export OPML…")) action->trigger();
    ASSERT_TRUE(QFile::exists(path));
    QTest::qWait(5500);
    EXPECT_TRUE(w->statusBar()->currentMessage().contains(QStringLiteral("abonnementen.opml")))
        << "still there after 5.5 s";
}

} // namespace
} // namespace heraut
