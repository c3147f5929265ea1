// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/ArticlePages.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace heraut {

// A page response with its extraction done (on any thread), waiting to be stored.
struct ExtractedPage {
    PageJob job;
    PageFetchResult::Outcome outcome = PageFetchResult::Outcome::Failed;
    std::optional<FullArticle> article; // for Stored
    std::optional<std::string> etag;
    std::optional<std::string> lastModified;
    std::string bodyHash;
    std::string error;
    Failure failure; // of a Failed page
};

// Reads the article out of the response: CPU only, no database.
ExtractedPage extractPage(const PageJob& job, FetchResult&& response, std::int64_t now);

// Writes what extractPage found, in a transaction of its own. Throws StoreError.
PageFetchResult storeExtractedPage(Database& db, const ExtractedPage& page, std::int64_t now,
                                   const PageFetchOptions& options);

// Writes many extracted pages in one transaction, each under a savepoint of its own: a page
// the store refuses is reported Failed ("not stored") and leaves the others. A commit per page
// wrote the same few database pages to the WAL again for every article. Results in the order
// of `pages`, valid once this returns. Throws StoreError when the transaction cannot begin or
// commit (then nothing of the batch is stored).
std::vector<PageFetchResult> storeExtractedPages(Database& db, std::span<const ExtractedPage> pages,
                                                 std::int64_t now, const PageFetchOptions& options);

// The result of a page the store could not take: it waits for the next refresh.
PageFetchResult notStored(const ExtractedPage& page, const std::string& why);

// The Accept header of page fetches: web pages, not feeds.
inline constexpr const char* kPageAccept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

} // namespace heraut
