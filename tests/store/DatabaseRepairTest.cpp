// SPDX-License-Identifier: GPL-3.0-or-later
// A damaged cache file: the check finds the damage, the repair keeps everything readable in a
// new file and the damaged one beside it. The damage is real: garbage over whole pages.
#include "heraut/DatabaseRepair.h"
#include "DamagedDatabase.h"
#include "TempDatabase.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"
#include "heraut/MuteRules.h"
#include "heraut/WatchLists.h"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>

namespace heraut {
namespace {

constexpr std::int64_t kNow = 1769100000;
constexpr int kArticles = 600; // enough for many leaf pages

class DatabaseRepairTest : public testing::Test {
  protected:
    test::TempDir dir;
    std::int64_t defensie = 0;
    std::int64_t marine = 0;

    void SetUp() override {
        Database db(dir.database());
        FeedStore feeds(db);
        ArticleStore articles(db);
        defensie = feeds.addFeed("https://a.nl/feed", "Defensie", "Nieuws", kNow);
        marine = feeds.addFeed("https://b.nl/feed", "Marine", std::nullopt, kNow);
        std::vector<Article> batch;
        for (int i = 0; i < kArticles; ++i) {
            Article a;
            a.id = "g" + std::to_string(i);
            a.title = "Fregat " + std::to_string(i) + (i == 7 ? " Oekraïne" : "");
            a.published = kNow - i * 60;
            a.content = "<p>Tekst over de marine en de landmacht, artikel " + std::to_string(i) +
                        ", lang genoeg om pagina's te vullen.</p>";
            batch.push_back(a);
        }
        Transaction t(db);
        articles.storeArticles(defensie, {batch.begin(), batch.begin() + kArticles / 2}, kNow);
        articles.storeArticles(marine, {batch.begin() + kArticles / 2, batch.end()}, kNow);
        t.commit();
        articles.indexBacklog();
        std::vector<std::int64_t> everyThird;
        for (std::int64_t id = 1; id <= kArticles; id += 3)
            everyThird.push_back(id);
        articles.setRead(everyThird, true, kNow);
        articles.setStarred({2, 5, 8}, true);
    }

    int count(Database& db, const std::string& sql) {
        Statement s = db.prepare(sql);
        s.step();
        return static_cast<int>(s.integer(0));
    }
};

// A whole header but a damaged schema must fail the open, where the reader's start-up dialog
// offers Repair, not at the first query of a window already built.
TEST_F(DatabaseRepairTest, ADamagedSchemaFailsTheOpenAsDamaged) {
    auto schemaLeaves = test::pagesOf(dir.database(), "sqlite_schema", "leaf");
    schemaLeaves.erase(std::remove(schemaLeaves.begin(), schemaLeaves.end(), 1),
                       schemaLeaves.end());
    ASSERT_FALSE(schemaLeaves.empty());
    test::damagePages(dir.database(), schemaLeaves);
    try {
        Database db(dir.database());
        FAIL() << "opened";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::Damaged) << error.what();
    }
}

TEST_F(DatabaseRepairTest, ADamagedHeaderFailsTheOpenAsDamaged) {
    test::damagePages(dir.database(), {1});
    try {
        Database db(dir.database());
        FAIL() << "opened";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::Damaged) << error.what();
    }
}

TEST_F(DatabaseRepairTest, CheckFindsASoundFileSound) {
    IntegrityReport report = checkDatabase(dir.database());
    EXPECT_TRUE(report.ok);
    EXPECT_TRUE(report.problems.empty());
    EXPECT_TRUE(checkDatabase(dir.database(), true).ok);
}

TEST_F(DatabaseRepairTest, CheckFindsDamagedPagesAndLeavesTheFileAlone) {
    auto leaves = test::pagesOf(dir.database(), "articles", "leaf");
    ASSERT_GT(leaves.size(), 4u);
    test::damagePages(dir.database(), {leaves[leaves.size() / 2]});
    auto before = std::filesystem::last_write_time(dir.database());
    IntegrityReport report = checkDatabase(dir.database());
    EXPECT_FALSE(report.ok);
    ASSERT_FALSE(report.problems.empty());
    EXPECT_FALSE(checkDatabase(dir.database(), true).ok) << "the quick check sees it too";
    EXPECT_EQ(std::filesystem::last_write_time(dir.database()), before);
    // Kinds and numbers for the reader's language, beside SQLite's English.
    ASSERT_FALSE(report.findings.empty());
    EXPECT_TRUE(std::any_of(report.findings.begin(), report.findings.end(), [](const auto& f) {
        return f.kind == IntegrityProblem::Kind::Page && f.page > 1;
    })) << report.problems.front();
}

TEST_F(DatabaseRepairTest, CheckOfAFileThatIsNoDatabaseSaysSo) {
    std::ofstream(dir.file("notes.sqlite")) << std::string(8192, 'x');
    IntegrityReport report = checkDatabase(dir.file("notes.sqlite"));
    EXPECT_FALSE(report.ok);
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_NE(report.problems[0].find("not a database"), std::string::npos) << report.problems[0];
    ASSERT_EQ(report.findings.size(), 1u);
    EXPECT_EQ(report.findings[0].kind, IntegrityProblem::Kind::Unreadable);
    EXPECT_EQ(report.findings[0].resultCode & 0xff, 26) << "SQLITE_NOTADB";
}

// integrity_check's lines (sqlite.org/pragma.html#pragma_integrity_check, btree.c) by kind.
TEST(IntegrityLineTest, EachKindOfLineIsRecognisedWithItsNumberOrName) {
    using Kind = IntegrityProblem::Kind;
    struct Line {
        const char* text;
        Kind kind;
        std::int64_t page;
        const char* name;
    };
    const Line lines[] = {
        {"Page 7: never used", Kind::Page, 7, ""},
        {"Page 12 is never used", Kind::Page, 12, ""},
        {"Tree 4 page 9 cell 2: Rowid 5 out of order", Kind::Page, 9, ""},
        {"On tree page 31 cell 0: invalid page number 4000", Kind::Page, 31, ""},
        {"2nd reference to page 12", Kind::Page, 12, ""},
        {"Multiple uses for byte 80 of page 15", Kind::Page, 15, ""},
        {"Freelist: size is 3 but should be 4", Kind::Page, 0, ""},
        {"row 3 missing from index feeds_by_url", Kind::Index, 0, "feeds_by_url"},
        {"wrong # of entries in index articles_by_date", Kind::Index, 0, "articles_by_date"},
        {"non-unique entry in index sqlite_autoindex_feeds_1", Kind::Index, 0,
         "sqlite_autoindex_feeds_1"},
        {"NULL value in feeds.url", Kind::Row, 0, "feeds"},
        {"CHECK constraint failed in articles", Kind::Row, 0, "articles"},
        {"database disk image is malformed", Kind::Other, 0, ""},
    };
    for (const Line& line : lines) {
        IntegrityProblem p = classifyIntegrityLine(line.text);
        EXPECT_EQ(p.kind, line.kind) << line.text;
        EXPECT_EQ(p.page, line.page) << line.text;
        EXPECT_EQ(p.name, line.name) << line.text;
    }
}

TEST_F(DatabaseRepairTest, CheckOfAMissingFileNamesIt) {
    try {
        checkDatabase(dir.file("missing.sqlite"));
        FAIL();
    } catch (const StoreError& error) {
        EXPECT_NE(std::string(error.what()).find("missing.sqlite"), std::string::npos);
        EXPECT_EQ(error.kind(), StoreError::Kind::CannotOpen);
    }
    EXPECT_FALSE(std::filesystem::exists(dir.file("missing.sqlite"))) << "not created";
}

// One leaf of the articles table is garbage: the rows on it are lost, every other article
// with its read and starred state, every feed and folder comes through, and the damaged file
// stays beside the new one as it was.
TEST_F(DatabaseRepairTest, RepairKeepsEverythingReadable) {
    auto leaves = test::pagesOf(dir.database(), "articles", "leaf");
    ASSERT_GT(leaves.size(), 4u);
    test::damagePages(dir.database(), {leaves[leaves.size() / 2]});
    auto damagedSize = std::filesystem::file_size(dir.database());

    RepairReport report = repairDatabase(dir.database(), kNow);

    EXPECT_EQ(report.damagedCopy, dir.database() + ".damaged-20260122-164000");
    ASSERT_TRUE(std::filesystem::exists(report.damagedCopy));
    EXPECT_EQ(std::filesystem::file_size(report.damagedCopy), damagedSize);
    EXPECT_FALSE(checkDatabase(report.damagedCopy).ok) << "kept as it was, damage and all";
    EXPECT_TRUE(checkDatabase(dir.database()).ok);
    EXPECT_EQ(report.feeds, 2);
    EXPECT_EQ(report.folders, 1);
    EXPECT_GT(report.articles, kArticles * 3 / 4);
    EXPECT_LT(report.articles, kArticles) << "the rows on the damaged page are gone";
    EXPECT_GE(report.unreadableStretches, 1);
    EXPECT_EQ(report.placeholderFeeds, 0);

    Database db(dir.database());
    EXPECT_EQ(db.schemaVersion(), Database::kSchemaVersion);
    EXPECT_EQ(count(db, "SELECT count(*) FROM articles"), report.articles);
    FeedStore feeds(db);
    ArticleStore articles(db);
    EXPECT_EQ(feeds.feed(defensie)->folderName, "Nieuws");
    int readKept = 0;
    for (std::int64_t id = 1; id <= kArticles; ++id) {
        auto a = articles.article(id);
        if (!a) continue;
        EXPECT_EQ(a->read, (id - 1) % 3 == 0) << id;
        EXPECT_EQ(a->starred, id == 2 || id == 5 || id == 8) << id;
        readKept += a->read;
    }
    EXPECT_EQ(report.read, readKept);
    EXPECT_EQ(articles.search("oekraine").size(), 1u) << "the search index is built anew";
    db.execute("INSERT INTO article_search(article_search) VALUES ('integrity-check')");
    EXPECT_EQ(count(db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
}

// Everything a reader would miss comes through, not only feeds and articles: full-article
// pages, icons, stories and their backlog, watch-lists with their matches and counts, mute
// rules and how far they were applied, accounts with their links and the read marks still
// queued for the server. The articles' middle leaf is lost; the rows above refer to articles
// far from it.
TEST_F(DatabaseRepairTest, EveryTableComesThrough) {
    std::int64_t account = 0;
    {
        Database db(dir.database());
        db.execute("INSERT INTO article_pages(article_id, feed_id, state, text) "
                   "VALUES (3, 1, 1, 'De volledige tekst')");
        db.execute("INSERT INTO feed_icons(feed_id, url, image) "
                   "VALUES (1, 'https://a.nl/icon.png', x'89504e47')");
        db.execute("UPDATE articles SET story_id = 2 WHERE id IN (2, 4)");
        db.execute("DELETE FROM story_backlog WHERE article_id < 595");
        WatchListStore watch(db);
        for (const WatchList& list : watch.lists())
            watch.remove(list.name);
        watch.add("Oekraïne", "oekraine", true, kNow);
        watch.add("Fregatten", "fregat", false, kNow);
        MuteRuleStore mute(db);
        mute.applyToArrivals(kNow);
        MuteRule rule;
        rule.pattern = "landmacht";
        rule.feedId = defensie;
        mute.add(rule, kNow);
        db.execute("INSERT INTO accounts(kind, url, user) "
                   "VALUES ('ttrss', 'https://rss.example', 'anna')");
        account = db.lastInsertId();
        db.execute("INSERT INTO sync_feeds(feed_id, account_id, remote_id) VALUES (2, 1, 'f2')");
        db.execute("INSERT INTO sync_folders(account_id, remote_id, folder_id) "
                   "VALUES (1, 'c1', 1)");
        db.execute("INSERT INTO sync_articles(article_id, account_id, remote_id) "
                   "VALUES (599, 1, 'i599')");
        ArticleStore(db).setRead({599}, true, kNow); // queued for the server
    }
    auto leaves = test::pagesOf(dir.database(), "articles", "leaf");
    test::damagePages(dir.database(), {leaves[leaves.size() / 2]});

    RepairReport report = repairDatabase(dir.database(), kNow);

    Database db(dir.database());
    EXPECT_EQ(count(db, "SELECT count(*) FROM article_pages WHERE article_id = 3 AND "
                        "text = 'De volledige tekst'"),
              1);
    EXPECT_EQ(count(db, "SELECT count(*) FROM feed_icons WHERE image = x'89504e47'"), 1);
    EXPECT_EQ(count(db, "SELECT count(*) FROM articles WHERE story_id = 2"), 2);
    EXPECT_EQ(count(db, "SELECT count(*) FROM story_backlog"), 6) << "not every article again";
    WatchListStore watch(db);
    std::vector<std::string> names;
    for (const WatchList& list : watch.lists())
        names.push_back(list.name);
    EXPECT_EQ(names, (std::vector<std::string>{"Oekraïne", "Fregatten"}))
        << "the user's lists, not the defaults of a new file";
    EXPECT_TRUE(watch.find("Oekraïne")->notify);
    WatchListCount fregatten = watch.counts(kNow)[watch.find("Fregatten")->id];
    EXPECT_EQ(fregatten.total, report.articles) << "counted from the matches that came through";
    EXPECT_EQ(fregatten.unread, report.articles - report.read);
    EXPECT_EQ(watch.counts(kNow)[watch.find("Oekraïne")->id].total, 1);
    std::vector<MuteRule> rules = MuteRuleStore(db).rules();
    ASSERT_EQ(rules.size(), 1u);
    EXPECT_EQ(rules[0].pattern, "landmacht");
    EXPECT_EQ(rules[0].feedId, defensie);
    EXPECT_EQ(count(db, "SELECT applied_to FROM mute_state"), kArticles)
        << "rules do not apply again to what was cached";
    EXPECT_EQ(count(db, "SELECT count(*) FROM accounts WHERE user = 'anna'"), 1);
    EXPECT_EQ(count(db, "SELECT count(*) FROM sync_feeds WHERE remote_id = 'f2'"), 1);
    EXPECT_EQ(count(db, "SELECT count(*) FROM sync_folders WHERE remote_id = 'c1'"), 1);
    EXPECT_EQ(count(db, "SELECT count(*) FROM sync_articles WHERE remote_id = 'i599'"), 1);
    EXPECT_EQ(
        count(db, "SELECT count(*) FROM sync_queue WHERE account_id = " + std::to_string(account) +
                      " AND action = 'read' AND "
                      "remote_id = 'i599'"),
        1)
        << "a read mark not yet sent is not lost";
    EXPECT_EQ(count(db, "SELECT count(*) FROM sync_applying"), 0);
    EXPECT_EQ(count(db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
}

// What refers to an article that was lost goes with it, as the article's removal would take
// it; a change queued for the server stays, by its remote id.
TEST_F(DatabaseRepairTest, RowsOfLostArticlesGoWithThem) {
    auto leaves = test::pagesOf(dir.database(), "articles", "leaf");
    std::int64_t lost = 0;
    {
        Database db(dir.database());
        WatchListStore(db).add("Fregatten", "fregat", false, kNow);
        db.execute("INSERT INTO accounts(kind, url, user) "
                   "VALUES ('ttrss', 'https://rss.example', 'anna')");
        db.execute("INSERT INTO sync_articles(article_id, account_id, remote_id) "
                   "SELECT id, 1, 'i' || id FROM articles");
        ArticleStore(db).setRead({300}, true, kNow);
    }
    test::damagePages(dir.database(), {leaves[leaves.size() / 2]});
    RepairReport report = repairDatabase(dir.database(), kNow);
    Database db(dir.database());
    lost = kArticles - report.articles;
    ASSERT_GT(lost, 0);
    EXPECT_EQ(count(db, "SELECT count(*) FROM watch_matches WHERE article_id NOT IN "
                        "(SELECT id FROM articles)"),
              0);
    EXPECT_EQ(count(db, "SELECT count(*) FROM sync_articles"), report.articles);
    EXPECT_EQ(count(db, "SELECT count(*) FROM sync_queue WHERE remote_id = 'i300'"), 1);
    WatchListStore watch(db);
    EXPECT_EQ(watch.counts(kNow)[watch.find("Fregatten")->id].total, report.articles);
}

TEST_F(DatabaseRepairTest, LostBodiesLeaveTheArticlesAndTheirState) {
    test::damagePages(dir.database(), test::pagesOf(dir.database(), "article_bodies", "leaf"));
    RepairReport report = repairDatabase(dir.database(), kNow);
    EXPECT_EQ(report.articles, kArticles);
    EXPECT_GT(report.articlesWithoutBody, 0);
    EXPECT_EQ(report.articlesWithoutStatus, 0);
    Database db(dir.database());
    ArticleStore articles(db);
    EXPECT_TRUE(articles.article(1)->read);
    EXPECT_TRUE(articles.article(2)->starred);
}

// The feeds table is one page; with it gone the articles keep a disabled stand-in feed.
TEST_F(DatabaseRepairTest, ArticlesOfALostFeedKeepAStandIn) {
    auto feedPages = test::pagesOf(dir.database(), "feeds", "leaf");
    ASSERT_EQ(feedPages.size(), 1u);
    test::damagePages(dir.database(), feedPages);
    RepairReport report = repairDatabase(dir.database(), kNow);
    EXPECT_EQ(report.placeholderFeeds, 2);
    EXPECT_EQ(report.articles, kArticles);
    Database db(dir.database());
    FeedStore feeds(db);
    ASSERT_TRUE(feeds.feed(marine));
    EXPECT_TRUE(feeds.feed(marine)->disabled) << "never fetched from a made-up URL";
    EXPECT_EQ(ArticleStore(db).list({.feedId = marine}).size(), 100u);
}

// The stand-in's title is the caller's words (the GUI's language), followed by the old id.
TEST_F(DatabaseRepairTest, TheStandInIsNamedAsTheCallerSays) {
    test::damagePages(dir.database(), test::pagesOf(dir.database(), "feeds", "leaf"));
    repairDatabase(dir.database(), kNow, "Herstelde feed");
    Database db(dir.database());
    EXPECT_EQ(FeedStore(db).feed(marine)->displayTitle(),
              "Herstelde feed " + std::to_string(marine));
}

TEST_F(DatabaseRepairTest, NothingReadableLeavesTheFileWhereItWas) {
    std::ofstream(dir.file("notes.sqlite")) << std::string(8192, 'x');
    EXPECT_THROW(repairDatabase(dir.file("notes.sqlite"), kNow), StoreError);
    EXPECT_EQ(std::filesystem::file_size(dir.file("notes.sqlite")), 8192u);
    EXPECT_FALSE(std::filesystem::exists(dir.file("notes.sqlite.repairing")));
    for (const auto& entry : std::filesystem::directory_iterator(dir.file("")))
        EXPECT_EQ(entry.path().string().find("damaged-"), std::string::npos) << entry.path();
}

TEST_F(DatabaseRepairTest, ASecondRepairInTheSameSecondKeepsBothCopies) {
    RepairReport first = repairDatabase(dir.database(), kNow);
    RepairReport second = repairDatabase(dir.database(), kNow);
    EXPECT_NE(first.damagedCopy, second.damagedCopy);
    EXPECT_TRUE(std::filesystem::exists(first.damagedCopy));
    EXPECT_TRUE(std::filesystem::exists(second.damagedCopy));
    EXPECT_EQ(second.articles, kArticles);
}

} // namespace
} // namespace heraut
