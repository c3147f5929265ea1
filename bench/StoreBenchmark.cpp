// SPDX-License-Identifier: GPL-3.0-or-later
// The cache on a real file: ingest rate, search and mark-all-read over 100 000 articles.
#include "WordPressCorpus.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedParser.h"
#include "heraut/FeedStore.h"

#include <benchmark/benchmark.h>
#include <filesystem>

namespace {

using namespace heraut;

constexpr std::int64_t kNow = 1769100000;

std::string tempPath(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / "heraut-bench-store";
    std::filesystem::create_directories(dir);
    std::filesystem::remove(dir / name);
    std::filesystem::remove(dir / (name + "-wal"));
    std::filesystem::remove(dir / (name + "-shm"));
    return (dir / name).string();
}

// 200 parsed feeds of 50 articles: what one cold refresh stores.
const std::vector<ParsedFeed>& parsedCorpus() {
    static const std::vector<ParsedFeed> feeds = [] {
        std::vector<ParsedFeed> out;
        for (int i = 0; i < 200; ++i)
            out.push_back(parseFeed(
                test::makeWordPressFeed(i, 50, "https://bron" + std::to_string(i) + ".nl"),
                {"https://bron" + std::to_string(i) + ".nl/feed/", ""}));
        return out;
    }();
    return feeds;
}

// The corpus as round `round` of a long-running cache sees it: fresh ids, older dates.
std::vector<std::vector<Article>> corpusRound(int round) {
    std::vector<std::vector<Article>> feeds;
    for (const ParsedFeed& feed : parsedCorpus()) {
        feeds.push_back(feed.articles);
        for (Article& a : feeds.back()) {
            a.id.append("#").append(std::to_string(round));
            a.published = *a.published - round * 86400;
        }
    }
    return feeds;
}

std::vector<std::int64_t> addFeeds(Database& db) {
    FeedStore feeds(db);
    std::vector<std::int64_t> ids;
    const auto& corpus = parsedCorpus();
    for (size_t i = 0; i < corpus.size(); ++i)
        ids.push_back(feeds.addFeed("https://bron" + std::to_string(i) + ".nl/feed/",
                                    corpus[i].title, "Map " + std::to_string(i % 5), kNow));
    return ids;
}

// Stores every feed in its own transaction, as a refresh does; with `indexEvery`, adds the
// stored articles to the search index each time that many wait, and at the end.
void store(Database& db, const std::vector<std::int64_t>& feedIds,
           const std::vector<std::vector<Article>>& feeds, int indexEvery) {
    ArticleStore articles(db);
    int waiting = 0;
    for (size_t i = 0; i < feeds.size(); ++i) {
        Transaction t(db);
        ArticleChanges changes = articles.storeArticles(feedIds[i], feeds[i], kNow);
        t.commit();
        waiting += changes.added;
        if (indexEvery > 0 && waiting >= indexEvery) {
            articles.indexBacklog();
            waiting = 0;
        }
    }
    if (indexEvery > 0) articles.indexBacklog();
}

// Wall-clock rate of one cold refresh's articles into a new cache: stored and readable
// (indexEvery 0), or stored and searchable, indexed in the refresh's batches of 2 000.
void BM_Ingest10000Articles(benchmark::State& state) {
    const auto feeds = corpusRound(0);
    for (auto _ : state) {
        state.PauseTiming();
        auto db = std::make_unique<Database>(tempPath("ingest.sqlite"));
        auto feedIds = addFeeds(*db);
        db->checkpointInBackground(); // as a refresh's connection does
        state.ResumeTiming();
        store(*db, feedIds, feeds, static_cast<int>(state.range(0)));
    }
    state.counters["articles_per_s"] = benchmark::Counter(
        10000.0 * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Ingest10000Articles)
    ->ArgName("index_every")
    ->Arg(0)
    ->Arg(2000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(5);

Database& bigDatabase() {
    static std::unique_ptr<Database> db = [] {
        auto d = std::make_unique<Database>(tempPath("big.sqlite"));
        auto feedIds = addFeeds(*d);
        for (int round = 0; round < 10; ++round) // 100 000 articles
            store(*d, feedIds, corpusRound(round), 2000);
        return d;
    }();
    return *db;
}

void BM_Search100k(benchmark::State& state, const char* query) {
    ArticleStore store(bigDatabase());
    size_t hits = 0;
    for (auto _ : state)
        hits = store.search(query, 100).size();
    state.counters["hits"] = static_cast<double>(hits);
}
BENCHMARK_CAPTURE(BM_Search100k, common_word, "oekraine")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search100k, two_words, "russische bommenwerper")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search100k, phrase, "\"cruciale rol\"")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search100k, prefix_unread, "drone* is:unread")->Unit(benchmark::kMillisecond);
// The filter is applied to every match, not to the newest 1000: the first feed's matches are
// all older than the newest 1000 matches of the word, so the index is walked past them.
BENCHMARK_CAPTURE(BM_Search100k, word_feed_old_matches, "oekraine feed:1")
    ->Unit(benchmark::kMillisecond);

void BM_MarkAllRead100k(benchmark::State& state) {
    ArticleStore store(bigDatabase());
    size_t marked = 0;
    for (auto _ : state) {
        state.PauseTiming();
        bigDatabase().execute("UPDATE article_status SET read = 0, read_time = NULL");
        state.ResumeTiming();
        marked = store.markAllRead({}, kNow).size();
    }
    state.counters["marked"] = static_cast<double>(marked);
}
BENCHMARK(BM_MarkAllRead100k)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_UnreadCounts100k(benchmark::State& state) {
    ArticleStore store(bigDatabase());
    bigDatabase().execute("UPDATE article_status SET read = 0");
    for (auto _ : state)
        benchmark::DoNotOptimize(store.unreadCounts());
}
BENCHMARK(BM_UnreadCounts100k)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
