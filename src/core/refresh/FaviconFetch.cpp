// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/FeedIcons.h"

namespace heraut {
namespace {

int storeResults(FeedIconStore& store, const std::vector<FeedIconCheck>& checks,
                 const std::vector<FetchResult>& results, std::int64_t now) {
    int stored = 0;
    for (const FetchResult& r : results) {
        const FeedIconCheck& check = checks[r.tag];
        if (r.notModified()) {
            store.storeFetched(check, {}, r.etag ? r.etag : check.etag,
                               r.lastModified ? r.lastModified : check.lastModified, now);
        } else if (r.ok() && looksLikeImage(r.body)) {
            store.storeFetched(check, r.body, r.etag, r.lastModified, now);
            ++stored;
        } else {
            store.markChecked(check.feedId, now);
        }
    }
    return stored;
}

} // namespace

bool looksLikeImage(std::string_view b) {
    auto starts = [&](std::string_view magic) { return b.starts_with(magic); };
    if (starts("\x89PNG") || starts("GIF8") || starts("\xFF\xD8\xFF")) return true;
    if (starts(std::string_view("\0\0\1\0", 4))) return true; // ICO
    if (starts("RIFF") && b.size() >= 12 && b.substr(8, 4) == "WEBP") return true;
    // SVG: a document whose root is <svg>; an HTML error page that draws one is not an icon.
    std::string_view head = b.substr(0, 512);
    return head.find("<svg") != std::string_view::npos &&
           head.find("<html") == std::string_view::npos &&
           head.find("<HTML") == std::string_view::npos;
}

int fetchFeedIcons(Database& db, const std::vector<Feed>& feeds, const FetchOptions& fetch,
                   std::int64_t now, const FeedIconOptions& options,
                   const std::atomic<bool>* cancelled) {
    try {
        std::vector<std::int64_t> feedIds;
        for (const Feed& feed : feeds)
            feedIds.push_back(feed.id);
        FeedIconStore store(db);
        std::vector<FeedIconCheck> checks = store.due(feedIds, now, options.maxAgeSeconds);
        if (checks.empty()) return 0;
        std::vector<FetchRequest> requests;
        requests.reserve(checks.size());
        for (size_t i = 0; i < checks.size(); ++i)
            requests.push_back({i, checks[i].url, checks[i].etag, checks[i].lastModified});
        FetchOptions limits = fetch;
        limits.maxBodyBytes = options.maxBytes;
        std::vector<FetchResult> results;
        Fetcher(limits).fetchAll(
            requests, [&](FetchResult&& r) { results.push_back(std::move(r)); }, cancelled);
        Transaction transaction(db);
        int stored = storeResults(store, checks, results, now);
        transaction.commit();
        return stored;
    } catch (const StoreError&) { // a busy or full cache: the icons wait for the next refresh
        return 0;
    }
}

} // namespace heraut
