// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/ArticleStore.h"
#include "heraut/FullArticleStore.h"

#include <QHash>
#include <QImage>
#include <QTextBrowser>
#include <QTimer>

namespace heraut::app {

// The article pane: headline, source, author and date, the key takeaways in a box of their
// own, then the cached body and "Open in browser". QTextBrowser runs no scripts; remote
// images are shown only after the reader asks, so nothing phones home by default.
class ArticleView : public QTextBrowser {
    Q_OBJECT

  public:
    explicit ArticleView(QWidget* parent = nullptr);

    // `page`: the article's own web page, read by the extractor (FullArticleStore.h); when
    // there is one it is shown, with a switch back to what the feed said.
    void showArticle(const StoredArticle& article, bool imagesAllowed,
                     std::optional<FullArticle> page = std::nullopt);
    void showPlaceholder(const QString& text);
    void addImage(const QUrl& url, const QImage& image);
    const StoredArticle* article() const { return m_article ? &*m_article : nullptr; }
    // Whether the body shown is the web page's (true) or the feed's.
    bool showsPage() const { return m_page && m_fromPage; }
    void setShowsPage(bool fromPage);
    // The http(s) images the current article refers to.
    QList<QUrl> imageUrls() const;
    // True when the body was already scrolled to its end.
    bool atEnd() const;

  signals:
    void imagesRequested();
    void openRequested(const QUrl& url);

  protected:
    QVariant loadResource(int type, const QUrl& name) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

  private:
    static constexpr int kMinMargin = 12; // pixels beside the text in a narrow pane
    void render();
    // Renders again (rerender) or only re-centres once the current event is over.
    void scheduleLayout(bool rerender);
    void layoutAfterResize();
    // Pixels a line of body text may take: a readable measure, or the pane when narrower.
    int textWidth() const;
    int measure() const; // a readable line, in pixels
    // The viewport's width when the scroll bar shows, whether it does or not.
    int paneWidth() const;
    // Centres the text in a wide pane by the root frame's side margins.
    void applyMeasure();

    // The article as shown: the feed's, or with the page's body and takeaways in it.
    StoredArticle shown() const;

    std::optional<StoredArticle> m_article;
    std::optional<FullArticle> m_page;
    bool m_fromPage = true; // the reader's choice, kept from article to article
    bool m_imagesAllowed = false;
    QHash<QUrl, QImage> m_images;
    QTimer m_layoutTimer;
    bool m_rendering = false; // inside render(): the document is being replaced
    bool m_rerender = false;
    int m_renderedWidth = 0; // textWidth() the shown HTML was made for (its images' width)
};

// What the body's images may show: whether the reader allowed them, whether there are remote
// ones to offer, the widest an image may be (pixels) and those already loaded, by URL.
struct ArticleImages {
    bool allowed = false;
    bool remote = false;
    int maxWidth = 480;
    const QHash<QUrl, QImage>& loaded;
};

// The HTML the pane shows for an article; a free function so tests can read it.
// `sourceLine`, when not empty, is HTML put under the headline's meta line: the
// "from the web page / from the feed" switch.
QString articleHtml(const StoredArticle& article, const QPalette& palette,
                    const ArticleImages& images, const QString& sourceLine = {});
// The switch between the page's and the feed's body, with the time the page was fetched.
QString pageSwitchHtml(const FullArticle& page, bool fromPage);
// The article with the page's body and (when it has a list) its takeaways in place of the
// feed's.
StoredArticle withPage(const StoredArticle& article, const FullArticle& page);
// The reader view's styles: line height, headings, quotes, code, tables, captions.
QString readerStyleSheet(const QPalette& palette);

} // namespace heraut::app
