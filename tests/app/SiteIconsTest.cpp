// SPDX-License-Identifier: GPL-3.0-or-later
// Site icons as the reader sees them: fetched by the window's refresh (served here by the test
// server), kept in the database, shown beside the feed in the tree and beside its articles in
// the list, there again after a restart without any request; the setting off fetches none.
#include "AppFixture.h"
#include "support/TestHttpServer.h"

#include <QBuffer>
#include <QImage>
#include <QTreeView>

namespace heraut {
namespace {

class SiteIconsTest : public test::AppFixture {
  protected:
    std::string png() {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImage icon(16, 16, QImage::Format_ARGB32);
        icon.fill(Qt::darkGreen);
        icon.save(&buffer, "PNG");
        return bytes.toStdString();
    }

    test::TestHttpServer server{[this](const test::HttpRequest& request) {
        if (request.path == "/feed")
            return test::HttpResponse::ok(
                "<rss version=\"2.0\"><channel><title>Landmacht</title><link>" + server.url("/") +
                "</link><item><guid>1</guid><title>Oefening</title>"
                "<pubDate>Fri, 23 Jan 2026 10:00:00 +0000</pubDate></item></channel></rss>");
        if (request.path == "/favicon.ico") return test::HttpResponse::ok(icon, "image/png");
        return test::HttpResponse::withStatus(404);
    }};
    std::string icon = png();

    std::int64_t addFeed() {
        Database db(dir.database());
        return FeedStore(db).addFeed(server.url("/feed"), "", std::nullopt, 1769200000);
    }

    void refresh(app::MainWindow& w, std::int64_t feed) {
        bool finished = false;
        QObject::connect(w.refresher(), &app::RefreshController::finished,
                         [&] { finished = true; });
        w.selectScope({app::ArticleScope::Kind::Feed, feed, {}});
        w.refreshCurrentFeed();
        ASSERT_TRUE(test::waitFor([&] { return finished; }, 20000));
    }

    size_t iconRequests() {
        size_t n = 0;
        for (const test::HttpRequest& r : server.requests())
            n += r.path == "/favicon.ico";
        return n;
    }

    qint64 treeIconKey(app::MainWindow& w, std::int64_t feed) {
        return w.treeModel()
            ->indexOfScope({app::ArticleScope::Kind::Feed, feed, {}})
            .data(Qt::DecorationRole)
            .value<QIcon>()
            .cacheKey();
    }
};

TEST_F(SiteIconsTest, FetchedByTheRefreshShownInTreeAndListAndKeptAcrossRestarts) {
    std::int64_t feed = addFeed();
    {
        auto w = makeWindow();
        w->show();
        refresh(*w, feed);
        ASSERT_EQ(iconRequests(), 1u);
        QIcon site = w->feedIcons()->icon(feed);
        ASSERT_FALSE(site.isNull());
        EXPECT_EQ(site.pixmap(16).toImage().pixelColor(8, 8), QColor(Qt::darkGreen));
        EXPECT_EQ(treeIconKey(*w, feed), site.cacheKey());
        ASSERT_GE(w->listModel()->rowCount(), 1);
        EXPECT_EQ(w->listModel()
                      ->index(0, app::ArticleListModel::SourceColumn)
                      .data(Qt::DecorationRole)
                      .value<QIcon>()
                      .cacheKey(),
                  site.cacheKey());
        EXPECT_TRUE(w->feedIcons()->icon(seedFeed).isNull()) << "no icon was fetched for it";
    }
    server.clearRequests();
    auto w = makeWindow(); // a restart: the icon comes from the database
    EXPECT_FALSE(w->feedIcons()->icon(feed).isNull());
    EXPECT_EQ(treeIconKey(*w, feed), w->feedIcons()->icon(feed).cacheKey());
    EXPECT_EQ(server.requestCount(), 0u) << "the views load nothing";
}

TEST_F(SiteIconsTest, SwitchedOffNothingIsFetchedOrShown) {
    settings.setValue("ui/siteIcons", false);
    std::int64_t feed = addFeed();
    auto w = makeWindow();
    w->show();
    refresh(*w, feed);
    EXPECT_EQ(iconRequests(), 0u);
    EXPECT_GE(server.requestCount(), 1u) << "the feed itself was fetched";
    EXPECT_TRUE(w->feedIcons()->icon(feed).isNull());
}

} // namespace
} // namespace heraut
