// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Database.h"
#include "heraut/Feed.h"
#include "heraut/Fetcher.h"

#include <atomic>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace heraut {

// A feed's site icon as the cache holds it: the image bytes as the server sent them (ICO,
// PNG, GIF, JPEG, WebP or SVG; the GUI decodes them), and where they came from.
struct FeedIcon {
    std::int64_t feedId = 0;
    std::string url;
    std::string image;
};

// What a refresh must fetch for one feed's icon, with the validators of the last answer.
struct FeedIconCheck {
    std::int64_t feedId = 0;
    std::string url;
    std::optional<std::string> etag;
    std::optional<std::string> lastModified;
};

// Site icons in the database: the only code with feed_icons SQL.
class FeedIconStore {
  public:
    explicit FeedIconStore(Database& db) : m_db(db) {}

    // The image the feed itself names (RSS <image>, Atom <icon>/<logo>, JSON Feed favicon);
    // a change makes the icon due again. nullopt: the feed names none.
    void noteSource(std::int64_t feedId, const std::optional<std::string>& source);
    // Those of `feedIds` (enabled) whose icon was not checked in the last `maxAgeSeconds`: the
    // feed's own image, else /favicon.ico of its site (else of the feed's host).
    std::vector<FeedIconCheck> due(const std::vector<std::int64_t>& feedIds, std::int64_t now,
                                   std::int64_t maxAgeSeconds);
    // An answer: `image` empty keeps the stored image (304), validators are replaced.
    void storeFetched(const FeedIconCheck& check, const std::string& image,
                      const std::optional<std::string>& etag,
                      const std::optional<std::string>& lastModified, std::int64_t now);
    // A failed fetch or no image: tried again after the next maxAgeSeconds, the old one kept.
    void markChecked(std::int64_t feedId, std::int64_t now);
    std::vector<FeedIcon> icons();

  private:
    Database& m_db;
};

struct FeedIconOptions {
    std::int64_t maxAgeSeconds = 7 * 86400; // icons change rarely: once a week is plenty
    std::size_t maxBytes = 100u << 10;      // a favicon larger than this is not an icon
};

// Fetches the icons of `feeds` (those a refresh just fetched) that are due
// (FeedIconStore::due) with conditional GET, on a fetcher of
// its own with `fetch`'s limits but the icon size cap, and keeps those that are images (by
// their first bytes, not the declared type: servers send favicon.ico as text/plain, or an
// HTML error page with 200). Writes once, after the network: no write lock is held while it
// waits. Returns how many icons it stored anew. Failures only wait for the next check; they
// never fail a refresh.
int fetchFeedIcons(Database& db, const std::vector<Feed>& feeds, const FetchOptions& fetch,
                   std::int64_t now, const FeedIconOptions& options = {},
                   const std::atomic<bool>* cancelled = nullptr);

// True when the bytes start like an image format a feed list can show.
bool looksLikeImage(std::string_view bytes);

} // namespace heraut
