// SPDX-License-Identifier: GPL-3.0-or-later
// Writes PNGs of the main window (Dutch and English, light and dark) into the build tree, so a
// person can look at what a reader sees. The checks make sure each picture shows an article.
#include "AppFixture.h"
#include "Application.h"
#include "ReaderLook.h"

#include <QDir>
#include <QPalette>
#include <QStyleFactory>
#include <QTableView>
#include <QTranslator>
#include <iostream>

namespace heraut {
namespace {

class ScreenshotTest : public test::AppFixture,
                       public testing::WithParamInterface<std::pair<const char*, bool>> {};

TEST_P(ScreenshotTest, MainWindowWithAnArticleAndItsTakeaways) {
    auto [language, dark] = GetParam();
    test::useLook(dark);
    test::useLanguage(QString::fromLatin1(language));
    auto window = makeWindow();
    window->show();
    window->selectScope({app::ArticleScope::Kind::Feed, seedFeed, {}});
    window->selectRelative(1);
    window->selectRelative(1); // the second article, so the first shows as read
    ASSERT_TRUE(test::waitFor([&] { return window->articleView()->article() != nullptr; }));
    QApplication::processEvents();
    QString html = window->articleView()->toHtml();
    EXPECT_TRUE(html.contains(language == std::string("nl") ? "Kernpunten" : "Key takeaways"));
    QImage image = window->grab().toImage();
    EXPECT_EQ(image.width(), 1280);
    QString path = QDir::current().absoluteFilePath(
        QStringLiteral("screenshot-%1-%2.png")
            .arg(QString::fromLatin1(language), dark ? "dark" : "light"));
    ASSERT_TRUE(image.save(path)) << path.toStdString();
    std::cout << "wrote " << path.toStdString() << '\n';
}

INSTANTIATE_TEST_SUITE_P(Looks, ScreenshotTest,
                         testing::Values(std::pair("nl", false), std::pair("en", false),
                                         std::pair("nl", true), std::pair("en", true)));

} // namespace
} // namespace heraut
