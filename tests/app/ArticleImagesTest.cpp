// SPDX-License-Identifier: GPL-3.0-or-later
// "Load images" clicked for one article is kept with that article in the database: after a
// restart it shows its images without being asked again, and no other article does. Clicking it
// shows the article once, with its images, however much taller they make it.
#include "AppFixture.h"
#include "support/TestHttpServer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QImage>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QTextDocument>

namespace heraut {
namespace {

class ArticleImagesTest : public test::AppFixture {
  protected:
    QByteArray png(int width = 4, int height = 4) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImage pixel(width, height, QImage::Format_RGB32);
        pixel.fill(Qt::blue);
        pixel.save(&buffer, "PNG");
        return bytes;
    }

    // Two articles of the seed feed, each with one remote image, newer than every fixture item.
    void storeArticlesWithImages(const std::string& imageUrl, bool withTakeaways = false) {
        Database db(dir.database());
        std::vector<Article> list;
        for (int i = 0; i < 2; ++i) {
            Article a;
            a.id = "image-article-" + std::to_string(i);
            a.title = "Fregat " + std::to_string(i);
            a.content = "<p>Foto</p><img src=\"" + imageUrl + "\" alt=\"fregat\">";
            if (withTakeaways) {
                a.keyTakeaways = {"Vier fregatten", "Eerste in 2029"};
                a.link = "https://example.org/fregat-" + std::to_string(i);
                a.content = "<p>De marine krijgt er vier fregatten bij.</p><ul><li>Eerste punt"
                            "</li><li>Tweede punt</li></ul>" +
                            *a.content + "<p>Haven</p><img src=\"" + imageUrl + "?haven\">";
            }
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

    // Clicks the link with this text in the article pane, as the reader does.
    void clickLink(app::ArticleView& view, const QString& text) {
        QTextCursor found = view.document()->find(text);
        ASSERT_FALSE(found.isNull()) << text.toStdString();
        view.setTextCursor(found);
        view.ensureCursorVisible();
        found.setPosition(found.selectionStart() + 1);
        QPoint at = view.cursorRect(found).center();
        view.setTextCursor(QTextCursor(view.document()));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
    }

    static qsizetype timesShown(const QTextDocument& document, const QString& text) {
        return document.toPlainText().count(text);
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

// In a real window, "Load images" showed headline, meta line, takeaways and body twice, one
// copy under the other, and again when the article was opened again. The first image made
// the article taller than the pane and the scroll bar came; the next one's rendering cleared
// the document, QTextDocument told its layout at once, the scroll bar went, and the viewport's
// resize rendered the article anew while the first rendering was still importing its HTML.
TEST_F(ArticleImagesTest, LoadingImagesShowsTheArticleOnce) {
    QByteArray image = png(400, 1600); // taller than the pane: the scroll bar appears
    test::TestHttpServer server([&](const test::HttpRequest&) {
        return test::HttpResponse::ok(image.toStdString(), "image/png");
    });
    std::string url = server.url("/fregat.png");
    storeArticlesWithImages(url, true);
    auto w = makeWindow();
    w->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(w.get()));
    w->selectScope({app::ArticleScope::Kind::Feed, seedFeed, {}});
    showRow(*w, 0);
    app::ArticleView& view = *w->articleView();
    const QString title = QStringLiteral("Fregat 0");
    ASSERT_FALSE(view.verticalScrollBar()->isVisible()) << "the article fits before its image";
    ASSERT_EQ(timesShown(*view.document(), title), 1);

    clickLink(view, app::ArticleView::tr("Load images"));
    auto bothShown = [&] { return imageShown(*w, url) && imageShown(*w, url + "?haven"); };
    ASSERT_TRUE(test::waitFor(bothShown, 10000));
    QApplication::processEvents();
    EXPECT_TRUE(view.verticalScrollBar()->isVisible());
    EXPECT_EQ(timesShown(*view.document(), title), 1);
    EXPECT_EQ(timesShown(*view.document(), QStringLiteral("Eerste in 2029")), 1);
    EXPECT_EQ(timesShown(*view.document(), QStringLiteral("Foto")), 1);
    EXPECT_LT(view.document()->documentLayout()->documentSize().height(), 2 * 1600 + 600)
        << "one article, each image on a line as tall as itself";

    // Opened again (it remembers its images now), still once.
    showRow(*w, 1);
    showRow(*w, 0);
    ASSERT_TRUE(test::waitFor(bothShown, 10000));
    QApplication::processEvents();
    EXPECT_EQ(timesShown(*view.document(), title), 1);
    EXPECT_EQ(timesShown(*view.document(), QStringLiteral("Eerste in 2029")), 1);
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
