// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;
struct fts5_api;

namespace heraut {

// Adds the FTS5 ranking function heraut_rank(table, weight...) to a connection: bm25 as FTS5
// computes it, except that a query of a single phrase skips the inverse document frequency.
// That factor is the same for every row of such a query, so the order does not change, but
// FTS5 finds it by walking every match in the cache: 15 of the 20 ms a phrase search took
// over 100 000 articles. Queries of several phrases keep it, as it weighs rare words up. A
// phrase found in a column weighed 0 (the feed column a search is narrowed by) adds nothing to
// a score and does not count as a phrase here.
// Returns false when the SQLite build has no FTS5.
bool registerSearchRank(sqlite3* db);

// The FTS5 extension interface of a connection; null when the SQLite build has no FTS5.
fts5_api* fts5Api(sqlite3* db);

} // namespace heraut
