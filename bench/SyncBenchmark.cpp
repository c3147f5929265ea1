// SPDX-License-Identifier: GPL-3.0-or-later
// heraut-cli sync against the Google Reader API test server (FreshRSS dialect) on loopback:
// the first sync of 200 subscriptions and 10 000 articles, an incremental sync after 100
// changes on the server (50 new articles, 25 read and 25 starred elsewhere), and a sync with
// nothing changed. Prints wall-clock medians, peak memory and what each sync downloaded.
//
//   bench_sync HERAUT_CLI [--runs N]
#include "TimedCommand.h"
#include "support/GoogleReaderServer.h"
#include "support/Process.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

using heraut::bench::median;
using heraut::bench::timeCommand;
using heraut::bench::TimedRun;
using heraut::test::GoogleReaderServer;

constexpr int kFeeds = 200;
constexpr int kArticles = 50;

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: bench_sync HERAUT_CLI [--runs N]\n";
        return 2;
    }
    std::string cli = argv[1];
    int runs = 3;
    for (int i = 2; i + 1 < argc; i += 2)
        if (std::string(argv[i]) == "--runs") runs = std::atoi(argv[i + 1]);
    ::setenv("HERAUT_CREDENTIALS", "file", 1); // no keyring on a bench machine
    std::filesystem::path work = std::filesystem::temp_directory_path() / "heraut-bench-sync";
    std::filesystem::remove_all(work);
    std::filesystem::create_directories(work);

    std::vector<double> first, incremental, unchanged;
    long firstRss = 0, incrementalRss = 0;
    int firstItems = 0, incrementalItems = 0, unchangedItems = 0;
    for (int run = 0; run < runs; ++run) {
        GoogleReaderServer server(GoogleReaderServer::Dialect::FreshRss);
        std::time_t now = std::time(nullptr);
        std::vector<std::string> feeds, items;
        for (int f = 0; f < kFeeds; ++f) {
            feeds.push_back(server.addFeed("https://bron" + std::to_string(f) + ".nl/feed",
                                           "Bron " + std::to_string(f),
                                           "Map " + std::to_string(f % 10)));
            auto added = server.addItems(feeds.back(), kArticles, now - 7 * 86400, 3000);
            items.insert(items.end(), added.begin(), added.end());
        }
        std::string db = (work / ("sync-" + std::to_string(run) + ".sqlite")).string();
        heraut::test::runProcess({cli, "--db", db, "init", "--empty"});
        auto added =
            heraut::test::runProcess({cli, "--db", db, "account", "add", "greader",
                                      server.baseUrl(), "--user", "lezer", "--password-stdin"},
                                     {}, "geheim-api\n");
        if (added.exitCode != 0) {
            std::cerr << "account add failed: " << added.err;
            return 1;
        }
        std::vector<std::string> sync = {cli, "--db", db, "sync", "--quiet"};

        TimedRun a = timeCommand(sync);
        first.push_back(a.seconds);
        firstRss = std::max(firstRss, a.maxRssKb);
        firstItems = server.contentItemsServed();

        for (int i = 0; i < 25; ++i) {
            server.setRead(items[static_cast<size_t>(i) * 97], true);
            server.setStarred(items[static_cast<size_t>(i) * 89 + 1], true);
        }
        for (int f = 0; f < 50; ++f)
            server.addItems(feeds[static_cast<size_t>(f)], 1, now - 60, 3000);
        int before = server.contentItemsServed();
        TimedRun b = timeCommand(sync);
        incremental.push_back(b.seconds);
        incrementalRss = std::max(incrementalRss, b.maxRssKb);
        incrementalItems = server.contentItemsServed() - before;

        before = server.contentItemsServed();
        TimedRun c = timeCommand(sync);
        unchanged.push_back(c.seconds);
        unchangedItems = server.contentItemsServed() - before;
    }
    std::printf("server: %d subscriptions x %d articles (about 3 KB each), FreshRSS dialect, "
                "pages of 1000 ids\n",
                kFeeds, kArticles);
    std::printf("first sync:          %.3f s (median of %d), peak RSS %.1f MB, %d articles "
                "downloaded\n",
                median(first), runs, static_cast<double>(firstRss) / 1024.0, firstItems);
    std::printf("incremental sync:    %.3f s (median of %d, 100 changes), peak RSS %.1f MB, "
                "%d articles downloaded\n",
                median(incremental), runs, static_cast<double>(incrementalRss) / 1024.0,
                incrementalItems);
    std::printf("nothing changed:     %.3f s (median of %d), %d articles downloaded\n",
                median(unchanged), runs, unchangedItems);
    std::filesystem::remove_all(work);
    return 0;
}
