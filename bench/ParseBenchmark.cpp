// SPDX-License-Identifier: GPL-3.0-or-later
// Parser throughput on one core: XML to articles alone, and the full normalisation (parse,
// sanitise, plain text, takeaways), on a 50-item WordPress feed and on a 5 MB feed.
#include "WordPressCorpus.h"
#include "heraut/FeedParser.h"

#include <benchmark/benchmark.h>

namespace {

const std::string& fiftyItems() {
    static const std::string feed = heraut::test::makeWordPressFeed(1, 50, "https://businessam.be");
    return feed;
}

const std::string& fiveMegabytes() {
    static const std::string feed = heraut::test::makeWordPressFeedOfSize(5u << 20);
    return feed;
}

void run(benchmark::State& state, const std::string& feed, bool normalize) {
    heraut::ParseOptions options;
    options.normalizeHtml = normalize;
    size_t articles = 0;
    for (auto _ : state) {
        heraut::ParsedFeed parsed =
            heraut::parseFeed(feed, {"https://businessam.be/feed/", ""}, options);
        articles = parsed.articles.size();
        benchmark::DoNotOptimize(parsed);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * feed.size()));
    state.counters["articles"] = static_cast<double>(articles);
    state.counters["feed_KiB"] = static_cast<double>(feed.size()) / 1024.0;
}

void BM_ParseXmlOnly_50Items(benchmark::State& s) {
    run(s, fiftyItems(), false);
}
void BM_ParseXmlOnly_5MB(benchmark::State& s) {
    run(s, fiveMegabytes(), false);
}
void BM_FullNormalisation_50Items(benchmark::State& s) {
    run(s, fiftyItems(), true);
}
void BM_FullNormalisation_5MB(benchmark::State& s) {
    run(s, fiveMegabytes(), true);
}

BENCHMARK(BM_ParseXmlOnly_50Items)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseXmlOnly_5MB)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FullNormalisation_50Items)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FullNormalisation_5MB)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
