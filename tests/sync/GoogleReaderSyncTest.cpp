// SPDX-License-Identifier: GPL-3.0-or-later
// Syncs with the Google Reader API test server in each dialect (FreshRSS, Miniflux, Inoreader):
// the quirks of each are in tests/support/GoogleReaderServer.h.
#include "GoogleReaderServer.h"
#include "TempDatabase.h"
#include "heraut/AccountStore.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"
#include "heraut/GoogleReaderClient.h"
#include "heraut/SyncEngine.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace heraut {
namespace {

using test::GoogleReaderServer;
using Dialect = GoogleReaderServer::Dialect;

constexpr std::int64_t kNow = 1764000000 + 20 * 86400;

class GoogleReaderSyncTest : public testing::TestWithParam<Dialect> {
  protected:
    void SetUp() override {
        account.kind = AccountKind::GoogleReader;
        account.dialect = GetParam() == Dialect::FreshRss   ? ReaderDialect::FreshRss
                          : GetParam() == Dialect::Miniflux ? ReaderDialect::Miniflux
                                                            : ReaderDialect::Inoreader;
        account.url = server.baseUrl();
        account.user = "lezer";
        account.id = AccountStore(db).addAccount(account);
    }

    AccountSyncResult sync(const std::string& password = "geheim-api", long timeoutMs = 20000) {
        FetchOptions fetch;
        fetch.totalTimeoutMs = timeoutMs;
        auto client = makeGoogleReaderClient(account, password, fetch);
        return SyncEngine(db).sync(account, *client, kNow);
    }

    // Five feeds in two folders (and one at the top), `perFeed` items each.
    std::vector<std::string> seed(int perFeed) {
        std::vector<std::string> ids;
        const char* folders[] = {"Defensie", "Defensie", "Oekraïne", "", "Oekraïne"};
        for (int f = 0; f < 5; ++f) {
            std::string feed = server.addFeed("https://bron" + std::to_string(f) + ".example/feed",
                                              "Bron " + std::to_string(f), folders[f]);
            auto added = server.addItems(feed, perFeed, kNow - 10 * 86400);
            ids.insert(ids.end(), added.begin(), added.end());
        }
        return ids;
    }

    std::optional<std::int64_t> localId(const std::string& remoteId) {
        Statement q = db.prepare("SELECT article_id FROM sync_articles WHERE remote_id = ?");
        q.bind(1, remoteId);
        if (!q.step()) return std::nullopt;
        return q.integer(0);
    }

    int articleCount() {
        Statement q = db.prepare("SELECT count(*) FROM articles");
        q.step();
        return static_cast<int>(q.integer(0));
    }

    int readOnServer(const std::vector<std::string>& ids) {
        return static_cast<int>(std::count_if(
            ids.begin(), ids.end(), [&](const std::string& id) { return server.isRead(id); }));
    }

    std::optional<Feed> localFeed(const std::string& title) {
        for (const Feed& feed : FeedStore(db).feeds())
            if (feed.title == title) return feed;
        return std::nullopt;
    }

    int requestsTo(const std::string& part) {
        int n = 0;
        for (const auto& r : server.http().requests())
            n += r.path.find(part) != std::string::npos;
        return n;
    }

    GoogleReaderServer server{GetParam()};
    test::TempDir dir;
    Database db{dir.database()};
    Account account;
};

TEST_P(GoogleReaderSyncTest, FirstSyncOf5000ArticlesFollowsContinuationToTheEnd) {
    auto ids = seed(1000);
    for (int i = 0; i < 100; ++i)
        server.setRead(ids[static_cast<size_t>(i) * 7], true);
    for (int i = 0; i < 20; ++i)
        server.setStarred(ids[static_cast<size_t>(i) * 11 + 3], true);

    AccountSyncResult result = sync();

    ASSERT_TRUE(result.ok) << result.error;
    EXPECT_EQ(result.subscriptions, 5);
    EXPECT_EQ(result.newArticles, 5000);
    EXPECT_EQ(articleCount(), 5000);
    EXPECT_EQ(server.contentItemsServed(), 5000); // each item downloaded once
    EXPECT_GT(requestsTo("&c="), 0);              // pages of 1000: continuation followed
    UnreadCounts counts = ArticleStore(db).unreadCounts();
    EXPECT_EQ(counts.total, 4900);
    EXPECT_EQ(counts.starred, 20);
    EXPECT_EQ(counts.byFolder["Defensie"],
              2000 - static_cast<int>(std::count_if(ids.begin(), ids.begin() + 2000,
                                                    [&](auto& id) { return server.isRead(id); })));
    EXPECT_EQ(result.pending, 0);
    // Feeds are ordinary feeds, owned by the account, which the refresher leaves alone.
    auto feeds = FeedStore(db).feeds();
    ASSERT_EQ(feeds.size(), 5u);
    for (const Feed& feed : feeds)
        EXPECT_EQ(feed.accountId, account.id);
    // Read state comes from reading-list minus read, never from the "read" stream (§1.3).
    for (const auto& r : server.http().requests())
        EXPECT_EQ(r.path.find("s=user%2F-%2Fstate%2Fcom.google%2Fread&"), std::string::npos)
            << r.path;
}

TEST_P(GoogleReaderSyncTest, SecondSyncWithNothingChangedTransfersNoArticleAndChangesNothing) {
    seed(300);
    ASSERT_TRUE(sync().ok);
    int served = server.contentItemsServed();
    UnreadCounts before = ArticleStore(db).unreadCounts();
    server.http().clearRequests();

    AccountSyncResult again = sync();

    ASSERT_TRUE(again.ok) << again.error;
    EXPECT_EQ(again.newArticles, 0);
    EXPECT_EQ(again.pushed, 0);
    EXPECT_EQ(again.pulledStateChanges, 0);
    EXPECT_EQ(again.subscriptionChanges, 0);
    EXPECT_EQ(server.contentItemsServed(), served);
    EXPECT_EQ(requestsTo("items/contents"), 0);
    EXPECT_EQ(requestsTo("edit-tag"), 0); // nothing pushed that the reader did not change
    UnreadCounts after = ArticleStore(db).unreadCounts();
    EXPECT_EQ(after.total, before.total);
    EXPECT_EQ(after.starred, before.starred);
}

TEST_P(GoogleReaderSyncTest, IncrementalSyncDownloadsOnlyTheNewItems) {
    seed(200);
    ASSERT_TRUE(sync().ok);
    int served = server.contentItemsServed();
    auto feed = server.subscriptionIds().front();
    server.addItems(feed, 30, kNow - 3600);

    AccountSyncResult result = sync();

    ASSERT_TRUE(result.ok) << result.error;
    EXPECT_EQ(result.newArticles, 30);
    EXPECT_EQ(server.contentItemsServed() - served, 30);
    EXPECT_EQ(articleCount(), 1030);
}

TEST_P(GoogleReaderSyncTest, ReadAndStarMadeHereReachTheServer) {
    auto ids = seed(50);
    server.setRead(ids[4], true);
    ASSERT_TRUE(sync().ok);
    ArticleStore articles(db);
    articles.setRead({*localId(ids[0]), *localId(ids[1]), *localId(ids[2])}, true, kNow);
    articles.setRead({*localId(ids[4])}, false, kNow);
    articles.setStarred({*localId(ids[1]), *localId(ids[3])}, true, kNow);
    EXPECT_EQ(AccountStore(db).pendingCount(account.id), 6);

    AccountSyncResult result = sync();

    ASSERT_TRUE(result.ok) << result.error;
    EXPECT_EQ(result.pushed, 6);
    EXPECT_EQ(result.pending, 0);
    EXPECT_EQ(result.pulledStateChanges, 0); // what we sent comes back as it is here
    EXPECT_TRUE(server.isRead(ids[0]) && server.isRead(ids[1]) && server.isRead(ids[2]));
    EXPECT_FALSE(server.isRead(ids[4]));
    EXPECT_TRUE(server.isStarred(ids[1]) && server.isStarred(ids[3]));
    EXPECT_FALSE(server.isStarred(ids[0]));
}

TEST_P(GoogleReaderSyncTest, ChangesMadeOnTheServerByAnotherClientArePulled) {
    auto ids = seed(50);
    server.setRead(ids[7], true);
    ASSERT_TRUE(sync().ok);
    server.setRead(ids[3], true);
    server.setRead(ids[7], false);
    server.setStarred(ids[9], true);
    server.renameFeedOnServer(server.subscriptionIds()[1], "Hernoemd elders");
    server.removeFeed(server.subscriptionIds()[4]);
    server.addFeed("https://nieuw.example/feed", "Nieuwe bron", "Defensie");

    AccountSyncResult result = sync();

    ASSERT_TRUE(result.ok) << result.error;
    EXPECT_EQ(result.pulledStateChanges, 3);
    ArticleStore articles(db);
    EXPECT_TRUE(articles.article(*localId(ids[3]))->read);
    EXPECT_FALSE(articles.article(*localId(ids[7]))->read);
    EXPECT_TRUE(articles.article(*localId(ids[9]))->starred);
    EXPECT_EQ(AccountStore(db).pendingCount(), 0); // the server's changes are not queued back
    auto feeds = FeedStore(db).feeds();
    ASSERT_EQ(feeds.size(), 5u);
    EXPECT_TRUE(std::any_of(feeds.begin(), feeds.end(),
                            [](const Feed& f) { return f.title == "Hernoemd elders"; }));
    EXPECT_TRUE(std::any_of(feeds.begin(), feeds.end(),
                            [](const Feed& f) { return f.title == "Nieuwe bron"; }));
    EXPECT_EQ(articleCount(), 200); // the removed feed's articles went with it
}

TEST_P(GoogleReaderSyncTest, ChangesMadeOfflineWaitInTheQueueAndGoOutNextTime) {
    auto ids = seed(20);
    ASSERT_TRUE(sync().ok);
    server.setDown(true);
    ArticleStore articles(db);
    articles.setRead({*localId(ids[0]), *localId(ids[1])}, true, kNow);
    articles.setStarred({*localId(ids[2])}, true, kNow);

    AccountSyncResult offline = sync();

    EXPECT_FALSE(offline.ok);
    EXPECT_EQ(offline.errorKind, SyncError::Kind::Unreachable) << offline.error;
    EXPECT_EQ(offline.pending, 3);
    EXPECT_TRUE(articles.article(*localId(ids[0]))->read); // nothing undone locally
    EXPECT_TRUE(AccountStore(db).account(account.id)->lastError.has_value());

    server.setDown(false);
    AccountSyncResult online = sync();

    ASSERT_TRUE(online.ok) << online.error;
    EXPECT_EQ(online.pushed, 3);
    EXPECT_EQ(online.pending, 0);
    EXPECT_TRUE(server.isRead(ids[0]) && server.isRead(ids[1]) && server.isStarred(ids[2]));
    EXPECT_FALSE(AccountStore(db).account(account.id)->lastError.has_value());
}

TEST_P(GoogleReaderSyncTest, ServerLostMidSyncKeepsWhatArrivedAndTheNextSyncResumes) {
    auto ids = seed(1000);
    server.setDownAfterContents(2);

    AccountSyncResult broken = sync();

    EXPECT_FALSE(broken.ok);
    EXPECT_EQ(broken.errorKind, SyncError::Kind::Unreachable) << broken.error;
    int kept = articleCount();
    EXPECT_GT(kept, 0);
    EXPECT_LT(kept, 5000);

    server.setDown(false);
    AccountSyncResult resumed = sync();

    ASSERT_TRUE(resumed.ok) << resumed.error;
    EXPECT_EQ(resumed.newArticles, 5000 - kept);
    EXPECT_EQ(articleCount(), 5000);
    EXPECT_EQ(server.contentItemsServed(), 5000); // nothing downloaded twice
}

TEST_P(GoogleReaderSyncTest, AnHttpErrorOnTheThirdBatchKeepsTheFirstTwoAndResumesAfterThem) {
    seed(1000);
    int batch = GetParam() == Dialect::Inoreader ? 250 : 999;
    server.failRequest("items/contents", 3, 500);

    AccountSyncResult broken = sync();

    EXPECT_FALSE(broken.ok);
    EXPECT_EQ(broken.errorKind, SyncError::Kind::Server) << broken.error;
    EXPECT_EQ(articleCount(), 2 * batch);
    EXPECT_EQ(broken.newArticles, 2 * batch);
    EXPECT_TRUE(AccountStore(db).account(account.id)->lastError.has_value());

    AccountSyncResult resumed = sync();

    ASSERT_TRUE(resumed.ok) << resumed.error;
    EXPECT_EQ(resumed.newArticles, 5000 - 2 * batch);
    EXPECT_EQ(articleCount(), 5000);
    EXPECT_EQ(server.contentItemsServed(), 5000); // the stored batches were not asked again
}

TEST_P(GoogleReaderSyncTest, ATimeoutMidDownloadKeepsWhatArrivedAndResumes) {
    auto ids = seed(300);
    int batch = GetParam() == Dialect::Inoreader ? 250 : 999;
    server.setRead(ids[0], true);
    server.failRequest("items/contents", 2, 200, 15000);

    AccountSyncResult broken = sync("geheim-api", 5000);

    EXPECT_FALSE(broken.ok);
    EXPECT_EQ(broken.errorKind, SyncError::Kind::Unreachable) << broken.error;
    EXPECT_EQ(articleCount(), batch);

    AccountSyncResult resumed = sync();

    ASSERT_TRUE(resumed.ok) << resumed.error;
    EXPECT_EQ(articleCount(), 1500);
    EXPECT_EQ(resumed.newArticles, 1500 - batch);
    EXPECT_TRUE(ArticleStore(db).article(*localId(ids[0]))->read);
    EXPECT_EQ(ArticleStore(db).unreadCounts().total, 1499);
}

TEST_P(GoogleReaderSyncTest, AFailureWhileSendingTheQueueKeepsOnlyWhatTheServerDidNotConfirm) {
    auto ids = seed(100);
    ASSERT_TRUE(sync().ok);
    ASSERT_EQ(ArticleStore(db).markAllRead(MarkScope{}, kNow).size(), 500u);
    server.failRequest("edit-tag", 2, 500); // the second batch of 200

    AccountSyncResult broken = sync();

    EXPECT_FALSE(broken.ok);
    EXPECT_EQ(broken.errorKind, SyncError::Kind::Server) << broken.error;
    EXPECT_EQ(broken.pushed, 200);
    EXPECT_EQ(broken.pending, 300);
    EXPECT_EQ(readOnServer(ids), 200);
    EXPECT_EQ(ArticleStore(db).unreadCounts().total, 0); // nothing undone here

    AccountSyncResult resumed = sync();

    ASSERT_TRUE(resumed.ok) << resumed.error;
    EXPECT_EQ(resumed.pushed, 300);
    EXPECT_EQ(resumed.pending, 0);
    EXPECT_EQ(readOnServer(ids), 500);
    EXPECT_EQ(ArticleStore(db).unreadCounts().total, 0);
}

TEST_P(GoogleReaderSyncTest, SubscribingInTheAccountGoesToTheServerAndTheNextSyncBringsArticles) {
    seed(10);
    ASSERT_TRUE(sync().ok);
    std::int64_t queued =
        AccountStore(db).queueSubscribe(account.id, "https://nieuw.example/feed", "Defensie", kNow);

    AccountSyncResult first = sync();

    ASSERT_TRUE(first.ok) << first.error;
    ASSERT_TRUE(first.subscribed.contains(queued));
    std::string remote = first.subscribed.at(queued);
    EXPECT_EQ(server.subscriptionFolder(remote), "Defensie");
    EXPECT_EQ(first.pending, 0);
    EXPECT_EQ(first.subscriptions, 6);
    auto feedId = AccountStore(db).feedOfRemote(account.id, remote);
    ASSERT_TRUE(feedId.has_value());

    server.addItems(remote, 7, kNow - 3600);
    AccountSyncResult second = sync();

    ASSERT_TRUE(second.ok) << second.error;
    EXPECT_EQ(second.newArticles, 7);
    ArticleQuery query;
    query.feedId = *feedId;
    EXPECT_EQ(ArticleStore(db).count(query), 7);
}

TEST_P(GoogleReaderSyncTest, AChangeTheServerRefusesLeavesTheQueueAndHoldsBackNothing) {
    auto ids = seed(10);
    ASSERT_TRUE(sync().ok);
    AccountStore store(db);
    std::int64_t refused = store.queueSubscribe(
        account.id, std::string("https://web.example/") + GoogleReaderServer::kNotAFeed, "", kNow);
    // Unsubscribed here while another device removed it from the server already.
    std::string gone = server.subscriptionIds().front();
    store.queueFeedChange(*store.feedOfRemote(account.id, gone), QueuedChange::Action::Unsubscribe,
                          {}, kNow);
    server.removeFeed(gone);
    ArticleStore(db).setRead({*localId(ids[20])}, true, kNow);

    AccountSyncResult result = sync();

    ASSERT_TRUE(result.ok) << result.error;
    EXPECT_EQ(result.pending, 0);
    EXPECT_TRUE(server.isRead(ids[20])); // sent, not held back behind the refused changes
    ASSERT_FALSE(result.refused.empty());
    EXPECT_EQ(result.refused.front().change.id, refused);
    EXPECT_NE(result.refused.front().error.find(GoogleReaderServer::kNotAFeed), std::string::npos);
    EXPECT_FALSE(store.isQueued(refused));
    EXPECT_TRUE(sync().ok); // and stays so
}

TEST_P(GoogleReaderSyncTest, WrongPasswordIsSaidSoAndChangesNothingButTheQueueKept) {
    auto ids = seed(20);
    ASSERT_TRUE(sync().ok);
    server.setRead(ids[5], true);
    ArticleStore(db).setRead({*localId(ids[0])}, true, kNow);

    AccountSyncResult result = sync("verkeerd");

    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.errorKind, SyncError::Kind::WrongPassword) << result.error;
    EXPECT_NE(result.error.find(server.baseUrl()), std::string::npos);
    EXPECT_EQ(result.pending, 1);
    EXPECT_FALSE(ArticleStore(db).article(*localId(ids[5]))->read); // nothing pulled
    EXPECT_FALSE(server.isRead(ids[0]));                            // nothing pushed
}

TEST_P(GoogleReaderSyncTest, AnExpiredEditTokenIsFetchedAgainAndTheChangeSent) {
    auto ids = seed(10);
    ASSERT_TRUE(sync().ok);
    server.expireToken();
    ArticleStore(db).setStarred({*localId(ids[2])}, true, kNow);

    AccountSyncResult result = sync();

    ASSERT_TRUE(result.ok) << result.error;
    EXPECT_EQ(result.pushed, 1);
    EXPECT_TRUE(server.isStarred(ids[2]));
}

TEST_P(GoogleReaderSyncTest, MarkAllReadGoesOutInBatchesTheServerAccepts) {
    seed(100);
    ASSERT_TRUE(sync().ok);
    auto marked = ArticleStore(db).markAllRead(MarkScope{}, kNow);
    ASSERT_EQ(marked.size(), 500u);

    AccountSyncResult result = sync();

    ASSERT_TRUE(result.ok) << result.error;
    EXPECT_EQ(result.pushed, 500);
    EXPECT_EQ(server.editTagCalls(), 3); // 200 + 200 + 100
    EXPECT_EQ(ArticleStore(db).unreadCounts().total, 0);
}

TEST_P(GoogleReaderSyncTest, AnAnswerThatIsNotTheProtocolIsSaidSo) {
    test::TestHttpServer page([](const test::HttpRequest&) {
        return test::HttpResponse::ok("<!doctype html><html><body>Welkom</body></html>",
                                      "text/html");
    });
    account.url = page.url("/");

    AccountSyncResult result = sync();

    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.errorKind, SyncError::Kind::NotTheProtocol) << result.error;
    EXPECT_EQ(articleCount(), 0);
    EXPECT_TRUE(FeedStore(db).feeds().empty());
}

TEST_P(GoogleReaderSyncTest, AWrongPathOnTheServerIsNotTakenForTheApi) {
    // Miniflux answers "[]" with 200 for paths it does not know; FreshRSS's web server a 404
    // page; Inoreader a 404.
    account.url = server.http().url("/v1");

    AccountSyncResult result = sync();

    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.errorKind, SyncError::Kind::NotTheProtocol) << result.error;
}

INSTANTIATE_TEST_SUITE_P(Dialects, GoogleReaderSyncTest,
                         testing::Values(Dialect::FreshRss, Dialect::Miniflux, Dialect::Inoreader),
                         [](const testing::TestParamInfo<Dialect>& info) {
                             return info.param == Dialect::FreshRss   ? std::string("FreshRss")
                                    : info.param == Dialect::Miniflux ? std::string("Miniflux")
                                                                      : std::string("Inoreader");
                         });

TEST(GoogleReaderApiDisabledTest, FreshRssWithTheApiSwitchedOffIsSaidSo) {
    GoogleReaderServer server(Dialect::FreshRss);
    server.setApiDisabled(true);
    test::TempDir dir;
    Database db(dir.database());
    Account account;
    account.url = server.baseUrl();
    account.user = "lezer";
    account.id = AccountStore(db).addAccount(account);
    auto client = makeGoogleReaderClient(account, "geheim-api", FetchOptions{});

    AccountSyncResult result = SyncEngine(db).sync(account, *client, kNow);

    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.errorKind, SyncError::Kind::ApiDisabled) << result.error;
}

} // namespace
} // namespace heraut
