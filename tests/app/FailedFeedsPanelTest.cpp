// SPDX-License-Identifier: GPL-3.0-or-later
// The failing feeds: a panel that fits the screen, each feed's error with Retry, Edit URL and
// Remove; and a feed that never loaded explains itself in the article list.
#include "FailedFeedsPanel.h"
#include "AppFixture.h"
#include "ListNotice.h"
#include "support/TestHttpServer.h"

#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QTimer>

namespace heraut {
namespace {

class FailedFeedsPanelTest : public test::AppFixture {
  protected:
    std::int64_t addFailing(const std::string& url, const std::string& title) {
        Database db(dir.database());
        FeedStore feeds(db);
        std::int64_t id = feeds.addFeed(url, title, "Kapot", 1769200000);
        feeds.recordFailure(id, "host not found (offline, or the name is wrong)", 1769200000,
                            1769200000, false, {FailureKind::HostNotFound, 0});
        return id;
    }
    // Answers the next modal dialog of type T with `answer` once it is open.
    template <typename T> void answerNext(std::function<void(T*)> answer) {
        QTimer::singleShot(0, [answer] {
            QElapsedTimer clock;
            clock.start();
            while (clock.elapsed() < 3000) {
                if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget()))
                    return answer(dialog);
                QApplication::processEvents(QEventLoop::AllEvents, 20);
            }
        });
    }
};

TEST_F(FailedFeedsPanelTest, ManyFailingFeedsScrollInAPanelThatFitsTheScreen) {
    for (int i = 0; i < 60; ++i)
        addFailing("https://kapot" + std::to_string(i) + ".invalid/feed",
                   "Kapot " + std::to_string(i));
    auto w = makeWindow();
    w->show();
    w->showFailingFeeds();
    app::FailedFeedsPanel* panel = w->failedFeedsPanel();
    ASSERT_NE(panel, nullptr);
    EXPECT_EQ(panel->feedCount(), 60);
    QRect screen = w->screen()->availableGeometry();
    EXPECT_LE(panel->height(), screen.height());
    EXPECT_LE(panel->width(), screen.width());
    QWidget* row = panel->findChild<QWidget*>(
        QStringLiteral("failedFeed%1").arg(w->treeModel()->failingFeeds().front().id));
    ASSERT_NE(row, nullptr);
    EXPECT_NE(row->findChild<QPushButton*>(QStringLiteral("retry")), nullptr);
    EXPECT_NE(row->findChild<QPushButton*>(QStringLiteral("editUrl")), nullptr);
    EXPECT_NE(row->findChild<QPushButton*>(QStringLiteral("remove")), nullptr);
    bool saysWhy = false;
    for (QLabel* label : row->findChildren<QLabel*>())
        saysWhy = saysWhy || label->text().contains(QStringLiteral("Server not found"));
    EXPECT_TRUE(saysWhy);
}

// Whether `widget` is wholly on screen: inside its window and not clipped by a scroll area.
bool wholeInSight(QWidget* widget) {
    return widget->isVisible() && widget->visibleRegion().boundingRect() == widget->rect();
}

// The walk found the panel at 480x138 with one feed in sight and its Remove button cut off: a
// panel reopened (or updated by a refresh) while open measured its new rows before they showed.
TEST_F(FailedFeedsPanelTest, SeveralFeedsAndAllTheirButtonsAreInSightAtEverySize) {
    for (int i = 0; i < 12; ++i)
        addFailing("https://kapot" + std::to_string(i) + ".invalid/feed",
                   "Kapotte bron " + std::to_string(i));
    for (QSize size : {QSize(1024, 700), QSize(1920, 1080)}) {
        auto w = makeWindow();
        w->resize(size);
        w->show();
        w->showFailingFeeds();
        w->showFailingFeeds(); // the link clicked again, or a refresh while the panel is open
        app::FailedFeedsPanel* panel = w->failedFeedsPanel();
        ASSERT_TRUE(test::waitFor([&] { return panel->isVisible(); }));
        QApplication::processEvents();
        QRect screen = panel->screen()->availableGeometry();
        EXPECT_LE(panel->height(), screen.height());
        EXPECT_LE(panel->width(), screen.width());
        int inSight = 0;
        for (const Feed& feed : w->treeModel()->failingFeeds()) {
            QWidget* row = panel->findChild<QWidget*>(QStringLiteral("failedFeed%1").arg(feed.id));
            ASSERT_NE(row, nullptr);
            QList<QPushButton*> buttons = row->findChildren<QPushButton*>();
            ASSERT_EQ(buttons.size(), 3);
            bool all = true;
            for (QPushButton* button : buttons)
                all = all && wholeInSight(button);
            if (!all) break;
            ++inSight;
        }
        EXPECT_GE(inSight, 3) << "feeds with every button in sight at " << size.width() << "x"
                              << size.height() << ", panel " << panel->width() << "x"
                              << panel->height();
        EXPECT_TRUE(wholeInSight(panel->findChild<QPushButton*>(QStringLiteral("retryAll"))));
    }
}

TEST_F(FailedFeedsPanelTest, EditUrlRetriesTheFeedAtItsNewAddress) {
    test::TestHttpServer server([](const test::HttpRequest&) {
        return test::HttpResponse::ok(test::readData("vrtnws-atom.xml"), "application/atom+xml");
    });
    std::int64_t id = addFailing("https://verhuisd.invalid/feed", "Verhuisd");
    auto w = makeWindow();
    w->show();
    w->showFailingFeeds();
    answerNext<QInputDialog>([&](QInputDialog* dialog) {
        dialog->setTextValue(QString::fromStdString(server.url("/nieuw")));
        dialog->accept();
    });
    EXPECT_TRUE(w->failedFeedsPanel()->editUrl(id));
    ASSERT_TRUE(test::waitFor([&] { return w->treeModel()->failingFeeds().empty(); }, 15000));
    Database db(dir.database());
    std::optional<Feed> feed = FeedStore(db).feed(id);
    EXPECT_EQ(feed->url, server.url("/nieuw"));
    EXPECT_FALSE(feed->lastError);
    EXPECT_TRUE(test::waitFor([&] { return w->failedFeedsPanel()->feedCount() == 0; }));
}

TEST_F(FailedFeedsPanelTest, RemoveAsksThenRemovesTheFeed) {
    std::int64_t id = addFailing("https://weg.invalid/feed", "Weg");
    auto w = makeWindow();
    w->show();
    w->showFailingFeeds();
    answerNext<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::No)->click(); });
    EXPECT_FALSE(w->failedFeedsPanel()->removeFeed(id));
    answerNext<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    EXPECT_TRUE(w->failedFeedsPanel()->removeFeed(id));
    Database db(dir.database());
    EXPECT_FALSE(FeedStore(db).feed(id));
    EXPECT_EQ(w->failedFeedsPanel()->feedCount(), 0);
}

TEST_F(FailedFeedsPanelTest, AFeedThatNeverLoadedShowsItsErrorAndRetryInTheList) {
    std::int64_t id = addFailing("https://nooit.invalid/feed", "Nooit geladen");
    auto w = makeWindow();
    w->show();
    w->selectScope({app::ArticleScope::Kind::Feed, id, {}});
    app::ListNotice* notice = w->listNotice();
    ASSERT_TRUE(test::waitFor([&] { return notice->isVisible(); }));
    EXPECT_TRUE(notice->text().contains(QStringLiteral("Server not found")))
        << notice->text().toStdString();
    EXPECT_TRUE(notice->text().contains(QStringLiteral("Nooit geladen")));
    EXPECT_TRUE(notice->button()->isVisible());
    bool refreshed = false;
    QObject::connect(w->refresher(), &app::RefreshController::started,
                     [&](int total) { refreshed = total == 1; });
    notice->button()->click();
    EXPECT_TRUE(test::waitFor([&] { return refreshed; }));
    w->refresher()->wait();
    // A feed with articles shows them, not the notice.
    w->selectScope({app::ArticleScope::Kind::Feed, atomFeed, {}});
    EXPECT_FALSE(notice->isVisible());
}

} // namespace
} // namespace heraut
