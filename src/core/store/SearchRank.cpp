// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchRank.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <sqlite3.h>
#include <vector>

namespace heraut {
namespace {

// The constants of FTS5's own bm25.
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// What a query needs once, before its first row: average row length and each phrase's weight.
struct QueryStatistics {
    double averageLength = 1.0;
    std::vector<double> idf;
};

int countRow(const Fts5ExtensionApi*, Fts5Context*, void* hits) {
    ++*static_cast<sqlite3_int64*>(hits);
    return SQLITE_OK;
}

// The column of a phrase's first hit; stops the walk there.
int firstColumn(const Fts5ExtensionApi* api, Fts5Context* fts, void* column) {
    int phrase = 0, offset = 0;
    if (api->xInst(fts, 0, &phrase, static_cast<int*>(column), &offset) != SQLITE_OK)
        *static_cast<int*>(column) = -1;
    return SQLITE_DONE;
}

// Which phrases can add to a score: not those found in a column weighed 0, such as the feed a
// search is narrowed to (Schema.cpp), which a query joins to the words it was typed with.
int weighPhrases(const Fts5ExtensionApi* api, Fts5Context* fts, const std::vector<double>& weights,
                 std::vector<bool>& weighed) {
    for (size_t i = 0; i < weighed.size(); ++i) {
        int column = -1;
        int rc = api->xQueryPhrase(fts, static_cast<int>(i), &column, firstColumn);
        if (rc != SQLITE_OK) return rc;
        weighed[i] = column < 0 || static_cast<size_t>(column) >= weights.size() ||
                     weights[static_cast<size_t>(column)] != 0.0;
    }
    return SQLITE_OK;
}

int measureQuery(const Fts5ExtensionApi* api, Fts5Context* fts, const std::vector<double>& weights,
                 QueryStatistics& stats) {
    sqlite3_int64 rows = 0, tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rc != SQLITE_OK) return rc;
    stats.averageLength = rows > 0 && tokens > 0 ? double(tokens) / double(rows) : 1.0;
    int phrases = api->xPhraseCount(fts);
    stats.idf.assign(static_cast<size_t>(phrases), 1.0);
    std::vector<bool> weighed(static_cast<size_t>(phrases), true);
    if (phrases > 1) rc = weighPhrases(api, fts, weights, weighed);
    if (rc != SQLITE_OK) return rc;
    // One phrase that weighs: a common factor of every score, so skip the walk.
    if (std::count(weighed.begin(), weighed.end(), true) <= 1) return SQLITE_OK;
    for (int i = 0; i < phrases; ++i) {
        if (!weighed[static_cast<size_t>(i)]) continue;
        sqlite3_int64 hits = 0;
        rc = api->xQueryPhrase(fts, i, &hits, countRow);
        if (rc != SQLITE_OK) return rc;
        double idf = std::log((double(rows - hits) + 0.5) / (double(hits) + 0.5));
        stats.idf[static_cast<size_t>(i)] = idf <= 0.0 ? 1e-6 : idf;
    }
    return SQLITE_OK;
}

void rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int weightCount,
          sqlite3_value** weight) {
    auto* stats = static_cast<QueryStatistics*>(api->xGetAuxdata(fts, 0));
    if (!stats) {
        std::vector<double> weights;
        for (int i = 0; i < weightCount; ++i)
            weights.push_back(sqlite3_value_double(weight[i]));
        auto fresh = std::make_unique<QueryStatistics>();
        int rc = measureQuery(api, fts, weights, *fresh);
        if (rc != SQLITE_OK) return sqlite3_result_error_code(context, rc);
        stats = fresh.get();
        rc = api->xSetAuxdata(fts, fresh.release(), [](void* owned) {
            std::unique_ptr<QueryStatistics>(static_cast<QueryStatistics*>(owned));
        });
        if (rc != SQLITE_OK) return sqlite3_result_error_code(context, rc);
    }
    std::vector<double> frequency(stats->idf.size(), 0.0);
    int hits = 0;
    int rc = api->xInstCount(fts, &hits);
    for (int i = 0; rc == SQLITE_OK && i < hits; ++i) {
        int phrase = 0, column = 0, offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK)
            frequency[static_cast<size_t>(phrase)] +=
                column < weightCount ? sqlite3_value_double(weight[column]) : 1.0;
    }
    int length = 0;
    if (rc == SQLITE_OK) rc = api->xColumnSize(fts, -1, &length);
    if (rc != SQLITE_OK) return sqlite3_result_error_code(context, rc);
    double score = 0.0;
    for (size_t i = 0; i < frequency.size(); ++i)
        score += stats->idf[i] * (frequency[i] * (kK1 + 1.0)) /
                 (frequency[i] + kK1 * (1.0 - kB + kB * length / stats->averageLength));
    sqlite3_result_double(context, -score); // lower sorts first, as with bm25
}

} // namespace

fts5_api* fts5Api(sqlite3* db) {
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

bool registerSearchRank(sqlite3* db) {
    fts5_api* api = fts5Api(db);
    return api && api->iVersion >= 2 &&
           api->xCreateFunction(api, "heraut_rank", nullptr, rank, nullptr) == SQLITE_OK;
}

} // namespace heraut
