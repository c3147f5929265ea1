// SPDX-License-Identifier: GPL-3.0-or-later
#include "FullArticleFetch.h"

#include "FeedErrorText.h"
#include "StoreErrors.h"
#include "heraut/ArticlePages.h"

#include <QPointer>
#include <ctime>
#include <thread>

namespace heraut::app {
namespace {

QString describe(const PageFetchResult& result) {
    switch (result.outcome) {
    case PageFetchResult::Outcome::Stored:
        return FullArticleFetch::tr("The full article is stored: it can be read offline.");
    case PageFetchResult::Outcome::Unchanged:
        return FullArticleFetch::tr("The web page has not changed since it was stored.");
    case PageFetchResult::Outcome::NoArticle:
        return FullArticleFetch::tr("The web page holds no article to read.");
    case PageFetchResult::Outcome::Failed:
        break;
    }
    return FullArticleFetch::tr("The full article could not be fetched: %1")
        .arg(FeedErrorText::describe(result.failure, QString::fromStdString(result.error)));
}

} // namespace

void FullArticleFetch::start(qint64 articleId) {
    if (m_running.contains(articleId)) return;
    m_running.insert(articleId);
    QPointer<FullArticleFetch> self(this);
    std::thread([self, articleId, path = m_databasePath.toStdString()] {
        bool stored = false;
        QString message;
        try {
            Database db(path);
            Fetcher fetcher;
            PageFetchResult result = fetchArticlePage(
                db, fetcher, articleId, static_cast<std::int64_t>(std::time(nullptr)));
            stored = result.outcome == PageFetchResult::Outcome::Stored ||
                     result.outcome == PageFetchResult::Outcome::Unchanged;
            message = describe(result);
        } catch (const StoreError& e) {
            message = tr("The full article could not be stored.") + QLatin1Char(' ') +
                      StoreErrors::explain(e.kind());
        } catch (const std::exception&) {
            message = tr("The full article could not be fetched.");
        }
        if (!self) return;
        QMetaObject::invokeMethod(
            self,
            [self, articleId, stored, message] {
                self->m_running.remove(articleId);
                emit self->finished(articleId, stored, message);
            },
            Qt::QueuedConnection);
    }).detach();
}

} // namespace heraut::app
