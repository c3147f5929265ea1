// SPDX-License-Identifier: GPL-3.0-or-later
// Each way a feed fails is recorded as a kind with its number, next to the English text the CLI
// shows, so the reader can word it in its own language.
#include "TempDatabase.h"
#include "heraut/FeedStore.h"
#include "heraut/Refresher.h"
#include "support/TestHttpServer.h"

#include <atomic>
#include <gtest/gtest.h>

namespace heraut {
namespace {

using test::HttpRequest;
using test::HttpResponse;

class FailureKindTest : public testing::Test {
  protected:
    test::TempDir dir;

    Feed refreshOne(const std::string& url, const FetchOptions& fetch = {}) {
        std::int64_t id = 0;
        {
            Database db(dir.database());
            id = FeedStore(db).addFeed(url, "", std::nullopt, 1769100000);
        }
        RefreshOptions options;
        options.feedIds = {id};
        options.fetch = fetch;
        options.fetch.connectTimeoutMs = 2000;
        options.now = 1769100000;
        FeedRefreshResult seen;
        struct Observer : RefreshObserver {
            FeedRefreshResult* out;
            void feedDone(const FeedRefreshResult& r, int, int) override { *out = r; }
        } observer;
        observer.out = &seen;
        Refresher(dir.database()).run(options, &observer);
        Database db(dir.database());
        Feed feed = *FeedStore(db).feed(id);
        EXPECT_EQ(seen.failure.kind, feed.lastFailure.kind) << "the result says what is stored";
        EXPECT_EQ(seen.failure.code, feed.lastFailure.code);
        EXPECT_TRUE(feed.lastError) << "the English text stays for the CLI";
        return feed;
    }
};

TEST_F(FailureKindTest, HttpStatusesKeepTheirNumber) {
    test::TestHttpServer server([](const HttpRequest& request) {
        if (request.path == "/weg") return HttpResponse::withStatus(410);
        if (request.path == "/kapot") return HttpResponse::withStatus(500);
        return HttpResponse::withStatus(404);
    });
    Feed missing = refreshOne(server.url("/nergens"));
    EXPECT_EQ(missing.lastFailure.kind, FailureKind::Http);
    EXPECT_EQ(missing.lastFailure.code, 404);
    EXPECT_EQ(refreshOne(server.url("/weg")).lastFailure.code, 410);
    EXPECT_EQ(refreshOne(server.url("/kapot")).lastFailure.code, 500);
}

// The English text the CLI shows for each status a feed answers with; one it has no words for
// keeps its number alone (feeds and pages word their statuses through one table each).
TEST_F(FailureKindTest, HttpStatusesAreWordedForFeeds) {
    test::TestHttpServer server([](const HttpRequest& request) {
        return HttpResponse::withStatus(std::stoi(request.path.substr(1)));
    });
    auto error = [&](int status) {
        return *refreshOne(server.url("/" + std::to_string(status))).lastError;
    };
    EXPECT_EQ(error(401), "HTTP 401: the feed needs a login");
    EXPECT_EQ(error(403), "HTTP 403: access refused");
    EXPECT_EQ(error(404), "HTTP 404: not found (the feed moved or was removed)");
    EXPECT_EQ(error(410), "HTTP 410: gone; the server says this feed no longer exists, it is "
                          "disabled");
    EXPECT_EQ(error(429), "HTTP 429: too many requests; the server asked us to wait");
    EXPECT_EQ(error(500), "HTTP 500: server error");
    EXPECT_EQ(error(503), "HTTP 503: service unavailable");
    EXPECT_EQ(error(502), "HTTP 502");
    EXPECT_EQ(error(418), "HTTP 418");
}

TEST_F(FailureKindTest, BotProtectionIsAKindOfItsOwn) {
    test::TestHttpServer server([](const HttpRequest&) {
        HttpResponse r = HttpResponse::withStatus(403, "<html><title>Attention Required</title>");
        r.header("Content-Type", "text/html");
        return r;
    });
    Feed feed = refreshOne(server.url("/feed"));
    EXPECT_EQ(feed.lastFailure.kind, FailureKind::BotProtection);
    EXPECT_EQ(feed.lastFailure.code, 403);
}

TEST_F(FailureKindTest, AWebPageIsNotAFeed) {
    test::TestHttpServer server([](const HttpRequest&) {
        return HttpResponse::ok("<!doctype html><html><body>Welkom</body></html>", "text/html");
    });
    EXPECT_EQ(refreshOne(server.url("/")).lastFailure.kind, FailureKind::NotAFeed);
}

TEST_F(FailureKindTest, NetworkFailuresHaveTheirKinds) {
    EXPECT_EQ(refreshOne("http://heraut-test.invalid/feed").lastFailure.kind,
              FailureKind::HostNotFound);
    // A port on loopback nobody listens on.
    int port = 0;
    {
        test::TestHttpServer closed([](const HttpRequest&) { return HttpResponse::ok(""); });
        port = closed.port();
    }
    EXPECT_EQ(refreshOne("http://127.0.0.1:" + std::to_string(port) + "/feed").lastFailure.kind,
              FailureKind::CouldNotConnect);
    EXPECT_EQ(refreshOne("ftp://127.0.0.1/feed").lastFailure.kind, FailureKind::UnsupportedScheme);
}

TEST_F(FailureKindTest, TimeoutsAndSizeLimitsKeepTheirNumbers) {
    test::TestHttpServer server([](const HttpRequest& request) {
        if (request.path == "/traag") {
            HttpResponse r = HttpResponse::ok("<rss/>");
            r.delayMs = 3000;
            return r;
        }
        return HttpResponse::ok(std::string(3u << 20, 'x'));
    });
    FetchOptions slow;
    slow.totalTimeoutMs = 500;
    EXPECT_EQ(refreshOne(server.url("/traag"), slow).lastFailure.kind, FailureKind::TimedOut);
    FetchOptions small;
    small.maxBodyBytes = 1u << 20;
    Feed large = refreshOne(server.url("/groot"), small);
    EXPECT_EQ(large.lastFailure.kind, FailureKind::TooLarge);
    EXPECT_EQ(large.lastFailure.code, 1);
}

TEST_F(FailureKindTest, ASuccessAfterAFailureLeavesNoError) {
    std::atomic<bool> up = false;
    test::TestHttpServer server([&](const HttpRequest&) {
        if (!up) return HttpResponse::withStatus(503);
        return HttpResponse::ok("<rss version=\"2.0\"><channel><title>T</title></channel></rss>");
    });
    Feed failed = refreshOne(server.url("/feed"));
    EXPECT_EQ(failed.lastFailure.code, 503);
    up = true;
    RefreshOptions options;
    options.feedIds = {failed.id};
    Refresher(dir.database()).run(options);
    Database db(dir.database());
    std::optional<Feed> feed = FeedStore(db).feed(failed.id);
    EXPECT_FALSE(feed->lastError);
    EXPECT_EQ(feed->lastFailure.kind, FailureKind::None);
}

} // namespace
} // namespace heraut
