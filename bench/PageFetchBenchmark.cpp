// SPDX-License-Identifier: GPL-3.0-or-later
// First refresh of 200 excerpt-only feeds x 50 items (issue 10): the headlines, then the pages
// of each feed's newest 20 (4 000 pages), served with 50 ms added latency from 50 loopback
// addresses. Prints when the headlines were all stored, how long the pages took against the
// floor the politeness limits set, and heraut-cli's peak memory.
//
//   bench_pages HERAUT_CLI [--runs N] [--pages-cpu]
// --pages-cpu first times the same refresh with full articles off, to print the pages' own CPU.
#include "TimedCommand.h"
#include "support/TestHttpServer.h"
#include "support/WordPressCorpus.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

using heraut::test::HttpRequest;
using heraut::test::HttpResponse;

constexpr int kFeeds = 200;
constexpr int kArticles = 50;
constexpr int kAddresses = 50;
constexpr int kLatencyMs = 50;
// heraut's defaults (PageFetchOptions): pages of a feed's first refresh, per host, pause.
constexpr int kFirstPages = 20;
constexpr int kPerHost = 2;
constexpr int kPauseMs = 250;

std::string address(int feed) {
    return "127.0.0." + std::to_string(1 + feed % kAddresses);
}

// The feed as excerpt-only sites send it: the WordPress corpus without content:encoded.
std::string excerptFeed(int feed, const std::string& site) {
    std::string xml = heraut::test::makeWordPressFeed(feed, kArticles, site);
    const std::string open = "<content:encoded>", close = "</content:encoded>";
    for (size_t at = 0; (at = xml.find(open, at)) != std::string::npos;)
        xml.erase(at, xml.find(close, at) + close.size() - at);
    return xml;
}

// A news page of about 90 KB: menus, a cookie banner, the takeaways box, twelve paragraphs,
// a "Lees ook" list, a footer, and the script state and styles real pages carry.
std::string articlePage(int feed) {
    std::string page = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>"
                       "Artikel van bron " +
                       std::to_string(feed) + "</title><style>";
    for (int i = 0; i < 400; ++i)
        page += ".c" + std::to_string(i) + "{margin:0 auto;padding:4px 8px;color:#333}";
    page += "</style></head><body><div class=\"cookie-banner\">Wij gebruiken cookies. "
            "<button>Accepteren</button></div><header><nav><ul>";
    for (int i = 0; i < 30; ++i)
        page += "<li><a href=\"/rubriek/" + std::to_string(i) + "/\">Rubriek " + std::to_string(i) +
                "</a></li>";
    page += "</ul></nav></header><main><article><h1>Defensie investeert in nieuwe schepen</h1>"
            "<div class=\"key-takeaways\"><h2>Key takeaways</h2><ul><li>De marine krijgt vier "
            "nieuwe fregatten.</li><li>De eerste levering volgt in 2029.</li></ul></div>"
            "<div class=\"entry-content\">";
    for (int p = 0; p < 12; ++p)
        page += "<p>De minister van Defensie bevestigde dinsdag dat de marine vier nieuwe "
                "fregatten krijgt, die de oudere schepen vanaf 2029 vervangen. Volgens de staf "
                "gaat het om de grootste investering in de vloot in dertig jaar, met werk voor "
                "de eigen scheepswerven en toeleveranciers in het hele land, paragraaf " +
                std::to_string(p) + ".</p>";
    page += "</div></article><aside><h3>Lees ook</h3><ul>";
    for (int i = 0; i < 10; ++i)
        page += "<li><a href=\"/ander-" + std::to_string(i) + "/\">Ander nieuws " +
                std::to_string(i) + "</a></li>";
    page += "</ul></aside></main><footer>© Bron " + std::to_string(feed) +
            "</footer><script>window.__STATE__={\"items\":[";
    for (int i = 0; i < 600; ++i)
        page += "{\"id\":" + std::to_string(i) + ",\"title\":\"Ander artikel nummer " +
                std::to_string(i) + "\",\"url\":\"/x/" + std::to_string(i) + "\"},";
    return page + "{}]};</script></body></html>";
}

struct Run {
    double headlines = 0; // until the last feed's progress line
    double total = 0;
    long maxRssKb = 0;
    double cpu = 0;      // user + system seconds
    std::string summary; // heraut-cli's last line
};

// Times `heraut-cli refresh` and reads its progress on stderr as it comes: the last feed's
// line says the headlines are in.
Run timeRefresh(const std::string& cli, const std::string& db) {
    Run run;
    // Built by append: GCC 12 warns falsely (-Wrestrict) on "[" + std::to_string(...).
    std::string last = std::string("[").append(std::to_string(kFeeds)).append("/");
    last.append(std::to_string(kFeeds)).append("]");
    heraut::bench::TimedRun timed = heraut::bench::timeCommand(
        {cli, "--db", db, "refresh"}, [&](const std::string& line, double at) {
            if (line.starts_with(last)) run.headlines = at;
            if (!line.starts_with("[")) run.summary = line;
        });
    run.total = timed.seconds;
    run.maxRssKb = timed.maxRssKb;
    run.cpu = timed.cpuSeconds;
    return run;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: bench_pages HERAUT_CLI [--runs N] [--pages-cpu]\n";
        return 2;
    }
    std::string cli = argv[1];
    int runs = 3;
    bool pagesCpuWanted = false;
    for (int i = 2; i < argc; ++i) {
        if (std::string(argv[i]) == "--runs" && i + 1 < argc) runs = std::atoi(argv[++i]);
        if (std::string(argv[i]) == "--pages-cpu") pagesCpuWanted = true;
    }
    std::vector<std::string> addresses;
    for (int i = 0; i < kAddresses; ++i)
        addresses.push_back("127.0.0." + std::to_string(1 + i));
    std::vector<std::string> feeds(kFeeds), pages(kFeeds);
    size_t feedBytes = 0, pageBytes = 0;
    heraut::test::TestHttpServer server(
        [&](const HttpRequest& r) {
            int n = std::atoi(r.path.c_str() + 2); // "/f12" a feed, "/s12/slug/" its pages
            if (n < 0 || n >= kFeeds) return HttpResponse::withStatus(404);
            if (r.path.starts_with("/f")) return HttpResponse::ok(feeds[static_cast<size_t>(n)]);
            return HttpResponse::ok(pages[static_cast<size_t>(n)], "text/html; charset=utf-8");
        },
        addresses, kLatencyMs);
    for (int i = 0; i < kFeeds; ++i) {
        feeds[static_cast<size_t>(i)] =
            excerptFeed(i, server.url("/s" + std::to_string(i), address(i)));
        pages[static_cast<size_t>(i)] = articlePage(i);
        feedBytes += feeds[static_cast<size_t>(i)].size();
        pageBytes += pages[static_cast<size_t>(i)].size();
    }
    std::filesystem::path work = std::filesystem::temp_directory_path() / "heraut-bench-pages";
    std::filesystem::remove_all(work);
    std::filesystem::create_directories(work);
    std::string opml = (work / "feeds.opml").string();
    {
        std::ofstream o(opml);
        o << "<opml version=\"2.0\"><body>\n";
        for (int i = 0; i < kFeeds; ++i)
            o << "<outline text=\"Bron " << i << "\" xmlUrl=\""
              << server.url("/f" + std::to_string(i), address(i)) << "\"/>\n";
        o << "</body></opml>\n";
    }
    int perHost = kFeeds / kAddresses * kFirstPages;
    int rounds = (perHost + kPerHost - 1) / kPerHost;
    double floor = (rounds * kLatencyMs + (rounds - 1) * kPauseMs) / 1000.0;
    std::printf("corpus: %d excerpt-only feeds x %d items (%.1f MB), %d pages of %.0f KB, %d "
                "loopback addresses, %d ms latency\n",
                kFeeds, kArticles, static_cast<double>(feedBytes) / 1e6, kFeeds * kFirstPages,
                static_cast<double>(pageBytes) / kFeeds / 1024, kAddresses, kLatencyMs);
    std::printf("floor for the pages: %d per host, %d at once, %d ms latency, %d ms pause: "
                "%d x %d ms + %d x %d ms = %.2f s\n",
                perHost, kPerHost, kLatencyMs, kPauseMs, rounds, kLatencyMs, rounds - 1, kPauseMs,
                floor);
    std::vector<double> headlines, pagesTime, pagesCpu;
    long rss = 0;
    auto freshDatabase = [&](const std::string& name) {
        std::string db = (work / name).string();
        std::system((cli + " --db " + db + " init --empty >/dev/null 2>&1").c_str());
        std::system((cli + " --db " + db + " import-opml " + opml + " >/dev/null 2>&1").c_str());
        return db;
    };
    // The same refresh with full articles off in every feed: its CPU is the headlines' share,
    // so that what the pages cost shows apart (CPU per 1 000 pages).
    double headlinesCpu = 0;
    if (pagesCpuWanted) {
        std::string db = freshDatabase("heraut-headlines.sqlite");
        for (int id = 1; id <= kFeeds; ++id)
            std::system((cli + " --db " + db + " feed-set " + std::to_string(id) +
                         " --full-articles never >/dev/null 2>&1")
                            .c_str());
        Run run = timeRefresh(cli, db);
        headlinesCpu = run.cpu;
        std::printf("headlines only (full articles never): %.3f s, CPU %.1f s (%s)\n", run.total,
                    run.cpu, run.summary.c_str());
    }
    for (int i = 0; i < runs; ++i) {
        std::string db = freshDatabase("heraut-" + std::to_string(i) + ".sqlite");
        Run run = timeRefresh(cli, db);
        std::printf("run %d: headlines %.3f s, pages %.3f s, total %.3f s, CPU %.1f s, peak RSS "
                    "%.1f MB (%s)\n",
                    i + 1, run.headlines, run.total - run.headlines, run.total, run.cpu,
                    static_cast<double>(run.maxRssKb) / 1024.0, run.summary.c_str());
        headlines.push_back(run.headlines);
        pagesTime.push_back(run.total - run.headlines);
        pagesCpu.push_back(run.cpu - headlinesCpu);
        rss = std::max(rss, run.maxRssKb);
    }
    double pagesMedian = heraut::bench::median(pagesTime);
    std::printf("headlines: %.3f s (median of %d)\n", heraut::bench::median(headlines), runs);
    std::printf("pages: %.3f s (median of %d) = %.2fx the floor of %.2f s\n", pagesMedian, runs,
                pagesMedian / floor, floor);
    if (pagesCpuWanted)
        std::printf("pages' CPU: %.2f s per 1 000 pages (median of %d, the refresh's CPU less "
                    "the headlines-only refresh's)\n",
                    heraut::bench::median(pagesCpu) * 1000.0 / (kFeeds * kFirstPages), runs);
    std::printf("peak RSS: %.1f MB\n", static_cast<double>(rss) / 1024.0);
    if (!std::getenv("HERAUT_BENCH_KEEP")) std::filesystem::remove_all(work);
    return 0;
}
