// SPDX-License-Identifier: GPL-3.0-or-later
// Writes PNGs of the main window (Dutch and English, light and dark) into the build tree, so a
// person can look at what a reader sees. The checks make sure each picture shows an article.
#include "AppFixture.h"
#include "Application.h"

#include <QDir>
#include <QPalette>
#include <QStyleFactory>
#include <QTableView>
#include <QTranslator>
#include <iostream>

namespace heraut {
namespace {

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x36, 0x3b));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    return p;
}

class ScreenshotTest : public test::AppFixture,
                       public testing::WithParamInterface<std::pair<const char*, bool>> {};

TEST_P(ScreenshotTest, MainWindowWithAnArticleAndItsTakeaways) {
    auto [language, dark] = GetParam();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    auto* app = qobject_cast<QApplication*>(QApplication::instance());
    for (QTranslator* t : app->findChildren<QTranslator*>()) {
        QApplication::removeTranslator(t);
        delete t;
    }
    app::installTranslations(*app, QString::fromLatin1(language));
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
