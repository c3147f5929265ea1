// SPDX-License-Identifier: GPL-3.0-or-later
// Full articles during a refresh (issue 10): pages of excerpt-only feeds are fetched after the
// headlines, politely, and kept for reading offline.
#include "TempDatabase.h"
#include "TestData.h"
#include "heraut/ArticlePages.h"
#include "heraut/FeedStore.h"
#include "heraut/FullArticleStore.h"
#include "heraut/Refresher.h"
#include "heraut/Subscriptions.h"
#include "support/TestHttpServer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace heraut {
namespace {

using test::HttpRequest;
using test::HttpResponse;
using test::TestHttpServer;
using Clock = std::chrono::steady_clock;

constexpr std::int64_t kNow = 1769100000;

// A WordPress theme's article page: menus, the takeaways box, the body, a "Lees ook" list.
std::string articlePage(const std::string& word) {
    std::string page =
        "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Over " + word +
        " | Business AM</title></head><body><header><nav><ul><li><a href=\"/\">Home</a></li>"
        "<li><a href=\"/defensie/\">Defensie</a></li></ul></nav></header><main>"
        "<article class=\"post\"><h1>Over " +
        word + "</h1><div class=\"key-takeaways\"><h2>Key takeaways</h2><ul><li>Punt een over " +
        word + ".</li><li>Punt twee over " + word +
        ".</li></ul></div><div class=\"entry-content\">";
    for (int p = 0; p < 6; ++p)
        page += "<p>De marine bestelt nieuwe schepen, zegt de minister van Defensie, en de "
                "vloot groeit daarmee voor het eerst in dertig jaar. Volgens de staf gaat het "
                "om een investering van vele miljoenen euro, gespreid over tien jaar, met "
                "werk voor de eigen scheepswerven. Paragraaf " +
                std::to_string(p) + (p == 5 ? " eindigt met het woord " + word : "") + ".</p>";
    return page + "</div></article><aside><h3>Lees ook</h3><ul><li><a href=\"/x\">Ander "
                  "nieuws</a></li></ul></aside></main><footer>© Business AM</footer></body></html>";
}

struct Item {
    std::string guid;
    std::string title;
    std::string link;
    bool complete = false; // content:encoded with the whole text, as complete feeds send it
};

std::string feedXml(const std::vector<Item>& items) {
    std::string xml = "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/"
                      "content/\"><channel><title>Defensie</title><link>https://x.nl/</link>";
    int minute = 0;
    for (const Item& item : items) {
        xml += "<item><guid>" + item.guid + "</guid><title>" + item.title + "</title><link>" +
               item.link + "</link><pubDate>Thu, 22 Jan 2026 10:" + (minute < 10 ? "0" : "") +
               std::to_string(minute) +
               ":00 +0000</pubDate><description>Key takeaways De marine krijgt nieuwe "
               "schepen [&#8230;]</description>";
        if (item.complete) {
            xml += "<content:encoded><![CDATA[";
            for (int p = 0; p < 8; ++p)
                xml += "<p>De hele tekst van het artikel, zoals de feed hem zelf stuurt, met "
                       "alles erin wat de lezer wil weten over " +
                       item.title + ".</p>";
            xml += "]]></content:encoded>";
        }
        xml += "</item>";
        minute = (minute + 1) % 60;
    }
    return xml + "</channel></rss>";
}

// Routes by path; counts page requests and how many run at once per host.
class PageServer {
  public:
    void set(const std::string& path, HttpResponse response) {
        std::lock_guard lock(m_mutex);
        m_routes[path] = std::move(response);
    }
    void setPageDelay(int milliseconds) { m_pageDelayMs = milliseconds; }

    HttpResponse operator()(const HttpRequest& request) {
        bool page = request.path.starts_with("/artikel/");
        if (page) enter(request.host);
        HttpResponse response = route(request);
        if (page) {
            std::this_thread::sleep_for(std::chrono::milliseconds(m_pageDelayMs));
            leave(request.host);
        }
        return response;
    }

    int pageRequests(const std::string& path = {}) {
        std::lock_guard lock(m_mutex);
        if (path.empty()) return m_pageCount;
        return m_countByPath[path];
    }
    int mostAtOnce(const std::string& host) {
        std::lock_guard lock(m_mutex);
        return m_most[host];
    }
    std::vector<Clock::time_point> starts(const std::string& host) {
        std::lock_guard lock(m_mutex);
        return m_starts[host];
    }

  private:
    HttpResponse route(const HttpRequest& request) {
        std::lock_guard lock(m_mutex);
        ++m_countByPath[request.path];
        auto it = m_routes.find(request.path);
        if (it == m_routes.end()) return HttpResponse::withStatus(404);
        HttpResponse response = it->second;
        for (const auto& [name, value] : response.headers)
            if (name == "ETag" && request.header("if-none-match") == value)
                return HttpResponse::withStatus(304);
        return response;
    }
    void enter(const std::string& host) {
        std::lock_guard lock(m_mutex);
        ++m_pageCount;
        m_starts[host].push_back(Clock::now());
        m_most[host] = std::max(m_most[host], ++m_now[host]);
    }
    void leave(const std::string& host) {
        std::lock_guard lock(m_mutex);
        --m_now[host];
    }

    std::mutex m_mutex;
    std::map<std::string, HttpResponse> m_routes;
    std::map<std::string, int> m_countByPath;
    std::map<std::string, int> m_now;
    std::map<std::string, int> m_most;
    std::map<std::string, std::vector<Clock::time_point>> m_starts;
    int m_pageCount = 0;
    std::atomic<int> m_pageDelayMs{0};
};

HttpResponse htmlPage(const std::string& word) {
    return HttpResponse::ok(articlePage(word), "text/html; charset=utf-8");
}

class Observer : public RefreshObserver {
  public:
    void feedDone(const FeedRefreshResult&, int, int) override { events.push_back("feed"); }
    void pageDone(const PageFetchResult& r, int, int) override {
        events.push_back(r.outcome == PageFetchResult::Outcome::Stored ? "page" : "page-failed");
    }
    std::vector<std::string> events;
};

class FullArticleRefreshTest : public testing::Test {
  protected:
    test::TempDir dir;
    PageServer pages;
    std::unique_ptr<TestHttpServer> server =
        std::make_unique<TestHttpServer>([this](const HttpRequest& r) { return pages(r); },
                                         std::vector<std::string>{"127.0.0.1", "127.0.0.2"});
    Database db{dir.database()};
    FeedStore feeds{db};
    ArticleStore articles{db};
    FullArticleStore full{db};

    std::string url(const std::string& path, const std::string& host = "127.0.0.1") {
        return server->url(path, host);
    }

    // An excerpt-only feed of `count` items, each linking to its page on the test server.
    std::vector<Item> excerptItems(int count, int first = 0,
                                   const std::vector<std::string>& hosts = {"127.0.0.1"}) {
        std::vector<Item> items;
        for (int i = first; i < first + count; ++i) {
            std::string path = "/artikel/" + std::to_string(i);
            items.push_back({"g" + std::to_string(i), "Artikel " + std::to_string(i),
                             url(path, hosts[static_cast<size_t>(i) % hosts.size()])});
            pages.set(path, htmlPage("fregat" + std::to_string(i)));
        }
        return items;
    }

    std::int64_t subscribe(const std::string& path, const std::vector<Item>& items) {
        pages.set(path, HttpResponse::ok(feedXml(items)).header("ETag", "\"1\""));
        return feeds.addFeed(url(path), "", std::nullopt, kNow);
    }

    RefreshSummary refresh(std::int64_t now = kNow, RefreshObserver* observer = nullptr,
                           long pauseMs = 0, const std::atomic<bool>* cancelled = nullptr) {
        RefreshOptions options;
        options.now = now;
        options.force = true;
        options.fetch.totalTimeoutMs = 5000;
        options.pages.pauseMs = pauseMs;
        return Refresher(dir.database()).run(options, observer, cancelled);
    }

    std::int64_t idOf(const std::string& title) {
        for (const auto& h : articles.list({.limit = 1000}))
            if (h.title == title) return h.id;
        ADD_FAILURE() << "no article " << title;
        return 0;
    }
};

TEST_F(FullArticleRefreshTest, ExcerptOnlyFeedGetsItsPagesAfterTheHeadlines) {
    std::int64_t feed = subscribe("/feed", excerptItems(3));
    Observer observer;
    RefreshSummary s = refresh(kNow, &observer);
    EXPECT_EQ(s.newArticles, 3);
    EXPECT_EQ(s.pagesStored, 3);
    EXPECT_EQ(s.pagesFailed, 0);
    EXPECT_TRUE(full.excerptOnly(feed)) << "items ending in […] are excerpts";
    EXPECT_EQ(observer.events, (std::vector<std::string>{"feed", "page", "page", "page"}))
        << "headlines are stored and reported before any page";
    server.reset(); // offline from here on
    auto page = full.fullArticle(idOf("Artikel 1"));
    ASSERT_TRUE(page);
    EXPECT_NE(page->text.find("Paragraaf 0"), std::string::npos);
    EXPECT_NE(page->text.find("eindigt met het woord fregat1"), std::string::npos);
    EXPECT_EQ(page->text.find("Lees ook"), std::string::npos) << "the clutter stays out";
    EXPECT_EQ(page->keyTakeaways,
              (std::vector<std::string>{"Punt een over fregat1.", "Punt twee over fregat1."}));
    EXPECT_EQ(page->fetchedAt, kNow);
    auto hits = articles.search("fregat2");
    ASSERT_EQ(hits.size(), 1u) << "the page's text is searched";
    EXPECT_EQ(hits[0].title, "Artikel 2");
    EXPECT_EQ(articles.search("\"punt twee over fregat0\"").size(), 1u);
}

TEST_F(FullArticleRefreshTest, CompleteFeedIsLeftAloneUnderAuto) {
    std::vector<Item> items = excerptItems(3);
    for (Item& item : items)
        item.complete = true;
    std::int64_t feed = subscribe("/feed", items);
    RefreshSummary s = refresh();
    EXPECT_EQ(s.newArticles, 3);
    EXPECT_FALSE(full.excerptOnly(feed));
    EXPECT_EQ(pages.pageRequests(), 0) << "a feed that sends the whole text needs no page";
    EXPECT_FALSE(full.fullArticle(idOf("Artikel 0")));
    // "always" fetches them for new articles even so.
    full.setMode(feed, FullArticlesMode::Always);
    std::vector<Item> more = excerptItems(1, 3);
    more[0].complete = true;
    items.insert(items.begin(), more[0]);
    pages.set("/feed", HttpResponse::ok(feedXml(items)).header("ETag", "\"2\""));
    s = refresh(kNow + 3600);
    EXPECT_EQ(s.pagesStored, 1);
    EXPECT_EQ(pages.pageRequests(), 1);
    EXPECT_TRUE(full.fullArticle(idOf("Artikel 3")));
}

TEST_F(FullArticleRefreshTest, NeverFetchesNoPage) {
    std::int64_t feed = subscribe("/feed", excerptItems(2));
    full.setMode(feed, FullArticlesMode::Never);
    refresh();
    EXPECT_EQ(pages.pageRequests(), 0);
}

TEST_F(FullArticleRefreshTest, FailingPageKeepsTheExcerptAndIsRetriedLater) {
    subscribe("/feed", excerptItems(2));
    pages.set("/artikel/1", HttpResponse::withStatus(503));
    RefreshSummary s = refresh();
    EXPECT_EQ(s.pagesStored, 1);
    EXPECT_EQ(s.pagesFailed, 1);
    std::int64_t id = idOf("Artikel 1");
    EXPECT_FALSE(full.fullArticle(id));
    EXPECT_EQ(articles.article(id)->article.text,
              "Key takeaways De marine krijgt nieuwe schepen […]")
        << "the excerpt stays";
    PageStatus status = full.pageStatus(id);
    EXPECT_EQ(status.state, PageState::Failed);
    EXPECT_NE(status.lastError.find("503"), std::string::npos) << status.lastError;
    // Too soon: the feed answers 304 and the page waits out its back-off.
    s = refresh(kNow + 60);
    EXPECT_EQ(s.notModified, 1);
    EXPECT_EQ(pages.pageRequests("/artikel/1"), 1);
    // Later, with the page back, it is fetched although the feed has not changed.
    pages.set("/artikel/1", htmlPage("fregat1"));
    s = refresh(status.nextAttempt);
    EXPECT_EQ(s.notModified, 1);
    EXPECT_EQ(s.pagesStored, 1);
    ASSERT_TRUE(full.fullArticle(id));
    EXPECT_EQ(pages.pageRequests("/artikel/0"), 1) << "a page stored is not fetched again";
}

// Every page's result reaches the observer once, with its own article and an error naming
// its page: feeds and pages share one fetch pipeline, and a mix-up there would show here.
TEST_F(FullArticleRefreshTest, EachPageFailureIsReportedWithItsOwnArticle) {
    subscribe("/feed", excerptItems(6));
    pages.set("/artikel/1", HttpResponse::withStatus(404));
    pages.set("/artikel/2", HttpResponse::ok("%PDF-1.4", "application/pdf"));
    pages.set("/artikel/3", HttpResponse::withStatus(502));
    pages.set("/artikel/4",
              HttpResponse::ok("<html><body><p>Cookies?</p></body></html>", "text/html"));
    struct Results : RefreshObserver {
        std::map<std::int64_t, PageFetchResult> byArticle;
        std::vector<int> done;
        int total = 0;
        void pageDone(const PageFetchResult& r, int d, int t) override {
            EXPECT_TRUE(byArticle.emplace(r.articleId, r).second) << "reported twice";
            done.push_back(d);
            total = t;
        }
    } results;
    RefreshSummary s = refresh(kNow, &results);
    EXPECT_EQ(results.total, 6);
    EXPECT_EQ(results.done, (std::vector<int>{1, 2, 3, 4, 5, 6}));
    EXPECT_EQ(s.pagesStored, 2);
    EXPECT_EQ(s.pagesFailed, 4);
    EXPECT_EQ(s.pagesWaiting, 0);
    using Outcome = PageFetchResult::Outcome;
    auto result = [&](int i) { return results.byArticle[idOf("Artikel " + std::to_string(i))]; };
    for (int i : {0, 5})
        EXPECT_EQ(result(i).outcome, Outcome::Stored) << i;
    for (int i : {1, 2, 3, 4})
        EXPECT_NE(result(i).error.find("/artikel/" + std::to_string(i)), std::string::npos)
            << result(i).error;
    EXPECT_EQ(result(1).failure.kind, FailureKind::Http);
    EXPECT_EQ(result(1).failure.code, 404);
    EXPECT_NE(result(1).error.find(": HTTP 404: the page is not there"), std::string::npos);
    EXPECT_EQ(result(2).outcome, Outcome::NoArticle);
    EXPECT_NE(result(2).error.find("not a web page"), std::string::npos);
    EXPECT_EQ(result(3).outcome, Outcome::Failed);
    EXPECT_EQ(result(3).failure.code, 502);
    EXPECT_NE(result(3).error.find(": HTTP 502: server error"), std::string::npos);
    EXPECT_EQ(result(4).outcome, Outcome::NoArticle);
    EXPECT_NE(result(4).error.find("no article on the page"), std::string::npos);
    for (int i : {0, 5})
        EXPECT_TRUE(full.fullArticle(idOf("Artikel " + std::to_string(i)))) << i;
}

// Cancelled while pages come in: the refresh stops soon, what was stored stays stored and
// counted, and the pages it did not reach wait for the next refresh, which fetches them.
TEST_F(FullArticleRefreshTest, CancelDuringPagesKeepsWhatWasStoredAndLeavesTheRest) {
    subscribe("/feed", excerptItems(20));
    pages.setPageDelay(300);
    std::atomic<bool> cancelled{false};
    struct CancelAfterFirstPage : RefreshObserver {
        std::atomic<bool>* flag = nullptr;
        int pages = 0;
        void pageDone(const PageFetchResult&, int, int) override {
            ++pages;
            *flag = true;
        }
    } observer;
    observer.flag = &cancelled;
    auto started = Clock::now();
    RefreshSummary s = refresh(kNow, &observer, 0, &cancelled);
    EXPECT_TRUE(s.cancelled);
    EXPECT_LT(Clock::now() - started, std::chrono::milliseconds(2500)) << "20 pages take 3 s";
    EXPECT_GE(s.pagesStored, 1);
    EXPECT_LT(s.pagesStored, 20);
    EXPECT_EQ(s.pagesStored + s.pagesFailed, observer.pages);
    EXPECT_EQ(s.pagesWaiting, 20 - observer.pages);
    int stored = 0;
    for (int i = 0; i < 20; ++i)
        stored += full.fullArticle(idOf("Artikel " + std::to_string(i))) ? 1 : 0;
    EXPECT_EQ(stored, s.pagesStored) << "every page reported stored is in the database";

    pages.setPageDelay(0);
    RefreshSummary next = refresh(kNow + 60);
    EXPECT_FALSE(next.cancelled);
    EXPECT_EQ(next.pagesStored, 20 - stored);
    for (int i = 0; i < 20; ++i)
        EXPECT_TRUE(full.fullArticle(idOf("Artikel " + std::to_string(i)))) << i;
}

// Articles stored by `add` (or by a refresh cancelled before their pages) are fetched by the
// next refresh even when the feed answers 304.
TEST_F(FullArticleRefreshTest, PagesLeftByAddAreFetchedByTheNextRefresh) {
    pages.set("/feed", HttpResponse::ok(feedXml(excerptItems(25))).header("ETag", "\"1\""));
    Fetcher fetcher;
    SubscribeRequest request;
    request.url = url("/feed");
    SubscribeResult added = heraut::subscribe(db, fetcher, request, kNow);
    EXPECT_EQ(added.newArticles, 25);
    EXPECT_EQ(pages.pageRequests(), 0) << "add fetches the feed only";
    RefreshSummary s = refresh(kNow + 60);
    EXPECT_EQ(s.notModified, 1);
    EXPECT_EQ(s.pagesStored, 20) << "a new feed's newest 20 only";
    EXPECT_TRUE(full.fullArticle(idOf("Artikel 24")));
    EXPECT_FALSE(full.fullArticle(idOf("Artikel 0")));
    // Articles new at later refreshes are all fetched.
    std::vector<Item> items = excerptItems(25);
    std::vector<Item> more = excerptItems(2, 25);
    items.insert(items.end(), more.begin(), more.end());
    pages.set("/feed", HttpResponse::ok(feedXml(items)).header("ETag", "\"2\""));
    s = refresh(kNow + 3600);
    EXPECT_EQ(s.newArticles, 2);
    EXPECT_EQ(s.pagesStored, 2);
}

// An article the feed changes keeps its text unless the page changed too (conditional GET).
TEST_F(FullArticleRefreshTest, ChangedArticleKeepsItsTextUnlessThePageChanged) {
    std::vector<Item> items = excerptItems(1);
    pages.set("/artikel/0", htmlPage("fregat0").header("ETag", "\"p1\""));
    subscribe("/feed", items);
    refresh();
    std::int64_t id = idOf("Artikel 0");
    items[0].title = "Artikel 0 (bijgewerkt)";
    pages.set("/feed", HttpResponse::ok(feedXml(items)).header("ETag", "\"2\""));
    RefreshSummary s = refresh(kNow + 60);
    EXPECT_EQ(s.updatedArticles, 1);
    EXPECT_EQ(pages.pageRequests("/artikel/0"), 2) << "the page is asked again ...";
    EXPECT_NE(full.fullArticle(id)->text.find("fregat0"), std::string::npos) << "... 304: kept";
    items[0].title = "Artikel 0 (opnieuw)";
    pages.set("/feed", HttpResponse::ok(feedXml(items)).header("ETag", "\"3\""));
    pages.set("/artikel/0", htmlPage("korvet0").header("ETag", "\"p2\""));
    refresh(kNow + 120);
    EXPECT_NE(full.fullArticle(id)->text.find("korvet0"), std::string::npos);
    EXPECT_TRUE(articles.search("fregat0").empty()) << "the old page's words left the index";
}

// At most two page fetches per host at once, and a pause before a slot's next fetch.
TEST_F(FullArticleRefreshTest, PoliteToEachHost) {
    pages.setPageDelay(50);
    subscribe("/feed", excerptItems(12, 0, {"127.0.0.1", "127.0.0.2"}));
    RefreshSummary s = refresh(kNow, nullptr, 200);
    EXPECT_EQ(s.pagesStored, 12);
    for (const std::string host : {"127.0.0.1", "127.0.0.2"}) {
        EXPECT_EQ(pages.mostAtOnce(host), 2) << host;
        std::vector<Clock::time_point> starts = pages.starts(host);
        ASSERT_EQ(starts.size(), 6u);
        std::sort(starts.begin(), starts.end());
        // The third fetch needs a slot that ended (50 ms) and paused (200 ms).
        for (size_t i = 0; i + 2 < starts.size(); ++i)
            EXPECT_GE(starts[i + 2] - starts[i], std::chrono::milliseconds(240)) << host << i;
    }
}

TEST_F(FullArticleRefreshTest, FetchOneArticleOnRequest) {
    std::int64_t feed = subscribe("/feed", excerptItems(1));
    full.setMode(feed, FullArticlesMode::Never);
    refresh();
    std::int64_t id = idOf("Artikel 0");
    EXPECT_FALSE(full.fullArticle(id));
    Fetcher fetcher;
    PageFetchResult r = fetchArticlePage(db, fetcher, id, kNow + 5);
    EXPECT_EQ(r.outcome, PageFetchResult::Outcome::Stored) << r.error;
    ASSERT_TRUE(full.fullArticle(id));
    EXPECT_EQ(full.fullArticle(id)->fetchedAt, kNow + 5);
    pages.set("/artikel/0", HttpResponse::ok("<html><body><p>Pagina niet gevonden</p></body>"
                                             "</html>",
                                             "text/html"));
    EXPECT_THROW(fetchArticlePage(db, fetcher, 9999, kNow), StoreError);
}

TEST(ExcerptDetection, ExcerptsAndCompleteItems) {
    auto item = [](std::string text, bool content) {
        Article a;
        a.link = "https://x.nl/1";
        a.text = std::move(text);
        if (content) a.content = "<p>" + a.text + "</p>";
        return a;
    };
    std::string longText(3000, 'x');
    for (std::string ending :
         {" […]", " [...]", "…", " Lees meer »", " Read more", " Lees verder →"})
        EXPECT_TRUE(isExcerptOnly({item(longText + ending, true)})) << ending;
    EXPECT_TRUE(isExcerptOnly({item("Een korte samenvatting.", true)})) << "a teaser";
    EXPECT_TRUE(isExcerptOnly({item(std::string(1000, 'y') + ".", false)}))
        << "a summary alone, shorter than an article";
    EXPECT_FALSE(isExcerptOnly({item(longText + ".", true)}));
    EXPECT_FALSE(isExcerptOnly({})) << "no items, nothing to judge";
    Article noLink = item("Kort […]", false);
    noLink.link.reset();
    EXPECT_FALSE(isExcerptOnly({noLink})) << "no page to fetch";
    EXPECT_FALSE(isExcerptOnly(
        {item(longText + ".", true), item(longText + ".", true), item("Kort […]", false)}))
        << "most items complete";
}

} // namespace
} // namespace heraut
