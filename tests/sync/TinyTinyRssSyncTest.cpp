// SPDX-License-Identifier: GPL-3.0-or-later
// Whole syncs of a Tiny Tiny RSS account (SyncEngine + the tt-rss client) against a real tt-rss
// (support/TtrssServer.h) and a real database file. The server's side is checked and changed
// through tt-rss's own API (TtrssApi), as another device of the reader would.
#include "TempDatabase.h"
#include "heraut/AccountStore.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"
#include "heraut/SyncEngine.h"
#include "heraut/TinyTinyRssClient.h"
#include "support/TestHttpServer.h"
#include "support/TtrssServer.h"

#include <atomic>
#include <ctime>
#include <gtest/gtest.h>
#include <set>

using namespace heraut;
using heraut::test::sampleRssFeed;
using heraut::test::TempDir;
using heraut::test::TtrssApi;
using heraut::test::TtrssServer;

namespace {

constexpr const char* kPassword = "geheim";

class TinyTinyRssSyncTest : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!server().available()) GTEST_SKIP() << server().unavailableReason();
        m_user = server().uniqueUser(kPassword);
        m_api.login(m_user, kPassword);
        m_account.kind = AccountKind::TinyTinyRss;
        m_account.url = server().url();
        m_account.user = m_user;
        m_account.id = AccountStore(m_db).addAccount(m_account);
    }

    static TtrssServer& server() { return TtrssServer::shared(); }
    static std::int64_t now() { return static_cast<std::int64_t>(std::time(nullptr)); }

    AccountSyncResult sync(const std::string& password = kPassword, const std::string& url = {}) {
        Account account = m_account;
        if (!url.empty()) account.url = url;
        auto client = makeTinyTinyRssClient(account, password, m_fetch);
        return SyncEngine(m_db).sync(account, *client, now());
    }

    int subscribeServerSide(const std::string& name, int count, int category = 0) {
        return m_api.subscribeAndUpdate(
            server().publishFeed(m_user + "-" + name + ".xml", sampleRssFeed(name, count)),
            category);
    }

    int makeFolder(const std::string& title) {
        return std::stoi(server().sql("insert into ttrss_feed_categories (owner_uid, title) "
                                      "select id, '" +
                                      title + "' from ttrss_users where login = '" + m_user +
                                      "' returning id"));
    }

    // The server's article id of a title, and its flags, through tt-rss's own API.
    struct ServerArticle {
        std::string id;
        bool unread = false;
        bool starred = false;
    };
    std::map<std::string, ServerArticle> serverArticles() {
        std::map<std::string, ServerArticle> out;
        for (const auto& h : m_api.content(
                 "getHeadlines", {{"feed_id", -4}, {"view_mode", "all_articles"}, {"limit", 200}}))
            out[h["title"].get<std::string>()] = {std::to_string(h["id"].get<long long>()),
                                                  h["unread"].get<bool>(), h["marked"].get<bool>()};
        return out;
    }

    // The local articles by title.
    std::map<std::string, ArticleHeadline> localArticles() {
        std::map<std::string, ArticleHeadline> out;
        ArticleQuery query;
        query.limit = 10000;
        for (ArticleHeadline& h : ArticleStore(m_db).list(query))
            out[h.title] = std::move(h);
        return out;
    }

    void setOnServer(const std::string& id, int field, bool value) {
        m_api.content("updateArticle",
                      {{"article_ids", id}, {"mode", value ? 1 : 0}, {"field", field}});
    }

    TempDir m_dir;
    Database m_db{m_dir.database()};
    Account m_account;
    std::string m_user;
    FetchOptions m_fetch;
    TtrssApi m_api{TtrssServer::shared().apiUrl()};
};

constexpr int kStarredField = 0;
constexpr int kUnreadField = 2;

// Stands between the client and tt-rss, passing every call on, until the `failAt`th call of
// `op` ("getArticle"), which it hangs up on: a server lost midway through a sync.
class FailingTtrssProxy {
  public:
    FailingTtrssProxy(std::string apiUrl, std::string op, int failAt)
        : m_apiUrl(std::move(apiUrl)), m_op(std::move(op)), m_failAt(failAt) {}

    std::string url() const { return m_http.url("/"); }

  private:
    test::HttpResponse forward(const test::HttpRequest& request) {
        auto call = nlohmann::json::parse(request.body, nullptr, false);
        if (call.is_object() && call.value("op", "") == m_op && ++m_calls >= m_failAt) {
            test::HttpResponse gone;
            gone.hangUp = true;
            return gone;
        }
        FetchRequest passOn;
        passOn.url = m_apiUrl;
        passOn.postBody = request.body;
        passOn.contentType = "application/json";
        FetchResult answer = Fetcher().fetchOne(passOn);
        return test::HttpResponse::withStatus(static_cast<int>(answer.status), answer.body)
            .header("Content-Type", "application/json");
    }

    std::string m_apiUrl;
    std::string m_op;
    int m_failAt;
    std::atomic<int> m_calls{0};
    test::TestHttpServer m_http{[this](const test::HttpRequest& r) { return forward(r); }};
};

} // namespace

TEST_F(TinyTinyRssSyncTest, AServerLostMidDownloadKeepsWhatArrivedAndTheNextSyncResumes) {
    subscribeServerSide("groot", 250);
    FailingTtrssProxy proxy(server().apiUrl(), "getArticle", 2); // articles come 200 a call

    AccountSyncResult broken = sync(kPassword, proxy.url());

    EXPECT_FALSE(broken.ok);
    EXPECT_EQ(broken.errorKind, SyncError::Kind::Unreachable) << broken.error;
    EXPECT_EQ(localArticles().size(), 200u);

    AccountSyncResult resumed = sync();

    ASSERT_TRUE(resumed.ok) << resumed.error;
    EXPECT_EQ(resumed.newArticles, 50);
    EXPECT_EQ(localArticles().size(), 250u);
}

TEST_F(TinyTinyRssSyncTest, SubscribingInTheAccountReachesTtrssAndBringsTheFeed) {
    std::string url = server().publishFeed(m_user + "-nieuw.xml", sampleRssFeed("nieuw", 3));
    std::int64_t queued = AccountStore(m_db).queueSubscribe(m_account.id, url, "", now());

    AccountSyncResult first = sync();

    ASSERT_TRUE(first.ok) << first.error;
    ASSERT_TRUE(first.subscribed.contains(queued));
    EXPECT_EQ(first.pending, 0);
    auto feedId = AccountStore(m_db).feedOfRemote(m_account.id, first.subscribed.at(queued));
    ASSERT_TRUE(feedId.has_value());
    ASSERT_TRUE(sync().ok);
    ArticleQuery query;
    query.feedId = *feedId;
    EXPECT_EQ(ArticleStore(m_db).count(query), 3);
}

TEST_F(TinyTinyRssSyncTest, ChangesTtrssRefusesLeaveTheQueueAndHoldBackNothing) {
    subscribeServerSide("blijft", 2);
    ASSERT_TRUE(sync().ok);
    AccountStore store(m_db);
    std::int64_t notAFeed =
        store.queueSubscribe(m_account.id, server().url() + "geen-feed-hier.xml", "", now());
    // tt-rss's API cannot rename a feed.
    std::int64_t feedId = FeedStore(m_db).feeds().front().id;
    store.queueFeedChange(feedId, QueuedChange::Action::Rename, "Mijn titel", now());
    ArticleStore(m_db).setRead({localArticles().at("blijft 1").id}, true, now());

    AccountSyncResult result = sync();

    ASSERT_TRUE(result.ok) << result.error;
    EXPECT_EQ(result.pending, 0);
    ASSERT_EQ(result.refused.size(), 2u);
    EXPECT_EQ(result.refused[0].change.id, notAFeed);
    EXPECT_NE(result.refused[1].error.find("cannot rename"), std::string::npos);
    EXPECT_FALSE(serverArticles().at("blijft 1").unread); // sent, not held back
}

TEST_F(TinyTinyRssSyncTest, FirstSyncBringsFoldersSubscriptionsArticlesAndTheirState) {
    int folder = makeFolder("Defensie");
    subscribeServerSide("landmacht", 3, folder);
    subscribeServerSide("navo", 2);
    auto before = serverArticles();
    setOnServer(before.at("landmacht 1").id, kUnreadField, false);
    setOnServer(before.at("navo 2").id, kStarredField, true);

    AccountSyncResult result = sync();
    ASSERT_TRUE(result.ok) << result.error;
    EXPECT_EQ(result.subscriptions, 2);
    EXPECT_EQ(result.newArticles, 5);

    std::map<std::string, Feed> feeds;
    for (Feed& f : FeedStore(m_db).feeds())
        feeds[f.title] = f;
    ASSERT_EQ(feeds.size(), 2u);
    EXPECT_EQ(feeds.at("landmacht").folderName, "Defensie");
    EXPECT_FALSE(feeds.at("navo").folderName);
    EXPECT_EQ(feeds.at("navo").accountId, m_account.id);

    auto local = localArticles();
    ASSERT_EQ(local.size(), 5u);
    EXPECT_TRUE(local.at("landmacht 1").read);
    EXPECT_FALSE(local.at("landmacht 2").read);
    EXPECT_TRUE(local.at("navo 2").starred);
    EXPECT_FALSE(local.at("navo 1").starred);
    EXPECT_EQ(local.at("navo 1").feedId, feeds.at("navo").id);
    EXPECT_EQ(local.at("navo 1").link, "https://defensie.example/navo/1");
}

TEST_F(TinyTinyRssSyncTest, ASecondSyncWithNothingChangedTransfersNoArticleAndChangesNothing) {
    subscribeServerSide("stil", 4);
    ASSERT_TRUE(sync().ok);
    auto first = localArticles();

    AccountSyncResult again = sync();
    ASSERT_TRUE(again.ok) << again.error;
    EXPECT_EQ(again.newArticles, 0);
    EXPECT_EQ(again.pushed, 0);
    EXPECT_EQ(again.pulledStateChanges, 0);
    EXPECT_EQ(again.subscriptionChanges, 0);
    auto second = localArticles();
    ASSERT_EQ(second.size(), first.size());
    for (const auto& [title, h] : first) {
        EXPECT_EQ(second.at(title).id, h.id);
        EXPECT_EQ(second.at(title).read, h.read);
    }
}

TEST_F(TinyTinyRssSyncTest, ReadAndStarMadeHereReachTheServer) {
    subscribeServerSide("hier", 4);
    ASSERT_TRUE(sync().ok);
    auto local = localArticles();
    ArticleStore articles(m_db);
    articles.setRead({local.at("hier 1").id, local.at("hier 2").id}, true, now());
    articles.setStarred({local.at("hier 3").id}, true, now());
    EXPECT_EQ(AccountStore(m_db).pendingCount(m_account.id), 3);

    AccountSyncResult result = sync();
    ASSERT_TRUE(result.ok) << result.error;
    EXPECT_EQ(result.pushed, 3);
    EXPECT_EQ(result.pending, 0);
    auto server = serverArticles();
    EXPECT_FALSE(server.at("hier 1").unread);
    EXPECT_FALSE(server.at("hier 2").unread);
    EXPECT_TRUE(server.at("hier 3").unread);
    EXPECT_TRUE(server.at("hier 3").starred);

    // And back: unread and unstarred here, so on the server.
    articles.setRead({local.at("hier 1").id}, false, now());
    articles.setStarred({local.at("hier 3").id}, false, now());
    ASSERT_TRUE(sync().ok);
    server = serverArticles();
    EXPECT_TRUE(server.at("hier 1").unread);
    EXPECT_FALSE(server.at("hier 3").starred);
    EXPECT_FALSE(server.at("hier 2").unread); // untouched here, so not pushed back
}

TEST_F(TinyTinyRssSyncTest, ChangesMadeOnAnotherDeviceComeBack) {
    subscribeServerSide("elders", 3);
    ASSERT_TRUE(sync().ok);
    auto server = serverArticles();
    setOnServer(server.at("elders 1").id, kUnreadField, false);
    setOnServer(server.at("elders 2").id, kStarredField, true);

    AccountSyncResult result = sync();
    ASSERT_TRUE(result.ok) << result.error;
    EXPECT_EQ(result.pulledStateChanges, 2);
    auto local = localArticles();
    EXPECT_TRUE(local.at("elders 1").read);
    EXPECT_TRUE(local.at("elders 2").starred);
    EXPECT_FALSE(local.at("elders 3").read);

    // Unread again over there: unread here.
    setOnServer(server.at("elders 1").id, kUnreadField, true);
    ASSERT_TRUE(sync().ok);
    EXPECT_FALSE(localArticles().at("elders 1").read);
}

TEST_F(TinyTinyRssSyncTest, NewArticlesOnTheServerArriveInTheNextSync) {
    std::string url = server().publishFeed(m_user + "-groeit.xml", sampleRssFeed("groeit", 2));
    int feed = m_api.subscribeAndUpdate(url);
    ASSERT_TRUE(sync().ok);
    server().publishFeed(m_user + "-groeit.xml", sampleRssFeed("groeit", 5));
    m_api.content("updateFeed", {{"feed_id", feed}});

    AccountSyncResult result = sync();
    ASSERT_TRUE(result.ok) << result.error;
    EXPECT_EQ(result.newArticles, 3);
    EXPECT_EQ(localArticles().size(), 5u);
}

TEST_F(TinyTinyRssSyncTest, MarkAllReadHereMarksTheServer) {
    subscribeServerSide("allemaal", 6);
    subscribeServerSide("anders", 2);
    ASSERT_TRUE(sync().ok);
    std::int64_t feed = localArticles().at("allemaal 1").feedId;
    MarkScope scope;
    scope.feedId = feed;
    EXPECT_EQ(ArticleStore(m_db).markAllRead(scope, now()).size(), 6u);

    AccountSyncResult result = sync();
    ASSERT_TRUE(result.ok) << result.error;
    EXPECT_EQ(result.pushed, 6);
    for (const auto& [title, a] : serverArticles())
        EXPECT_EQ(a.unread, title.starts_with("anders")) << title;
}

TEST_F(TinyTinyRssSyncTest, ChangesMadeOfflineWaitAndAreSentNextTime) {
    subscribeServerSide("offline", 3);
    ASSERT_TRUE(sync().ok);
    auto local = localArticles();
    ArticleStore(m_db).setRead({local.at("offline 1").id}, true, now());
    ArticleStore(m_db).setStarred({local.at("offline 2").id}, true, now());

    // The server cannot be reached: nothing is lost, nothing changes here but the note.
    m_fetch.connectTimeoutMs = 2000;
    AccountSyncResult down = sync(kPassword, "http://127.0.0.1:9/");
    EXPECT_FALSE(down.ok);
    EXPECT_EQ(down.errorKind, SyncError::Kind::Unreachable);
    EXPECT_EQ(down.pending, 2);
    EXPECT_TRUE(localArticles().at("offline 1").read);
    EXPECT_TRUE(serverArticles().at("offline 1").unread);

    // Meanwhile another device stars "offline 3".
    setOnServer(serverArticles().at("offline 3").id, kStarredField, true);

    AccountSyncResult up = sync();
    ASSERT_TRUE(up.ok) << up.error;
    EXPECT_EQ(up.pushed, 2);
    EXPECT_EQ(up.pending, 0);
    auto server = serverArticles();
    EXPECT_FALSE(server.at("offline 1").unread);
    EXPECT_TRUE(server.at("offline 2").starred);
    local = localArticles();
    EXPECT_TRUE(local.at("offline 1").read); // the local change was not undone by the pull
    EXPECT_TRUE(local.at("offline 3").starred);
}

TEST_F(TinyTinyRssSyncTest, AWrongPasswordChangesNothingHere) {
    subscribeServerSide("fout", 2);
    AccountSyncResult result = sync("verkeerd");
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.errorKind, SyncError::Kind::WrongPassword);
    EXPECT_NE(result.error.find(m_user), std::string::npos) << result.error;
    EXPECT_TRUE(FeedStore(m_db).feeds().empty());
    EXPECT_TRUE(localArticles().empty());
    auto account = AccountStore(m_db).account(m_account.id);
    ASSERT_TRUE(account);
    EXPECT_TRUE(account->lastError);
}

TEST_F(TinyTinyRssSyncTest, AnUnsubscribedFeedLeavesWithItsArticles) {
    int gone = subscribeServerSide("weg", 2);
    subscribeServerSide("blijft", 2);
    ASSERT_TRUE(sync().ok);
    ASSERT_EQ(localArticles().size(), 4u);
    m_api.content("unsubscribeFeed", {{"feed_id", gone}});

    AccountSyncResult result = sync();
    ASSERT_TRUE(result.ok) << result.error;
    EXPECT_EQ(result.subscriptions, 1);
    auto local = localArticles();
    EXPECT_EQ(local.size(), 2u);
    EXPECT_TRUE(local.contains("blijft 1"));
}
