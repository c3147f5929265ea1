// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string_view>

struct sqlite3;

namespace heraut {

// What an article said, as the store keeps it, reduced to a number: a refetched article whose
// number is unchanged needs no update, and nothing stored has to be read back to know.
// Categories and enclosures come in their stored form (lines, JSON); absent dates as 0.
struct StoredArticleText {
    std::string_view title, link, author, summary, content, categories, enclosures;
    std::int64_t published = 0, updated = 0;
};
std::int64_t articleFingerprint(const StoredArticleText& article);

// Adds it to a connection as heraut_fingerprint(title, link, author, summary, content,
// published, updated, categories, enclosures), so a migration can compute it for stored rows.
bool registerArticleFingerprint(sqlite3* db);

} // namespace heraut
