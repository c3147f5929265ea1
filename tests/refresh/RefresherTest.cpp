// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefreshFixture.h"
#include "TestData.h"
#include "heraut/FeedStore.h"
#include "heraut/MuteRules.h"
#include "heraut/StoryStore.h"
#include "heraut/WatchLists.h"

#include <gtest/gtest.h>
#include <map>
#include <mutex>
#include <optional>

namespace heraut {
namespace {

using test::HttpRequest;
using test::HttpResponse;
using test::TestHttpServer;

constexpr std::int64_t kNow = test::kRefreshNow;

std::string rss(const std::string& title,
                const std::vector<std::pair<std::string, std::string>>& items) {
    std::string xml =
        "<rss version=\"2.0\"><channel><title>" + title + "</title><link>https://x.nl/</link>";
    for (const auto& [guid, itemTitle] : items)
        xml += "<item><guid>" + guid + "</guid><title>" + itemTitle +
               "</title><pubDate>Thu, 22 Jan 2026 10:00:00 +0000</pubDate>"
               "<description>Key takeaways Eerste punt. Tweede punt. […]</description></item>";
    return xml + "</channel></rss>";
}

// Routes by path; a test changes what a path answers between refreshes.
class Routes {
  public:
    void set(const std::string& path, HttpResponse response) {
        std::lock_guard lock(m_mutex);
        m_routes[path] = std::move(response);
    }
    HttpResponse operator()(const HttpRequest& request) {
        std::lock_guard lock(m_mutex);
        auto it = m_routes.find(request.path);
        if (it == m_routes.end()) return HttpResponse::withStatus(404);
        HttpResponse response = it->second;
        std::string etag;
        for (const auto& [name, value] : response.headers)
            if (name == "ETag") etag = value;
        if (!etag.empty() && request.header("if-none-match") == etag)
            return HttpResponse::withStatus(304);
        return response;
    }

  private:
    std::mutex m_mutex;
    std::map<std::string, HttpResponse> m_routes;
};

class RefresherTest : public test::RefreshFixture {
  protected:
    Routes routes;
    TestHttpServer server{[this](const HttpRequest& r) { return routes(r); }};
    Database db{dir.database()};
    FeedStore feeds{db};
    ArticleStore articles{db};

    std::int64_t subscribe(const std::string& path) {
        return feeds.addFeed(server.url(path), "", std::nullopt, kNow);
    }

    RefreshSummary refresh(std::int64_t now = kNow, bool force = false) {
        RefreshOptions options = refreshOptions(now, force);
        options.fetch.totalTimeoutMs = 3000;
        options.fetch.lowSpeedSeconds = 1;
        options.fetch.lowSpeedBytesPerSecond = 1000;
        return runRefresh(options);
    }
};

TEST_F(RefresherTest, StoresNewArticlesAndReportsThem) {
    routes.set("/a", HttpResponse::ok(rss("Feed A", {{"1", "Een"}, {"2", "Twee"}})));
    std::int64_t id = subscribe("/a");
    RefreshSummary s = refresh();
    EXPECT_EQ(s.feeds, 1);
    EXPECT_EQ(s.ok, 1);
    EXPECT_EQ(s.newArticles, 2);
    Feed feed = *feeds.feed(id);
    EXPECT_EQ(feed.title, "Feed A");
    EXPECT_EQ(feed.lastSuccess, kNow);
    EXPECT_EQ(feed.nextDue, kNow + 1800);
    auto list = articles.list({.withTakeaways = true});
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].keyTakeaways, (std::vector<std::string>{"Eerste punt.", "Tweede punt."}));
}

TEST_F(RefresherTest, WhatARefreshStoresIsIndexedForSearchWhenItEnds) {
    routes.set("/a", HttpResponse::ok(rss("Feed A", {{"1", "Fregat"}, {"2", "Korvet"}})));
    subscribe("/a");
    refresh();
    Statement waiting = db.prepare("SELECT count(*) FROM search_backlog");
    ASSERT_TRUE(waiting.step());
    EXPECT_EQ(waiting.integer(0), 0);
    Statement indexed =
        db.prepare("SELECT count(*) FROM article_search WHERE article_search MATCH 'fregat'");
    ASSERT_TRUE(indexed.step());
    EXPECT_EQ(indexed.integer(0), 1);
}

// One item with a body of its own, for the story tests: rss() gives every item the same one.
std::string rssItem(const std::string& feedTitle, const std::string& title,
                    const std::string& body) {
    return "<rss version=\"2.0\"><channel><title>" + feedTitle +
           "</title><link>https://x.nl/</link><item><guid>" + title + "</guid><title>" + title +
           "</title><pubDate>Thu, 22 Jan 2026 10:00:00 +0000</pubDate><description>" + body +
           "</description></item></channel></rss>";
}

TEST_F(RefresherTest, ARefreshGroupsWhatItStoredIntoStories) {
    routes.set("/nos",
               HttpResponse::ok(rssItem(
                   "NOS", "Nederland levert nog twee Patriot-lanceerinstallaties aan Oekraïne",
                   "Minister Brekelmans stuurt twee Patriot-lanceerinstallaties uit eigen "
                   "voorraad naar Oekraïne, via het Poolse Rzeszów.")));
    routes.set("/nu", HttpResponse::ok(rssItem(
                          "NU.nl", "Brekelmans: twee Patriot-lanceerinstallaties naar Oekraïne",
                          "Nederland geeft Oekraïne twee Patriot-lanceerinstallaties, zegt "
                          "minister Brekelmans. Ze gaan via Rzeszów.")));
    routes.set("/vrt", HttpResponse::ok(
                           rssItem("VRT NWS", "Eerste Belgische F-35 landt in Florennes",
                                   "De eerste F-35 van de Luchtcomponent landde in Florennes.")));
    subscribe("/nos");
    subscribe("/nu");
    subscribe("/vrt");
    refresh();
    StoryStore stories(db);
    EXPECT_EQ(stories.waitingCount(), 0);
    auto list = stories.list({});
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].articles.size() + list[1].articles.size(), 3u);
    EXPECT_EQ(std::max(list[0].feeds.size(), list[1].feeds.size()), 2u);
}

TEST_F(RefresherTest, OnlyDueFeedsUnlessForced) {
    routes.set("/a", HttpResponse::ok(rss("A", {{"1", "Een"}})));
    subscribe("/a");
    refresh();
    EXPECT_EQ(refresh(kNow + 60).feeds, 0);
    EXPECT_EQ(refresh(kNow + 60, true).feeds, 1);
    EXPECT_EQ(refresh(kNow + 3600).feeds, 1);
}

TEST_F(RefresherTest, NotModifiedKeepsEverythingAndSendsValidators) {
    routes.set("/a", HttpResponse::ok(rss("A", {{"1", "Een"}})).header("ETag", "\"abc\""));
    subscribe("/a");
    refresh();
    articles.setRead({articles.list({})[0].id}, true, kNow);
    RefreshSummary s = refresh(kNow, true);
    EXPECT_EQ(s.notModified, 1);
    EXPECT_EQ(server.requests().back().header("if-none-match"), "\"abc\"");
    EXPECT_TRUE(articles.list({})[0].read);
}

TEST_F(RefresherTest, UnchangedBodyFromAServerWithoutValidatorsSkipsTheParse) {
    routes.set("/a", HttpResponse::ok(rss("A", {{"1", "Een"}})));
    subscribe("/a");
    refresh();
    RefreshSummary s = refresh(kNow, true);
    EXPECT_EQ(s.notModified, 1);
    EXPECT_EQ(s.ok, 0);
}

TEST_F(RefresherTest, ReadFlagsSurviveARefreshThatChangesContent) {
    routes.set("/a", HttpResponse::ok(rss("A", {{"1", "Een"}, {"2", "Twee"}})));
    subscribe("/a");
    refresh();
    auto list = articles.list({});
    articles.setRead({list[0].id}, true, kNow);
    articles.setStarred({list[1].id}, true);
    routes.set("/a",
               HttpResponse::ok(
                   rss("A", {{"1", "Een (gewijzigd)"}, {"2", "Twee (gewijzigd)"}, {"3", "Drie"}})));
    RefreshSummary s = refresh(kNow, true);
    EXPECT_EQ(s.newArticles, 1);
    EXPECT_EQ(s.updatedArticles, 2);
    EXPECT_TRUE(articles.article(list[0].id)->read);
    EXPECT_TRUE(articles.article(list[1].id)->starred);
    EXPECT_NE(articles.article(list[0].id)->article.title.find("gewijzigd"), std::string::npos);
}

// A feed that lists an old item (an archive, a wrong date): read today, it must survive the
// refreshes of the retention period; dropped after that, it must not return as unread.
TEST_F(RefresherTest, RetentionKeepsAnOldItemReadTodayAndNeverResurrectsIt) {
    std::string feed = rss("A", {{"1", "Nieuw"}});
    std::string old = "<item><guid>archief</guid><title>Archief</title>"
                      "<pubDate>Mon, 06 Jan 2020 10:00:00 +0000</pubDate></item>";
    feed.insert(feed.find("</channel>"), old);
    routes.set("/a", HttpResponse::ok(feed));
    subscribe("/a");
    refresh();
    std::int64_t archived = 0;
    for (const auto& h : articles.list({}))
        if (h.title == "Archief") archived = h.id;
    ASSERT_NE(archived, 0);
    articles.setRead({archived}, true, kNow);
    routes.set("/a", HttpResponse::ok(feed + " ")); // a new body each time: parsed and stored
    refresh(kNow + 3600, true);
    EXPECT_TRUE(articles.article(archived)) << "read an hour ago: kept";
    routes.set("/a", HttpResponse::ok(feed + "  "));
    refresh(kNow + 181 * 86400, true);
    EXPECT_FALSE(articles.article(archived)) << "read 181 days ago: dropped";
    routes.set("/a", HttpResponse::ok(feed + "   "));
    RefreshSummary s = refresh(kNow + 182 * 86400, true);
    EXPECT_EQ(s.newArticles, 0) << "still in the feed, but not news again";
    EXPECT_EQ(articles.count({.unreadOnly = true}), 1);
}

// Another connection (the reader, a second heraut-cli) holds the write lock past the busy
// timeout once the refresh has started: every write of the refresh gets SQLITE_BUSY. The
// articles are reported as not stored, never as new; failing to record that failure too must
// not end the process (it did, from the worker thread); the summary survives a failed
// retention; and the next refresh stores everything.
TEST_F(RefresherTest, ARefreshThatCannotWriteCountsItsArticlesAsNotStored) {
    routes.set("/a", HttpResponse::ok(rss("A", {{"1", "Een"}})));
    std::int64_t id = subscribe("/a");
    refresh();
    routes.set("/a", HttpResponse::ok(rss("A", {{"1", "Een"}, {"2", "Twee"}, {"3", "Drie"}})));
    struct LockOnStart : RefreshObserver {
        Database* other = nullptr;
        std::optional<Transaction> hold;
        FeedRefreshResult result;
        void started(int) override { hold.emplace(*other); } // BEGIN IMMEDIATE: the write lock
        void feedDone(const FeedRefreshResult& r, int, int) override { result = r; }
    } observer;
    Database other(dir.database());
    observer.other = &other;
    RefreshSummary s = runRefresh(refreshOptions(kNow + 3600, true), &observer);
    observer.hold.reset();
    EXPECT_EQ(s.failed, 1);
    EXPECT_EQ(s.newArticles, 0);
    EXPECT_EQ(s.notStoredArticles, 2);
    EXPECT_EQ(observer.result.notStored, 2);
    EXPECT_NE(observer.result.error.find("2 new and 0 changed articles not stored"),
              std::string::npos)
        << observer.result.error;
    EXPECT_NE(observer.result.error.find("not recorded"), std::string::npos);
    EXPECT_FALSE(s.retentionError.empty());
    EXPECT_EQ(articles.count({.feedId = id}), 1);

    s = refresh(kNow + 7200, true);
    EXPECT_EQ(s.newArticles, 2) << "the validators were not stored: fetched and stored again";
    EXPECT_EQ(s.notStoredArticles, 0);
}

TEST_F(RefresherTest, PermanentRedirectsUpdateTheUrlTemporaryOnesDoNot) {
    routes.set("/moved", HttpResponse::withStatus(301).header("Location", "/new"));
    routes.set("/moved308", HttpResponse::withStatus(308).header("Location", "/new308"));
    routes.set("/temp", HttpResponse::withStatus(302).header("Location", "/new302"));
    routes.set("/new", HttpResponse::ok(rss("N", {{"1", "x"}})));
    routes.set("/new308", HttpResponse::ok(rss("N8", {{"1", "x"}})));
    routes.set("/new302", HttpResponse::ok(rss("N2", {{"1", "x"}})));
    std::int64_t a = subscribe("/moved");
    std::int64_t b = subscribe("/moved308");
    std::int64_t c = subscribe("/temp");
    EXPECT_EQ(refresh().ok, 3);
    EXPECT_EQ(feeds.feed(a)->url, server.url("/new"));
    EXPECT_EQ(feeds.feed(b)->url, server.url("/new308"));
    EXPECT_EQ(feeds.feed(c)->url, server.url("/temp"));
}

TEST_F(RefresherTest, GoneDisablesTheFeedAndKeepsItsArticles) {
    routes.set("/a", HttpResponse::ok(rss("A", {{"1", "Een"}})));
    std::int64_t id = subscribe("/a");
    refresh();
    routes.set("/a", HttpResponse::withStatus(410));
    RefreshSummary s = refresh(kNow, true);
    EXPECT_EQ(s.failed, 1);
    Feed feed = *feeds.feed(id);
    EXPECT_TRUE(feed.disabled);
    EXPECT_NE(feed.lastError->find("410"), std::string::npos);
    EXPECT_EQ(articles.count({}), 1);
    EXPECT_EQ(refresh(kNow + 100000, true).feeds, 0) << "disabled feeds are left alone";
}

TEST_F(RefresherTest, TooManyRequestsHonoursRetryAfter) {
    routes.set("/a", HttpResponse::withStatus(429).header("Retry-After", "7200"));
    routes.set("/b", HttpResponse::withStatus(503).header("Retry-After", "600"));
    std::int64_t a = subscribe("/a");
    std::int64_t b = subscribe("/b");
    refresh();
    EXPECT_EQ(feeds.feed(a)->nextDue, kNow + 7200);
    EXPECT_EQ(feeds.feed(b)->nextDue, kNow + 600);
    EXPECT_NE(feeds.feed(a)->lastError->find("retry after 7200 s"), std::string::npos);
}

TEST_F(RefresherTest, FailuresBackOffExponentiallyAndASuccessResets) {
    routes.set("/a", HttpResponse::withStatus(500));
    std::int64_t id = subscribe("/a");
    std::int64_t now = kNow;
    std::vector<std::int64_t> waits;
    for (int i = 0; i < 4; ++i) {
        refresh(now);
        Feed feed = *feeds.feed(id);
        waits.push_back(feed.nextDue - now);
        now = feed.nextDue;
    }
    EXPECT_EQ(waits, (std::vector<std::int64_t>{1800, 3600, 7200, 14400}));
    EXPECT_EQ(feeds.feed(id)->consecutiveFailures, 4);
    for (int i = 0; i < 10; ++i) {
        refresh(now);
        now = feeds.feed(id)->nextDue;
    }
    EXPECT_EQ(feeds.feed(id)->nextDue - feeds.feed(id)->lastFetch.value(), 24 * 3600) << "capped";
    routes.set("/a", HttpResponse::ok(rss("A", {{"1", "Een"}})));
    refresh(now);
    EXPECT_EQ(feeds.feed(id)->consecutiveFailures, 0);
    EXPECT_FALSE(feeds.feed(id)->lastError);
    EXPECT_EQ(feeds.feed(id)->nextDue, now + 1800);
}

TEST_F(RefresherTest, OneBadFeedNeverStopsTheOthers) {
    routes.set("/good", HttpResponse::ok(rss("Goed", {{"1", "Een"}})));
    routes.set("/html",
               HttpResponse::ok(test::readData("nos-page-with-feed-links.html"), "text/html"));
    routes.set("/truncated",
               HttpResponse::ok(rss("Half", {{"1", "Een"}, {"2", "Twee"}}).substr(0, 260)));
    HttpResponse stall = HttpResponse::ok(rss("Traag", {}));
    stall.delayMs = 10000;
    routes.set("/stall", stall);
    std::int64_t good = subscribe("/good");
    std::int64_t html = subscribe("/html");
    std::int64_t truncated = subscribe("/truncated");
    subscribe("/missing");
    subscribe("/stall");
    RefreshSummary s = refresh();
    EXPECT_EQ(s.feeds, 5);
    EXPECT_EQ(s.ok, 2);
    EXPECT_EQ(s.failed, 3);
    EXPECT_EQ(articles.count({.feedId = good}), 1);
    EXPECT_GE(articles.count({.feedId = truncated}), 1) << "what a truncated feed had is kept";
    EXPECT_NE(feeds.feed(html)->lastError->find("not a feed"), std::string::npos);
}

TEST_F(RefresherTest, ProgressIsReportedPerFeed) {
    struct Recorder : RefreshObserver {
        int total = -1;
        std::vector<int> done;
        void started(int t) override { total = t; }
        void feedDone(const FeedRefreshResult&, int d, int) override { done.push_back(d); }
    } recorder;
    for (int i = 0; i < 5; ++i) {
        routes.set("/f" + std::to_string(i), HttpResponse::ok(rss("F", {{"1", "x"}})));
        subscribe("/f" + std::to_string(i));
    }
    runRefresh(refreshOptions(), &recorder);
    EXPECT_EQ(recorder.total, 5);
    EXPECT_EQ(recorder.done, (std::vector<int>{1, 2, 3, 4, 5}));
}

TEST_F(RefresherTest, CancelStopsWithoutLosingWhatWasStored) {
    routes.set("/fast", HttpResponse::ok(rss("Snel", {{"1", "x"}})));
    HttpResponse slow = HttpResponse::ok(rss("Traag", {{"1", "x"}}));
    slow.delayMs = 5000;
    routes.set("/slow", slow);
    subscribe("/fast");
    subscribe("/slow");
    std::atomic<bool> cancelled{false};
    struct CancelAfterFirst : RefreshObserver {
        std::atomic<bool>* flag;
        void feedDone(const FeedRefreshResult&, int, int) override { *flag = true; }
    } observer;
    observer.flag = &cancelled;
    auto started = std::chrono::steady_clock::now();
    RefreshSummary s = runRefresh(refreshOptions(), &observer, &cancelled);
    EXPECT_TRUE(s.cancelled);
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(3));
    EXPECT_EQ(articles.count({}), 1);
}

// Mute rules and watch-lists look at what a refresh stored before it returns (issue 13): the
// reader's tree and the CLI show the counts without another step.
TEST_F(RefresherTest, ArrivalsAreMutedAndMatchedByWatchListsWhenTheRefreshEnds) {
    subscribe("/a");
    MuteRule rule;
    rule.pattern = "voetbal";
    rule.action = MuteRule::Action::Hide;
    MuteRuleStore(db).add(rule, kNow);
    WatchListStore(db).add("Vloot", "fregat OR korvet", false, kNow);
    routes.set("/a", HttpResponse::ok(rss("A", {{"1", "Fregat vertrekt"},
                                                {"2", "Voetbal"},
                                                {"3", "Korvet en voetbal"},
                                                {"4", "Tank"}})));
    RefreshSummary summary = refresh();
    EXPECT_EQ(summary.newArticles, 4);
    EXPECT_TRUE(summary.arrivalError.empty()) << summary.arrivalError;
    EXPECT_EQ(articles.unreadCounts().total, 2) << "the two about voetbal are hidden and read";
    EXPECT_EQ(articles.count({}), 2);
    WatchListStore watch(db);
    WatchListCount vloot = watch.counts(kNow)[watch.find("Vloot")->id];
    EXPECT_EQ(vloot.total, 1) << "the korvet article is hidden, so not counted";
    EXPECT_EQ(vloot.unread, 1);
    EXPECT_EQ(articles.search("is:muted").size(), 2u);
}

} // namespace
} // namespace heraut
