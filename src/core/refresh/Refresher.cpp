// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/Refresher.h"
#include "heraut/FeedIcons.h"

#include "FetchPipeline.h"
#include "PagePipeline.h"
#include "StoryFeaturesAhead.h"
#include "heraut/ArrivalRules.h"

#include "heraut/BodyHash.h"
#include "heraut/FeedParser.h"
#include "heraut/FeedStore.h"
#include "heraut/FeedUrl.h"
#include "heraut/FullArticleStore.h"
#include "heraut/StoryGrouper.h"
#include "heraut/StoryStore.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <ctime>
#include <map>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <thread>

namespace heraut {
namespace {

using Outcome = FeedRefreshResult::Outcome;

// Articles a refresh stores before it adds them to the search index in one go: FTS5 costs
// about as little per article at 2 000 as at 10 000, and search catches up during long refreshes.
constexpr int kIndexBatch = 2000;
// Story features computed ahead are saved in transactions of this many articles.
constexpr std::size_t kStoryFeaturesBatch = 1000;

// A response with its parse already done (on a preparer thread, FetchPipeline.h).
struct FetchedFeed {
    FetchResult response;
    std::string bodyHash;
    std::optional<ParsedFeed> parsed; // absent: not a 2xx, or the body is unchanged
    std::string parseError;
    Failure parseFailure;
};

FetchedFeed prepare(const Feed& feed, FetchResult&& response) {
    FetchedFeed fetched;
    bool success = response.error.empty() && response.status >= 200 && response.status < 300;
    if (success) {
        fetched.bodyHash = bodyHash(response.body);
        // Servers that ignore conditional GET still send the same bytes: skip the parse.
        if (!feed.bodyHash || *feed.bodyHash != fetched.bodyHash) {
            // Any failure is this feed's error: on a parser thread it would end the process.
            try {
                // Links resolve against the URL without its login, which no link may carry.
                fetched.parsed =
                    parseFeed(response.body, {withoutLogin(response.finalUrl), response.charset});
            } catch (const NotAFeedError& error) {
                fetched.parseError = error.what();
                fetched.parseFailure = {FailureKind::NotAFeed, 0};
            } catch (const std::exception& error) {
                fetched.parseError = error.what();
                fetched.parseFailure = {FailureKind::Other, 0};
            }
        }
        response.body.clear(); // a 16 MB body need not wait in the queue once parsed
        response.body.shrink_to_fit();
    }
    fetched.response = std::move(response);
    return fetched;
}

constexpr std::array<StatusWords, 7> kFeedStatusWords{{
    {401, "the feed needs a login"},
    {403, "access refused"},
    {404, "not found (the feed moved or was removed)"},
    {410, "gone; the server says this feed no longer exists, it is disabled"},
    {429, "too many requests; the server asked us to wait"},
    {500, "server error"},
    {503, "service unavailable"},
}};

std::string httpError(const FetchResult& r, Failure& failure) {
    std::string status = "HTTP " + std::to_string(r.status);
    bool html = r.contentType.find("html") != std::string::npos;
    failure = {FailureKind::Http, r.status};
    if ((r.status == 403 || r.status == 503) && html &&
        (r.body.find("Attention Required") != std::string::npos ||
         r.body.find("cf-") != std::string::npos || r.body.find("captcha") != std::string::npos)) {
        failure.kind = FailureKind::BotProtection;
        return status + ": blocked by the site's bot protection";
    }
    return statusMessage(r.status, kFeedStatusWords);
}

// Processes responses one by one on the worker thread: the only code that writes here.
class FeedUpdater {
  public:
    FeedUpdater(Database& db, const RefreshOptions& options, std::int64_t now)
        : m_db(db), m_feeds(db), m_articles(db), m_pages(db), m_options(options), m_now(now) {}

    // Indexes for search once enough articles wait; with `all`, whatever waits. A failure
    // (the file locked too long, say) loses nothing: the backlog stays for the next search.
    void indexStored(bool all) {
        if (m_unindexed == 0 || (!all && m_unindexed < kIndexBatch)) return;
        try {
            m_articles.indexBacklog();
        } catch (const std::exception&) {
        }
        m_unindexed = 0;
    }

    FeedRefreshResult apply(const Feed& feed, const FetchedFeed& fetched) {
        const FetchResult& r = fetched.response;
        FeedRefreshResult result{feed.id, feed.url, feed.displayTitle(), Outcome::Failed, {}, 0,
                                 {},      {}};
        try {
            if (!r.error.empty()) return fail(feed, r.error, result, {}, r.failure);
            if (r.permanentRedirect && r.finalUrl != feed.url)
                m_feeds.updateUrl(feed.id, r.finalUrl);
            if (r.status == 304) return notModified(feed, r, result);
            if (r.status >= 200 && r.status < 300) return store(feed, fetched, result);
            Failure failure;
            std::string message = httpError(r, failure);
            return fail(feed, message, result, r, failure);
        } catch (const std::exception& error) {
            return fail(feed, error.what(), result);
        }
    }

    // Story features computed ahead of grouping; a failure loses nothing, as grouping
    // computes what it does not find.
    void saveStoryFeatures(const StoryFeaturesAhead::Computed& features) {
        if (features.empty()) return;
        try {
            Transaction transaction(m_db);
            StoryStore(m_db).saveFeatures(features);
            transaction.commit();
        } catch (const StoreError&) {
        }
    }

  private:
    std::int64_t nextDue(const Feed& feed, const FetchResult& r) const {
        std::int64_t wait = feed.refreshInterval;
        if (r.maxAgeSeconds)
            wait = std::max(wait, std::min(*r.maxAgeSeconds, m_options.maxBackoffSeconds));
        return m_now + wait;
    }

    FeedRefreshResult& notModified(const Feed& feed, const FetchResult& r,
                                   FeedRefreshResult& result) {
        m_feeds.recordNotModified(feed.id, m_now, nextDue(feed, r));
        result.outcome = Outcome::NotModified;
        return result;
    }

    FeedRefreshResult& store(const Feed& feed, const FetchedFeed& fetched,
                             FeedRefreshResult& result) {
        const FetchResult& r = fetched.response;
        FetchValidators validators{r.etag, r.lastModified, fetched.bodyHash};
        if (!fetched.parseError.empty())
            return fail(feed, fetched.parseError, result, {}, fetched.parseFailure);
        if (!fetched.parsed) { // the same bytes as last time
            Transaction transaction(m_db);
            m_feeds.recordSuccess(feed.id, validators, m_now, nextDue(feed, r));
            transaction.commit();
            result.outcome = Outcome::NotModified;
            return result;
        }
        const ParsedFeed& parsed = *fetched.parsed;
        try {
            Transaction transaction(m_db);
            std::int64_t lastBefore = m_pages.lastArticleId();
            result.changes = m_articles.storeArticles(feed.id, parsed.articles, m_now);
            queuePages(feed, parsed, lastBefore, result.changes);
            m_feeds.updateFeedInfo(feed.id, parsed.title, parsed.link);
            FeedIconStore(m_db).noteSource(feed.id, parsed.icon);
            m_feeds.recordSuccess(feed.id, validators, m_now, nextDue(feed, r));
            transaction.commit();
        } catch (const StoreError& error) {
            return notStored(feed, parsed, error, result);
        }
        m_unindexed += result.changes.added + result.changes.updated;
        if (!feed.titleLocked && !parsed.title.empty()) result.title = parsed.title;
        result.outcome = Outcome::Updated;
        return result;
    }

    // New articles of a feed that sends excerpts wait for their pages, in the transaction that
    // stores them: a refresh cancelled before the pages leaves them to the next one. A feed's
    // first refresh takes only its newest few (an archive of 500 items is not 500 fetches).
    void queuePages(const Feed& feed, const ParsedFeed& parsed, std::int64_t lastBefore,
                    const ArticleChanges& changes) {
        if (!m_options.pages.enabled) return;
        m_pages.setExcerptOnly(feed.id, isExcerptOnly(parsed.articles));
        if (!m_pages.fetchesPages(feed.id)) return;
        if (changes.added > 0)
            m_pages.queueNewArticles(feed.id, lastBefore,
                                     feed.lastSuccess ? -1 : m_options.pages.firstRefreshPages);
        m_pages.recheck(changes.updatedIds);
    }

    // The transaction rolled back: nothing of the feed is stored, its validators neither. The
    // store is asked what would have changed (reading still works when writing does not), so
    // the count says "not stored", never "new".
    FeedRefreshResult& notStored(const Feed& feed, const ParsedFeed& parsed,
                                 const StoreError& error, FeedRefreshResult& result) {
        result.changes = {};
        ArticleChanges lost{static_cast<int>(parsed.articles.size()), 0};
        try {
            lost = m_articles.pendingChanges(feed.id, parsed.articles);
        } catch (const StoreError&) {
        }
        result.notStored = lost.added + lost.updated;
        std::string what = result.notStored == 0 ? std::string("the feed's state not stored: ")
                                                 : std::to_string(lost.added) + " new and " +
                                                       std::to_string(lost.updated) +
                                                       " changed articles not stored: ";
        return fail(feed, what + error.what(), result, {},
                    {FailureKind::NotStored, result.notStored});
    }

    // Records the failure with the feed when the database takes it; a database that refused
    // the articles may refuse this too, and the result still says what happened.
    FeedRefreshResult& fail(const Feed& feed, const std::string& error, FeedRefreshResult& result,
                            const FetchResult& r = {}, Failure failure = {FailureKind::Other, 0}) {
        // Exponential back-off from the feed's own interval, capped; a success resets it.
        int failures = std::min(feed.consecutiveFailures + 1, 20);
        std::int64_t wait = std::min(feed.refreshInterval << std::min(failures - 1, 16),
                                     m_options.maxBackoffSeconds);
        if ((r.status == 429 || r.status == 503) && r.retryAfterSeconds)
            wait = std::min(std::max(*r.retryAfterSeconds, std::int64_t{60}),
                            m_options.maxBackoffSeconds);
        std::string message = withoutPasswords(error);
        if ((r.status == 429 || r.status == 503) && r.retryAfterSeconds)
            message += " (retry after " + std::to_string(*r.retryAfterSeconds) + " s)";
        result.outcome = Outcome::Failed;
        result.error = message;
        result.failure = failure;
        try {
            m_feeds.recordFailure(feed.id, message, m_now, m_now + wait, r.status == 410, failure);
        } catch (const StoreError& recordError) {
            result.error += "; not recorded with the feed: " + withoutPasswords(recordError.what());
        }
        return result;
    }

    Database& m_db;
    FeedStore m_feeds;
    ArticleStore m_articles;
    FullArticleStore m_pages;
    const RefreshOptions& m_options;
    std::int64_t m_now;
    int m_unindexed = 0;
};

std::vector<Feed> feedsToRefresh(FeedStore& store, const RefreshOptions& options,
                                 std::int64_t now) {
    if (!options.feedIds.empty()) {
        std::vector<Feed> chosen;
        for (std::int64_t id : options.feedIds) {
            auto feed = store.feed(id);
            if (!feed) throw StoreError("no feed with id " + std::to_string(id));
            if (!feed->accountId) chosen.push_back(*feed);
        }
        return chosen;
    }
    std::vector<Feed> feeds = options.force ? store.feeds() : store.dueFeeds(now);
    // A server reader's feeds come through its sync, with the server's ids and read state.
    std::erase_if(feeds, [](const Feed& f) { return f.disabled || f.accountId; });
    return feeds;
}

// A request with validators mostly comes back 304, without a body: when every request has
// them, the refresh runs twice the fetcher's transfers at once. 200 feeds answering in 50 ms
// came back in 7 waves of about 54 ms with 32 (bench_refresh, warm: 0.60-0.77 s against
// 0.44-0.54 s with 64, A/B at load 10). Bodies are what a refresh's memory holds, so a refresh
// that downloads them (a first one, new feeds) keeps the fetcher's 32: 64 added 4 MB to a
// cold refresh's peak.
constexpr int kConditionalConnections = 64;

FetchOptions feedFetchOptions(FetchOptions fetch, const std::vector<FetchRequest>& requests) {
    bool conditional = std::all_of(requests.begin(), requests.end(),
                                   [](const FetchRequest& r) { return r.etag || r.lastModified; });
    if (conditional && !requests.empty())
        fetch.maxConnections = std::max(fetch.maxConnections, kConditionalConnections);
    return fetch;
}

void tally(RefreshSummary& summary, const FeedRefreshResult& result) {
    switch (result.outcome) {
    case Outcome::Updated:
        ++summary.ok;
        break;
    case Outcome::NotModified:
        ++summary.notModified;
        break;
    case Outcome::Failed:
        ++summary.failed;
        break;
    }
    summary.newArticles += result.changes.added;
    summary.updatedArticles += result.changes.updated;
    summary.notStoredArticles += result.notStored;
}

// The pages waiting (new articles, failed ones now due, those a cancelled refresh or `add`
// left) in the feeds asked for, else in every enabled feed, due or not: a page need not wait
// for its feed's next turn. None of a feed the reader set to never.
std::vector<PageJob> pagesToFetch(Database& db, const RefreshOptions& options, std::int64_t now) {
    FullArticleStore store(db);
    std::vector<std::int64_t> feedIds = options.feedIds;
    if (feedIds.empty())
        for (const Feed& feed : FeedStore(db).feeds())
            if (!feed.disabled) feedIds.push_back(feed.id);
    std::erase_if(feedIds,
                  [&](std::int64_t id) { return store.mode(id) == FullArticlesMode::Never; });
    return store.duePages(feedIds, now);
}

// Pages stored in one transaction at most, and the longest a stored page waits for its commit
// (and its pageDone): a commit per page cost more CPU than the rest of storing it.
constexpr size_t kPageBatch = 64;
constexpr auto kPageBatchWait = std::chrono::milliseconds(200);

// Stores extracted pages in batches on the worker thread, as FeedUpdater stores feeds.
class PageUpdater {
  public:
    PageUpdater(Database& db, const RefreshOptions& options, std::int64_t now)
        : m_db(db), m_options(options), m_now(now) {}

    std::vector<PageFetchResult> apply(std::span<const ExtractedPage> pages) {
        std::vector<PageFetchResult> results;
        try {
            results = storeExtractedPages(m_db, pages, m_now, m_options.pages);
        } catch (const std::exception& error) { // the pages wait; the next refresh tries again
            results.clear();
            for (const ExtractedPage& page : pages)
                results.push_back(notStored(page, error.what()));
            return results;
        }
        for (const PageFetchResult& result : results)
            if (result.outcome == PageFetchResult::Outcome::Stored) ++m_unindexed;
        if (m_unindexed >= kIndexBatch) indexStored();
        return results;
    }

    void indexStored() {
        if (m_unindexed == 0) return;
        try {
            ArticleStore(m_db).indexBacklog();
        } catch (const std::exception&) { // the backlog stays for the next search
        }
        m_unindexed = 0;
    }

  private:
    Database& m_db;
    const RefreshOptions& m_options;
    std::int64_t m_now;
    int m_unindexed = 0;
};

// Takes the next batch of extracted pages: waits for a first one, then gathers more until the
// batch is full or has waited kPageBatchWait. False when no page will come.
bool nextPageBatch(BoundedQueue<ExtractedPage>& queue, std::vector<ExtractedPage>& batch) {
    batch.clear();
    ExtractedPage page;
    if (!queue.pop(page)) return false;
    batch.push_back(std::move(page));
    auto until = std::chrono::steady_clock::now() + kPageBatchWait;
    while (batch.size() < kPageBatch &&
           queue.popUntil(page, until) == BoundedQueue<ExtractedPage>::Wait::Popped)
        batch.push_back(std::move(page));
    return true;
}

// Page fetches: at most options.pages.perHost per host with a pause between, as a browser
// asks for web pages, and two at once on HTTP/1.1 sites too.
FetchOptions pageFetchOptions(const RefreshOptions& options) {
    FetchOptions fetch = options.fetch;
    fetch.maxPerHost = options.pages.perHost;
    fetch.hostPauseMs = options.pages.pauseMs;
    fetch.accept = kPageAccept;
    fetch.waitForMultiplexing = false;
    return fetch;
}

// Stores the extracted pages as they come, batch by batch, and reports each one.
class PageWorker {
  public:
    PageWorker(Database& db, const RefreshOptions& options, std::int64_t now, int total,
               RefreshSummary& summary, RefreshObserver* observer)
        : m_updater(db, options, now), m_total(total), m_summary(summary), m_observer(observer) {}

    void operator()(BoundedQueue<ExtractedPage>& queue) {
        std::vector<ExtractedPage> batch;
        while (nextPageBatch(queue, batch))
            for (const PageFetchResult& result : m_updater.apply(batch))
                report(result);
        m_updater.indexStored();
    }

    int done() const { return m_done; }

  private:
    void report(const PageFetchResult& result) {
        bool stored = result.outcome == PageFetchResult::Outcome::Stored ||
                      result.outcome == PageFetchResult::Outcome::Unchanged;
        ++(stored ? m_summary.pagesStored : m_summary.pagesFailed);
        if (m_observer) m_observer->pageDone(result, ++m_done, m_total);
    }

    PageUpdater m_updater;
    int m_total;
    int m_done = 0;
    RefreshSummary& m_summary;
    RefreshObserver* m_observer;
};

// After the headlines: fetches the waiting pages, extracts them and stores them.
void fetchPages(Database& db, const RefreshOptions& options, std::int64_t now,
                RefreshSummary& summary, RefreshObserver* observer,
                const std::atomic<bool>* cancelled) {
    std::vector<PageJob> jobs;
    try {
        jobs = pagesToFetch(db, options, now);
    } catch (const StoreError&) { // the headlines are stored; the pages wait for the next refresh
        return;
    }
    if (jobs.empty()) return;
    std::vector<FetchRequest> requests;
    for (size_t i = 0; i < jobs.size(); ++i)
        requests.push_back({i, jobs[i].url, jobs[i].etag, jobs[i].lastModified});
    int total = static_cast<int>(jobs.size());
    PageWorker worker(db, options, now, total, summary, observer);
    runFetchPipeline<ExtractedPage>(
        pageFetchOptions(options), requests,
        [&](FetchResult&& r) { return extractPage(jobs.at(r.tag), std::move(r), now); },
        [&](BoundedQueue<ExtractedPage>& queue) { worker(queue); }, cancelled);
    summary.pagesWaiting = total - worker.done();
}

// Mute rules and watch-lists look at what arrived (MuteRules.h, WatchLists.h). Both keep
// their own mark of what they saw, so a refresh that is cancelled, or fails here, leaves the
// articles to the next one; the failure loses no article and is reported with the summary.
// The feeds' bodies and parses are freed by now, but glibc keeps the pages in the arenas of
// the threads that made them, where grouping (on this thread) cannot reuse them: handed back,
// a cold refresh's peak memory is the pipeline's or grouping's, not both (59 against 48 MB
// for 10 000 new articles, bench_refresh).
void releaseFreedMemory() {
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

void applyArrivalRulesNoting(Database& db, std::int64_t now, RefreshSummary& summary) {
    try {
        applyArrivalRules(db, now);
    } catch (const StoreError& error) {
        summary.arrivalError = error.what();
    }
}

// Stores the parsed feeds as they come and reports each one; computes the story features of
// their new articles ahead of grouping on the way.
class FeedWorker {
  public:
    FeedWorker(Database& db, const RefreshOptions& options, std::int64_t now,
               const std::map<std::uint64_t, const Feed*>& byTag, RefreshSummary& summary,
               RefreshObserver* observer, const std::atomic<bool>* cancelled)
        : m_updater(db, options, now), m_byTag(byTag), m_summary(summary), m_observer(observer),
          m_cancelled(cancelled) {}

    void operator()(BoundedQueue<FetchedFeed>& queue) {
        FetchedFeed fetched;
        while (queue.pop(fetched))
            store(fetched);
        // A cancelled refresh leaves the rest to the next search or refresh.
        if (isCancelled(m_cancelled)) return;
        m_updater.saveStoryFeatures(m_features.takeAll());
        m_updater.indexStored(true);
    }

  private:
    void store(FetchedFeed& fetched) {
        FeedRefreshResult result = m_updater.apply(*m_byTag.at(fetched.response.tag), fetched);
        tally(m_summary, result);
        if (m_observer) m_observer->feedDone(result, ++m_done, m_summary.feeds);
        if (fetched.parsed)
            m_features.add(std::move(*fetched.parsed), std::move(result.changes.addedIds));
        m_updater.saveStoryFeatures(m_features.take(kStoryFeaturesBatch));
        m_updater.indexStored(false);
    }

    FeedUpdater m_updater;
    StoryFeaturesAhead m_features;
    const std::map<std::uint64_t, const Feed*>& m_byTag;
    RefreshSummary& m_summary;
    RefreshObserver* m_observer;
    const std::atomic<bool>* m_cancelled;
    int m_done = 0;
};

// Fetches, parses and stores the feeds' headlines.
void refreshFeeds(Database& db, const std::vector<Feed>& feeds, const RefreshOptions& options,
                  std::int64_t now, RefreshSummary& summary, RefreshObserver* observer,
                  const std::atomic<bool>* cancelled) {
    std::map<std::uint64_t, const Feed*> byTag;
    std::vector<FetchRequest> requests;
    for (const Feed& feed : feeds) {
        byTag[static_cast<std::uint64_t>(feed.id)] = &feed;
        requests.push_back(
            {static_cast<std::uint64_t>(feed.id), feed.url, feed.etag, feed.lastModified});
    }
    FeedWorker worker(db, options, now, byTag, summary, observer, cancelled);
    runFetchPipeline<FetchedFeed>(
        feedFetchOptions(options.fetch, requests), requests,
        [&](FetchResult&& r) { return prepare(*byTag.at(r.tag), std::move(r)); },
        [&](BoundedQueue<FetchedFeed>& queue) { worker(queue); }, cancelled);
}

// New articles join their stories (StoryGrouper.h). A failure loses nothing: they keep waiting
// for the next refresh.
void groupStories(Database& db) {
    try {
        groupWaitingStories(db);
    } catch (const StoreError&) {
    }
}

void applyRetention(Database& db, const RefreshOptions& options, std::int64_t now,
                    RefreshSummary& summary) {
    if (options.retentionSeconds <= 0) return;
    try {
        ArticleStore(db).applyRetention(options.retentionSeconds, now);
    } catch (const StoreError& error) { // the refresh is done; the summary must not be lost
        summary.retentionError = error.what();
        summary.retentionErrorKind = error.kind();
        summary.retentionErrorCode = error.resultCode();
    }
}

} // namespace

RefreshSummary Refresher::run(const RefreshOptions& options, RefreshObserver* observer,
                              const std::atomic<bool>* cancelled) {
    std::int64_t now = options.now ? options.now : static_cast<std::int64_t>(std::time(nullptr));
    Database db(m_databasePath);
    db.checkpointInBackground();
    FeedStore feedStore(db);
    std::vector<Feed> feeds = feedsToRefresh(feedStore, options, now);
    RefreshSummary summary;
    summary.feeds = static_cast<int>(feeds.size());
    if (observer) observer->started(summary.feeds);
    if (observer) observer->queued(feeds);
    refreshFeeds(db, feeds, options, now, summary, observer, cancelled);
    releaseFreedMemory();
    if (options.pages.enabled && !isCancelled(cancelled))
        fetchPages(db, options, now, summary, observer, cancelled);
    summary.cancelled = isCancelled(cancelled);
    if (summary.cancelled) return summary;
    applyArrivalRulesNoting(db, now, summary);
    groupStories(db);
    applyRetention(db, options, now, summary);
    // Icons last: the headlines are stored by then, and a slow icon server delays nothing.
    if (options.fetchIcons) fetchFeedIcons(db, feeds, options.fetch, now, {}, cancelled);
    return summary;
}

} // namespace heraut
