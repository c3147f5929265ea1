// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleView.h"

#include "ReadableColor.h"

#include "heraut/KeyTakeaways.h"
#include "heraut/PlainText.h"

#include <QDateTime>
#include <QEvent>
#include <QLocale>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QTextFrame>

#include <algorithm>
#include <utility>

namespace heraut::app {
namespace {

// The takeaways were read from the feed's excerpt as a whole ("Key takeaways Het kabinet …
// […]", takeawaysFromExcerpt): shown again below the box it would only repeat them. An excerpt
// that holds more (a heading and list, then paragraphs, as many RSS descriptions do) is the
// body, and only the part the takeaways came from is left out.
bool excerptOnly(const Article& a) {
    if (a.content || !a.summary || a.keyTakeaways.empty()) return false;
    return takeawaysFromExcerpt(plainLineFromHtml(*a.summary)) == a.keyTakeaways;
}

QString escaped(const std::string& text) {
    return QString::fromStdString(text).toHtmlEscaped();
}

QString colorName(const QColor& color) {
    return color.name(QColor::HexRgb);
}

QUrl imageUrl(const QString& escapedSrc) {
    return QUrl(QTextDocumentFragment::fromHtml(escapedSrc).toPlainText());
}

// QTextBrowser puts an image that follows a list into the list's last item, and knows neither
// max-width nor figures: every image becomes a centred block of its own, as wide as it is but
// never wider than the text, on a line as tall as itself (the body's 145% line height would
// leave a gap half an image tall under it), and a figure's caption a small line under it.
// Images not (yet) loaded leave nothing behind.
QString imagesAsBlocks(QString body, const ArticleImages& images) {
    static const QRegularExpression img(QStringLiteral("<img [^>]*>"));
    static const QRegularExpression src(QStringLiteral(" src=\"([^\"]*)\""));
    static const QRegularExpression size(QStringLiteral(" (width|height)=\"[^\"]*\""));
    if (!images.allowed) body.remove(img);
    QString out;
    qsizetype last = 0;
    for (auto it = img.globalMatch(body); it.hasNext();) {
        QRegularExpressionMatch m = it.next();
        QString tag = m.captured(0);
        tag.remove(size);
        auto loaded = images.loaded.constFind(imageUrl(src.match(tag).captured(1)));
        // One still on its way (or failed) leaves no empty frame: it appears once it is here.
        if (loaded == images.loaded.constEnd()) {
            out += body.mid(last, m.capturedStart() - last);
            last = m.capturedEnd();
            continue;
        }
        tag.insert(4,
                   QStringLiteral(" width=\"%1\"").arg(std::min(loaded->width(), images.maxWidth)));
        out += body.mid(last, m.capturedStart() - last) +
               QStringLiteral("<p align=\"center\" style=\"line-height:100%\">%1</p>").arg(tag);
        last = m.capturedEnd();
    }
    out += body.mid(last);
    out.replace(QStringLiteral("<figure>"), QStringLiteral("<div>"));
    out.replace(QStringLiteral("</figure>"), QStringLiteral("</div>"));
    out.replace(QStringLiteral("<figcaption>"), QStringLiteral("<p class=\"caption\">"));
    out.replace(QStringLiteral("</figcaption>"), QStringLiteral("</p>"));
    return out;
}

// Tables of the body get borders and cell padding (the sanitiser keeps no table attributes),
// the borders in a colour between the text's and the background's.
QString styledTables(QString body, const QPalette& palette) {
    static const QRegularExpression table(QStringLiteral("<table\\b[^>]*>"));
    QColor border = blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.4);
    return body.replace(table, QStringLiteral("<table border=\"1\" cellspacing=\"0\" "
                                              "cellpadding=\"6\" style=\"border-color:%1\">")
                                   .arg(colorName(border)));
}

// Secondary text (the meta line, captions, quotes) in the palette's quiet colour, made
// readable where a theme's is too faint.
QColor quietColor(const QPalette& palette) {
    return readableOn(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Base));
}

} // namespace

QString readerStyleSheet(const QPalette& palette) {
    // Links take the palette's link colour, not the application's light default that
    // QTextDocument gives them, and never one too dark to read on a dark background.
    QColor link = readableOn(palette.color(QPalette::Link), palette.color(QPalette::Base));
    return QStringLiteral("p, li, blockquote { line-height: 145%; }"
                          "h1, h2, h3, h4 { margin-top: 18px; margin-bottom: 6px; }"
                          "a { color: %3; }"
                          "blockquote { margin-left: 16px; color: %1; font-style: italic; }"
                          "pre, code { font-family: monospace; background-color: %2; }"
                          "th { background-color: %2; }"
                          ".caption { color: %1; font-size: small; }")
        .arg(colorName(quietColor(palette)), colorName(palette.color(QPalette::AlternateBase)),
             colorName(link));
}

QString pageSwitchHtml(const FullArticle& page, bool fromPage) {
    QString when = QLocale().toString(QDateTime::fromSecsSinceEpoch(page.fetchedAt).toLocalTime(),
                                      QLocale::ShortFormat);
    QString pageText = ArticleView::tr("From the web page (fetched %1)").arg(when.toHtmlEscaped());
    QString feedText = ArticleView::tr("From the feed");
    // The one shown is plain text, the other a link to it.
    return fromPage ? QStringLiteral("<b>%1</b> · <a href=\"heraut:from-feed\">%2</a>")
                          .arg(pageText, feedText)
                    : QStringLiteral("<a href=\"heraut:from-page\">%1</a> · <b>%2</b>")
                          .arg(pageText, feedText);
}

StoredArticle withPage(const StoredArticle& article, const FullArticle& page) {
    StoredArticle shown = article;
    shown.article.content = page.content;
    shown.article.summary.reset();
    shown.article.text = page.text;
    if (!page.keyTakeaways.empty()) shown.article.keyTakeaways = page.keyTakeaways;
    return shown;
}

QString articleHtml(const StoredArticle& stored, const QPalette& palette,
                    const ArticleImages& images, const QString& sourceLine) {
    const Article& a = stored.article;
    QString html = QStringLiteral("<h2 style=\"margin-bottom:4px\">%1</h2>").arg(escaped(a.title));
    QStringList meta{escaped(stored.feedTitle)};
    if (a.author) meta << escaped(*a.author);
    QDateTime when =
        QDateTime::fromSecsSinceEpoch(a.published.value_or(stored.sortDate)).toLocalTime();
    meta << QLocale().toString(when, QStringLiteral("dddd d MMMM yyyy HH:mm"));
    QStringList actions;
    if (a.link)
        actions << QStringLiteral("<a href=\"%1\">%2</a>")
                       .arg(QString::fromStdString(*a.link).toHtmlEscaped(),
                            ArticleView::tr("Open in browser"));
    if (images.remote && !images.allowed)
        actions << QStringLiteral("<a href=\"heraut:load-images\">%1</a>")
                       .arg(ArticleView::tr("Load images"));
    const QString actionLine = actions.join(QStringLiteral(" · "));
    html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                .arg(colorName(quietColor(palette)),
                     meta.join(QStringLiteral(" · ")) +
                         (actionLine.isEmpty() ? QString() : QStringLiteral("<br>") + actionLine) +
                         (sourceLine.isEmpty() ? QString() : QStringLiteral("<br>") + sourceLine));
    if (!a.keyTakeaways.empty()) {
        QString items;
        for (const std::string& t : a.keyTakeaways)
            items += QStringLiteral("<li>%1</li>").arg(escaped(t));
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"10\" cellspacing=\"0\" "
                               "bgcolor=\"%1\"><tr><td width=\"4\" bgcolor=\"%2\"></td><td>"
                               "<b>%3</b><ul style=\"margin-top:4px\">%4</ul></td></tr></table>")
                    .arg(colorName(palette.color(QPalette::AlternateBase)),
                         colorName(palette.color(QPalette::Highlight)),
                         ArticleView::tr("Key takeaways"), items);
    }
    QString body =
        QString::fromStdString(withoutTakeaways(a.content        ? *a.content
                                                : excerptOnly(a) ? ""
                                                                 : a.summary.value_or(""),
                                                a.keyTakeaways));
    html += QStringLiteral("<div style=\"margin-top:12px\">%1</div>")
                .arg(styledTables(imagesAsBlocks(body, images), palette));
    // A long article keeps its links at the end too, where the reader finishes.
    if (!actionLine.isEmpty())
        html += QStringLiteral("<p style=\"margin-top:16px\">%1</p>").arg(actionLine);
    return html;
}

ArticleView::ArticleView(QWidget* parent) : QTextBrowser(parent) {
    m_layoutTimer.setSingleShot(true);
    m_layoutTimer.setInterval(0);
    connect(&m_layoutTimer, &QTimer::timeout, this, &ArticleView::layoutAfterResize);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("heraut") && url.path() == QLatin1String("load-images")) {
            emit imagesRequested();
            return;
        }
        if (url.scheme() == QLatin1String("heraut") &&
            url.path().startsWith(QLatin1String("from-")))
            return setShowsPage(url.path() == QLatin1String("from-page"));
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https") ||
            url.scheme() == QLatin1String("mailto"))
            emit openRequested(url);
    });
}

void ArticleView::showArticle(const StoredArticle& article, bool imagesAllowed,
                              std::optional<FullArticle> page) {
    bool same = m_article && m_article->id == article.id;
    m_article = article;
    m_page = std::move(page);
    m_imagesAllowed = imagesAllowed;
    if (!same) m_images.clear();
    render();
    if (!same) verticalScrollBar()->setValue(0);
}

void ArticleView::setShowsPage(bool fromPage) {
    m_fromPage = fromPage;
    render();
}

StoredArticle ArticleView::shown() const {
    return m_page && m_fromPage ? withPage(*m_article, *m_page) : *m_article;
}

void ArticleView::showPlaceholder(const QString& text) {
    m_article.reset();
    m_page.reset();
    setHtml(QStringLiteral("<p align=\"center\" style=\"color:%1\"><br><br>%2</p>")
                .arg(colorName(palette().color(QPalette::PlaceholderText)), text.toHtmlEscaped()));
}

// QTextDocument tells its layout of every change at once, even mid-setHtml (clear() does not
// wait for the edit block): the scroll bar comes or goes, the viewport resizes, and a render
// started from there would clear the document while the outer one still imports into it; the
// article then shows twice. Nothing here renders from inside a rendering.
void ArticleView::render() {
    if (!m_article) return;
    if (m_rendering) return scheduleLayout(true);
    QScopedValueRollback<bool> rendering(m_rendering, true);
    int scroll = verticalScrollBar()->value();
    m_renderedWidth = textWidth();
    document()->setDefaultStyleSheet(readerStyleSheet(palette()));
    setHtml(articleHtml(shown(), palette(),
                        {m_imagesAllowed, !imageUrls().isEmpty(), m_renderedWidth, m_images},
                        m_page ? pageSwitchHtml(*m_page, m_fromPage) : QString()));
    applyMeasure();
    verticalScrollBar()->setValue(scroll);
}

void ArticleView::scheduleLayout(bool rerender) {
    m_rerender = m_rerender || rerender;
    m_layoutTimer.start();
}

void ArticleView::layoutAfterResize() {
    bool rerender = std::exchange(m_rerender, false) || textWidth() != m_renderedWidth;
    if (!m_article) return;
    if (rerender) return render();
    QScopedValueRollback<bool> rendering(m_rendering, true);
    applyMeasure();
}

QList<QUrl> ArticleView::imageUrls() const {
    QList<QUrl> urls;
    if (!m_article) return urls;
    // Schemes are case-insensitive (RFC 3986 3.1): "HTTP://" is as remote as "http://".
    static const QRegularExpression img(QStringLiteral("<img [^>]*src=\"(https?://[^\"]+)\""),
                                        QRegularExpression::CaseInsensitiveOption);
    const Article& a = shown().article;
    QString html = QString::fromStdString(a.content.value_or(a.summary.value_or("")));
    auto it = img.globalMatch(html);
    while (it.hasNext())
        urls << imageUrl(it.next().captured(1));
    return urls;
}

void ArticleView::addImage(const QUrl& url, const QImage& image) {
    m_images.insert(url, image);
    m_imagesAllowed = true;
    render();
}

bool ArticleView::atEnd() const {
    return verticalScrollBar()->value() >= verticalScrollBar()->maximum();
}

QVariant ArticleView::loadResource(int type, const QUrl& name) {
    if (type == QTextDocument::ImageResource) {
        auto it = m_images.constFind(name);
        // Never fetched from here: images arrive through addImage once the reader asked.
        return it != m_images.constEnd() ? QVariant(*it) : QVariant();
    }
    if (name.scheme() == QLatin1String("http") || name.scheme() == QLatin1String("https"))
        return {};
    return QTextBrowser::loadResource(type, name);
}

int ArticleView::measure() const {
    // About 70 characters a line: longer lines are hard to follow back to their start.
    return fontMetrics().averageCharWidth() * 70;
}

int ArticleView::textWidth() const {
    // The scroll bar's room is always left, so that its coming and going never changes the
    // width (nor the images', nor where lines break, which could make it go and come again).
    return std::max(200, std::min(paneWidth() - 2 * kMinMargin, measure()));
}

int ArticleView::paneWidth() const {
    return contentsRect().width() -
           style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, verticalScrollBar());
}

void ArticleView::applyMeasure() {
    QTextFrameFormat format = document()->rootFrame()->frameFormat();
    // The lines are textWidth() wide to the pixel: what the viewport has beyond goes to the
    // margins, split evenly in a wide pane, on the right (the scroll bar's room) in a narrow one.
    int width = textWidth();
    int room = viewport()->width() - width;
    int left = width < measure() ? kMinMargin : std::max(kMinMargin, room / 2);
    format.setLeftMargin(left);
    format.setRightMargin(std::max(kMinMargin, room - left));
    document()->rootFrame()->setFrameFormat(format);
}

// A resize may come from inside the document's own layout (the scroll bar): the document is
// touched only once that is over.
void ArticleView::resizeEvent(QResizeEvent* event) {
    QTextBrowser::resizeEvent(event);
    if (m_article) scheduleLayout(false);
}

void ArticleView::changeEvent(QEvent* event) {
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) render();
}

} // namespace heraut::app
