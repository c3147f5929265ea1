// SPDX-License-Identifier: GPL-3.0-or-later
// Cold and warm refresh of 200 feeds x 50 WordPress-style articles (about 45 MB), served with
// 50 ms added latency from 50 loopback addresses, by heraut-cli and by Newsboat in the same
// run. Prints wall-clock medians, Heraut's peak memory and the speed-ups.
//
//   bench_refresh HERAUT_CLI [--runs N] [--newsboat PATH]
#include "TimedCommand.h"
#include "support/TestHttpServer.h"
#include "support/WordPressCorpus.h"

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
using heraut::test::HttpRequest;
using heraut::test::HttpResponse;

constexpr int kFeeds = 200;
constexpr int kArticles = 50;
constexpr int kAddresses = 50;

std::string address(int feed) {
    return "127.0.0." + std::to_string(1 + feed % kAddresses);
}

class Corpus {
  public:
    Corpus() {
        for (int i = 0; i < kFeeds; ++i) {
            m_bodies.push_back(heraut::test::makeWordPressFeed(
                i, kArticles, "https://bron" + std::to_string(i) + ".nl"));
            m_bytes += m_bodies.back().size();
        }
    }
    HttpResponse respond(const HttpRequest& request) const {
        int n = std::atoi(request.path.c_str() + 6); // "/feed/N"
        if (n < 0 || n >= kFeeds) return HttpResponse::withStatus(404);
        std::string etag = "\"v1-" + std::to_string(n) + "\"";
        const char* modified = "Fri, 23 Jan 2026 10:15:00 GMT";
        if (request.header("if-none-match") == etag ||
            request.header("if-modified-since") == modified)
            return HttpResponse::withStatus(304).header("ETag", etag);
        return HttpResponse::ok(m_bodies[static_cast<size_t>(n)])
            .header("ETag", etag)
            .header("Last-Modified", modified);
    }
    size_t bytes() const { return m_bytes; }

  private:
    std::vector<std::string> m_bodies;
    size_t m_bytes = 0;
};

struct Figures {
    double cold = 0;
    double warm = 0;
    long coldRssKb = 0;
    long warmRssKb = 0;
};

Figures benchHeraut(const std::string& cli, const std::string& opml,
                    const std::filesystem::path& work, int runs) {
    std::vector<double> cold, warm;
    long coldRss = 0, warmRss = 0;
    for (int i = 0; i < runs; ++i) {
        std::string db = (work / ("heraut-" + std::to_string(i) + ".sqlite")).string();
        timeCommand({cli, "--db", db, "init", "--empty"});
        timeCommand({cli, "--db", db, "import-opml", opml});
        // The corpus's items are the seed's excerpts, so `auto` would fetch each article's
        // page from bronN.nl, which no test machine resolves. Newsboat fetches no pages: the
        // race is for the headlines (and their story grouping); bench_pages times the pages.
        // A command that fails stops the benchmark (timeCommand): no figure from a failed run.
        for (int feed = 1; feed <= kFeeds; ++feed)
            timeCommand(
                {cli, "--db", db, "feed-set", std::to_string(feed), "--full-articles", "never"});
        TimedRun first = timeCommand({cli, "--db", db, "refresh", "--quiet"});
        cold.push_back(first.seconds);
        coldRss = std::max(coldRss, first.maxRssKb);
        TimedRun second = timeCommand({cli, "--db", db, "refresh", "--force", "--quiet"});
        warm.push_back(second.seconds);
        warmRss = std::max(warmRss, second.maxRssKb);
    }
    return {median(cold), median(warm), coldRss, warmRss};
}

// Newsboat: first reload is cold; it stores its validators late, so the second re-downloads;
// from the third on its requests are conditional. Compare against that steady state.
Figures benchNewsboat(const std::string& newsboat, const std::string& urls,
                      const std::filesystem::path& work, int threads, int runs) {
    std::vector<double> cold, steady;
    for (int i = 0; i < runs; ++i) {
        std::filesystem::path dir =
            work / ("newsboat-" + std::to_string(threads) + "-" + std::to_string(i));
        std::filesystem::create_directories(dir);
        std::string config = (dir / "config").string();
        std::ofstream(config) << "reload-threads " << threads << "\n";
        std::string cache = (dir / "cache.db").string();
        std::vector<std::string> command = {newsboat, "-x",  "reload", "-u",  urls,
                                            "-c",     cache, "-C",     config};
        cold.push_back(timeCommand(command).seconds);
        timeCommand(command);
        steady.push_back(timeCommand(command).seconds);
        steady.push_back(timeCommand(command).seconds);
    }
    return {median(cold), median(steady), 0, 0};
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: bench_refresh HERAUT_CLI [--runs N] [--newsboat PATH]\n";
        return 2;
    }
    std::string cli = argv[1];
    int runs = 3;
    std::string newsboat = "/usr/bin/newsboat";
    for (int i = 2; i + 1 < argc; i += 2) {
        if (std::string(argv[i]) == "--runs") runs = std::atoi(argv[i + 1]);
        if (std::string(argv[i]) == "--newsboat") newsboat = argv[i + 1];
    }
    Corpus corpus;
    std::vector<std::string> addresses;
    for (int i = 0; i < kAddresses; ++i)
        addresses.push_back("127.0.0." + std::to_string(1 + i));
    heraut::test::TestHttpServer server([&](const HttpRequest& r) { return corpus.respond(r); },
                                        addresses, 50);

    // A folder of its own, so that two benchmarks running at once do not delete each other's
    // caches.
    std::string workName =
        (std::filesystem::temp_directory_path() / "heraut-bench-refresh-XXXXXX").string();
    if (!mkdtemp(workName.data())) {
        std::perror("bench_refresh: cannot make its work folder");
        return 1;
    }
    std::filesystem::path work = workName;
    std::string opml = (work / "feeds.opml").string();
    std::string urls = (work / "urls").string();
    {
        std::ofstream o(opml), u(urls);
        o << "<opml version=\"2.0\"><body>\n";
        for (int i = 0; i < kFeeds; ++i) {
            std::string url = server.url("/feed/" + std::to_string(i), address(i));
            o << "<outline text=\"Bron " << i << "\" xmlUrl=\"" << url << "\"/>\n";
            u << url << '\n';
        }
        o << "</body></opml>\n";
    }
    std::printf("corpus: %d feeds x %d articles, %.1f MB, %d loopback addresses, 50 ms latency\n",
                kFeeds, kArticles, static_cast<double>(corpus.bytes()) / 1e6, kAddresses);
    Figures heraut = benchHeraut(cli, opml, work, runs);
    std::printf("heraut  cold refresh: %.3f s (median of %d), peak RSS %.1f MB\n", heraut.cold,
                runs, static_cast<double>(heraut.coldRssKb) / 1024.0);
    std::printf("heraut  warm refresh: %.3f s (median of %d, all 304), peak RSS %.1f MB\n",
                heraut.warm, runs, static_cast<double>(heraut.warmRssKb) / 1024.0);
    if (!std::filesystem::exists(newsboat)) {
        std::printf("newsboat: not installed (%s), no comparison\n", newsboat.c_str());
        if (std::getenv("HERAUT_BENCH_HOLD")) std::getchar(); // keep the server up for profiling
        return 0;
    }
    for (int threads : {8, 16}) {
        Figures nb = benchNewsboat(newsboat, urls, work, threads, runs);
        std::printf("newsboat (reload-threads %d) cold: %.3f s, steady (3rd+ reload): %.3f s\n",
                    threads, nb.cold, nb.warm);
        std::printf("speed-up vs newsboat %d threads: cold %.2fx, warm %.2fx\n", threads,
                    nb.cold / heraut.cold, nb.warm / heraut.warm);
    }
    if (std::getenv("HERAUT_BENCH_KEEP"))
        std::printf("kept: %s\n", work.c_str());
    else
        std::filesystem::remove_all(work);
    return 0;
}
