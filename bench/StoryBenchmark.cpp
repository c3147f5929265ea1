// SPDX-License-Identifier: GPL-3.0-or-later
// Story grouping on top of a refresh: 10 000 new articles grouped into a cache of 100 000.
// Prints the median of five runs, each on a fresh copy of the same cache file.
#include "WordPressCorpus.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedParser.h"
#include "heraut/FeedStore.h"
#include "heraut/StoryGrouper.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <sys/resource.h>

namespace {

using namespace heraut;
namespace fs = std::filesystem;

constexpr std::int64_t kNow = 1769100000;

// 200 feeds of 50 articles from the seed's Dutch text, as in bench_store: every article
// resembles many others, more than real news does, which makes grouping's candidate lists long.
std::vector<ParsedFeed> corpus() {
    std::vector<ParsedFeed> out;
    for (int i = 0; i < 200; ++i)
        out.push_back(
            parseFeed(test::makeWordPressFeed(i, 50, "https://bron" + std::to_string(i) + ".nl"),
                      {"https://bron" + std::to_string(i) + ".nl/feed/", ""}));
    return out;
}

// Round `round` of the corpus: fresh ids, dates `round` half-days older (so 100 000 articles
// span five days and the window of 72 h around the new ones holds most of the cache).
void storeRound(Database& db, const std::vector<ParsedFeed>& feeds,
                const std::vector<std::int64_t>& ids, int round) {
    ArticleStore store(db);
    Transaction transaction(db);
    for (size_t f = 0; f < feeds.size(); ++f) {
        std::vector<Article> articles = feeds[f].articles;
        for (Article& a : articles) {
            a.id.append("#").append(std::to_string(round));
            a.published = *a.published - round * 43200;
        }
        store.storeArticles(ids[f], articles, kNow);
    }
    transaction.commit();
}

// CPU time of this process since `start`: on a machine shared with other builds the wall
// time says as much about them as about grouping.
double cpuSince(std::clock_t start) {
    return static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
}

double seconds(std::chrono::steady_clock::duration d) {
    return std::chrono::duration<double>(d).count();
}

} // namespace

int main() {
    fs::path dir = fs::temp_directory_path() / "heraut-bench-story";
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::string cache = (dir / "cache.sqlite").string();
    auto feeds = corpus();
    std::vector<std::int64_t> ids;
    {
        Database db(cache);
        FeedStore feedStore(db);
        for (size_t i = 0; i < feeds.size(); ++i)
            ids.push_back(feedStore.addFeed("https://bron" + std::to_string(i) + ".nl/feed/",
                                            feeds[i].title, std::nullopt, kNow));
        for (int round = 1; round <= 10; ++round)
            storeRound(db, feeds, ids, round);
        auto start = std::chrono::steady_clock::now();
        std::clock_t cpu = std::clock();
        int grouped = groupWaitingStories(db);
        std::printf("grouping a cache of %d from scratch (the migration's case): %.2f s (CPU "
                    "%.2f s)\n",
                    grouped, seconds(std::chrono::steady_clock::now() - start), cpuSince(cpu));
        std::fflush(stdout);
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    std::vector<double> runs;
    for (int run = 0; run < 5; ++run) {
        std::string copy = (dir / "run.sqlite").string();
        fs::remove(copy);
        fs::remove(copy + "-wal");
        fs::remove(copy + "-shm");
        fs::copy_file(cache, copy);
        Database db(copy);
        storeRound(db, feeds, ids, 0); // what a refresh stores: 10 000 new articles
        auto start = std::chrono::steady_clock::now();
        std::clock_t cpu = std::clock();
        int grouped = groupWaitingStories(db);
        runs.push_back(seconds(std::chrono::steady_clock::now() - start));
        std::printf("run %d: %d new articles grouped in %.3f s (CPU %.3f s)\n", run + 1, grouped,
                    runs.back(), cpuSince(cpu));
        std::fflush(stdout);
    }
    std::sort(runs.begin(), runs.end());
    std::printf("median: %.3f s for 10 000 new articles into a cache of 100 000\n", runs[2]);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak RSS: %ld MB (the whole bench, building its cache included)\n",
                usage.ru_maxrss / 1024);
    fs::remove_all(dir);
    return 0;
}
