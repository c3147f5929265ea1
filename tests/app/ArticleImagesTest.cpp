// SPDX-License-Identifier: GPL-3.0-or-later
// "Load images" clicked for one article is kept with that article in the database: after a
// restart it shows its images without being asked again, and no other article does.
#include "AppFixture.h"
#include "support/TestHttpServer.h"

#include <QBuffer>
#include <QImage>
#include <QTableView>
#include <QTextDocument>

namespace heraut {
namespace {

class ArticleImagesTest : public test::AppFixture {
  protected:
    QByteArray png() {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImage pixel(4, 4, QImage::Format_RGB32);
        pixel.fill(Qt::blue);
        pixel.save(&buffer, "PNG");
        return bytes;
    }

    // Two articles of the seed feed, each with one remote image, newer than every fixture item.
    void storeArticlesWithImages(const std::string& imageUrl) {
        Database db(dir.database());
        std::vector<Article> list;
        for (int i = 0; i < 2; ++i) {
            Article a;
            a.id = "image-article-" + std::to_string(i);
            a.title = "Fregat " + std::to_string(i);
            a.content = "<p>Foto</p><img src=\"" + imageUrl + "\" alt=\"fregat\">";
            a.published = 1769300000 - i;
            list.push_back(a);
        }
        Transaction t(db);
        ArticleStore(db).storeArticles(seedFeed, list, 1769300000);
        t.commit();
    }

    void showRow(app::MainWindow& w, int row) {
        w.listView()->setCurrentIndex(w.listModel()->index(row, 0));
        ASSERT_TRUE(test::waitFor([&] {
            return w.articleView()->article() &&
                   w.articleView()->article()->id == w.listModel()->headline(row).id;
        }));
    }

    bool imageShown(app::MainWindow& w, const std::string& url) {
        return !w.articleView()
                    ->document()
                    ->resource(QTextDocument::ImageResource, QUrl(QString::fromStdString(url)))
                    .isNull();
    }
};

TEST_F(ArticleImagesTest, ImagesAllowedForOneArticleAreRememberedAcrossRestarts) {
    QByteArray image = png();
    test::TestHttpServer server([&](const test::HttpRequest&) {
        return test::HttpResponse::ok(image.toStdString(), "image/png");
    });
    std::string url = server.url("/fregat.png");
    storeArticlesWithImages(url);
    std::int64_t chosen = 0;
    {
        auto w = makeWindow();
        w->show();
        w->selectScope({app::ArticleScope::Kind::Feed, seedFeed, {}});
        showRow(*w, 0);
        chosen = w->articleView()->article()->id;
        EXPECT_TRUE(w->articleView()->toHtml().contains(QStringLiteral("heraut:load-images")));
        EXPECT_EQ(server.requestCount(), 0u) << "nothing loads before the reader asks";
        emit w->articleView()->imagesRequested();
        ASSERT_TRUE(test::waitFor([&] { return imageShown(*w, url); }, 10000));
    }
    {
        Database db(dir.database());
        EXPECT_TRUE(ArticleStore(db).imagesAllowed(chosen));
    }
    server.clearRequests();
    auto w = makeWindow(); // a restart: a new window on a new connection
    w->show();
    w->selectScope({app::ArticleScope::Kind::Feed, seedFeed, {}});
    showRow(*w, 0);
    ASSERT_EQ(w->articleView()->article()->id, chosen);
    EXPECT_TRUE(test::waitFor([&] { return imageShown(*w, url); }, 10000))
        << "the article remembered its images";
    EXPECT_FALSE(w->articleView()->toHtml().contains(QStringLiteral("heraut:load-images")));

    // The other article was never allowed: it still asks first.
    server.clearRequests();
    showRow(*w, 1);
    EXPECT_TRUE(w->articleView()->toHtml().contains(QStringLiteral("heraut:load-images")));
    QApplication::processEvents();
    EXPECT_EQ(server.requestCount(), 0u);
}

TEST_F(ArticleImagesTest, TheChoiceGoesWithTheArticleAndNeverReachesAnother) {
    Database db(dir.database());
    ArticleStore articles(db);
    std::vector<ArticleHeadline> rows = articles.list({.feedId = seedFeed});
    ASSERT_GE(rows.size(), 2u);
    EXPECT_FALSE(articles.imagesAllowed(rows[0].id)) << "no article loads images unasked";
    EXPECT_EQ(articles.setImagesAllowed(rows[0].id, true), 1);
    EXPECT_EQ(articles.setImagesAllowed(rows[0].id, true), 0) << "already allowed";
    EXPECT_TRUE(articles.imagesAllowed(rows[0].id));
    EXPECT_FALSE(articles.imagesAllowed(rows[1].id));
    EXPECT_FALSE(articles.imagesAllowed(999999)) << "an article not stored allows nothing";
    EXPECT_EQ(articles.setImagesAllowed(rows[0].id, false), 1);
    EXPECT_FALSE(articles.imagesAllowed(rows[0].id));
}

} // namespace
} // namespace heraut
