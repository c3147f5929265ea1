// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// By path, so that the suites making old caches need no extra include folder.
#include "../src/core/store/Schema.h"
#include "heraut/ArticleStore.h"
#include "heraut/Database.h"
#include "heraut/FeedStore.h"
#include "heraut/SchemaUpgrade.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace heraut::test {

// The schema version before the last migration that rebuilds the search index, the long one
// (half a minute on 100 000 articles), found by what it does so appended migrations do not
// move it; one more step before it, so that an upgrade from here has several.
inline int versionBeforeIndexRebuild() {
    for (size_t i = schema::kMigrations.size(); i-- > 1;)
        if (schema::kMigrations[i].find("VALUES ('rebuild')") != std::string_view::npos)
            return static_cast<int>(i) - 1;
    ADD_FAILURE() << "no migration rebuilds the search index";
    return Database::kSchemaVersion - 1;
}

// Makes `path` a cache left at schema `version` by an older Heraut: one feed, "Defensie", with
// `count` articles "Fregat 0", "Fregat 1", ... whose text is long enough to index.
inline void makeOldCache(const std::string& path, int version, int count) {
    constexpr std::int64_t kNow = 1769100000;
    Database db(path, version);
    std::int64_t feed =
        FeedStore(db).addFeed("https://defensie.nl/feed", "Defensie", std::nullopt, kNow);
    std::vector<Article> articles(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        Article& a = articles[static_cast<size_t>(i)];
        a.id = "fregat-" + std::to_string(i);
        a.title = "Fregat " + std::to_string(i);
        a.content = "<p>De Zr.Ms. Tromp vaart uit naar de Oostzee voor oefening " +
                    std::to_string(i) + ", met luchtverdediging aan boord.</p>";
        a.published = kNow - i * 60;
    }
    ArticleStore store(db);
    Transaction t(db);
    store.storeArticles(feed, articles, kNow);
    t.commit();
    store.indexBacklog();
}

} // namespace heraut::test
