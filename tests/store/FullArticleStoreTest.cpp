// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/FullArticleStore.h"
#include "TempDatabase.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

constexpr std::int64_t kNow = 1769100000; // 2026-01-22

Article excerpt(const std::string& id, std::int64_t published) {
    Article a;
    a.id = id;
    a.title = "Artikel " + id;
    a.link = "https://www.businessam.be/" + id;
    a.published = published;
    a.summary = "<p>Key takeaways De marine krijgt […]</p>";
    a.text = "Key takeaways De marine krijgt […]";
    return a;
}

FullArticle page(const std::string& word) {
    return {"<p>De hele tekst over " + word + ".</p>",
            "De hele tekst over " + word + ".",
            {"Eerste punt van de pagina.", "Tweede punt."},
            "https://img.example/lead.jpg",
            "https://www.businessam.be/pagina",
            kNow + 5};
}

class FullArticleStoreTest : public testing::Test {
  protected:
    test::TempDir dir;
    Database db{dir.database()};
    FeedStore feeds{db};
    ArticleStore articles{db};
    FullArticleStore pages{db};
    std::int64_t feed = feeds.addFeed("https://www.businessam.be/feed", "Business AM", {}, kNow);

    std::int64_t storeItems(int count, std::int64_t now = kNow) {
        std::vector<Article> items;
        for (int i = 0; i < count; ++i)
            items.push_back(excerpt(std::to_string(now) + "-" + std::to_string(i), now - i * 60));
        Transaction t(db);
        articles.storeArticles(feed, items, now);
        t.commit();
        return pages.lastArticleId();
    }
};

TEST_F(FullArticleStoreTest, ModeIsKeptPerFeedAndAutoFollowsTheDetection) {
    EXPECT_EQ(pages.mode(feed), FullArticlesMode::Auto);
    EXPECT_FALSE(pages.fetchesPages(feed)) << "auto is off until a refresh finds excerpts";
    pages.setExcerptOnly(feed, true);
    EXPECT_TRUE(pages.fetchesPages(feed));
    pages.setMode(feed, FullArticlesMode::Never);
    EXPECT_FALSE(pages.fetchesPages(feed));
    pages.setMode(feed, FullArticlesMode::Always);
    pages.setExcerptOnly(feed, false);
    EXPECT_TRUE(pages.fetchesPages(feed));
    EXPECT_EQ(pages.mode(feed), FullArticlesMode::Always);
    EXPECT_THROW(pages.setMode(999, FullArticlesMode::Always), StoreError);
    for (auto mode : {FullArticlesMode::Auto, FullArticlesMode::Always, FullArticlesMode::Never})
        EXPECT_EQ(parseFullArticlesMode(fullArticlesModeName(mode)), mode);
    EXPECT_FALSE(parseFullArticlesMode("sometimes"));
}

// A feed's first refresh fetches the pages of its newest articles only (issue 10).
TEST_F(FullArticleStoreTest, QueuesTheNewestOfTheNewArticles) {
    std::int64_t before = pages.lastArticleId();
    storeItems(30);
    EXPECT_EQ(pages.queueNewArticles(feed, before, 20), 20);
    auto due = pages.duePages({feed}, kNow);
    ASSERT_EQ(due.size(), 20u);
    for (const PageJob& job : due)
        EXPECT_GE(job.url, "https://www.businessam.be/" + std::to_string(kNow) + "-") << job.url;
    EXPECT_EQ(pages.pageStatus(due[0].articleId).state, PageState::Waiting);
    EXPECT_EQ(pages.pageStatus(before + 1).state, PageState::Waiting) << "the newest is queued";
    EXPECT_EQ(pages.pageStatus(before + 21).state, PageState::None) << "the oldest ten are not";
    EXPECT_EQ(pages.pageStatus(before + 30).state, PageState::None);
    EXPECT_EQ(pages.queueNewArticles(feed, before, 20), 0) << "queued once";
}

TEST_F(FullArticleStoreTest, StoredPageIsReadBackAndSearched) {
    std::int64_t id = storeItems(1);
    EXPECT_FALSE(pages.fullArticle(id));
    EXPECT_TRUE(pages.queue(id));
    {
        Transaction t(db);
        pages.storePage(id, page("fregatten"), "\"e1\"", std::nullopt, "hash1");
        t.commit();
    }
    auto full = pages.fullArticle(id);
    ASSERT_TRUE(full);
    EXPECT_EQ(full->text, "De hele tekst over fregatten.");
    EXPECT_EQ(full->keyTakeaways,
              (std::vector<std::string>{"Eerste punt van de pagina.", "Tweede punt."}));
    EXPECT_EQ(full->image, "https://img.example/lead.jpg");
    EXPECT_EQ(full->fetchedAt, kNow + 5);
    EXPECT_EQ(pages.pageStatus(id).state, PageState::Done);
    EXPECT_EQ(pages.withFullText({id, id + 1, 12345}), std::vector<std::int64_t>{id});
    EXPECT_EQ(articles.search("fregatten").size(), 1u) << "the page's text is searched";
    EXPECT_EQ(articles.search("eerste punt").size(), 1u) << "and the page's takeaways";
    // A page read again with other words: the index forgets the old ones.
    {
        Transaction t(db);
        pages.storePage(id, page("onderzeeboten"), std::nullopt, std::nullopt, "hash2");
        t.commit();
    }
    EXPECT_TRUE(articles.search("fregatten").empty());
    EXPECT_EQ(articles.search("onderzeeboten").size(), 1u);
    db.execute("INSERT INTO article_search(article_search) VALUES ('integrity-check')");
    feeds.removeFeed(feed); // the page goes with its article, out of the index too
    db.execute("INSERT INTO article_search(article_search) VALUES ('integrity-check')");
    EXPECT_FALSE(pages.fullArticle(id));
    EXPECT_TRUE(articles.search("onderzeeboten").empty());
}

// A failed page keeps waiting, with back-off; the feed's excerpt stays what is shown.
TEST_F(FullArticleStoreTest, FailureWaitsAndChangedArticleIsRechecked) {
    std::int64_t id = storeItems(1);
    pages.queue(id);
    pages.recordFailure(id, "HTTP 503", kNow + 3600, false);
    EXPECT_TRUE(pages.duePages({feed}, kNow).empty()) << "not before its next attempt";
    EXPECT_EQ(pages.duePages({feed}, kNow + 3600).size(), 1u);
    PageStatus status = pages.pageStatus(id);
    EXPECT_EQ(status.state, PageState::Failed);
    EXPECT_EQ(status.failures, 1);
    EXPECT_EQ(status.lastError, "HTTP 503");
    EXPECT_EQ(articles.article(id)->article.text, "Key takeaways De marine krijgt […]");
    {
        Transaction t(db);
        pages.storePage(id, page("fregatten"), "\"e1\"", std::nullopt, "hash1");
        t.commit();
    }
    EXPECT_TRUE(pages.duePages({feed}, kNow + 99999).empty());
    pages.recheck({id});
    auto due = pages.duePages({feed}, kNow);
    ASSERT_EQ(due.size(), 1u);
    EXPECT_EQ(due[0].etag, "\"e1\"") << "checked again with a conditional GET";
    EXPECT_EQ(due[0].bodyHash, "hash1");
    EXPECT_TRUE(pages.fullArticle(id)) << "the text stays while the page is checked";
    pages.recordUnchanged(id, kNow);
    EXPECT_EQ(pages.pageStatus(id).state, PageState::Done);
    EXPECT_EQ(pages.fullArticle(id)->text, "De hele tekst over fregatten.");
}

} // namespace
} // namespace heraut
