// SPDX-License-Identifier: GPL-3.0-or-later
// The Tiny Tiny RSS client against a real tt-rss (support/TtrssServer.h). Each test has a user of
// its own; what the server holds is checked through tt-rss's API directly (TtrssApi), not
// through the client under test.
#include "heraut/TinyTinyRssClient.h"
#include "support/TestHttpServer.h"
#include "support/TtrssServer.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <set>

using namespace heraut;
using heraut::test::HttpResponse;
using heraut::test::sampleRssFeed;
using heraut::test::TestHttpServer;
using heraut::test::TtrssApi;
using heraut::test::TtrssServer;

namespace {

constexpr const char* kPassword = "geheim";

class TinyTinyRssClientTest : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!server().available()) GTEST_SKIP() << server().unavailableReason();
        m_user = server().uniqueUser(kPassword);
        m_api.login(m_user, kPassword);
    }

    static TtrssServer& server() { return TtrssServer::shared(); }

    Account account(const std::string& url) const {
        Account a;
        a.kind = AccountKind::TinyTinyRss;
        a.url = url;
        a.user = m_user;
        return a;
    }

    std::unique_ptr<SyncClient> client(const std::string& password = kPassword) {
        return makeTinyTinyRssClient(account(server().url()), password, FetchOptions{});
    }

    // A feed of `count` items that tt-rss has fetched; returns its tt-rss feed id.
    int subscribeServerSide(const std::string& name, int count, int category = 0) {
        return m_api.subscribeAndUpdate(feedUrl(name, count), category);
    }

    std::string feedUrl(const std::string& name, int count) {
        return server().publishFeed(m_user + "-" + name + ".xml", sampleRssFeed(name, count));
    }

    int makeFolder(const std::string& title) {
        std::string id =
            server().sql("insert into ttrss_feed_categories (owner_uid, title) "
                         "select id, '" +
                         title + "' from ttrss_users where login = '" + m_user + "' returning id");
        return std::stoi(id);
    }

    // Ids of the server's headlines in a view, as tt-rss itself lists them.
    std::set<std::string> serverIds(int feed, const std::string& viewMode) {
        std::set<std::string> ids;
        for (int skip = 0;; skip += 200) {
            nlohmann::json page = m_api.content(
                "getHeadlines",
                {{"feed_id", feed}, {"view_mode", viewMode}, {"limit", 200}, {"skip", skip}});
            for (const auto& h : page)
                ids.insert(std::to_string(h["id"].get<long long>()));
            if (page.size() < 200) return ids;
        }
    }

    std::string m_user;
    TtrssApi m_api{TtrssServer::shared().apiUrl()};
};

std::set<std::string> asSet(const std::vector<std::string>& ids) {
    return {ids.begin(), ids.end()};
}

SyncError::Kind loginError(SyncClient& client) {
    try {
        client.login();
    } catch (const SyncError& e) {
        return e.kind();
    }
    ADD_FAILURE() << "login did not fail";
    return SyncError::Kind::Other;
}

} // namespace

TEST_F(TinyTinyRssClientTest, LogsInWithTheRightPasswordOnly) {
    EXPECT_NO_THROW(client()->login());
    auto wrong = client("fout");
    EXPECT_EQ(loginError(*wrong), SyncError::Kind::WrongPassword);
}

TEST_F(TinyTinyRssClientTest, TellsADisabledApiFromAWrongPassword) {
    std::string noApi = server().uniqueUser(kPassword, false);
    Account a = account(server().url());
    a.user = noApi;
    auto c = makeTinyTinyRssClient(a, kPassword, FetchOptions{});
    try {
        c->login();
        FAIL() << "login succeeded with the API disabled";
    } catch (const SyncError& e) {
        EXPECT_EQ(e.kind(), SyncError::Kind::ApiDisabled);
        EXPECT_NE(std::string(e.what()).find("Enable API access"), std::string::npos) << e.what();
    }
}

TEST_F(TinyTinyRssClientTest, AcceptsTheApiUrlAsWellAsTheBase) {
    auto c = makeTinyTinyRssClient(account(server().apiUrl()), kPassword, FetchOptions{});
    EXPECT_NO_THROW(c->login());
}

TEST_F(TinyTinyRssClientTest, AWebPageOrA404IsNotTheProtocol) {
    TestHttpServer web([](const heraut::test::HttpRequest& r) {
        if (r.path.starts_with("/missing")) return HttpResponse::withStatus(404, "Not Found");
        return HttpResponse::ok("<!doctype html><title>Welkom</title>", "text/html");
    });
    for (const std::string& url : {web.url("/"), web.url("/missing/")}) {
        auto c = makeTinyTinyRssClient(account(url), kPassword, FetchOptions{});
        EXPECT_EQ(loginError(*c), SyncError::Kind::NotTheProtocol) << url;
    }
}

TEST_F(TinyTinyRssClientTest, ANonAnsweringServerIsUnreachable) {
    std::string url;
    {
        TestHttpServer gone([](const heraut::test::HttpRequest&) { return HttpResponse::ok(""); });
        url = gone.url("/");
    }
    FetchOptions fast;
    fast.connectTimeoutMs = 2000;
    auto c = makeTinyTinyRssClient(account(url), kPassword, fast);
    EXPECT_EQ(loginError(*c), SyncError::Kind::Unreachable);
}

TEST_F(TinyTinyRssClientTest, ListsFoldersAndSubscriptionsInThem) {
    int folder = makeFolder("Defensie");
    int inFolder = subscribeServerSide("krijgsmacht", 2, folder);
    int topLevel = subscribeServerSide("navo", 2);

    auto c = client();
    std::vector<RemoteFolder> folders = c->folders();
    ASSERT_EQ(folders.size(), 1u); // tt-rss's own Uncategorized, Special and Labels left out
    EXPECT_EQ(folders[0].id, std::to_string(folder));
    EXPECT_EQ(folders[0].name, "Defensie");

    std::vector<RemoteSubscription> subs = c->subscriptions();
    ASSERT_EQ(subs.size(), 2u);
    for (const RemoteSubscription& s : subs) {
        if (s.id == std::to_string(inFolder)) {
            EXPECT_EQ(s.folderId, std::to_string(folder));
            EXPECT_EQ(s.title, "krijgsmacht");
            EXPECT_EQ(s.url, feedUrl("krijgsmacht", 2));
        } else {
            EXPECT_EQ(s.id, std::to_string(topLevel));
            EXPECT_FALSE(s.folderId);
        }
    }
}

TEST_F(TinyTinyRssClientTest, IdSetsFollowPagingToTheEnd) {
    // 450 items: getHeadlines gives at most 200 at a time, and the items share 28 dates and one
    // entry time, so tt-rss's pages overlap and skip items at random (it failed so, 390 of 450).
    subscribeServerSide("groot", 450);
    auto c = client();
    std::vector<std::string> all = c->itemIds(ItemSet::All);
    EXPECT_EQ(all.size(), 450u);
    EXPECT_EQ(asSet(all), serverIds(-4, "all_articles"));

    std::vector<std::string> sorted(all.begin(), all.end());
    m_api.content("updateArticle", {{"article_ids", sorted[0] + "," + sorted[1] + "," + sorted[2]},
                                    {"mode", 0},
                                    {"field", 2}});
    m_api.content("updateArticle",
                  {{"article_ids", sorted[3] + "," + sorted[4]}, {"mode", 1}, {"field", 0}});

    std::set<std::string> unread = asSet(c->itemIds(ItemSet::Unread));
    EXPECT_EQ(unread.size(), 447u);
    EXPECT_FALSE(unread.contains(sorted[0]));
    EXPECT_EQ(asSet(c->itemIds(ItemSet::Starred)), (std::set<std::string>{sorted[3], sorted[4]}));
}

TEST_F(TinyTinyRssClientTest, NewerThanNarrowsAllButNotUnreadOrStarred) {
    // Items 1..10 dated 2..11 November 2026 (sampleRssFeed).
    subscribeServerSide("datums", 10);
    auto c = client();
    std::int64_t nov7 = 1'794'009'600;                    // 2026-11-07 00:00 UTC
    EXPECT_EQ(c->itemIds(ItemSet::All, nov7).size(), 5u); // 7 .. 11 November
    EXPECT_EQ(c->itemIds(ItemSet::Unread, nov7).size(), 10u);
}

TEST_F(TinyTinyRssClientTest, ItemsCarryArticleFeedAndState) {
    int feed = subscribeServerSide("inhoud", 3);
    auto c = client();
    std::vector<std::string> ids = c->itemIds(ItemSet::All);
    ASSERT_EQ(ids.size(), 3u);
    m_api.content("updateArticle", {{"article_ids", ids[0]}, {"mode", 0}, {"field", 2}});
    m_api.content("updateArticle", {{"article_ids", ids[1]}, {"mode", 1}, {"field", 0}});

    std::vector<RemoteItem> items = c->items(ids);
    ASSERT_EQ(items.size(), 3u);
    for (const RemoteItem& item : items) {
        EXPECT_EQ(item.feedId, std::to_string(feed));
        EXPECT_EQ(item.article.id, item.id);
        EXPECT_TRUE(item.article.title.starts_with("inhoud ")) << item.article.title;
        std::string n = item.article.title.substr(7);
        EXPECT_EQ(item.article.link, "https://defensie.example/inhoud/" + n);
        EXPECT_NE(item.article.text.find("over de krijgsmacht"), std::string::npos);
        ASSERT_TRUE(item.article.published);
        // sampleRssFeed dates item n on day 1 + n of November 2026, 10:00 UTC.
        EXPECT_EQ(*item.article.published, 1'793'491'200 + std::stoll(n) * 86'400 + 36'000);
        EXPECT_EQ(item.read, item.id == ids[0]);
        EXPECT_EQ(item.starred, item.id == ids[1]);
    }
}

TEST_F(TinyTinyRssClientTest, ReadAndStarChangesReachTheServer) {
    subscribeServerSide("staat", 4);
    auto c = client();
    std::vector<std::string> ids = c->itemIds(ItemSet::All);
    ASSERT_EQ(ids.size(), 4u);

    c->setRead({ids[0], ids[1]}, true);
    c->setStarred({ids[2]}, true);
    EXPECT_EQ(serverIds(-4, "unread"), (std::set<std::string>{ids[2], ids[3]}));
    EXPECT_EQ(serverIds(-1, "all_articles"), (std::set<std::string>{ids[2]}));

    c->setRead({ids[1]}, false);
    c->setStarred({ids[2]}, false);
    EXPECT_EQ(serverIds(-4, "unread"), (std::set<std::string>{ids[1], ids[2], ids[3]}));
    EXPECT_TRUE(serverIds(-1, "all_articles").empty());
}

TEST_F(TinyTinyRssClientTest, MarkAllReadLeavesWhatIsDatedLaterUnread) {
    int feed = subscribeServerSide("alles", 5); // dated 2 .. 6 November
    int other = subscribeServerSide("ander", 2);
    auto c = client();
    std::int64_t nov4noon = 1'793'793'600;
    c->markAllRead(std::to_string(feed), nov4noon);

    std::set<std::string> unread;
    for (const auto& h :
         m_api.content("getHeadlines", {{"feed_id", feed}, {"view_mode", "unread"}}))
        unread.insert(h["title"].get<std::string>());
    EXPECT_EQ(unread, (std::set<std::string>{"alles 4", "alles 5"}));
    EXPECT_EQ(m_api.content("getHeadlines", {{"feed_id", other}, {"view_mode", "unread"}}).size(),
              2u);

    c->markAllRead(std::nullopt, 1'893'456'000); // 2030: everything of the account
    EXPECT_TRUE(serverIds(-4, "unread").empty());
}

TEST_F(TinyTinyRssClientTest, SubscribesIntoAFolderAndUnsubscribes) {
    makeFolder("Marine");
    auto c = client();
    std::string id = c->subscribe(feedUrl("nieuw", 3), std::string("Marine"));
    std::vector<RemoteSubscription> subs = c->subscriptions();
    ASSERT_EQ(subs.size(), 1u);
    EXPECT_EQ(subs[0].id, id);
    EXPECT_EQ(subs[0].folderId, c->folders().at(0).id);
    // tt-rss was asked to fetch it at once: its articles come with the same sync.
    EXPECT_EQ(c->itemIds(ItemSet::All).size(), 3u);

    c->unsubscribe(id);
    EXPECT_TRUE(c->subscriptions().empty());
}

TEST_F(TinyTinyRssClientTest, ClearErrorsForWhatTheApiCannotDo) {
    auto c = client();
    try {
        c->subscribe(feedUrl("zonder-map", 1), std::string("Bestaat niet"));
        FAIL() << "subscribed into a folder that does not exist";
    } catch (const SyncError& e) {
        EXPECT_NE(std::string(e.what()).find("Bestaat niet"), std::string::npos) << e.what();
    }
    EXPECT_TRUE(c->subscriptions().empty()); // nothing half done

    try {
        c->subscribe(server().publishFeed(m_user + "-page.html", "<html><body>hoi</body></html>"),
                     std::nullopt);
        FAIL() << "subscribed to a web page";
    } catch (const SyncError& e) {
        // Refused: the sync engine drops it from the queue instead of sending it for ever.
        EXPECT_EQ(e.kind(), SyncError::Kind::Refused) << e.what();
    }
    EXPECT_THROW(c->rename("1", "x"), SyncError);
    EXPECT_THROW(c->move("1", std::nullopt), SyncError);
}

TEST_F(TinyTinyRssClientTest, LogsInAgainWhenTheSessionExpired) {
    subscribeServerSide("sessie", 1);
    auto c = client();
    c->login();
    server().expireSessionsOf(m_user);
    EXPECT_EQ(c->subscriptions().size(), 1u);
}
