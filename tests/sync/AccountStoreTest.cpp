// SPDX-License-Identifier: GPL-3.0-or-later
// What an account owns locally, and the queue of the reader's changes.
#include "heraut/AccountStore.h"
#include "TempDatabase.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"
#include "heraut/Refresher.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

constexpr std::int64_t kNow = 1769100000;

RemoteItem item(const std::string& id, bool read = false, bool starred = false) {
    RemoteItem r;
    r.id = id;
    r.feedId = "feed/1";
    r.article.id = id;
    r.article.title = "Artikel " + id;
    r.article.published = kNow - 3600;
    r.read = read;
    r.starred = starred;
    return r;
}

class AccountStoreTest : public testing::Test {
  protected:
    void SetUp() override {
        Account a;
        a.url = "https://rss.example/api/greader.php";
        a.user = "lezer";
        accountId = store.addAccount(a);
        store.applySubscriptions(accountId, {{"user/-/label/Defensie", "Defensie"}},
                                 {{"feed/1", "https://bron.example/feed", "Bron", std::nullopt,
                                   "user/-/label/Defensie"}},
                                 kNow);
        store.storeItems(accountId, {item("a"), item("b", true), item("c", false, true)}, kNow);
    }

    std::int64_t local(const std::string& remote) {
        Statement q = db.prepare("SELECT article_id FROM sync_articles WHERE remote_id = ?");
        q.bind(1, remote);
        q.step();
        return q.integer(0);
    }

    test::TempDir dir;
    Database db{dir.database()};
    AccountStore store{db};
    ArticleStore articles{db};
    std::int64_t accountId = 0;
};

TEST_F(AccountStoreTest, TheServersStateIsStoredWithoutBeingQueued) {
    EXPECT_EQ(store.pendingCount(), 0);
    EXPECT_FALSE(articles.article(local("a"))->read);
    EXPECT_TRUE(articles.article(local("b"))->read);
    EXPECT_TRUE(articles.article(local("c"))->starred);
    auto feeds = FeedStore(db).feeds();
    ASSERT_EQ(feeds.size(), 1u);
    EXPECT_EQ(feeds[0].folderName, "Defensie");
    EXPECT_EQ(feeds[0].accountId, accountId);
}

TEST_F(AccountStoreTest, EveryReaderChangeIsQueuedAndTheLastOfAFlagWins) {
    articles.setRead({local("a")}, true, kNow);
    articles.setRead({local("a")}, false, kNow);
    articles.setStarred({local("a")}, true, kNow);
    articles.markAllRead(MarkScope{}, kNow);

    auto queue = store.pendingChanges(accountId);
    ASSERT_EQ(queue.size(), 3u); // a: star, then read (its unread was replaced); c: read
    EXPECT_EQ(queue[0].action, QueuedChange::Action::Star);
    EXPECT_EQ(queue[1].action, QueuedChange::Action::Read);
    EXPECT_EQ(queue[1].remoteId, "a");
    EXPECT_EQ(queue[1].articleId, local("a"));
    EXPECT_EQ(queue[2].action, QueuedChange::Action::Read);
    EXPECT_EQ(queue[2].remoteId, "c");
}

TEST_F(AccountStoreTest, AnUnconfirmedLocalChangeWinsOverTheServersOlderState) {
    articles.setRead({local("a")}, true, kNow);

    // The server still lists "a" as unread, and "c" as unread but no longer starred.
    int changed = store.applyStates(accountId, {"a", "c"}, {}, kNow);

    EXPECT_EQ(changed, 1); // only c's star
    EXPECT_TRUE(articles.article(local("a"))->read);
    EXPECT_FALSE(articles.article(local("c"))->starred);

    // Once confirmed, the server's state is the truth again.
    std::vector<std::int64_t> queued;
    for (const auto& change : store.pendingChanges(accountId))
        queued.push_back(change.id);
    store.confirm(queued);
    store.applyStates(accountId, {"a", "c"}, {}, kNow);
    EXPECT_FALSE(articles.article(local("a"))->read);
    EXPECT_EQ(store.pendingCount(), 0);
}

TEST_F(AccountStoreTest, LocalFeedsAreNeverQueuedNorRefreshedThroughTheAccount) {
    FeedStore feeds(db);
    std::int64_t mine = feeds.addFeed("https://eigen.example/feed", "Eigen", std::nullopt, kNow);
    Article a;
    a.id = "x";
    a.title = "Lokaal";
    {
        Transaction t(db);
        articles.storeArticles(mine, {a}, kNow);
        t.commit();
    }
    articles.markAllRead(MarkScope{.feedId = mine}, kNow);
    EXPECT_EQ(store.pendingCount(), 0);

    // The refresher fetches only the reader's own feed (which fails: no such host).
    RefreshOptions options;
    options.force = true;
    options.now = kNow;
    options.fetch.connectTimeoutMs = 2000;
    RefreshSummary summary = Refresher(dir.database()).run(options);
    EXPECT_EQ(summary.feeds, 1);
}

TEST_F(AccountStoreTest, TheSameFeedMayBeLocalAndSynced) {
    FeedStore(db).addFeed("https://beide.example/feed", "Lokaal", std::nullopt, kNow);
    store.applySubscriptions(accountId, {},
                             {{"feed/1", "https://bron.example/feed", "Bron"},
                              {"feed/2", "https://beide.example/feed", "Op de server"}},
                             kNow);
    EXPECT_EQ(FeedStore(db).feeds().size(), 3u);
}

TEST_F(AccountStoreTest, RemovingTheAccountTakesItsFeedsArticlesAndQueueOnly) {
    std::int64_t mine =
        FeedStore(db).addFeed("https://eigen.example/feed", "Eigen", "Defensie", kNow);
    articles.setRead({local("a")}, true, kNow);

    store.removeAccount(accountId);

    auto feeds = FeedStore(db).feeds();
    ASSERT_EQ(feeds.size(), 1u);
    EXPECT_EQ(feeds[0].id, mine);
    EXPECT_EQ(articles.count(ArticleQuery{}), 0);
    EXPECT_EQ(store.pendingCount(), 0);
    EXPECT_THROW(store.removeAccount(accountId), StoreError);
}

TEST_F(AccountStoreTest, RetiredArticlesStayKnownSoTheyAreNotDownloadedAgain) {
    articles.setRead({local("b")}, true, kNow); // already read: nothing changes
    int removed = articles.applyRetention(1, kNow + 10 * 86400);
    EXPECT_EQ(removed, 1);
    auto known = store.knownItems(accountId);
    EXPECT_TRUE(known.contains("b"));
    EXPECT_EQ(known["b"].articleId, 0);
}

} // namespace
} // namespace heraut
