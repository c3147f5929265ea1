// SPDX-License-Identifier: GPL-3.0-or-later
// Watch-lists over a 100 000-article cache: what a refresh adds to bring twenty lists' matches
// and counts up to date (issue 13: <= 50 ms for all), and a list's first page.
#include "WordPressCorpus.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedParser.h"
#include "heraut/FeedStore.h"
#include "heraut/WatchLists.h"

#include <benchmark/benchmark.h>
#include <filesystem>

namespace heraut {
namespace {

constexpr std::int64_t kNow = 1769100000;

// Twenty lists as a defence desk writes them: single words, alternatives, prefixes, a phrase,
// exclusions and filters, from words of the corpus (the seed's Dutch headlines), common and
// rare.
constexpr const char* kLists[20] = {
    "oekraïne",
    "patriot OR nasams OR luchtverdediging",
    "f-35 OR lightning",
    "marine OR korvet OR fregat*",
    "russische OR rusland",
    "noorwegen OR denemarken OR zweedse",
    "pentagon OR amerikaanse",
    "drone*",
    "\"cruciale rol\"",
    "pantservoertuig* -oekraïne",
    "oostzee OR kanaal",
    "bommenwerper*",
    "afghanistan",
    "italië OR frankrijk",
    "export contract",
    "afschrikking OR bondgenoten",
    "militaire is:unread",
    "levering folder:\"Map 1\"",
    "raketten since:30d",
    "belgië OR belgische",
};

std::string tempPath(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / "heraut-bench-desk";
    std::filesystem::create_directories(dir);
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(dir / (name + suffix));
    return (dir / name).string();
}

// 200 feeds of 50 articles, as StoreBenchmark's corpus: round `round` gets fresh ids and dates
// a day older per round.
std::vector<std::vector<Article>> corpusRound(int round) {
    static const std::vector<ParsedFeed> feeds = [] {
        std::vector<ParsedFeed> out;
        for (int i = 0; i < 200; ++i)
            out.push_back(parseFeed(
                test::makeWordPressFeed(i, 50, "https://bron" + std::to_string(i) + ".nl"),
                {"https://bron" + std::to_string(i) + ".nl/feed/", ""}));
        return out;
    }();
    std::vector<std::vector<Article>> out;
    for (const ParsedFeed& feed : feeds) {
        out.push_back(feed.articles);
        for (Article& a : out.back()) {
            a.id.append("#").append(std::to_string(round));
            a.published = *a.published - round * 86400;
        }
    }
    return out;
}

void storeFeeds(Database& db, const std::vector<std::vector<Article>>& feeds, size_t count) {
    ArticleStore articles(db);
    for (size_t i = 0; i < count && i < feeds.size(); ++i) {
        Transaction t(db);
        articles.storeArticles(static_cast<std::int64_t>(i + 1), feeds[i], kNow);
        t.commit();
    }
    articles.indexBacklog(); // as the refresh does before it ends
}

Database& watchedDatabase() {
    static std::unique_ptr<Database> db = [] {
        auto d = std::make_unique<Database>(tempPath("watched.sqlite"));
        d->checkpointInBackground(); // as the refresh's connection, which updates the matches
        FeedStore feeds(*d);
        for (int i = 0; i < 200; ++i)
            feeds.addFeed("https://bron" + std::to_string(i) + ".nl/feed/",
                          "Bron " + std::to_string(i), "Map " + std::to_string(i % 5), kNow);
        for (int round = 1; round <= 10; ++round) // 100 000 articles
            storeFeeds(*d, corpusRound(round), 200);
        WatchListStore watch(*d);
        for (const WatchList& list : watch.lists())
            watch.remove(list.name);
        for (int i = 0; i < 20; ++i)
            watch.add("Lijst " + std::to_string(i), kLists[i], false, kNow);
        return d;
    }();
    return *db;
}

// After a refresh that stored `range(0)` new articles (and changed none): their matches for
// all twenty lists, then every list's unread and total count, as the reader's tree shows them.
// With `read_before` 1 the cache was read up to the refresh (a reader's usual state); with 0
// all 100 000 articles are unread, the worst case for counting. With `newest` 0 the new
// articles are dated before every cached one (the harsh case: their matches land on pages
// scattered over each list's dates, most of them out of SQLite's page cache); with 1 after
// them, as a refresh's new articles are: their matches go at the end of each list's dates.
void BM_WatchListsAfterRefresh(benchmark::State& state) {
    Database& db = watchedDatabase();
    WatchListStore watch(db);
    static int older = 100; // fresh ids in every run, or nothing would be new
    static int newer = -1;
    std::int64_t matches = 0, total = 0;
    for (auto _ : state) {
        state.PauseTiming();
        if (state.range(1)) ArticleStore(db).markAllRead({}, kNow);
        auto feeds = corpusRound(state.range(2) ? newer-- : older++);
        if (state.range(2)) // the corpus's dates spread over four weeks, among the cache's
            for (auto& feed : feeds)
                for (Article& a : feed)
                    a.published = kNow;
        storeFeeds(db, feeds, static_cast<size_t>(state.range(0) / 50));
        state.ResumeTiming();
        matches = watch.updateMatches(kNow);
        total = 0;
        for (const auto& [id, count] : watch.counts(kNow))
            total += count.total;
    }
    state.counters["new_matches"] = static_cast<double>(matches);
    state.counters["matches_counted"] = static_cast<double>(total);
}
BENCHMARK(BM_WatchListsAfterRefresh)
    ->ArgNames({"new_articles", "read_before", "newest"})
    ->Args({1000, 1, 0})
    ->Args({1000, 1, 1})
    ->Args({1000, 0, 0})
    ->Args({10000, 1, 0})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);

// The counts alone, as the tree refreshes them after the reader marks articles read.
void BM_WatchListCounts(benchmark::State& state) {
    WatchListStore watch(watchedDatabase());
    for (auto _ : state)
        benchmark::DoNotOptimize(watch.counts(kNow));
}
BENCHMARK(BM_WatchListCounts)->Unit(benchmark::kMillisecond);

// A watch-list's first page in the reader's list.
void BM_WatchListFirstPage(benchmark::State& state) {
    Database& db = watchedDatabase();
    WatchListStore watch(db);
    ArticleStore articles(db);
    ArticleQuery query = watch.articleQuery(watch.lists()[state.range(0)], kNow);
    size_t rows = 0;
    for (auto _ : state)
        rows = articles.list(query).size();
    state.counters["rows"] = static_cast<double>(rows);
}
BENCHMARK(BM_WatchListFirstPage)->ArgName("list")->Arg(0)->Arg(12)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace heraut

BENCHMARK_MAIN();
