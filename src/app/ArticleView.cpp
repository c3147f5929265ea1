// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleView.h"

#include "heraut/KeyTakeaways.h"

#include <QDateTime>
#include <QEvent>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextDocumentFragment>

namespace heraut::app {
namespace {

QString escaped(const std::string& text) {
    return QString::fromStdString(text).toHtmlEscaped();
}

// The body repeats the "Key takeaways" heading the box above already shows: drop it.
QString withoutTakeawaysHeading(QString body) {
    static const QRegularExpression heading(QStringLiteral("<h[1-6]>([^<]{1,60})</h[1-6]>"));
    QRegularExpressionMatch match = heading.match(body);
    if (match.hasMatch() && match.capturedStart() < 200 &&
        isTakeawaysHeading(match.captured(1).toStdString()))
        body.remove(match.capturedStart(), match.capturedLength());
    return body;
}

QString colorName(const QColor& color) {
    return color.name(QColor::HexRgb);
}

// Images not loaded leave no empty 1024-pixel frames behind; loaded ones fit the pane
// (QTextBrowser knows no max-width).
QString fitImages(QString body, bool imagesAllowed) {
    static const QRegularExpression img(QStringLiteral("<img [^>]*>"));
    static const QRegularExpression size(QStringLiteral(" (width|height)=\"[^\"]*\""));
    if (!imagesAllowed) return body.remove(img);
    QRegularExpressionMatchIterator it = img.globalMatch(body);
    QString out;
    qsizetype last = 0;
    while (it.hasNext()) {
        QRegularExpressionMatch m = it.next();
        QString tag = m.captured(0);
        tag.remove(size);
        tag.insert(4, QStringLiteral(" width=\"480\""));
        out += body.mid(last, m.capturedStart() - last) + tag;
        last = m.capturedEnd();
    }
    return out + body.mid(last);
}

} // namespace

QString articleHtml(const StoredArticle& stored, const QPalette& palette, bool imagesAllowed,
                    bool hasRemoteImages) {
    const Article& a = stored.article;
    QString html = QStringLiteral("<h2 style=\"margin-bottom:4px\">%1</h2>").arg(escaped(a.title));
    QStringList meta{escaped(stored.feedTitle)};
    if (a.author) meta << escaped(*a.author);
    QDateTime when =
        QDateTime::fromSecsSinceEpoch(a.published.value_or(stored.sortDate)).toLocalTime();
    meta << QLocale().toString(when, QStringLiteral("dddd d MMMM yyyy HH:mm"));
    html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                .arg(colorName(palette.color(QPalette::PlaceholderText)),
                     meta.join(QStringLiteral(" · ")));
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
    // An excerpt the takeaways were read from would only say the same again.
    bool excerptOnly = !a.content && !a.keyTakeaways.empty();
    QString body = QString::fromStdString(a.content     ? *a.content
                                          : excerptOnly ? ""
                                                        : a.summary.value_or(""));
    if (!a.keyTakeaways.empty()) body = withoutTakeawaysHeading(body);
    html += QStringLiteral("<div style=\"margin-top:12px\">%1</div>")
                .arg(fitImages(body, imagesAllowed));
    QStringList actions;
    if (a.link)
        actions << QStringLiteral("<a href=\"%1\">%2</a>")
                       .arg(QString::fromStdString(*a.link).toHtmlEscaped(),
                            ArticleView::tr("Open in browser"));
    if (hasRemoteImages && !imagesAllowed)
        actions << QStringLiteral("<a href=\"heraut:load-images\">%1</a>")
                       .arg(ArticleView::tr("Load images"));
    if (!actions.isEmpty())
        html += QStringLiteral("<p style=\"margin-top:16px\">%1</p>")
                    .arg(actions.join(QStringLiteral(" · ")));
    return html;
}

ArticleView::ArticleView(QWidget* parent) : QTextBrowser(parent) {
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("heraut") && url.path() == QLatin1String("load-images")) {
            emit imagesRequested();
            return;
        }
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https") ||
            url.scheme() == QLatin1String("mailto"))
            emit openRequested(url);
    });
}

void ArticleView::showArticle(const StoredArticle& article, bool imagesAllowed) {
    bool same = m_article && m_article->id == article.id;
    m_article = article;
    m_imagesAllowed = imagesAllowed;
    if (!same) m_images.clear();
    render();
    if (!same) verticalScrollBar()->setValue(0);
}

void ArticleView::showPlaceholder(const QString& text) {
    m_article.reset();
    setHtml(QStringLiteral("<p align=\"center\" style=\"color:%1\"><br><br>%2</p>")
                .arg(colorName(palette().color(QPalette::PlaceholderText)), text.toHtmlEscaped()));
}

void ArticleView::render() {
    if (!m_article) return;
    int scroll = verticalScrollBar()->value();
    setHtml(articleHtml(*m_article, palette(), m_imagesAllowed, !imageUrls().isEmpty()));
    verticalScrollBar()->setValue(scroll);
}

QList<QUrl> ArticleView::imageUrls() const {
    QList<QUrl> urls;
    if (!m_article) return urls;
    // Schemes are case-insensitive (RFC 3986 3.1): "HTTP://" is as remote as "http://".
    static const QRegularExpression img(QStringLiteral("<img [^>]*src=\"(https?://[^\"]+)\""),
                                        QRegularExpression::CaseInsensitiveOption);
    QString html = QString::fromStdString(
        m_article->article.content.value_or(m_article->article.summary.value_or("")));
    auto it = img.globalMatch(html);
    while (it.hasNext())
        urls << QUrl(QTextDocumentFragment::fromHtml(it.next().captured(1)).toPlainText());
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

void ArticleView::changeEvent(QEvent* event) {
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) render();
}

} // namespace heraut::app
