// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/FeedIcons.h"

#include "heraut/UrlResolver.h"

#include <unordered_set>

namespace heraut {

void FeedIconStore::noteSource(std::int64_t feedId, const std::optional<std::string>& source) {
    // A new source is due at once; the same one keeps its pace.
    m_db.prepare("INSERT INTO feed_icons(feed_id, source) VALUES (?1, ?2) "
                 "ON CONFLICT(feed_id) DO UPDATE SET source = ?2, checked_at = 0 "
                 "WHERE source IS NOT ?2")
        .bind(1, feedId)
        .bind(2, source)
        .run();
}

std::vector<FeedIconCheck> FeedIconStore::due(const std::vector<std::int64_t>& feedIds,
                                              std::int64_t now, std::int64_t maxAgeSeconds) {
    std::unordered_set<std::int64_t> wanted(feedIds.begin(), feedIds.end());
    Statement q =
        m_db.prepare("SELECT f.id, f.url, f.site_link, i.source, i.url, i.etag, i.last_modified "
                     "FROM feeds f LEFT JOIN feed_icons i ON i.feed_id = f.id "
                     "WHERE f.disabled = 0 AND coalesce(i.checked_at, 0) <= ?");
    q.bind(1, now - maxAgeSeconds);
    std::vector<FeedIconCheck> checks;
    while (q.step()) {
        if (!wanted.contains(q.integer(0))) continue;
        FeedIconCheck check{q.integer(0), q.text(3), {}, {}};
        // Without an image of the feed's own, the site's favicon: the site's address when the
        // feed gives one, else the feed's own host (feeds often live on the site they are of).
        if (check.url.empty())
            check.url = resolveUrl(q.optionalText(2).value_or(q.text(1)), "/favicon.ico");
        if (urlScheme(check.url) != "http" && urlScheme(check.url) != "https") continue;
        // Validators belong to the URL they were given for.
        if (q.text(4) == check.url) {
            check.etag = q.optionalText(5);
            check.lastModified = q.optionalText(6);
        }
        checks.push_back(std::move(check));
    }
    return checks;
}

void FeedIconStore::storeFetched(const FeedIconCheck& check, const std::string& image,
                                 const std::optional<std::string>& etag,
                                 const std::optional<std::string>& lastModified, std::int64_t now) {
    Statement update =
        m_db.prepare("INSERT INTO feed_icons(feed_id, url, image, etag, last_modified, checked_at) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(feed_id) DO UPDATE SET url = ?2, "
                     "image = coalesce(?3, image), etag = ?4, last_modified = ?5, checked_at = ?6");
    update.bind(1, check.feedId).bind(2, check.url);
    if (image.empty())
        update.bindNull(3);
    else
        update.bindBlob(3, image);
    update.bind(4, etag).bind(5, lastModified).bind(6, now).run();
}

void FeedIconStore::markChecked(std::int64_t feedId, std::int64_t now) {
    m_db.prepare("INSERT INTO feed_icons(feed_id, checked_at) VALUES (?1, ?2) "
                 "ON CONFLICT(feed_id) DO UPDATE SET checked_at = ?2")
        .bind(1, feedId)
        .bind(2, now)
        .run();
}

std::vector<FeedIcon> FeedIconStore::icons() {
    Statement q = m_db.prepare(
        "SELECT feed_id, url, image FROM feed_icons WHERE image IS NOT NULL AND length(image) > 0");
    std::vector<FeedIcon> icons;
    while (q.step())
        icons.push_back({q.integer(0), q.text(1), q.text(2)});
    return icons;
}

} // namespace heraut
