// SPDX-License-Identifier: GPL-3.0-or-later
// Writes PNGs of the main window (Dutch and English, light and dark; at 1280×800, and at a small
// and a large screen) into the build tree, so a person can look at what a reader sees; run under
// QT_SCALE_FACTOR=1.5 too (the files carry the factor in their names). The checks make sure each
// picture shows an article, and the list its source and date.
#include "Screenshots.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace heraut {
namespace {

class ScreenshotTest : public test::ScreenshotFixture {};

TEST_P(ScreenshotTest, MainWindowWithAnArticleAndItsTakeaways) {
    // The second article, so the first shows as read.
    auto window =
        windowWithArticle(QSize(1280, 800), {app::ArticleScope::Kind::Feed, seedFeed, {}}, 2);
    QString html = window->articleView()->toHtml();
    EXPECT_TRUE(html.contains(language() == "nl" ? "Kernpunten" : "Key takeaways"));
    QImage image = window->grab().toImage();
    EXPECT_EQ(image.width() / image.devicePixelRatio(), 1280);
    save(image, QStringLiteral("screenshot-%1.png").arg(lookName()));
}

TEST_P(ScreenshotTest, MainWindowAtASmallAndALargeScreen) {
    for (QSize size : {QSize(1024, 700), QSize(1920, 1080)}) {
        auto window = windowWithArticle(size, {}); // all articles: every source in the list
        QTableView& list = *window->listView();
        QHeaderView* header = list.horizontalHeader();
        int date = app::ArticleListModel::DateColumn;
        EXPECT_LE(header->sectionViewportPosition(date) + header->sectionSize(date),
                  list.viewport()->width())
            << "the date is cut off at " << size.width();
        EXPECT_EQ(list.horizontalScrollBar()->maximum(), 0);
        save(window->grab().toImage(), QStringLiteral("screenshot-main-%1-%2-scale%3.png")
                                           .arg(lookName(), sizeName(size), scaleFactor()));
    }
}

INSTANTIATE_TEST_SUITE_P(Looks, ScreenshotTest, test::everyLook());

} // namespace
} // namespace heraut
