// SPDX-License-Identifier: GPL-3.0-or-later
// The reader side of full articles (issue 10 §3): the pane shows the page's article when there
// is one, with a switch back to the feed's text and the time it was fetched; "Fetch full
// article" (context menu and f) fetches it on a thread and shows it when it arrives; the list
// marks articles whose full text is stored; the feed's setting is in its context menu.
#include "AppFixture.h"
#include "FullArticlesSetting.h"
#include "StoreErrors.h"
#include "TestData.h"
#include "heraut/FullArticleStore.h"
#include "heraut/Subscriptions.h"
#include "support/TestHttpServer.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QTest>

namespace heraut {
namespace {

class FullArticleViewTest : public test::AppFixture {
  protected:
    void SetUp() override {
        AppFixture::SetUp();
        settings.setValue("reading/markReadDelayMs", -1);
    }

    // The newest article of the seed feed, whose link is `link`.
    std::int64_t storeArticle(const std::string& link) {
        Database db(dir.database());
        Article a;
        a.id = "excerpt-only";
        a.title = "Belgische F-35's landen in Florennes";
        a.link = link;
        a.summary = "<p>De eerste toestellen zijn geland […]</p>";
        a.published = 1769300000;
        Transaction t(db);
        ArticleStore(db).storeArticles(seedFeed, {a}, 1769300000);
        t.commit();
        return ArticleStore(db).list({.feedId = seedFeed, .limit = 1}).front().id;
    }

    void storePage(std::int64_t id) {
        Database db(dir.database());
        FullArticle page;
        page.content = "<p>Het hele verhaal van de pagina.</p><p>Tweede alinea.</p>";
        page.text = "Het hele verhaal van de pagina.\nTweede alinea.";
        page.keyTakeaways = {"Punt van de pagina"};
        page.pageUrl = "https://businessam.be/f35/";
        page.fetchedAt = 1769300500;
        Transaction t(db);
        FullArticleStore(db).storePage(id, page, std::nullopt, std::nullopt, "hash");
        t.commit();
    }

    std::unique_ptr<app::MainWindow> openOnNewest() {
        auto w = makeWindow();
        w->show();
        w->selectScope({app::ArticleScope::Kind::Feed, seedFeed, {}});
        w->listView()->setCurrentIndex(w->listModel()->index(0, 0));
        EXPECT_TRUE(test::waitFor([&] { return w->articleView()->article() != nullptr; }));
        return w;
    }

    QString shownText(app::MainWindow& w) { return w.articleView()->toPlainText(); }
};

TEST_F(FullArticleViewTest, ThePagesArticleIsShownWithASwitchToTheFeed) {
    std::int64_t id = storeArticle("https://businessam.be/f35/");
    storePage(id);
    auto w = openOnNewest();
    ASSERT_EQ(w->articleView()->article()->id, id);
    EXPECT_TRUE(w->articleView()->showsPage());
    EXPECT_TRUE(shownText(*w).contains(QStringLiteral("Het hele verhaal van de pagina.")));
    EXPECT_TRUE(shownText(*w).contains(QStringLiteral("Punt van de pagina")))
        << "the page's own takeaways";
    EXPECT_FALSE(shownText(*w).contains(QStringLiteral("De eerste toestellen zijn geland")));
    EXPECT_TRUE(shownText(*w).contains(QStringLiteral("From the web page")));
    EXPECT_TRUE(w->articleView()->toHtml().contains(QStringLiteral("heraut:from-feed")));

    emit w->articleView()->anchorClicked(QUrl(QStringLiteral("heraut:from-feed")));
    EXPECT_FALSE(w->articleView()->showsPage());
    EXPECT_TRUE(shownText(*w).contains(QStringLiteral("De eerste toestellen zijn geland")));
    EXPECT_FALSE(shownText(*w).contains(QStringLiteral("Het hele verhaal van de pagina.")));
    EXPECT_TRUE(w->articleView()->toHtml().contains(QStringLiteral("heraut:from-page")));

    emit w->articleView()->anchorClicked(QUrl(QStringLiteral("heraut:from-page")));
    EXPECT_TRUE(shownText(*w).contains(QStringLiteral("Het hele verhaal van de pagina.")));
}

TEST_F(FullArticleViewTest, AnArticleWithoutPageShowsTheFeedAndNoSwitch) {
    storeArticle("https://businessam.be/f35/");
    auto w = openOnNewest();
    EXPECT_FALSE(w->articleView()->showsPage());
    EXPECT_TRUE(shownText(*w).contains(QStringLiteral("De eerste toestellen zijn geland")));
    EXPECT_FALSE(shownText(*w).contains(QStringLiteral("From the web page")));
}

TEST_F(FullArticleViewTest, TheListMarksArticlesWhoseFullTextIsStored) {
    std::int64_t id = storeArticle("https://businessam.be/f35/");
    storePage(id);
    auto w = openOnNewest();
    app::ArticleListModel* model = w->listModel();
    ASSERT_EQ(model->headline(0).id, id);
    EXPECT_TRUE(model->hasFullText(id));
    EXPECT_FALSE(model->index(0, app::ArticleListModel::TitleColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
    EXPECT_TRUE(model->index(1, app::ArticleListModel::TitleColumn)
                    .data(Qt::DecorationRole)
                    .value<QIcon>()
                    .isNull())
        << "an article with only the feed's text has no mark";
}

TEST_F(FullArticleViewTest, FetchFullArticleFromTheMenuAndByKeyShowsItWhenItArrives) {
    std::string page = test::readData("extract/businessam-wordpress-takeaways-box.html");
    test::TestHttpServer server([&](const test::HttpRequest&) {
        return test::HttpResponse::ok(page, "text/html; charset=UTF-8");
    });
    std::int64_t id = storeArticle(server.url("/belgische-f35-landen-in-florennes/"));
    auto w = openOnNewest();
    ASSERT_EQ(w->articleView()->article()->id, id);
    EXPECT_FALSE(w->articleView()->showsPage());

    std::unique_ptr<QMenu> menu = w->articleMenu()->menuFor(0);
    QAction* fetch = menu->findChild<QAction*>(QStringLiteral("fetchFull"));
    ASSERT_NE(fetch, nullptr);
    fetch->trigger();
    ASSERT_TRUE(test::waitFor([&] { return w->articleView()->showsPage(); }, 15000))
        << w->statusLabel()->text().toStdString();
    EXPECT_TRUE(shownText(*w).contains(QStringLiteral("Voor de luchtmacht is het een historisch")));
    EXPECT_TRUE(w->listModel()->hasFullText(id));
    EXPECT_EQ(server.requestCount(), 1u) << "the page only: nothing on it is loaded";
    {
        Database db(dir.database());
        EXPECT_TRUE(FullArticleStore(db).fullArticle(id).has_value());
    }

    // f asks again (the page is fetched again, conditionally or not), and the window stays
    // responsive while it runs.
    QApplication::setActiveWindow(w.get());
    w->listView()->setFocus();
    QTest::keyClick(w->listView(), Qt::Key_F);
    EXPECT_TRUE(test::waitFor([&] { return server.requestCount() == 2u; }, 15000));
}

TEST_F(FullArticleViewTest, AFetchThatFailsSaysSoAndKeepsTheFeedsText) {
    test::TestHttpServer server(
        [](const test::HttpRequest&) { return test::HttpResponse::withStatus(500); });
    std::int64_t id = storeArticle(server.url("/kapot"));
    auto w = openOnNewest();
    w->fetchFullArticle();
    ASSERT_TRUE(test::waitFor([&] { return !w->fullArticleFetch()->running(id); }, 15000));
    EXPECT_TRUE(w->statusLabel()->text().contains(QStringLiteral("could not be fetched")))
        << w->statusLabel()->text().toStdString();
    EXPECT_FALSE(w->articleView()->showsPage());
    EXPECT_TRUE(shownText(*w).contains(QStringLiteral("De eerste toestellen zijn geland")));
}

// Pages fetched by a refresh reach the window as they arrive (issue 10): the list's icon and
// the open article follow the first page while the refresh still waits for the second, without
// the reload that ends a refresh.
TEST_F(FullArticleViewTest, APageFetchedByARefreshShowsAtOnceInTheListAndThePane) {
    std::string page = test::readData("extract/businessam-wordpress-takeaways-box.html");
    test::TestHttpServer server([&](const test::HttpRequest& request) {
        if (request.path == "/feed") {
            std::string items;
            for (int i : {1, 2})
                items += "<item><guid>p" + std::to_string(i) + "</guid><title>Artikel " +
                         std::to_string(i) + "</title><link>" +
                         server.url("/a" + std::to_string(i)) +
                         "</link><pubDate>Thu, 22 Jan 2026 1" + std::to_string(i) +
                         ":00:00 +0000</pubDate><description>De marine krijgt nieuwe schepen "
                         "[&#8230;]</description></item>";
            return test::HttpResponse::ok("<rss version=\"2.0\"><channel><title>Excerpten</title>" +
                                              items + "</channel></rss>",
                                          "application/rss+xml");
        }
        test::HttpResponse response = test::HttpResponse::ok(page, "text/html; charset=UTF-8");
        if (request.path == "/a1") response.delayMs = 5000; // the older article's page lags
        return response;
    });
    std::int64_t feed = 0;
    {
        Database db(dir.database());
        Fetcher fetcher;
        feed =
            subscribe(db, fetcher, {server.url("/feed"), std::nullopt, std::nullopt, 0}, 1769200000)
                .feedId;
    }
    auto w = makeWindow();
    w->show();
    w->selectScope({app::ArticleScope::Kind::Feed, feed, {}});
    ASSERT_EQ(w->listModel()->rowCount(), 2);
    ASSERT_EQ(w->listModel()->headline(0).title, "Artikel 2");
    std::int64_t newest = w->listModel()->headline(0).id;
    w->listView()->setCurrentIndex(w->listModel()->index(0, 0));
    ASSERT_TRUE(test::waitFor([&] { return w->articleView()->article() != nullptr; }));
    EXPECT_FALSE(w->listModel()->hasFullText(newest));
    EXPECT_FALSE(w->articleView()->showsPage());

    w->refreshCurrentFeed();
    ASSERT_TRUE(test::waitFor([&] { return w->listModel()->hasFullText(newest); }, 15000));
    EXPECT_TRUE(w->refresher()->isRunning()) << "shown before the refresh ends and reloads";
    EXPECT_TRUE(test::waitFor([&] { return w->articleView()->showsPage(); }))
        << "the open article shows its page";
    EXPECT_TRUE(shownText(*w).contains(QStringLiteral("Voor de luchtmacht is het een historisch")));
    EXPECT_FALSE(
        w->listModel()
            ->index(w->listModel()->rowOfArticle(newest), app::ArticleListModel::TitleColumn)
            .data(Qt::DecorationRole)
            .value<QIcon>()
            .isNull());
    EXPECT_TRUE(test::waitFor([&] { return !w->refresher()->isRunning(); }, 20000));
}

TEST_F(FullArticleViewTest, TheFeedsSettingIsInItsContextMenu) {
    Database db(dir.database());
    app::StoreErrors errors(nullptr, nullptr);
    QMenu menu;
    QMenu* sub = app::FullArticlesSetting::addMenu(menu, db, seedFeed, errors);
    QAction* automatic = sub->findChild<QAction*>(QStringLiteral("auto"));
    QAction* never = sub->findChild<QAction*>(QStringLiteral("never"));
    ASSERT_NE(automatic, nullptr);
    ASSERT_NE(never, nullptr);
    EXPECT_TRUE(automatic->isChecked()) << "auto is every feed's default";
    never->trigger();
    EXPECT_EQ(FullArticleStore(db).mode(seedFeed), FullArticlesMode::Never);
    EXPECT_EQ(FullArticleStore(db).mode(atomFeed), FullArticlesMode::Auto);
    QMenu again;
    QMenu* reopened = app::FullArticlesSetting::addMenu(again, db, seedFeed, errors);
    EXPECT_TRUE(reopened->findChild<QAction*>(QStringLiteral("never"))->isChecked());
}

} // namespace
} // namespace heraut
