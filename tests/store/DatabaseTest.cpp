// SPDX-License-Identifier: GPL-3.0-or-later
#include "TempDatabase.h"
#include "WalCheckpointer.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

namespace heraut {
namespace {

constexpr std::int64_t kNow = 1769100000;

// The first column of the first row, as text.
std::string firstValue(Database& db, const std::string& sql) {
    Statement s = db.prepare(sql);
    s.step();
    return s.text(0);
}

std::string pragma(Database& db, const std::string& name) {
    return firstValue(db, "PRAGMA " + name);
}

TEST(Database, NewFileGetsTheCurrentSchemaWalAndForeignKeys) {
    test::TempDir dir;
    Database db(dir.file("sub/folder/heraut.sqlite"));
    EXPECT_TRUE(db.createdNow());
    EXPECT_EQ(db.schemaVersion(), Database::kSchemaVersion);
    EXPECT_EQ(pragma(db, "journal_mode"), "wal");
    EXPECT_EQ(pragma(db, "foreign_keys"), "1");
    EXPECT_EQ(firstValue(db, "SELECT v FROM article_search_config WHERE k = 'automerge'"), "16")
        << "the search index merges 16 segments at a time";
    Database again(dir.file("sub/folder/heraut.sqlite"));
    EXPECT_FALSE(again.createdNow());
}

TEST(Database, RefusesADatabaseFromANewerHeraut) {
    test::TempDir dir;
    {
        Database db(dir.database());
        db.execute("PRAGMA user_version=99");
    }
    EXPECT_THROW(Database(dir.database()), DatabaseFileError);
}

// A mistyped --db that names some other file must leave it as it was.
TEST(Database, RefusesAFileThatIsNoSqliteDatabase) {
    test::TempDir dir;
    std::string path = dir.file("notes.txt");
    std::string text = "Boodschappen: brood, kaas, melk. Nog wat tekst om de kop te vullen ...\n";
    for (int i = 0; i < 5; ++i)
        text += text;
    { std::ofstream(path) << text; }
    EXPECT_THROW(Database db(path), DatabaseFileError);
    std::ifstream in(path);
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), text);
}

TEST(Database, LeavesAnotherProgramsSqliteFileAlone) {
    test::TempDir dir;
    std::string path = dir.file("places.sqlite");
    {
        Database other(path, 0); // an empty SQLite file, no Heraut schema
        other.execute("CREATE TABLE bookmarks(url TEXT)");
    }
    try {
        Database db(path);
        FAIL() << "opened another program's database";
    } catch (const DatabaseFileError& error) {
        EXPECT_NE(std::string(error.what()).find("not a Heraut database"), std::string::npos);
    }
    Database again(path, 0);
    Statement tables = again.prepare("SELECT group_concat(name) FROM sqlite_master");
    ASSERT_TRUE(tables.step());
    EXPECT_EQ(tables.text(0), "bookmarks");
}

TEST(Database, UnopenablePathNamesTheFile) {
    try {
        Database db("/proc/heraut-cannot-be-here/x.sqlite");
        FAIL();
    } catch (const StoreError& error) {
        EXPECT_NE(std::string(error.what()).find("/proc/heraut-cannot-be-here/x.sqlite"),
                  std::string::npos);
    }
}

TEST(Database, TransactionRollsBackWhenNotCommitted) {
    test::TempDir dir;
    Database db(dir.database());
    FeedStore feeds(db);
    {
        Transaction t(db);
        feeds.addFeed("https://a.nl/", "a", std::nullopt, kNow);
    }
    EXPECT_TRUE(feeds.feeds().empty());
}

// Far fewer pages than SQLite's own checkpoint needs (1 000): without a checkpoint of ours,
// every one of these commits would still be in the WAL alone.
TEST(Database, BackgroundCheckpointsPutEveryCommitInTheFileByTheTimeTheWriterCloses) {
    test::TempDir dir;
    Database reader(dir.database()); // keeps the WAL from being emptied when the writer closes
    {
        Database writer(dir.database());
        writer.checkpointInBackground();
        writer.execute("CREATE TABLE scratch(body BLOB)");
        for (int i = 0; i < 40; ++i)
            writer.execute("INSERT INTO scratch VALUES (zeroblob(8000))");
    }
    // The file alone, without its WAL, is what the checkpoints copied.
    std::filesystem::copy_file(dir.database(), dir.file("copy.sqlite"));
    Database copy(dir.file("copy.sqlite"));
    EXPECT_EQ(firstValue(copy, "SELECT count(*) FROM scratch"), "40");
    EXPECT_EQ(pragma(copy, "integrity_check"), "ok");
}

// A writer that never pauses outruns the checkpoint thread; past the limit it must catch up
// and start the WAL over rather than let it grow with everything it writes.
TEST(Database, BackgroundCheckpointsKeepTheWalBounded) {
    test::TempDir dir;
    Database writer(dir.database());
    writer.checkpointInBackground();
    writer.execute("CREATE TABLE scratch(body BLOB)");
    const std::string wal = dir.database() + "-wal";
    constexpr std::int64_t kFrameBytes = 24 + 4096;
    std::uintmax_t largest = 0;
    for (int i = 0; i < 100; ++i) { // 100 MiB in all
        writer.execute("INSERT INTO scratch VALUES (zeroblob(1048576))");
        largest = std::max(largest, std::filesystem::file_size(wal));
    }
    EXPECT_LE(largest, (WalCheckpointer::kWalLimitPages + 2 * 260) * kFrameBytes);
    EXPECT_EQ(firstValue(writer, "SELECT count(*) FROM scratch"), "100");
    EXPECT_EQ(pragma(writer, "integrity_check"), "ok");
}

// Each earlier schema version, with data written the way that version stored it, must reach
// the current version with nothing lost.
class MigrationTest : public testing::TestWithParam<int> {};

TEST_P(MigrationTest, FromEveryEarlierVersion) {
    const int from = GetParam();
    test::TempDir dir;
    {
        Database old(dir.database(), from);
        ASSERT_EQ(old.schemaVersion(), from);
        old.execute("INSERT INTO folders(id, name) VALUES (1, 'Defensie')");
        old.execute("INSERT INTO feeds(id, url, title, folder_id, etag) "
                    "VALUES (1, 'https://a.nl/feed', 'Defensie.nl', 1, '\"v1\"')");
        old.execute("INSERT INTO articles(id, feed_id, guid, title, first_seen, sort_date) VALUES "
                    "(1, 1, 'g1', 'Oekraïne krijgt pantservoertuigen', 1, 1000),"
                    "(2, 1, 'g2', 'Marine oefent', 1, 2000)");
        old.execute("INSERT INTO article_bodies(article_id, content, text, takeaways) VALUES "
                    "(1, '<p>tekst</p>', 'tekst', 'Punt een.'),"
                    "(2, '<p>Noordzee &amp; Waddenzee</p>', 'Noordzee', '')");
        old.execute("INSERT INTO article_status(article_id, feed_id, read, starred) VALUES "
                    "(1, 1, 1, 0), (2, 1, 0, 1)");
        if (from >= 2) // from version 2 on, the store indexes what it writes
            old.execute("INSERT INTO article_search(rowid, title, text, takeaways) "
                        "SELECT id, title, text, takeaways FROM article_search_source");
        if (from >= 5) // from version 5 on, the store writes fingerprints of today's kind
            old.execute("UPDATE articles SET fingerprint = (SELECT heraut_fingerprint(title, "
                        "link, author, b.summary, b.content, published, updated, b.categories, "
                        "b.enclosures) FROM article_bodies b WHERE b.article_id = articles.id)");
    }
    Database db(dir.database());
    EXPECT_EQ(db.schemaVersion(), Database::kSchemaVersion);
    EXPECT_EQ(firstValue(db, "SELECT v FROM article_search_config WHERE k = 'automerge'"), "16");
    FeedStore feeds(db);
    ArticleStore articles(db);
    auto feed = feeds.feed(1);
    ASSERT_TRUE(feed);
    EXPECT_EQ(feed->etag, "\"v1\"");
    EXPECT_EQ(feed->folderName, "Defensie");
    auto one = articles.article(1);
    ASSERT_TRUE(one);
    EXPECT_TRUE(one->read);
    EXPECT_EQ(one->article.keyTakeaways, std::vector<std::string>{"Punt een."});
    EXPECT_TRUE(articles.article(2)->starred);
    auto hits = articles.search("oekraine");
    ASSERT_EQ(hits.size(), 1u) << "the search index covers rows from before it existed";
    EXPECT_EQ(hits[0].id, 1);
    EXPECT_EQ(one->article.text, "tekst");
    Article same; // article 2 as its feed still says it
    same.id = "g2";
    same.title = "Marine oefent";
    same.content = "<p>Noordzee &amp; Waddenzee</p>";
    ArticleChanges changes = articles.storeArticles(1, {same}, 3000);
    EXPECT_EQ(changes.updated, 0) << "fingerprints from before the upgrade still match";
    EXPECT_EQ(changes.added, 0);
    EXPECT_EQ(articles.search("waddenzee").size(), 1u)
        << "the index holds the text derived from the HTML, not the copy it kept before";
    db.execute("INSERT INTO article_search(article_search) VALUES ('integrity-check')");
    feeds.removeFeed(1);
    db.execute("INSERT INTO article_search(article_search) VALUES ('integrity-check')");
    EXPECT_TRUE(articles.search("noordzee").empty());
    EXPECT_EQ(pragma(db, "integrity_check"), "ok");
}

INSTANTIATE_TEST_SUITE_P(Schema, MigrationTest, testing::Range(1, Database::kSchemaVersion));

TEST(FeedStore, AddRenameMoveRemoveAndFolders) {
    test::TempDir dir;
    Database db(dir.database());
    FeedStore feeds(db);
    std::int64_t id = feeds.addFeed("https://a.nl/feed", "Eigen", "Defensie", kNow);
    EXPECT_THROW(feeds.addFeed("https://a.nl/feed", "dubbel", std::nullopt, kNow), StoreError);
    feeds.updateFeedInfo(id, "Titel van de feed", "https://a.nl/");
    EXPECT_EQ(feeds.feed(id)->title, "Titel van de feed");
    feeds.renameFeed(id, "Mijn naam");
    feeds.updateFeedInfo(id, "Titel van de feed", std::nullopt);
    EXPECT_EQ(feeds.feed(id)->title, "Mijn naam") << "a refresh must not undo a rename";
    EXPECT_EQ(feeds.feed(id)->siteLink, "https://a.nl/");
    feeds.moveFeed(id, "Marine");
    EXPECT_EQ(feeds.feed(id)->folderName, "Marine");
    ASSERT_EQ(feeds.folders().size(), 1u) << "the emptied folder is gone";
    feeds.moveFeed(id, std::nullopt);
    EXPECT_FALSE(feeds.feed(id)->folderName);
    feeds.removeFeed(id);
    EXPECT_FALSE(feeds.feed(id));
    EXPECT_THROW(feeds.removeFeed(id), StoreError);
}

TEST(FeedStore, DueFeedsAndFetchState) {
    test::TempDir dir;
    Database db(dir.database());
    FeedStore feeds(db);
    std::int64_t a = feeds.addFeed("https://a.nl/feed", "a", std::nullopt, kNow);
    std::int64_t b = feeds.addFeed("https://b.nl/feed", "b", std::nullopt, kNow);
    EXPECT_EQ(feeds.dueFeeds(kNow).size(), 2u) << "new feeds are due at once";
    feeds.recordSuccess(a, {"\"e\"", "Thu, 22 Jan 2026 10:00:00 GMT", "h"}, kNow, kNow + 1800);
    feeds.recordFailure(b, "HTTP 500: server error", kNow, kNow + 60, false);
    EXPECT_EQ(feeds.dueFeeds(kNow + 100).size(), 1u);
    Feed fa = *feeds.feed(a);
    EXPECT_EQ(fa.etag, "\"e\"");
    EXPECT_EQ(fa.lastSuccess, kNow);
    Feed fb = *feeds.feed(b);
    EXPECT_EQ(fb.lastError, "HTTP 500: server error");
    EXPECT_EQ(fb.consecutiveFailures, 1);
    feeds.recordFailure(b, "HTTP 410", kNow, kNow + 60, true);
    EXPECT_TRUE(feeds.feed(b)->disabled);
    EXPECT_TRUE(feeds.dueFeeds(kNow + 100000).size() == 1u);
    EXPECT_TRUE(feeds.updateUrl(a, "https://a.nl/new-feed"));
    EXPECT_FALSE(feeds.updateUrl(b, "https://a.nl/new-feed")) << "URL taken by another feed";
}

} // namespace
} // namespace heraut
