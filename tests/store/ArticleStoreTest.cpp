// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/ArticleStore.h"
#include "TempDatabase.h"
#include "heraut/FeedStore.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

constexpr std::int64_t kNow = 1769100000; // 2026-01-22

Article article(const std::string& id, const std::string& title, std::int64_t published,
                const std::string& text = "tekst") {
    Article a;
    a.id = id;
    a.title = title;
    a.link = "https://example.nl/" + id;
    a.published = published;
    a.text = text;
    a.content = "<p>" + text + "</p>";
    return a;
}

class ArticleStoreTest : public testing::Test {
  protected:
    test::TempDir dir;
    Database db{dir.database()};
    FeedStore feeds{db};
    ArticleStore articles{db};
    std::int64_t feedA = feeds.addFeed("https://a.nl/feed", "Defensie.nl", "Defensie", kNow);
    std::int64_t feedB = feeds.addFeed("https://b.nl/feed", "NOS", "Nieuws", kNow);

    ArticleChanges store(std::int64_t feed, const std::vector<Article>& list,
                         std::int64_t now = kNow) {
        Transaction t(db);
        ArticleChanges changes = articles.storeArticles(feed, list, now);
        t.commit();
        return changes;
    }

    std::int64_t idOf(const std::string& title) {
        for (const auto& h : articles.list({.limit = 1000}))
            if (h.title == title) return h.id;
        ADD_FAILURE() << "no article " << title;
        return 0;
    }
};

TEST_F(ArticleStoreTest, NewChangedAndUnchangedArticles) {
    auto first = store(feedA, {article("1", "Een", kNow - 100), article("2", "Twee", kNow - 50)});
    EXPECT_EQ(first.added, 2);
    EXPECT_EQ(first.updated, 0);
    auto again = store(
        feedA, {article("1", "Een", kNow - 100), article("2", "Twee (bijgewerkt)", kNow - 50)});
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.updated, 1);
    EXPECT_EQ(articles.count({}), 2);
}

TEST_F(ArticleStoreTest, ReadAndStarredFlagsSurviveRefreshesThatChangeContent) {
    store(feedA, {article("1", "Een", kNow - 100), article("2", "Twee", kNow - 50)});
    std::int64_t one = idOf("Een");
    std::int64_t two = idOf("Twee");
    articles.setRead({one}, true, kNow);
    articles.setStarred({two}, true);
    store(feedA, {article("1", "Een, herzien", kNow - 100, "nieuwe tekst"),
                  article("2", "Twee, herzien", kNow - 50, "andere tekst")});
    auto a = articles.article(one);
    auto b = articles.article(two);
    EXPECT_EQ(a->article.title, "Een, herzien");
    EXPECT_TRUE(a->read);
    EXPECT_FALSE(a->starred);
    EXPECT_EQ(b->article.text, "andere tekst");
    EXPECT_FALSE(b->read);
    EXPECT_TRUE(b->starred);
}

TEST_F(ArticleStoreTest, ArticlesThatLeaveTheFeedStayCached) {
    store(feedA, {article("1", "Een", kNow - 100), article("2", "Twee", kNow - 50)});
    store(feedA, {article("3", "Drie", kNow)});
    EXPECT_EQ(articles.count({.feedId = feedA}), 3);
}

TEST_F(ArticleStoreTest, SameIdInTwoFeedsIsTwoArticles) {
    store(feedA, {article("x", "In A", kNow)});
    store(feedB, {article("x", "In B", kNow)});
    EXPECT_EQ(articles.count({}), 2);
}

TEST_F(ArticleStoreTest, FutureDatesDoNotPinArticlesToTheTop) {
    store(feedA,
          {article("future", "Toekomst", kNow + 86400 * 365), article("now", "Nu", kNow - 10)});
    auto list = articles.list({});
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].sortDate, kNow);
    EXPECT_EQ(list[0].title, "Toekomst");
}

TEST_F(ArticleStoreTest, ListsFilterAndPageNewestFirst) {
    std::vector<Article> batch;
    for (int i = 0; i < 25; ++i)
        batch.push_back(article(std::to_string(i), "A" + std::to_string(i), kNow - i * 60));
    store(feedA, batch);
    store(feedB, {article("b", "B", kNow - 30)});
    auto page1 = articles.list({.limit = 10});
    ASSERT_EQ(page1.size(), 10u);
    EXPECT_EQ(page1[0].title, "A0");
    EXPECT_EQ(page1[1].title, "B");
    auto page2 =
        articles.list({.before = std::pair(page1.back().sortDate, page1.back().id), .limit = 10});
    ASSERT_EQ(page2.size(), 10u);
    EXPECT_LT(page2[0].sortDate, page1.back().sortDate);
    EXPECT_EQ(articles.list({.folder = "Nieuws"}).size(), 1u);
    EXPECT_EQ(articles.list({.feedId = feedA, .limit = 100}).size(), 25u);
    EXPECT_EQ(articles.list({.since = kNow - 5 * 60, .limit = 100}).size(), 7u); // A0..A5 and B
    articles.setRead({page1[0].id}, true, kNow);
    EXPECT_EQ(articles.count({.unreadOnly = true}), 25);
    articles.setStarred({page1[1].id}, true);
    auto starred = articles.list({.starredOnly = true});
    ASSERT_EQ(starred.size(), 1u);
    EXPECT_EQ(starred[0].title, "B");
}

TEST_F(ArticleStoreTest, UnreadCountsPerFeedFolderAndTotal) {
    store(feedA, {article("1", "a", kNow), article("2", "b", kNow), article("3", "c", kNow)});
    store(feedB, {article("1", "d", kNow)});
    articles.setRead({idOf("a")}, true, kNow);
    articles.setStarred({idOf("d")}, true);
    UnreadCounts counts = articles.unreadCounts();
    EXPECT_EQ(counts.byFeed[feedA], 2);
    EXPECT_EQ(counts.byFeed[feedB], 1);
    EXPECT_EQ(counts.byFolder["Defensie"], 2);
    EXPECT_EQ(counts.byFolder["Nieuws"], 1);
    EXPECT_EQ(counts.total, 3);
    EXPECT_EQ(counts.starred, 1);
}

TEST_F(ArticleStoreTest, MarkAllReadByScopeAndUndo) {
    store(feedA, {article("old", "oud", kNow - 10 * 86400), article("new", "nieuw", kNow)});
    store(feedB, {article("1", "ander", kNow)});
    auto older = articles.markAllRead({.olderThan = kNow - 86400}, kNow);
    EXPECT_EQ(older.size(), 1u);
    auto inFolder = articles.markAllRead({.folder = "Defensie"}, kNow);
    EXPECT_EQ(inFolder.size(), 1u) << "the old one was read already";
    EXPECT_EQ(articles.unreadCounts().total, 1);
    articles.setRead(inFolder, false, kNow); // undo
    EXPECT_EQ(articles.unreadCounts().byFeed[feedA], 1);
    auto all = articles.markAllRead({}, kNow);
    EXPECT_EQ(all.size(), 2u);
    EXPECT_EQ(articles.unreadCounts().total, 0);
}

TEST_F(ArticleStoreTest, ReadStateIsVisibleToAnotherConnectionAtOnce) {
    store(feedA, {article("1", "Een", kNow)});
    std::int64_t id = idOf("Een");
    articles.setRead({id}, true, kNow);
    Database other(dir.database());
    EXPECT_TRUE(ArticleStore(other).article(id)->read);
}

TEST_F(ArticleStoreTest, RetentionKeepsUnreadAndStarredAndDoesNotResurrect) {
    std::int64_t old = kNow - 200 * 86400;
    store(feedA,
          {article("read-old", "gelezen oud", old), article("unread-old", "ongelezen oud", old),
           article("starred-old", "ster oud", old), article("read-new", "gelezen nieuw", kNow)},
          old);
    articles.setRead({idOf("gelezen oud"), idOf("ster oud")}, true, old);
    articles.setRead({idOf("gelezen nieuw")}, true, kNow);
    articles.setStarred({idOf("ster oud")}, true, old);
    EXPECT_EQ(articles.applyRetention(180 * 86400, kNow), 1);
    EXPECT_EQ(articles.count({}), 3);
    // The feed still carries the removed item: it must not come back as unread news.
    auto changes = store(feedA, {article("read-old", "gelezen oud", old)});
    EXPECT_EQ(changes.added, 0);
    EXPECT_EQ(articles.count({}), 3);
    // Nor after it changed in the feed, nor in a later refresh long after.
    changes = store(feedA, {article("read-old", "gelezen oud (bijgewerkt)", old)}, kNow + 86400);
    EXPECT_EQ(changes.added, 0);
    EXPECT_EQ(articles.count({.unreadOnly = true}), 1);
}

// An article is kept for the retention period after it was read, whatever date it carries:
// an archive item from last year read today must not disappear at the next refresh and then,
// never fetched again, be lost.
TEST_F(ArticleStoreTest, RetentionCountsFromTheReadingNotFromTheArticlesDate) {
    std::int64_t yearAgo = kNow - 365 * 86400;
    store(feedA,
          {article("archief", "uit het archief", yearAgo),
           article("gisteren", "gisteren gelezen", kNow - 86400)},
          kNow - 200 * 86400);
    articles.setRead({idOf("uit het archief")}, true, kNow);
    articles.setRead({idOf("gisteren gelezen")}, true, kNow - 181 * 86400);
    EXPECT_EQ(articles.applyRetention(180 * 86400, kNow), 1);
    EXPECT_TRUE(articles.article(idOf("uit het archief"))) << "read today: kept";
    EXPECT_EQ(articles.applyRetention(180 * 86400, kNow + 179 * 86400), 0);
    EXPECT_EQ(articles.applyRetention(180 * 86400, kNow + 181 * 86400), 1);
    EXPECT_EQ(articles.count({}), 0);
}

TEST_F(ArticleStoreTest, RetentionCountsMarkAllReadAndUnstarAsReading) {
    std::int64_t old = kNow - 300 * 86400;
    store(feedA, {article("a", "alles gelezen", old), article("b", "ster weg", old)}, old);
    articles.setRead({idOf("ster weg")}, true, old);
    articles.setStarred({idOf("ster weg")}, true, old);
    articles.markAllRead({}, kNow);
    articles.setStarred({idOf("ster weg")}, false, kNow);
    EXPECT_EQ(articles.applyRetention(180 * 86400, kNow + 86400), 0);
    EXPECT_EQ(articles.applyRetention(180 * 86400, kNow + 181 * 86400), 2);
}

// A read flag from before read times were kept (or set by an older Heraut) counts from when
// the article was cached, not from its date and not forever.
TEST_F(ArticleStoreTest, RetentionOfAReadFlagWithoutATimeCountsFromFirstSeen) {
    store(feedA, {article("x", "zonder tijd", kNow - 900 * 86400)}, kNow - 10 * 86400);
    db.execute("UPDATE article_status SET read = 1, read_time = NULL");
    EXPECT_EQ(articles.applyRetention(180 * 86400, kNow), 0);
    EXPECT_EQ(articles.applyRetention(180 * 86400, kNow + 171 * 86400), 1);
}

TEST_F(ArticleStoreTest, RemovingAFeedRemovesItsArticles) {
    store(feedA, {article("1", "a", kNow)});
    store(feedB, {article("1", "b", kNow)});
    feeds.removeFeed(feedA);
    EXPECT_EQ(articles.count({}), 1);
    EXPECT_TRUE(articles.search("a").empty());
}

TEST_F(ArticleStoreTest, TakeawaysCategoriesAndEnclosuresRoundTrip) {
    Article a = article("1", "Met alles", kNow);
    a.keyTakeaways = {"Eerste punt.", "Tweede punt."};
    a.categories = {"Defensie", "Marine"};
    a.enclosures = {{"https://a.nl/x.mp3", "audio/mpeg", 1234},
                    {"https://a.nl/y.jpg", std::nullopt, std::nullopt}};
    a.author = "Redactie";
    a.summary = "<p>Kort</p>";
    store(feedA, {a});
    auto stored = articles.article(idOf("Met alles"));
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->article.keyTakeaways, a.keyTakeaways);
    EXPECT_EQ(stored->article.categories, a.categories);
    EXPECT_EQ(stored->article.enclosures, a.enclosures);
    EXPECT_EQ(stored->article.author, "Redactie");
    EXPECT_EQ(stored->feedTitle, "Defensie.nl");
}

} // namespace
} // namespace heraut
