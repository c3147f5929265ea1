// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Article.h"
#include "heraut/Database.h"
#include "heraut/Fetcher.h"
#include "heraut/FullArticleStore.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace heraut {

// How a refresh fetches article pages (issue 10): politely, after the headlines.
struct PageFetchOptions {
    bool enabled = true;
    int firstRefreshPages = 20; // a feed's first refresh fetches the pages of its newest this many
    int perHost = 2;            // page fetches to one host at once
    long pauseMs = 250;         // between one page fetch to a host and the next on that slot
    std::int64_t retrySeconds = 1800;         // after a failure; doubles with each one ...
    std::int64_t maxRetrySeconds = 7 * 86400; // ... up to this
};

struct PageFetchResult {
    enum class Outcome { Stored, Unchanged, Failed, NoArticle };
    std::int64_t articleId = 0;
    std::int64_t feedId = 0;
    Outcome outcome = Outcome::Failed;
    std::string error;    // for Failed and NoArticle: what went wrong, naming the page
    Failure failure = {}; // for Failed: `error` as a kind, for words in another language
};

// Whether a feed's items carry only excerpts, so that `auto` fetches their pages: most items
// have no full content (no content:encoded or Atom content) and their text ends in "[…]",
// "…", "Lees meer", "Read more", or is shorter than an article's page would be. A feed
// without items is not.
bool isExcerptOnly(const std::vector<Article>& articles);

// Fetches one article's page now, extracts the article and stores it; for a reader's "fetch
// full article" and `heraut-cli fetch-article`. Blocks for the fetch (run it on a worker thread
// with its own Database); the page is the only request. Throws StoreError when there is no such
// article or the database refuses the write; every other failure is in the result, and the
// page is retried by later refreshes.
PageFetchResult fetchArticlePage(Database& db, Fetcher& fetcher, std::int64_t articleId,
                                 std::int64_t now, const PageFetchOptions& options = {});

} // namespace heraut
