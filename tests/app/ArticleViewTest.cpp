// SPDX-License-Identifier: GPL-3.0-or-later
// The reader view: takeaways once, images as blocks of their own, styled tables, a readable
// measure. The article comes through the real feed parser, as a refresh would store it.
#include "ArticleView.h"
#include "ReaderLook.h"
#include "heraut/FeedParser.h"

#include <QApplication>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <gtest/gtest.h>

#include <cmath>

namespace heraut {
namespace {

constexpr const char* kFeed = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Defensie</title><link>https://example.org/</link>
<item><title>Begroting stijgt</title><link>https://example.org/begroting</link>
<guid>https://example.org/begroting</guid>
<content:encoded><![CDATA[<p><strong>Key takeaways</strong></p>
<ul><li>De begroting stijgt met 2,4 miljard.</li><li>Het geld gaat naar munitie.</li></ul>
<p>Het kabinet maakte dinsdag bekend dat de defensiebegroting stijgt.</p>
<ul><li>Eerste aanvulling.</li><li>Tweede aanvulling.</li></ul>
<img src="https://example.org/f35.jpg" alt="F-35">
<figure><img src="https://example.org/fregat.jpg" alt=""><figcaption>Een fregat in Den Helder</figcaption></figure>
<table><tr><th>Budget (mld €)</th><th>% bbp</th></tr><tr><td>21,4</td><td>2,0</td></tr></table>]]></content:encoded>
</item></channel></rss>)";

StoredArticle storedArticle() {
    ParsedFeed feed = parseFeed(kFeed, {"https://example.org/feed", ""});
    EXPECT_EQ(feed.articles.size(), 1u);
    StoredArticle stored;
    stored.id = 1;
    stored.feedTitle = "Defensie";
    stored.article = feed.articles.at(0);
    return stored;
}

int occurrences(const QString& text, const QString& what) {
    return static_cast<int>(text.count(what));
}

TEST(ArticleViewTest, TakeawaysAppearOnceAndTheirHeadingNotInTheBody) {
    StoredArticle stored = storedArticle();
    ASSERT_EQ(stored.article.keyTakeaways.size(), 2u);
    app::ArticleView view;
    view.resize(900, 700);
    view.showArticle(stored, false);
    QString text = view.document()->toPlainText();
    EXPECT_EQ(occurrences(text, QStringLiteral("De begroting stijgt met 2,4 miljard.")), 1)
        << text.toStdString();
    EXPECT_EQ(occurrences(text, QStringLiteral("Het geld gaat naar munitie.")), 1);
    EXPECT_EQ(occurrences(text, QStringLiteral("Key takeaways")), 1);
    // The body's own other list stays.
    EXPECT_EQ(occurrences(text, QStringLiteral("Eerste aanvulling.")), 1);
}

// Most RSS 2.0 feeds send the whole article as <description>, which is stored as the summary:
// a takeaways heading and list there must leave the rest of the article in the view.
TEST(ArticleViewTest, AnArticleSentAsDescriptionKeepsItsBodyUnderTheTakeaways) {
    constexpr const char* feed = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Defensie</title><link>https://example.org/</link>
<item><title>Begroting stijgt</title><link>https://example.org/b</link><guid>b</guid>
<description><![CDATA[<p><strong>Kernpunten</strong></p>
<ul><li>De begroting stijgt met 2,4 miljard.</li><li>Het geld gaat naar munitie.</li></ul>
<p>Het kabinet maakte dinsdag bekend dat de defensiebegroting stijgt.</p>
<blockquote>Een citaat van de minister.</blockquote>
<table><tr><th>Budget (mld €)</th><th>% bbp</th></tr><tr><td>21,4</td><td>2,0</td></tr></table>
]]></description></item></channel></rss>)";
    StoredArticle stored;
    stored.id = 1;
    stored.article = parseFeed(feed, {"https://example.org/feed", ""}).articles.at(0);
    ASSERT_FALSE(stored.article.content.has_value()) << "the body is the summary";
    ASSERT_EQ(stored.article.keyTakeaways.size(), 2u);
    app::ArticleView view;
    view.resize(900, 700);
    view.showArticle(stored, false);
    QString text = view.document()->toPlainText();
    EXPECT_EQ(occurrences(text, QStringLiteral("Het kabinet maakte dinsdag bekend")), 1)
        << text.toStdString();
    EXPECT_EQ(occurrences(text, QStringLiteral("Een citaat van de minister.")), 1);
    EXPECT_EQ(occurrences(text, QStringLiteral("21,4")), 1);
    EXPECT_EQ(occurrences(text, QStringLiteral("De begroting stijgt met 2,4 miljard.")), 1);
}

// An excerpt that is only the takeaways ("Key takeaways Zin een. Zin twee. […]") is not
// repeated under the box it filled.
TEST(ArticleViewTest, AnExcerptThatIsOnlyTheTakeawaysIsNotRepeated) {
    constexpr const char* feed = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Defensie</title><link>https://example.org/</link>
<item><title>Fregat</title><link>https://example.org/f</link><guid>f</guid>
<description>Key takeaways Het fregat vertrekt maandag. De missie duurt vier maanden. [&#8230;]</description>
</item></channel></rss>)";
    StoredArticle stored;
    stored.id = 2;
    stored.article = parseFeed(feed, {"https://example.org/feed", ""}).articles.at(0);
    ASSERT_EQ(stored.article.keyTakeaways.size(), 2u);
    app::ArticleView view;
    view.resize(900, 700);
    view.showArticle(stored, false);
    QString text = view.document()->toPlainText();
    EXPECT_EQ(occurrences(text, QStringLiteral("Het fregat vertrekt maandag.")), 1)
        << text.toStdString();
}

TEST(ArticleViewTest, LoadedImagesAreBlocksOfTheirOwnNotInsideAListItem) {
    StoredArticle stored = storedArticle();
    app::ArticleView view;
    view.resize(900, 700);
    view.showArticle(stored, true);
    QImage wide(2000, 1000, QImage::Format_RGB32);
    wide.fill(Qt::gray);
    view.addImage(QUrl(QStringLiteral("https://example.org/f35.jpg")), wide);
    int images = 0;
    for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (!it.fragment().charFormat().isImageFormat()) continue;
            ++images;
            EXPECT_EQ(block.textList(), nullptr) << "an image inside a list item";
            // Alone in its block, and no wider than the pane.
            EXPECT_EQ(block.text().trimmed(), QString(QChar::ObjectReplacementCharacter));
            EXPECT_LE(it.fragment().charFormat().toImageFormat().width(), view.viewport()->width());
        }
    }
    // The fregat has not arrived: no empty frame or broken-image icon in its place.
    EXPECT_EQ(images, 1);
    // For a person to look at: figures, caption, table and list in the reader view.
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
    EXPECT_TRUE(view.grab().save(QStringLiteral("articleview-images.png")));
    EXPECT_TRUE(
        view.document()->toPlainText().contains(QStringLiteral("Een fregat in Den Helder")));
}

TEST(ArticleViewTest, TablesHaveBordersAndPaddingSoCellsDoNotRunTogether) {
    app::ArticleView view;
    view.resize(900, 700);
    view.showArticle(storedArticle(), false);
    int bodyTables = 0;
    for (QTextFrame* frame : view.document()->rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table || table->rows() != 2) continue; // the takeaways box has one row
        ++bodyTables;
        EXPECT_GT(table->format().border(), 0);
        EXPECT_GT(table->format().cellPadding(), 0);
    }
    EXPECT_EQ(bodyTables, 1);
}

TEST(ArticleViewTest, AWidePaneCentresAReadableMeasure) {
    app::ArticleView view;
    view.resize(1900, 900);
    view.show();
    view.showArticle(storedArticle(), false);
    QTextFrameFormat root = view.document()->rootFrame()->frameFormat();
    int text = view.viewport()->width() - static_cast<int>(root.leftMargin() + root.rightMargin());
    EXPECT_NEAR(root.leftMargin(), root.rightMargin(), 1.0);
    EXPECT_LE(text, view.fontMetrics().averageCharWidth() * 75);
    // A narrow pane uses its whole width.
    view.resize(320, 900);
    QApplication::processEvents();
    EXPECT_LE(view.document()->rootFrame()->frameFormat().leftMargin(), 12.0);
}

TEST(ArticleViewTest, OpenInBrowserAndLoadImagesSitUnderTheHeadline) {
    app::ArticleView view;
    view.resize(900, 700);
    view.showArticle(storedArticle(), false);
    QString text = view.document()->toPlainText();
    qsizetype open = text.indexOf(QStringLiteral("Open in browser"));
    ASSERT_GE(open, 0);
    EXPECT_LT(open, text.indexOf(QStringLiteral("Key takeaways")));
    EXPECT_LT(text.indexOf(QStringLiteral("Load images")),
              text.indexOf(QStringLiteral("Key takeaways")));
}

// WCAG 2.2's contrast ratio (1.4.3), worked out here rather than trusted to the view.
double contrast(const QColor& a, const QColor& b) {
    auto luminance = [](const QColor& c) {
        auto linear = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

// The colour the document gives its first web link ("Open in browser"), as painted.
QColor firstLinkColor(const QTextDocument& document) {
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().anchorHref().startsWith(QLatin1String("http")))
                return it.fragment().charFormat().foreground().color();
    ADD_FAILURE() << "no link in the article";
    return {};
}

// With a dark palette, links were dark blue on dark grey: the document kept the light
// palette's link colour. A theme that leaves QPalette::Link at its default blue is the worst
// case; the view follows palette changes as they come.
TEST(ArticleViewTest, LinksAreReadableInADarkPaletteAndFollowPaletteChanges) {
    app::ArticleView view;
    view.resize(900, 700);
    view.show();
    view.showArticle(storedArticle(), false);
    QPalette dark = test::darkPalette();
    dark.setColor(QPalette::Link, QColor(0x00, 0x00, 0xff));
    view.setPalette(dark);
    QApplication::processEvents();
    QColor base = view.viewport()->palette().color(QPalette::Base);
    EXPECT_EQ(base, dark.color(QPalette::Base));
    EXPECT_GE(contrast(firstLinkColor(*view.document()), base), 4.5)
        << firstLinkColor(*view.document()).name().toStdString();

    QPalette light = QApplication::style()->standardPalette();
    view.setPalette(light);
    QApplication::processEvents();
    EXPECT_GE(contrast(firstLinkColor(*view.document()), light.color(QPalette::Base)), 4.5)
        << firstLinkColor(*view.document()).name().toStdString();
    EXPECT_NE(firstLinkColor(*view.document()), QColor(0xff, 0xff, 0xff));
}

} // namespace
} // namespace heraut
