// SPDX-License-Identifier: GPL-3.0-or-later
// Site icons are fetched by the refresh, never by the views: the feed's own image when it names
// one, else the site's /favicon.ico; kept in the database, checked again only after a week and
// then with conditional GET; what is not an image, or too large, is not kept.
#include "TempDatabase.h"
#include "heraut/FeedIcons.h"
#include "heraut/FeedStore.h"
#include "heraut/Refresher.h"
#include "support/TestHttpServer.h"

#include <gtest/gtest.h>
#include <map>
#include <mutex>

namespace heraut {
namespace {

using test::HttpRequest;
using test::HttpResponse;

constexpr std::int64_t kNow = 1769100000;
const std::string kPng = std::string("\x89PNG\r\n\x1a\n", 8) + std::string(40, '\0');
const std::string kIco = std::string("\0\0\1\0\1\0", 6) + std::string(40, '\1');

class FeedIconFetchTest : public testing::Test {
  protected:
    test::TempDir dir;
    std::mutex mutex;
    std::map<std::string, HttpResponse> routes;
    test::TestHttpServer server{[this](const HttpRequest& request) {
        std::lock_guard lock(mutex);
        auto it = routes.find(request.path);
        if (it == routes.end()) return HttpResponse::withStatus(404);
        if (request.header("if-none-match") == "\"icon-1\"") return HttpResponse::withStatus(304);
        return it->second;
    }};

    void route(const std::string& path, HttpResponse response) {
        std::lock_guard lock(mutex);
        routes[path] = std::move(response);
    }
    std::string feedXml(const std::string& image) {
        return "<rss version=\"2.0\"><channel><title>Defensie</title><link>" + server.url("/") +
               "</link>" + image +
               "<item><guid>a</guid><title>Fregat</title></item></channel></rss>";
    }
    std::int64_t addFeed(const std::string& path) {
        Database db(dir.database());
        return FeedStore(db).addFeed(server.url(path), "", std::nullopt, kNow);
    }
    RefreshSummary refresh(std::int64_t now, bool icons = true) {
        RefreshOptions options;
        options.force = true;
        options.now = now;
        options.fetchIcons = icons;
        return Refresher(dir.database()).run(options);
    }
    std::vector<FeedIcon> icons() {
        Database db(dir.database());
        return FeedIconStore(db).icons();
    }
    size_t requestsFor(const std::string& path) {
        size_t n = 0;
        for (const HttpRequest& r : server.requests())
            n += r.path == path;
        return n;
    }
};

TEST_F(FeedIconFetchTest, TheFeedsOwnImageIsFetchedAndKept) {
    route("/feed", HttpResponse::ok(feedXml("<image><url>/logo.png</url><title>D</title>"
                                            "<link>/</link></image>")));
    route("/logo.png", HttpResponse::ok(kPng, "image/png"));
    route("/favicon.ico", HttpResponse::ok(kIco, "image/x-icon"));
    std::int64_t feed = addFeed("/feed");
    refresh(kNow);
    std::vector<FeedIcon> stored = icons();
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].feedId, feed);
    EXPECT_EQ(stored[0].url, server.url("/logo.png")) << "relative to the feed, made absolute";
    EXPECT_EQ(stored[0].image, kPng) << "bytes kept exactly, NULs and all";
    EXPECT_EQ(requestsFor("/favicon.ico"), 0u) << "the feed named its image";
}

TEST_F(FeedIconFetchTest, WithoutAnImageTheSitesFaviconIsUsed) {
    route("/feed", HttpResponse::ok(feedXml("")));
    route("/favicon.ico", HttpResponse::ok(kIco, "text/plain")); // a common wrong type
    addFeed("/feed");
    refresh(kNow);
    std::vector<FeedIcon> stored = icons();
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].url, server.url("/favicon.ico"));
    EXPECT_EQ(stored[0].image, kIco);
}

TEST_F(FeedIconFetchTest, CheckedAgainOnlyAfterAWeekAndThenConditionally) {
    route("/feed", HttpResponse::ok(feedXml("")));
    route("/favicon.ico", HttpResponse::ok(kIco, "image/x-icon").header("ETag", "\"icon-1\""));
    addFeed("/feed");
    refresh(kNow);
    refresh(kNow + 3600);
    refresh(kNow + 6 * 86400);
    EXPECT_EQ(requestsFor("/favicon.ico"), 1u) << "not refetched within the week";
    refresh(kNow + 8 * 86400);
    ASSERT_EQ(requestsFor("/favicon.ico"), 2u);
    EXPECT_EQ(server.requests().back().header("if-none-match"), "\"icon-1\"");
    ASSERT_EQ(icons().size(), 1u);
    EXPECT_EQ(icons()[0].image, kIco) << "a 304 keeps the icon";
}

TEST_F(FeedIconFetchTest, WhatIsNotAnImageOrTooLargeIsNotKept) {
    route("/feed", HttpResponse::ok(feedXml("")));
    route("/favicon.ico",
          HttpResponse::ok("<html><body>Not found</body></html>", "text/html")); // soft 404
    route("/big", HttpResponse::ok(feedXml("<image><url>/huge.png</url></image>")));
    route("/huge.png", HttpResponse::ok(kPng + std::string(200 << 10, 'x'), "image/png"));
    addFeed("/feed");
    addFeed("/big");
    RefreshSummary summary = refresh(kNow);
    EXPECT_EQ(summary.failed, 0) << "an icon never fails a refresh";
    EXPECT_TRUE(icons().empty());
    // Both were checked: not asked again at the next refresh.
    server.clearRequests();
    refresh(kNow + 60);
    EXPECT_EQ(requestsFor("/favicon.ico") + requestsFor("/huge.png"), 0u);
}

TEST_F(FeedIconFetchTest, SwitchedOffNothingIsFetched) {
    route("/feed", HttpResponse::ok(feedXml("<image><url>/logo.png</url></image>")));
    route("/logo.png", HttpResponse::ok(kPng, "image/png"));
    route("/favicon.ico", HttpResponse::ok(kIco, "image/x-icon"));
    addFeed("/feed");
    refresh(kNow, false);
    EXPECT_EQ(server.requestCount(), 1u) << "the feed only";
    EXPECT_TRUE(icons().empty());
}

TEST_F(FeedIconFetchTest, ANewImageInTheFeedIsFetchedAtOnce) {
    route("/feed", HttpResponse::ok(feedXml("<image><url>/logo.png</url></image>")));
    route("/logo.png", HttpResponse::ok(kPng, "image/png"));
    route("/logo2.png", HttpResponse::ok(kIco, "image/png"));
    addFeed("/feed");
    refresh(kNow);
    route("/feed", HttpResponse::ok(feedXml("<image><url>/logo2.png</url></image>")));
    refresh(kNow + 3600);
    ASSERT_EQ(icons().size(), 1u);
    EXPECT_EQ(icons()[0].url, server.url("/logo2.png"));
    EXPECT_EQ(icons()[0].image, kIco);
}

TEST(FeedIconBytes, RecognisesImageFormatsAndRefusesPages) {
    EXPECT_TRUE(looksLikeImage(kPng));
    EXPECT_TRUE(looksLikeImage(kIco));
    EXPECT_TRUE(looksLikeImage("GIF89a...."));
    EXPECT_TRUE(looksLikeImage("\xFF\xD8\xFF\xE0 jpeg"));
    EXPECT_TRUE(looksLikeImage(std::string_view("RIFF\x10\0\0\0WEBPVP8 ", 16)));
    EXPECT_TRUE(
        looksLikeImage("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
    EXPECT_FALSE(looksLikeImage("<!DOCTYPE html><html><svg></svg></html>"));
    EXPECT_FALSE(looksLikeImage(""));
    EXPECT_FALSE(looksLikeImage("Not Found"));
}

} // namespace
} // namespace heraut
