// SPDX-License-Identifier: GPL-3.0-or-later
// Writes PNGs of what issue 11 adds to the reader (Dutch and English, light and dark): a full
// article with its from-page/from-feed switch, the list's full-text mark, a site icon, a folder
// inside a folder, and the article list's context menu. The checks make sure each picture
// shows those, so a person looking at the files sees the real thing.
#include "Screenshots.h"
#include "SettingsDialog.h"
#include "TrayMenu.h"
#include "heraut/FeedIcons.h"
#include "heraut/FullArticleStore.h"

#include <QBuffer>
#include <QMenu>
#include <QPainter>
#include <QTableView>
#include <QTreeView>

namespace heraut {
namespace {

std::string iconPng() {
    QImage icon(16, 16, QImage::Format_ARGB32);
    icon.fill(QColor(0xc0, 0x20, 0x20));
    QPainter painter(&icon);
    painter.fillRect(4, 4, 8, 8, Qt::white);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    icon.save(&buffer, "PNG");
    return bytes.toStdString();
}

class ReaderComfortsScreenshotTest : public test::ScreenshotFixture {
  protected:
    void SetUp() override {
        ScreenshotFixture::SetUp();
        settings.setValue("reading/markReadDelayMs", -1);
        Database db(dir.database());
        FeedStore feeds(db);
        std::int64_t defensie = feeds.feed(seedFeed)->folderId.value();
        feeds.moveFolder(defensie, feeds.folderId("Nieuws Vlaanderen"));
        FeedIconStore icons(db);
        icons.storeFetched({seedFeed, "https://businessam.be/favicon.ico", {}, {}}, iconPng(),
                           std::nullopt, std::nullopt, 1769200000);
        std::int64_t newest = ArticleStore(db).list({.feedId = seedFeed, .limit = 1}).front().id;
        FullArticle page;
        page.content = "<p>De volledige tekst van de webpagina, met elke alinea die de feed "
                       "wegliet.</p><h3>Tussenkop</h3><p>Nog een alinea.</p>";
        page.text = "De volledige tekst";
        page.keyTakeaways = {"Het eerste kernpunt van de pagina zelf.",
                             "Het tweede kernpunt van de pagina zelf."};
        page.fetchedAt = 1769200000;
        Transaction t(db);
        FullArticleStore(db).storePage(newest, page, std::nullopt, std::nullopt, "h");
        t.commit();
    }
};

TEST_P(ReaderComfortsScreenshotTest, FullArticleSiteIconNestedFolderAndContextMenu) {
    auto window =
        windowWithArticle(QSize(1280, 800), {app::ArticleScope::Kind::Feed, seedFeed, {}});
    window->feedView()->expandAll();
    EXPECT_TRUE(window->articleView()->showsPage());
    EXPECT_FALSE(window->feedIcons()->icon(seedFeed).isNull());
    QApplication::processEvents();
    std::unique_ptr<QMenu> menu = window->articleMenu()->menuFor(0);
    menu->adjustSize();
    QImage image = window->grab().toImage();
    {
        QPainter painter(&image); // the menu where a right-click on the first row puts it
        QRect row = window->listView()->visualRect(window->listModel()->index(0, 0));
        QPoint at = window->listView()->viewport()->mapTo(window.get(), row.center());
        painter.drawImage(at, menu->grab().toImage());
    }
    save(image, QStringLiteral("screenshot-comforts-%1.png").arg(lookName()));
}

// The list sorted by title with the tray menu beside it, and the settings dialog with "keep
// running in the tray", at a small and a large screen; run under QT_SCALE_FACTOR=1.5 too (the
// files carry the factor in their names).
TEST_P(ReaderComfortsScreenshotTest, SortedListTrayMenuAndSettingsAtTwoScreenSizes) {
    for (QSize size : {QSize(1024, 700), QSize(1920, 1080)}) {
        auto window = windowWithArticle(size, {});
        window->listView()->sortByColumn(app::ArticleListModel::TitleColumn, Qt::AscendingOrder);
        window->selectRelative(1);
        ASSERT_TRUE(test::waitFor([&] { return window->articleView()->article() != nullptr; }));
        QApplication::processEvents();
        window->trayMenu()->menu()->adjustSize();
        QImage image = window->grab().toImage();
        {
            QPainter painter(&image); // where a tray menu opens, near a corner of the screen
            QImage menu = window->trayMenu()->menu()->grab().toImage();
            painter.drawImage(QPoint(image.width() / image.devicePixelRatio() -
                                         menu.width() / menu.devicePixelRatio() - 8,
                                     40),
                              menu);
        }
        save(image, QStringLiteral("screenshot-sorted-tray-%1-%2-scale%3.png")
                        .arg(lookName(), sizeName(size), scaleFactor()));
        app::SettingsDialog dialog(window->settings(), window.get());
        dialog.show();
        QApplication::processEvents();
        save(dialog.grab().toImage(),
             QStringLiteral("screenshot-settings-%1-scale%2.png").arg(lookName(), scaleFactor()));
    }
}

INSTANTIATE_TEST_SUITE_P(Looks, ReaderComfortsScreenshotTest, test::everyLook());

} // namespace
} // namespace heraut
