// SPDX-License-Identifier: GPL-3.0-or-later
// A big watch-list's pages, read down its matches' date index (Schema.cpp, 18 -> 19): newest
// first with the id breaking ties, each page continuing where the last stopped, its filters
// applied, and the same rows oldest first.
#include "TempDatabase.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"
#include "heraut/WatchLists.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <set>

namespace heraut {
namespace {

constexpr std::int64_t kNow = 1769100000;
constexpr int kArticles = 3000;

class WatchListPagesTest : public testing::Test {
  protected:
    test::TempDir dir;
    Database db{dir.database()};
    FeedStore feeds{db};
    ArticleStore articles{db};
    WatchListStore watch{db};
    std::vector<std::int64_t> feedIds;
    // (sort date, id) of every article the list should hold.
    std::vector<std::pair<std::int64_t, std::int64_t>> expected;

    void SetUp() override {
        for (const WatchList& list : watch.lists())
            watch.remove(list.name);
        for (int f = 0; f < 3; ++f)
            feedIds.push_back(feeds.addFeed("https://bron" + std::to_string(f) + ".nl/feed",
                                            "Bron " + std::to_string(f), "Map", kNow));
        store(0, kArticles / 2); // matched when the list is made ...
        watch.add("Drones", "drone", false, kNow);
        store(kArticles / 2, kArticles); // ... and by the update after a refresh
        watch.updateMatches(kNow);
        std::sort(expected.begin(), expected.end(), std::greater<>());
    }

    // Three of every four articles are about drones; three at a time share a date, so that
    // the id decides their order. Feeds take turns, so that ids and dates disagree.
    void store(int from, int to) {
        Transaction t(db);
        for (int i = from; i < to; ++i) {
            Article a;
            a.id = "a" + std::to_string(i);
            bool drone = i % 4 != 0;
            a.title = (drone ? "Drone gezien " : "Weerbericht ") + std::to_string(i);
            a.content = "<p>Bericht " + std::to_string(i) + ".</p>";
            a.published = kNow - 60 * ((i * 7919) % kArticles / 3);
            articles.storeArticles(feedIds[static_cast<size_t>(i % 3)], {a}, kNow);
            if (drone) expected.emplace_back(*a.published, db.lastInsertId());
        }
        t.commit();
    }

    ArticleQuery query(const std::string& text = "drone") {
        return watch.articleQuery(WatchList{watch.find("Drones")->id, "Drones", text, false}, kNow);
    }

    // Every page of `q`, each after the last row of the one before.
    std::vector<std::pair<std::int64_t, std::int64_t>> allPages(ArticleQuery q, int pageSize) {
        q.limit = pageSize;
        std::vector<std::pair<std::int64_t, std::int64_t>> rows;
        for (;;) {
            std::vector<ArticleHeadline> page = articles.list(q);
            for (const ArticleHeadline& h : page)
                rows.emplace_back(h.sortDate, h.id);
            if (static_cast<int>(page.size()) < pageSize) return rows;
            q.before = rows.back();
        }
    }
};

TEST_F(WatchListPagesTest, TheFirstPageIsTheNewestMatches) {
    ArticleQuery q = query();
    q.limit = 100;
    std::vector<ArticleHeadline> page = articles.list(q);
    ASSERT_EQ(page.size(), 100u);
    for (size_t i = 0; i < page.size(); ++i) {
        EXPECT_EQ(page[i].sortDate, expected[i].first) << "row " << i;
        EXPECT_EQ(page[i].id, expected[i].second) << "row " << i << ": ties newest id first";
        EXPECT_NE(page[i].title.find("Drone"), std::string::npos) << page[i].title;
        EXPECT_FALSE(page[i].feedTitle.empty());
    }
}

TEST_F(WatchListPagesTest, PagesFollowEachOtherWithoutGapsOrRepeats) {
    EXPECT_EQ(allPages(query(), 100), expected);
    EXPECT_EQ(allPages(query(), 7), expected) << "a page boundary inside a run of equal dates";
    EXPECT_EQ(articles.count(query()), static_cast<int>(expected.size()));
}

TEST_F(WatchListPagesTest, OldestFirstIsTheSameRowsReversed) {
    ArticleQuery q = query();
    q.order = ArticleOrder::Oldest;
    q.limit = 50;
    q.offset = 0;
    std::vector<std::pair<std::int64_t, std::int64_t>> rows;
    for (;; q.offset += q.limit) {
        std::vector<ArticleHeadline> page = articles.list(q);
        for (const ArticleHeadline& h : page)
            rows.emplace_back(h.sortDate, h.id);
        if (static_cast<int>(page.size()) < q.limit) break;
    }
    std::vector<std::pair<std::int64_t, std::int64_t>> reversed(expected.rbegin(), expected.rend());
    EXPECT_EQ(rows, reversed);
}

TEST_F(WatchListPagesTest, FiltersNarrowThePages) {
    // since: keeps the newer half of the dates.
    std::int64_t since = kNow - 60 * (kArticles / 6);
    std::vector<std::pair<std::int64_t, std::int64_t>> newer;
    for (const auto& row : expected)
        if (row.first >= since) newer.push_back(row);
    ASSERT_FALSE(newer.empty());
    ASSERT_LT(newer.size(), expected.size());
    ArticleQuery q = query("drone");
    q.since = since;
    EXPECT_EQ(allPages(q, 100), newer);
    EXPECT_EQ(articles.count(q), static_cast<int>(newer.size()));

    // is:unread after reading every other match of the first page.
    std::vector<std::int64_t> read;
    for (size_t i = 0; i < 100; i += 2)
        read.push_back(expected[i].second);
    articles.setRead(read, true, kNow);
    std::set<std::int64_t> readSet(read.begin(), read.end());
    std::vector<std::pair<std::int64_t, std::int64_t>> unread;
    for (const auto& row : expected)
        if (!readSet.count(row.second)) unread.push_back(row);
    EXPECT_EQ(allPages(query("drone is:unread"), 100), unread);

    // feed: keeps one source's matches.
    ArticleQuery one = query();
    one.feedId = feedIds[1];
    std::vector<ArticleHeadline> page = articles.list(one);
    ASSERT_FALSE(page.empty());
    for (const ArticleHeadline& h : page)
        EXPECT_EQ(h.feedId, feedIds[1]);
}

TEST_F(WatchListPagesTest, RemovedArticlesLeaveThePages) {
    std::int64_t newest = expected.front().second;
    db.prepare("DELETE FROM articles WHERE id = ?").bind(1, newest).run();
    expected.erase(expected.begin());
    EXPECT_EQ(allPages(query(), 100), expected);
}

} // namespace
} // namespace heraut
