// SPDX-License-Identifier: GPL-3.0-or-later
// Extracted pages are stored many to a transaction (PagePipeline.h): what one page does to the
// store must not reach the others, and every page's outcome is kept as a page alone would be.
#include "PagePipeline.h"
#include "TempDatabase.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"
#include "heraut/FullArticleStore.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

using Outcome = PageFetchResult::Outcome;

constexpr std::int64_t kNow = 1769100000;

class PageBatchTest : public testing::Test {
  protected:
    test::TempDir dir;
    Database db{dir.database()};
    FeedStore feeds{db};
    ArticleStore articles{db};
    FullArticleStore pages{db};
    std::int64_t feed = feeds.addFeed("https://www.businessam.be/feed", "Business AM", {}, kNow);
    std::vector<std::int64_t> ids;

    void SetUp() override {
        std::vector<Article> items;
        for (int i = 0; i < 4; ++i) {
            Article a;
            a.id = "item-" + std::to_string(i);
            a.title = "Artikel " + std::to_string(i);
            a.link = "https://www.businessam.be/artikel-" + std::to_string(i);
            a.published = kNow - i * 60;
            a.summary = "<p>Key takeaways De marine krijgt […]</p>";
            a.text = "Key takeaways De marine krijgt […]";
            items.push_back(a);
        }
        Transaction t(db);
        articles.storeArticles(feed, items, kNow);
        t.commit();
        for (const PageJob& job : pagesDue())
            ids.push_back(job.articleId);
    }

    std::vector<PageJob> pagesDue() {
        std::int64_t last = pages.lastArticleId();
        for (std::int64_t id = last; id > last - 4; --id)
            pages.queue(id);
        return pages.duePages({feed}, kNow);
    }

    ExtractedPage stored(std::int64_t id, const std::string& word) {
        ExtractedPage page;
        page.job = *pages.pageJob(id);
        page.outcome = Outcome::Stored;
        page.article = FullArticle{"<p>De hele tekst over " + word + ".</p>",
                                   "De hele tekst over " + word + ".",
                                   {"Punt over " + word + "."},
                                   "",
                                   page.job.url,
                                   kNow};
        page.bodyHash = "hash-" + word;
        return page;
    }
};

TEST_F(PageBatchTest, EveryPageOfABatchIsStoredAsAlone) {
    ASSERT_EQ(ids.size(), 4u);
    std::vector<ExtractedPage> batch = {stored(ids[0], "fregatten"), stored(ids[1], "drones")};
    ExtractedPage failed;
    failed.job = *pages.pageJob(ids[2]);
    failed.outcome = Outcome::Failed;
    failed.error = "HTTP 503: server error";
    batch.push_back(failed);
    ExtractedPage none;
    none.job = *pages.pageJob(ids[3]);
    none.outcome = Outcome::NoArticle;
    none.error = "no article on the page (a video page)";
    batch.push_back(none);

    std::vector<PageFetchResult> results = storeExtractedPages(db, batch, kNow, {});

    ASSERT_EQ(results.size(), 4u);
    EXPECT_EQ(results[0].outcome, Outcome::Stored);
    EXPECT_EQ(results[1].outcome, Outcome::Stored);
    EXPECT_EQ(results[2].outcome, Outcome::Failed);
    EXPECT_EQ(results[3].outcome, Outcome::NoArticle);
    ASSERT_TRUE(pages.fullArticle(ids[0]));
    EXPECT_EQ(pages.fullArticle(ids[0])->text, "De hele tekst over fregatten.");
    EXPECT_EQ(pages.fullArticle(ids[1])->keyTakeaways,
              std::vector<std::string>{"Punt over drones."});
    EXPECT_EQ(pages.pageStatus(ids[2]).state, PageState::Failed);
    EXPECT_GT(pages.pageStatus(ids[2]).nextAttempt, kNow) << "retried later, with back-off";
    EXPECT_EQ(pages.pageStatus(ids[3]).state, PageState::NoArticle);
    EXPECT_EQ(pages.duePages({feed}, kNow).size(), 0u);
    articles.indexBacklog();
    EXPECT_EQ(articles.search(std::string("fregatten")).size(), 1u)
        << "the page's text is searched";
}

// A page the store refuses (here a trigger, standing in for a constraint or a full disk) is
// reported "not stored" and waits for the next refresh; the pages beside it in its batch stay.
TEST_F(PageBatchTest, APageTheStoreRefusesLeavesTheRestOfItsBatch) {
    ASSERT_EQ(ids.size(), 4u);
    db.execute("CREATE TEMP TRIGGER refuse BEFORE UPDATE ON article_pages WHEN new.article_id = " +
               std::to_string(ids[1]) +
               " AND new.text IS NOT NULL BEGIN "
               "SELECT RAISE(ABORT, 'refused'); END");
    std::vector<ExtractedPage> batch = {stored(ids[0], "fregatten"), stored(ids[1], "drones"),
                                        stored(ids[2], "tanks")};

    std::vector<PageFetchResult> results = storeExtractedPages(db, batch, kNow, {});

    ASSERT_EQ(results.size(), 3u);
    EXPECT_EQ(results[0].outcome, Outcome::Stored);
    EXPECT_EQ(results[1].outcome, Outcome::Failed);
    EXPECT_NE(results[1].error.find("not stored"), std::string::npos) << results[1].error;
    EXPECT_EQ(results[2].outcome, Outcome::Stored);
    EXPECT_TRUE(pages.fullArticle(ids[0]));
    EXPECT_FALSE(pages.fullArticle(ids[1]));
    EXPECT_TRUE(pages.fullArticle(ids[2]));
    std::vector<PageJob> due = pages.duePages({feed}, kNow);
    ASSERT_EQ(due.size(), 2u) << "the refused page waits, as does the one never fetched";
    EXPECT_TRUE(due[0].articleId == ids[1] || due[1].articleId == ids[1]);
    db.execute("DROP TRIGGER refuse");
    std::vector<ExtractedPage> none;
    EXPECT_TRUE(storeExtractedPages(db, none, kNow, {}).empty());
}

} // namespace
} // namespace heraut
