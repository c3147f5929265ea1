// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/Fetcher.h"
#include "support/TestHttpServer.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <mutex>

namespace heraut {
namespace {

using test::HttpRequest;
using test::HttpResponse;
using test::TestHttpServer;

const std::string kFeed = "<rss><channel><title>t</title></channel></rss>";

FetchOptions quickOptions() {
    FetchOptions o;
    o.connectTimeoutMs = 2000;
    o.totalTimeoutMs = 3000;
    o.lowSpeedBytesPerSecond = 1000;
    o.lowSpeedSeconds = 1;
    return o;
}

TEST(Fetcher, SendsAnHonestUserAgentAndAcceptsCompression) {
    TestHttpServer server([](const HttpRequest&) { return HttpResponse::ok(kFeed); });
    FetchResult r = Fetcher(quickOptions()).fetchOne({1, server.url("/feed")});
    EXPECT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.body, kFeed);
    EXPECT_EQ(r.charset, "UTF-8");
    auto request = server.requests().at(0);
    EXPECT_TRUE(request.header("user-agent").starts_with("Heraut/"))
        << request.header("user-agent");
    EXPECT_NE(request.header("user-agent").find("(+http"), std::string::npos);
    EXPECT_NE(request.header("accept-encoding").find("gzip"), std::string::npos);
    EXPECT_NE(request.header("accept").find("application/rss+xml"), std::string::npos);
}

TEST(Fetcher, ConditionalGetWithEtagAndLastModified) {
    TestHttpServer server([](const HttpRequest& request) {
        if (request.header("if-none-match") == "\"v7\"") return HttpResponse::withStatus(304);
        return HttpResponse::ok(kFeed)
            .header("ETag", "\"v7\"")
            .header("Last-Modified", "Thu, 22 Jan 2026 10:00:00 GMT");
    });
    Fetcher fetcher(quickOptions());
    FetchResult first = fetcher.fetchOne({1, server.url("/feed")});
    EXPECT_EQ(first.etag, "\"v7\"");
    EXPECT_EQ(first.lastModified, "Thu, 22 Jan 2026 10:00:00 GMT");
    FetchResult second = fetcher.fetchOne({1, server.url("/feed"), first.etag, first.lastModified});
    EXPECT_TRUE(second.notModified());
    EXPECT_TRUE(second.body.empty());
    EXPECT_EQ(server.requests().at(1).header("if-modified-since"), "Thu, 22 Jan 2026 10:00:00 GMT");
}

TEST(Fetcher, GzipIsDecoded) {
    TestHttpServer server([](const HttpRequest&) {
        HttpResponse r = HttpResponse::ok(kFeed);
        r.gzip = true;
        return r;
    });
    EXPECT_EQ(Fetcher(quickOptions()).fetchOne({1, server.url("/f")}).body, kFeed);
}

TEST(Fetcher, UndeclaredGzipIsDecodedToo) {
    TestHttpServer server(
        [](const HttpRequest&) { return HttpResponse::ok(test::gzipCompress(kFeed)); });
    EXPECT_EQ(Fetcher(quickOptions()).fetchOne({1, server.url("/f")}).body, kFeed);
}

TEST(Fetcher, RedirectsTellPermanentFromTemporary) {
    TestHttpServer server([](const HttpRequest& request) {
        if (request.path == "/301") return HttpResponse::withStatus(301).header("Location", "/308");
        if (request.path == "/308")
            return HttpResponse::withStatus(308).header("Location", "/feed");
        if (request.path == "/302") return HttpResponse::withStatus(302).header("Location", "/301");
        return HttpResponse::ok(kFeed);
    });
    Fetcher fetcher(quickOptions());
    FetchResult permanent = fetcher.fetchOne({1, server.url("/301")});
    EXPECT_TRUE(permanent.ok());
    EXPECT_TRUE(permanent.permanentRedirect);
    EXPECT_EQ(permanent.finalUrl, server.url("/feed"));
    FetchResult mixed = fetcher.fetchOne({1, server.url("/302")});
    EXPECT_TRUE(mixed.ok());
    EXPECT_TRUE(mixed.redirected);
    EXPECT_FALSE(mixed.permanentRedirect) << "one temporary hop makes the move temporary";
}

TEST(Fetcher, RedirectLoopIsAnError) {
    TestHttpServer server([](const HttpRequest& request) {
        return HttpResponse::withStatus(302).header("Location", request.path == "/a" ? "/b" : "/a");
    });
    FetchResult r = Fetcher(quickOptions()).fetchOne({1, server.url("/a")});
    EXPECT_NE(r.error.find("too many redirects"), std::string::npos) << r.error;
    EXPECT_LE(server.requestCount(), 7u);
}

TEST(Fetcher, HttpErrorsCarryStatusAndRetryAfter) {
    TestHttpServer server([](const HttpRequest& request) {
        if (request.path == "/404") return HttpResponse::withStatus(404);
        if (request.path == "/410") return HttpResponse::withStatus(410);
        if (request.path == "/500") return HttpResponse::withStatus(500);
        return HttpResponse::withStatus(429)
            .header("Retry-After", "120")
            .header("Cache-Control", "max-age=600");
    });
    Fetcher fetcher(quickOptions());
    EXPECT_EQ(fetcher.fetchOne({1, server.url("/404")}).status, 404);
    EXPECT_EQ(fetcher.fetchOne({1, server.url("/410")}).status, 410);
    EXPECT_EQ(fetcher.fetchOne({1, server.url("/500")}).status, 500);
    FetchResult limited = fetcher.fetchOne({1, server.url("/429")});
    EXPECT_EQ(limited.status, 429);
    EXPECT_TRUE(limited.error.empty());
    EXPECT_EQ(limited.retryAfterSeconds, 120);
    EXPECT_EQ(limited.maxAgeSeconds, 600);
}

TEST(Fetcher, RetryAfterAsAnHttpDate) {
    EXPECT_EQ(parseRetryAfter("Thu, 22 Jan 2026 10:02:00 GMT", 1769076000), 120);
    EXPECT_EQ(parseRetryAfter(" 30 ", 0), 30);
    EXPECT_FALSE(parseRetryAfter("soon", 0));
}

TEST(Fetcher, StallingServerTimesOut) {
    TestHttpServer server([](const HttpRequest&) {
        HttpResponse r = HttpResponse::ok(kFeed);
        r.delayMs = 10000;
        return r;
    });
    FetchOptions options = quickOptions();
    options.totalTimeoutMs = 700;
    auto started = std::chrono::steady_clock::now();
    FetchResult r = Fetcher(options).fetchOne({1, server.url("/stall")});
    EXPECT_NE(r.error.find("timed out"), std::string::npos) << r.error;
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
}

TEST(Fetcher, TricklingServerIsAbandoned) {
    TestHttpServer server([](const HttpRequest&) {
        HttpResponse r = HttpResponse::ok(std::string(100000, 'x'));
        r.trickleBytes = 10;
        r.trickleIntervalMs = 100;
        return r;
    });
    FetchOptions options = quickOptions();
    options.totalTimeoutMs = 20000;
    FetchResult r = Fetcher(options).fetchOne({1, server.url("/trickle")});
    EXPECT_FALSE(r.error.empty());
    EXPECT_TRUE(r.body.empty());
}

TEST(Fetcher, OversizedBodyIsCutOff) {
    TestHttpServer server([](const HttpRequest& request) {
        HttpResponse r = HttpResponse::ok(std::string(50u << 20, 'x'));
        if (request.path == "/chunked") r.headers.emplace_back("X-Note", "length known anyway");
        return r;
    });
    // The server builds 50 MB before its first byte; on a loaded machine under ASan that takes
    // longer than quickOptions' one-second low-speed window, which would fail as a timeout.
    FetchOptions options = quickOptions();
    options.totalTimeoutMs = 60000;
    options.lowSpeedSeconds = 30;
    FetchResult r = Fetcher(options).fetchOne({1, server.url("/big")});
    EXPECT_NE(r.error.find("larger than 16 MiB"), std::string::npos) << r.error;
    EXPECT_TRUE(r.body.empty());
}

TEST(Fetcher, OnlyHttpAndHttps) {
    Fetcher fetcher(quickOptions());
    for (const char* url : {"file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1/"}) {
        FetchResult r = fetcher.fetchOne({1, url});
        EXPECT_FALSE(r.error.empty()) << url;
        EXPECT_TRUE(r.body.empty()) << url;
    }
    TestHttpServer server([](const HttpRequest&) {
        return HttpResponse::withStatus(302).header("Location", "file:///etc/passwd");
    });
    FetchResult redirected = fetcher.fetchOne({1, server.url("/to-file")});
    EXPECT_FALSE(redirected.ok());
    EXPECT_EQ(redirected.body.find("root:"), std::string::npos);
}

TEST(Fetcher, DeadServerGivesAClearError) {
    int port;
    {
        TestHttpServer server([](const HttpRequest&) { return HttpResponse::ok(""); });
        port = server.port();
    }
    FetchResult r =
        Fetcher(quickOptions()).fetchOne({1, "http://127.0.0.1:" + std::to_string(port) + "/"});
    EXPECT_NE(r.error.find("could not connect"), std::string::npos) << r.error;
}

TEST(Fetcher, ManyAtOnceWithAPerHostLimit) {
    std::atomic<int> current{0};
    std::atomic<int> peak{0};
    TestHttpServer server([&](const HttpRequest&) {
        int now = ++current;
        int seen = peak.load();
        while (now > seen && !peak.compare_exchange_weak(seen, now)) {
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        --current;
        return HttpResponse::ok(kFeed);
    });
    FetchOptions options = quickOptions();
    options.maxPerHost = 3;
    std::vector<FetchRequest> requests;
    for (std::uint64_t i = 0; i < 12; ++i)
        requests.push_back({i, server.url("/f" + std::to_string(i))});
    std::vector<std::uint64_t> tags;
    auto started = std::chrono::steady_clock::now();
    Fetcher(options).fetchAll(requests, [&](FetchResult&& r) {
        EXPECT_TRUE(r.ok());
        tags.push_back(r.tag);
    });
    EXPECT_EQ(tags.size(), 12u);
    EXPECT_EQ(peak.load(), 3) << "at most maxPerHost at once, and that many in parallel";
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::milliseconds(12 * 50));
}

// With fewer connections than hosts, each host gets one before any gets a second: the
// requests arrive as A, B, C, A, B, C, whatever order they were asked in.
TEST(Fetcher, ConnectionsGoToEveryHostBeforeAnyGetsASecond) {
    std::mutex mutex;
    std::vector<std::string> arrivals;
    TestHttpServer server(
        [&](const HttpRequest& request) {
            {
                std::lock_guard lock(mutex);
                arrivals.push_back(request.host);
            }
            HttpResponse r = HttpResponse::ok(kFeed);
            r.delayMs = 100;
            return r;
        },
        {"127.0.0.1", "127.0.0.2", "127.0.0.3"});
    FetchOptions options = quickOptions();
    options.maxConnections = 3;
    std::vector<FetchRequest> requests;
    for (const char* host : {"127.0.0.1", "127.0.0.2", "127.0.0.3"})
        for (int i = 0; i < 2; ++i)
            requests.push_back({requests.size(), server.url("/f" + std::to_string(i), host)});
    int results = 0;
    Fetcher(options).fetchAll(requests, [&](FetchResult&& r) {
        EXPECT_TRUE(r.ok()) << r.error;
        ++results;
    });
    EXPECT_EQ(results, 6);
    ASSERT_EQ(arrivals.size(), 6u);
    std::vector<std::string> first(arrivals.begin(), arrivals.begin() + 3);
    std::sort(first.begin(), first.end());
    EXPECT_EQ(first, (std::vector<std::string>{"127.0.0.1", "127.0.0.2", "127.0.0.3"}));
}

TEST(Fetcher, CancelStopsPromptly) {
    TestHttpServer server([](const HttpRequest&) {
        HttpResponse r = HttpResponse::ok(kFeed);
        r.delayMs = 5000;
        return r;
    });
    std::atomic<bool> cancelled{false};
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        cancelled = true;
    });
    auto started = std::chrono::steady_clock::now();
    int results = 0;
    Fetcher(quickOptions())
        .fetchAll(
            {{1, server.url("/a")}, {2, server.url("/b")}}, [&](FetchResult&&) { ++results; },
            &cancelled);
    canceller.join();
    EXPECT_EQ(results, 0);
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(2));
}

} // namespace
} // namespace heraut
