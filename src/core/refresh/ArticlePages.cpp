// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/ArticlePages.h"

#include "FetchPipeline.h"
#include "PagePipeline.h"
#include "heraut/ArticleExtractor.h"
#include "heraut/AsciiCase.h"
#include "heraut/BodyHash.h"
#include "heraut/FeedUrl.h"

#include <algorithm>
#include <array>

namespace heraut {
namespace {

using Outcome = PageFetchResult::Outcome;

// Shorter than this, an item's text is a teaser whatever it ends in: a news article's page
// holds a few thousand characters.
constexpr size_t kTeaserChars = 600;
// Without full content, a summary shorter than this is taken for an excerpt.
constexpr size_t kSummaryChars = 1500;

// What sites put after an excerpt's last word: spaces, arrows, guillemets.
std::string_view withoutTrailingMarks(std::string_view text) {
    static constexpr std::array<std::string_view, 9> kMarks = {" ",
                                                               "\t",
                                                               "\r",
                                                               "\n",
                                                               ">",
                                                               "\xC2\xBB" /* » */,
                                                               "\xE2\x80\xBA" /* › */,
                                                               "\xE2\x86\x92" /* → */,
                                                               "\xC2\xA0" /* no-break space */};
    for (bool again = true; again;) {
        again = false;
        for (std::string_view mark : kMarks)
            if (text.ends_with(mark)) {
                text.remove_suffix(mark.size());
                again = true;
            }
    }
    return text;
}

// The words WordPress themes and Dutch, Flemish and English sites end an excerpt with.
bool endsLikeExcerpt(std::string_view text) {
    text = withoutTrailingMarks(text);
    std::string tail = asciiLower(text.substr(text.size() > 40 ? text.size() - 40 : 0));
    static constexpr std::array<std::string_view, 11> kEndings = {"[\xE2\x80\xA6]",
                                                                  "[...]",
                                                                  "\xE2\x80\xA6",
                                                                  "...",
                                                                  "lees meer",
                                                                  "lees verder",
                                                                  "verder lezen",
                                                                  "meer lezen",
                                                                  "read more",
                                                                  "continue reading",
                                                                  "lees het volledige artikel"};
    return std::any_of(kEndings.begin(), kEndings.end(),
                       [&](std::string_view e) { return std::string_view(tail).ends_with(e); });
}

bool isExcerpt(const Article& a) {
    if (endsLikeExcerpt(a.text) || a.text.size() < kTeaserChars) return true;
    return !a.content && a.text.size() < kSummaryChars;
}

std::int64_t retryAt(int failures, std::int64_t now, const PageFetchOptions& options) {
    std::int64_t wait = options.retrySeconds << std::clamp(failures, 0, 16);
    return now + std::min(wait, options.maxRetrySeconds);
}

constexpr std::array<StatusWords, 5> kPageStatusWords{{
    {401, "the page refuses us (login or paywall)"},
    {403, "the page refuses us (login or paywall)"},
    {404, "the page is not there"},
    {410, "the page is gone"},
    {429, "too many requests"},
}};

bool looksLikeHtml(const FetchResult& r) {
    std::string type = asciiLower(r.contentType);
    return type.empty() || type.find("html") != std::string::npos ||
           type.find("text/plain") != std::string::npos;
}

} // namespace

bool isExcerptOnly(const std::vector<Article>& articles) {
    int linked = 0;
    int excerpts = 0;
    for (const Article& a : articles) {
        if (!a.link) continue; // no page to fetch
        ++linked;
        excerpts += isExcerpt(a) ? 1 : 0;
    }
    return linked > 0 && excerpts * 2 > linked;
}

ExtractedPage extractPage(const PageJob& job, FetchResult&& response, std::int64_t now) {
    ExtractedPage page;
    page.job = job;
    const FetchResult& r = response;
    std::string shown = withoutPasswords(job.url);
    if (!r.error.empty()) {
        page.error = shown + ": " + r.error;
        page.failure = r.failure;
        return page;
    }
    if (r.status == 304) {
        page.outcome = Outcome::Unchanged;
        return page;
    }
    if (r.status < 200 || r.status >= 300) {
        page.error = shown + ": " + statusMessage(r.status, kPageStatusWords, "server error");
        page.failure = {.kind = FailureKind::Http, .code = r.status};
        page.outcome = r.status == 410 ? Outcome::NoArticle : Outcome::Failed;
        return page;
    }
    page.bodyHash = bodyHash(r.body);
    page.etag = r.etag;
    page.lastModified = r.lastModified;
    if (job.bodyHash && *job.bodyHash == page.bodyHash) { // servers that ignore validators
        page.outcome = Outcome::Unchanged;
        return page;
    }
    if (!looksLikeHtml(r)) {
        page.error = shown + ": not a web page (" + r.contentType + ")";
        page.outcome = Outcome::NoArticle;
        return page;
    }
    try {
        std::string base = withoutLogin(r.finalUrl.empty() ? job.url : r.finalUrl);
        ExtractedArticle extracted = extractArticle(r.body, {base, r.charset});
        page.article = FullArticle{std::move(extracted.content),
                                   std::move(extracted.text),
                                   std::move(extracted.keyTakeaways),
                                   std::move(extracted.image),
                                   base,
                                   now};
        page.outcome = Outcome::Stored;
    } catch (const NotAnArticleError& error) {
        page.error = shown + ": no article on the page (" + error.what() + ")";
        page.outcome = Outcome::NoArticle;
    } catch (const std::exception& error) { // a page must never end the refresh
        page.error = shown + ": " + error.what();
        page.failure = {.kind = FailureKind::Other};
    }
    return page;
}

namespace {

// What extractPage found, written without a transaction of its own.
PageFetchResult writeExtractedPage(FullArticleStore& store, const ExtractedPage& page,
                                   std::int64_t now, const PageFetchOptions& options) {
    PageFetchResult result{page.job.articleId, page.job.feedId, page.outcome, page.error,
                           page.failure};
    switch (page.outcome) {
    case Outcome::Stored:
        store.storePage(page.job.articleId, *page.article, page.etag, page.lastModified,
                        page.bodyHash);
        break;
    case Outcome::Unchanged:
        store.recordUnchanged(page.job.articleId, now);
        break;
    case Outcome::Failed:
        store.recordFailure(page.job.articleId, page.error,
                            retryAt(page.job.failures, now, options), false);
        break;
    case Outcome::NoArticle:
        store.recordFailure(page.job.articleId, page.error, 0, true);
        break;
    }
    return result;
}

} // namespace

PageFetchResult storeExtractedPage(Database& db, const ExtractedPage& page, std::int64_t now,
                                   const PageFetchOptions& options) {
    FullArticleStore store(db);
    Transaction transaction(db);
    PageFetchResult result = writeExtractedPage(store, page, now, options);
    transaction.commit();
    return result;
}

PageFetchResult notStored(const ExtractedPage& page, const std::string& why) {
    return {page.job.articleId, page.job.feedId, Outcome::Failed,
            withoutPasswords(page.job.url) + ": not stored: " + why};
}

std::vector<PageFetchResult> storeExtractedPages(Database& db, std::span<const ExtractedPage> pages,
                                                 std::int64_t now,
                                                 const PageFetchOptions& options) {
    std::vector<PageFetchResult> results;
    results.reserve(pages.size());
    FullArticleStore store(db);
    Transaction transaction(db);
    for (const ExtractedPage& page : pages) {
        db.execute("SAVEPOINT page");
        try {
            results.push_back(writeExtractedPage(store, page, now, options));
        } catch (const std::exception& error) {
            db.execute("ROLLBACK TO page");
            results.push_back(notStored(page, error.what()));
        }
        db.execute("RELEASE page");
    }
    transaction.commit();
    return results;
}

PageFetchResult fetchArticlePage(Database& db, Fetcher& fetcher, std::int64_t articleId,
                                 std::int64_t now, const PageFetchOptions& options) {
    FullArticleStore store(db);
    std::optional<PageJob> job = store.pageJob(articleId);
    if (!job) {
        Statement exists = db.prepare("SELECT 1 FROM articles WHERE id = ?");
        exists.bind(1, articleId);
        if (!exists.step()) throw StoreError("no article with id " + std::to_string(articleId));
        return {articleId, 0, Outcome::NoArticle, "the article has no link to a web page", {}};
    }
    store.queue(articleId);
    if (auto problem = feedUrlProblem(job->url)) {
        PageFetchResult result{articleId,
                               job->feedId,
                               Outcome::NoArticle,
                               withoutPasswords(job->url) + ": " + *problem,
                               {}};
        store.recordFailure(articleId, result.error, 0, true);
        return result;
    }
    FetchResult response = fetcher.fetchOne({0, job->url, job->etag, job->lastModified});
    return storeExtractedPage(db, extractPage(*job, std::move(response), now), now, options);
}

} // namespace heraut
