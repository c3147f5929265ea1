// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/ArticlePages.h"
#include "heraut/ArticleStore.h"
#include "heraut/Feed.h"
#include "heraut/Fetcher.h"

#include <atomic>
#include <string>
#include <vector>

namespace heraut {

struct FeedRefreshResult {
    enum class Outcome { Updated, NotModified, Failed };
    std::int64_t feedId = 0;
    std::string url;
    std::string title;
    Outcome outcome = Outcome::Failed;
    ArticleChanges changes; // what was stored
    // Articles fetched, new or changed, that the database refused (full, read-only, locked
    // past the busy timeout). Not stored, and not counted in `changes`: the feed's validators
    // were not stored either, so the next refresh fetches them again.
    int notStored = 0;
    std::string error; // for Failed: what went wrong, naming the cause (English)
    Failure failure;   // for Failed: its kind, for words in the reader's language
};

struct RefreshSummary {
    int feeds = 0;
    int ok = 0;          // fetched and stored
    int notModified = 0; // 304, or a body identical to the last one
    int failed = 0;
    int newArticles = 0;
    int updatedArticles = 0;
    int notStoredArticles = 0; // sum of FeedRefreshResult::notStored
    int pagesStored = 0;       // article pages read and stored (full articles)
    int pagesFailed = 0;       // failed now, retried by later refreshes; the excerpt stays
    int pagesWaiting = 0;      // not reached (cancelled): fetched by the next refresh
    bool cancelled = false;
    std::string retentionError; // retention could not run, why; what was stored stays stored
    StoreError::Kind retentionErrorKind = StoreError::Kind::Other;
    int retentionErrorCode = 0; // StoreError::resultCode(), for the reader's words
    // Mute rules or watch-lists could not look at what arrived, why; the next refresh does.
    std::string arrivalError;
};

// Progress of a refresh. Called on the refresh's own worker thread: a GUI must hand the
// calls over to its event loop (queued signals), never touch widgets from here.
class RefreshObserver {
  public:
    virtual ~RefreshObserver() = default;
    virtual void started(int /*totalFeeds*/) {}
    // The feeds this refresh fetches, right after started(): what a reader sees waiting.
    virtual void queued(const std::vector<Feed>& /*feeds*/) {}
    virtual void feedDone(const FeedRefreshResult& /*result*/, int /*done*/, int /*total*/) {}
    // An article page stored (or failed), after every feedDone: full texts follow headlines.
    virtual void pageDone(const PageFetchResult& /*result*/, int /*done*/, int /*total*/) {}
};

struct RefreshOptions {
    bool force = false;                // every enabled feed, due or not
    std::vector<std::int64_t> feedIds; // only these (due or not, even if disabled)
    std::int64_t now = 0;              // 0: the system clock
    FetchOptions fetch;
    std::int64_t maxBackoffSeconds = 24 * 3600;
    std::int64_t retentionSeconds = 180 * 86400; // 0: keep everything
    PageFetchOptions pages;                      // full articles of excerpt-only feeds
    bool fetchIcons = false; // site icons (FeedIcons.h), after the feeds; off: nothing fetched
};

// The one place where fetch, parse and store meet: picks the feeds that are due, fetches
// them all at once, parses each response as it arrives and stores it in one transaction per
// feed. One failing feed never stops the others.
class Refresher {
  public:
    explicit Refresher(std::string databasePath) : m_databasePath(std::move(databasePath)) {}

    RefreshSummary run(const RefreshOptions& options, RefreshObserver* observer = nullptr,
                       const std::atomic<bool>* cancelled = nullptr);

  private:
    std::string m_databasePath;
};

} // namespace heraut
