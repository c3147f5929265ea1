// SPDX-License-Identifier: GPL-3.0-or-later
// A refresh in the status bar: the feeds still waiting by name, a Cancel that stops it, and
// what the database refused said in words.
#include "RefreshProgress.h"
#include "AppFixture.h"
#include "support/TestHttpServer.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

namespace heraut {
namespace {

class RefreshProgressTest : public test::AppFixture {
  protected:
    void addSlowFeeds(const test::TestHttpServer& server, int count) {
        Database db(dir.database());
        FeedStore feeds(db);
        for (int i = 0; i < count; ++i)
            feeds.addFeed(server.url("/f" + std::to_string(i)), "Traag " + std::to_string(i),
                          "Test", 1769200000, true);
    }
};

TEST_F(RefreshProgressTest, NamesTheWaitingFeedsAndCancelStopsTheRefresh) {
    test::TestHttpServer server([](const test::HttpRequest&) {
        test::HttpResponse r =
            test::HttpResponse::ok(test::readData("vrtnws-atom.xml"), "application/atom+xml");
        r.delayMs = 20000; // longer than the test waits
        return r;
    });
    addSlowFeeds(server, 6);
    auto w = makeWindow();
    w->show();
    bool finished = false, cancelled = false;
    QObject::connect(w->refresher(), &app::RefreshController::finished,
                     [&](int, int, int, bool c) { finished = true, cancelled = c; });
    RefreshOptions options;
    {
        Database db(dir.database());
        for (const Feed& feed : FeedStore(db).feeds())
            if (feed.title.starts_with("Traag")) options.feedIds.push_back(feed.id);
    }
    w->refresher()->start(options);
    app::RefreshProgress* progress = w->refreshProgress();
    ASSERT_TRUE(test::waitFor([&] { return !progress->waitingText().isEmpty(); }));
    EXPECT_TRUE(progress->waitingText().startsWith(QStringLiteral("Waiting for Traag 0, Traag 1, "
                                                                  "Traag 2 and 3 more")))
        << progress->waitingText().toStdString();
    QElapsedTimer clock;
    clock.start();
    progress->cancelButton()->click();
    ASSERT_TRUE(test::waitFor([&] { return finished; }, 5000)) << "cancel stops the refresh";
    EXPECT_LT(clock.elapsed(), 5000);
    EXPECT_TRUE(cancelled);
    EXPECT_FALSE(progress->isVisible());
    EXPECT_TRUE(w->statusLabel()->text().contains(QStringLiteral("cancelled")));
}

// 200 feeds, the first with a long name, in a 1024-pixel window: the waiting text is elided
// (the tooltip names them all) and Cancel keeps its whole width instead of being pushed out.
TEST_F(RefreshProgressTest, ALongFeedNameDoesNotPushCancelOutOfTheStatusBar) {
    test::TestHttpServer server([](const test::HttpRequest&) {
        test::HttpResponse r =
            test::HttpResponse::ok(test::readData("vrtnws-atom.xml"), "application/atom+xml");
        r.delayMs = 20000;
        return r;
    });
    std::vector<std::int64_t> ids;
    {
        Database db(dir.database());
        ids.push_back(FeedStore(db).addFeed(
            server.url("/lang"),
            "Een heel lange feednaam over defensie en veiligheid in Europa en de rest van de "
            "wereld, nummer 1",
            "Test", 1769200000, true));
    }
    addSlowFeeds(server, 3);
    auto w = makeWindow();
    w->resize(1024, 700);
    w->show();
    RefreshOptions options;
    {
        Database db(dir.database());
        for (const Feed& feed : FeedStore(db).feeds())
            if (feed.title.starts_with("Traag")) ids.push_back(feed.id);
    }
    options.feedIds = ids;
    w->refresher()->start(options);
    app::RefreshProgress* progress = w->refreshProgress();
    ASSERT_TRUE(test::waitFor([&] { return !progress->waitingText().isEmpty(); }));
    QApplication::processEvents();
    QPushButton* cancel = progress->cancelButton();
    EXPECT_GE(cancel->width(), cancel->sizeHint().width()) << "Cancel is whole";
    EXPECT_LE(cancel->mapTo(w.get(), QPoint(cancel->width(), 0)).x(), w->width())
        << "Cancel is inside the window";
    EXPECT_TRUE(progress->waitingText().endsWith(QStringLiteral("…")))
        << progress->waitingText().toStdString();
    progress->cancelButton()->click();
    ASSERT_TRUE(test::waitFor([&] { return !w->refresher()->isRunning(); }, 5000));
}

TEST_F(RefreshProgressTest, TheBarTurnsBusyOnceEveryFeedIsInInsteadOfStoppingShort) {
    test::TestHttpServer server([](const test::HttpRequest&) {
        return test::HttpResponse::ok(test::readData("vrtnws-atom.xml"), "application/atom+xml");
    });
    addSlowFeeds(server, 2);
    auto w = makeWindow();
    w->show();
    auto* bar = w->findChild<QProgressBar*>();
    ASSERT_NE(bar, nullptr);
    bool busyAtTheEnd = false;
    QObject::connect(w->refresher(), &app::RefreshController::feedDone, [&](int done, int total) {
        if (done == total) busyAtTheEnd = bar->maximum() == 0;
    });
    bool finished = false;
    QObject::connect(w->refresher(), &app::RefreshController::finished, [&] { finished = true; });
    w->refreshAll();
    ASSERT_TRUE(test::waitFor([&] { return finished; }, 15000));
    EXPECT_TRUE(busyAtTheEnd);
    EXPECT_FALSE(bar->isVisible());
}

// After the feeds a refresh fetches the pages of full articles, one by one as slow as their
// sites; the walk saw "Saving and indexing…" all that time, minutes with sites out of reach.
TEST_F(RefreshProgressTest, FullArticlePagesAreCountedAsTheyCome) {
    auto w = makeWindow();
    w->show();
    auto* bar = w->findChild<QProgressBar*>();
    ASSERT_NE(bar, nullptr);
    app::RefreshProgress* progress = w->refreshProgress();
    emit w->refresher()->queued({1}, {QStringLiteral("NOS")});
    emit w->refresher()->pageProgress(3, 40);
    EXPECT_EQ(progress->waitingText(), QStringLiteral("Fetching full articles: 3 of 40"));
    EXPECT_EQ(bar->maximum(), 40);
    EXPECT_EQ(bar->value(), 3);
    emit w->refresher()->pageProgress(40, 40);
    EXPECT_EQ(progress->waitingText(), QStringLiteral("Saving and indexing…"));
    EXPECT_EQ(bar->maximum(), 0) << "busy while the last pages are stored";
    progress->cancelButton()->click();
    emit w->refresher()->pageProgress(5, 41);
    EXPECT_EQ(progress->waitingText(), QStringLiteral("Cancelling…"));
}

} // namespace
} // namespace heraut
