// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/StoryStore.h"
#include "TempDatabase.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"
#include "heraut/StoryGrouper.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

constexpr std::int64_t kNow = 1795392000; // 2026-11-23

Article article(const std::string& id, const std::string& title, const std::string& text,
                std::int64_t published) {
    Article a;
    a.id = id;
    a.title = title;
    a.link = "https://example.nl/" + id;
    a.published = published;
    a.text = text;
    a.content = "<p>" + text + "</p>";
    return a;
}

const std::string kPatriotA =
    "Nederland stuurt twee extra lanceerinstallaties voor het Patriot-systeem naar Oekraïne, "
    "zegt minister Brekelmans. Ze worden via het Poolse Rzeszów geleverd.";
const std::string kPatriotB =
    "Minister Brekelmans geeft Oekraïne twee Patriot-lanceerinstallaties uit eigen voorraad. "
    "De levering loopt via Rzeszów in Polen.";

class StoryStoreTest : public testing::Test {
  protected:
    test::TempDir dir;
    Database db{dir.database()};
    FeedStore feeds{db};
    ArticleStore articles{db};
    StoryStore stories{db};
    std::int64_t nos = feeds.addFeed("https://nos.nl/feed", "NOS", "Nieuws", kNow);
    std::int64_t nu = feeds.addFeed("https://nu.nl/feed", "NU.nl", "Nieuws", kNow);
    std::int64_t vrt = feeds.addFeed("https://vrt.be/feed", "VRT NWS", "België", kNow);

    void store(std::int64_t feed, const std::vector<Article>& list) {
        Transaction t(db);
        articles.storeArticles(feed, list, kNow);
        t.commit();
    }
    std::int64_t idOf(const std::string& title) {
        for (const auto& h : articles.list({.limit = 1000}))
            if (h.title == title) return h.id;
        ADD_FAILURE() << "no article " << title;
        return 0;
    }
    void storeTwoReportsAndOneOther() {
        store(nos, {article("p", "Nederland levert nog twee Patriots aan Oekraïne", kPatriotA,
                            kNow - 7200)});
        store(nu, {article("q", "Brekelmans: twee Patriot-lanceerinstallaties naar Oekraïne",
                           kPatriotB, kNow - 3600)});
        store(vrt,
              {article("r", "Eerste Belgische F-35 landt in Florennes",
                       "De eerste F-35 van de Luchtcomponent landde in Florennes.", kNow - 1800)});
    }
};

TEST_F(StoryStoreTest, StoredArticlesWaitUntilGrouped) {
    storeTwoReportsAndOneOther();
    EXPECT_EQ(stories.waitingCount(), 3);
    EXPECT_EQ(groupWaitingStories(db), 3);
    EXPECT_EQ(stories.waitingCount(), 0);
    std::int64_t p = idOf("Nederland levert nog twee Patriots aan Oekraïne");
    std::int64_t q = idOf("Brekelmans: twee Patriot-lanceerinstallaties naar Oekraïne");
    std::int64_t r = idOf("Eerste Belgische F-35 landt in Florennes");
    EXPECT_EQ(stories.storyOf(p), p);
    EXPECT_EQ(stories.storyOf(q), p);
    EXPECT_EQ(stories.storyOf(r), r);
    EXPECT_EQ(groupWaitingStories(db), 0);
}

TEST_F(StoryStoreTest, EveryArticleIsInExactlyOneStory) {
    storeTwoReportsAndOneOther();
    groupWaitingStories(db);
    auto list = stories.list({});
    ASSERT_EQ(list.size(), 2u);
    std::vector<std::int64_t> seen;
    for (const auto& s : list)
        seen.insert(seen.end(), s.articles.begin(), s.articles.end());
    std::sort(seen.begin(), seen.end());
    EXPECT_EQ(seen.size(), 3u);
    EXPECT_EQ(std::unique(seen.begin(), seen.end()), seen.end());
    // Newest story first; the story's title is its earliest article's.
    EXPECT_EQ(list[0].title, "Eerste Belgische F-35 landt in Florennes");
    EXPECT_EQ(list[1].title, "Nederland levert nog twee Patriots aan Oekraïne");
    EXPECT_EQ(list[1].feeds, (std::vector<std::int64_t>{nos, nu}));
    EXPECT_EQ(list[1].unread, 2);
    EXPECT_EQ(list[1].newest, kNow - 3600);
}

// grouped() reads a window that holds most of its id range by walking those ids, and one that
// holds a few articles among many others through the date index: either way it hands exactly
// the window's grouped articles, none dated outside it and none still waiting.
TEST_F(StoryStoreTest, GroupedReadsExactlyTheWindowWhicheverWayItIsRead) {
    std::vector<Article> list;
    for (int i = 0; i < 12; ++i) {
        std::string n = std::to_string(i);
        // Every third in the last day; i = 5 and 7 a hundred days back; the rest a month back.
        std::int64_t date = i % 3 == 0         ? kNow - 3600 * (i + 1)
                            : i == 5 || i == 7 ? kNow - 100 * 86400 - i
                                               : kNow - 30 * 86400 - 60 * i;
        list.push_back(article("a" + n, "Kop " + n, "Tekst over onderwerp " + n, date));
    }
    store(nos, list);
    groupWaitingStories(db);
    store(nu, {article("w", "Wacht nog", "Nog niet gegroepeerd", kNow - 60)});
    auto expected = [&](const StoryWindow& w) {
        Statement q = db.prepare("SELECT id FROM articles WHERE sort_date BETWEEN ? AND ? AND "
                                 "id NOT IN (SELECT article_id FROM story_backlog) ORDER BY id");
        q.bind(1, w.from).bind(2, w.to);
        std::vector<std::int64_t> ids;
        while (q.step())
            ids.push_back(q.integer(0));
        return ids;
    };
    auto read = [&](const StoryWindow& w) {
        std::vector<std::int64_t> ids;
        stories.grouped(w, [&](StoryArticleText& a) { ids.push_back(a.id); });
        std::sort(ids.begin(), ids.end());
        return ids;
    };

    StoryWindow lastDay = stories.window(kNow - 86400, kNow);
    EXPECT_EQ(lastDay.articles, 5); // four grouped, one waiting
    EXPECT_LT(2 * lastDay.articles, lastDay.lastId - lastDay.firstId + 1); // the date index
    EXPECT_EQ(read(lastDay).size(), 4u);
    EXPECT_EQ(read(lastDay), expected(lastDay));

    StoryWindow lastMonths = stories.window(kNow - 40 * 86400, kNow);
    EXPECT_EQ(lastMonths.articles, 11); // ten grouped, one waiting
    EXPECT_GE(2 * lastMonths.articles, lastMonths.lastId - lastMonths.firstId + 1); // the ids
    EXPECT_EQ(read(lastMonths).size(), 10u);
    EXPECT_EQ(read(lastMonths), expected(lastMonths));

    StoryWindow none = stories.window(kNow + 86400, kNow + 2 * 86400);
    EXPECT_EQ(none.articles, 0);
    EXPECT_TRUE(read(none).empty());
}

TEST_F(StoryStoreTest, ListFiltersByFeedAndUnread) {
    storeTwoReportsAndOneOther();
    groupWaitingStories(db);
    auto ofNu = stories.list({.feedId = nu});
    ASSERT_EQ(ofNu.size(), 1u);
    EXPECT_EQ(ofNu[0].articles.size(), 2u); // the whole story, found through one of its feeds
    articles.setRead(ofNu[0].articles, true, kNow);
    auto unread = stories.list({.unreadOnly = true});
    ASSERT_EQ(unread.size(), 1u);
    EXPECT_EQ(unread[0].title, "Eerste Belgische F-35 landt in Florennes");
}

// A folder's stories are those of its feeds and of the folders inside it, as its articles are
// (list --stories --folder, the briefing), and the folder is named without case.
TEST_F(StoryStoreTest, ListByFolderTakesTheFoldersInsideItWithoutCase) {
    storeTwoReportsAndOneOther();
    groupWaitingStories(db);
    EXPECT_EQ(stories.list({.folder = "België"}).size(), 1u);
    EXPECT_EQ(stories.list({.folder = "nieuws"}).size(), 1u);
    feeds.moveFolder(feeds.folderId("België"), feeds.folderId("Nieuws"));
    auto inNews = stories.list({.folder = "NIEUWS"});
    ASSERT_EQ(inNews.size(), 2u);
    EXPECT_EQ(inNews[0].title, "Eerste Belgische F-35 landt in Florennes");
    EXPECT_TRUE(stories.list({.folder = "Nergens"}).empty());
}

TEST_F(StoryStoreTest, RemovingTheFirstArticleKeepsTheStoryUnderItsNextArticle) {
    storeTwoReportsAndOneOther();
    groupWaitingStories(db);
    std::int64_t p = idOf("Nederland levert nog twee Patriots aan Oekraïne");
    std::int64_t q = idOf("Brekelmans: twee Patriot-lanceerinstallaties naar Oekraïne");
    feeds.removeFeed(nos);
    EXPECT_EQ(stories.storyOf(q), q);
    EXPECT_FALSE(stories.story(p));
    auto story = stories.story(q);
    ASSERT_TRUE(story);
    EXPECT_EQ(story->articles, (std::vector<std::int64_t>{q}));
}

// A folder counts each story once, across its feeds and the folders inside it, as the article
// counts (ArticleStore::unreadCounts) cover the folders inside a folder.
TEST_F(StoryStoreTest, UnreadCountsCountEachStoryOncePerFeedFolderAndInAll) {
    storeTwoReportsAndOneOther();
    groupWaitingStories(db);
    feeds.moveFolder(feeds.folderId("België"), feeds.folderId("Nieuws"));
    std::int64_t p = idOf("Nederland levert nog twee Patriots aan Oekraïne");
    std::int64_t q = idOf("Brekelmans: twee Patriot-lanceerinstallaties naar Oekraïne");
    articles.setStarred({q}, true, kNow);
    UnreadCounts counts = stories.unreadCounts();
    EXPECT_EQ(counts.byFeed, (std::map<std::int64_t, int>{{nos, 1}, {nu, 1}, {vrt, 1}}));
    EXPECT_EQ(counts.byFolder, (std::map<std::string, int>{{"Nieuws", 2}, {"België", 1}}));
    EXPECT_EQ(counts.total, 2);
    EXPECT_EQ(counts.starred, 1) << "starred counts articles";
    articles.setRead({p}, true, kNow);
    counts = stories.unreadCounts();
    EXPECT_EQ(counts.byFeed, (std::map<std::int64_t, int>{{nu, 1}, {vrt, 1}}));
    EXPECT_EQ(counts.byFolder["Nieuws"], 2) << "the story still has an unread report";
    EXPECT_EQ(counts.total, 2);
    articles.setRead({q}, true, kNow);
    counts = stories.unreadCounts();
    EXPECT_EQ(counts.byFolder, (std::map<std::string, int>{{"Nieuws", 1}, {"België", 1}}));
    EXPECT_EQ(counts.total, 1);
}

TEST_F(StoryStoreTest, AnIdThatIsNotAStoryIsNone) {
    storeTwoReportsAndOneOther();
    groupWaitingStories(db);
    std::int64_t q = idOf("Brekelmans: twee Patriot-lanceerinstallaties naar Oekraïne");
    EXPECT_FALSE(stories.story(q)); // an article of another story
    EXPECT_FALSE(stories.story(999999));
}

TEST_F(StoryStoreTest, MigrationQueuesAnExistingCacheForGrouping) {
    std::string path = dir.file("old.sqlite");
    {
        Database old(path, Database::kSchemaVersion - 1);
        FeedStore f(old);
        ArticleStore a(old);
        std::int64_t one = f.addFeed("https://nos.nl/feed", "NOS", "", kNow);
        std::int64_t two = f.addFeed("https://nu.nl/feed", "NU.nl", "", kNow);
        Transaction t(old);
        a.storeArticles(one,
                        {article("p", "Nederland levert nog twee Patriots aan Oekraïne", kPatriotA,
                                 kNow - 7200)},
                        kNow);
        a.storeArticles(two,
                        {article("q",
                                 "Brekelmans: twee Patriot-lanceerinstallaties naar "
                                 "Oekraïne",
                                 kPatriotB, kNow - 3600)},
                        kNow);
        t.commit();
    }
    Database migrated(path);
    StoryStore s(migrated);
    EXPECT_EQ(s.waitingCount(), 2);
    EXPECT_EQ(groupWaitingStories(migrated), 2);
    auto list = s.list({});
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].articles.size(), 2u);
}

} // namespace
} // namespace heraut
