// SPDX-License-Identifier: GPL-3.0-or-later
#include "TempDatabase.h"
#include "WalCheckpointer.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <thread>

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

TEST(Database, ReadOnlyOpenReadsAndNeverWrites) {
    test::TempDir dir;
    {
        Database db(dir.database());
        FeedStore(db).addFeed("https://a.nl/feed", "Defensie", std::nullopt, kNow);
    }
    auto before = std::filesystem::last_write_time(dir.database());
    Database db(dir.database(), Database::Access::ReadOnly);
    EXPECT_TRUE(db.readOnly());
    FeedStore feeds(db);
    ASSERT_EQ(feeds.feeds().size(), 1u);
    try {
        feeds.renameFeed(1, "Anders");
        FAIL() << "a read-only connection wrote";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::ReadOnly) << error.what();
    }
    EXPECT_EQ(ArticleStore(db).search("defensie").size(), 0u) << "search answers, unindexed";
    EXPECT_EQ(std::filesystem::last_write_time(dir.database()), before);
}

TEST(Database, ReadOnlyOpenOfAMissingFileCreatesNothing) {
    test::TempDir dir;
    try {
        Database db(dir.file("missing.sqlite"), Database::Access::ReadOnly);
        FAIL();
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::CannotOpen) << error.what();
    }
    EXPECT_FALSE(std::filesystem::exists(dir.file("missing.sqlite")));
}

// Upgrading is a write; a read-only open says so instead of showing a half-old schema.
TEST(Database, ReadOnlyOpenRefusesASchemaThatNeedsUpgrading) {
    test::TempDir dir;
    { Database old(dir.database(), 3); }
    try {
        Database db(dir.database(), Database::Access::ReadOnly);
        FAIL();
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::ReadOnly);
        EXPECT_NE(std::string(error.what()).find("upgraded"), std::string::npos);
    }
}

TEST(Database, WritableFileOpensReadWriteWhenReadOnlyIsOnlyAFallback) {
    test::TempDir dir;
    Database db(dir.database(), Database::Access::ReadOnlyIfUnwritable);
    EXPECT_FALSE(db.readOnly());
    EXPECT_TRUE(db.createdNow());
}

// Another program holds the write lock (BEGIN EXCLUSIVE) past the busy timeout: the write fails
// as Busy after that timeout, not before and not much later.
TEST(Database, AWriteBlockedPastTheBusyTimeoutFailsAsBusy) {
    test::TempDir dir;
    Database db(dir.database());
    FeedStore feeds(db);
    std::int64_t id = feeds.addFeed("https://a.nl/feed", "Defensie", std::nullopt, kNow);
    Database other(dir.database());
    other.execute("BEGIN EXCLUSIVE");
    db.setBusyTimeout(150);
    auto start = std::chrono::steady_clock::now();
    try {
        feeds.renameFeed(id, "Anders");
        FAIL();
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::Busy) << error.what();
    }
    auto waited = std::chrono::steady_clock::now() - start;
    EXPECT_GE(waited, std::chrono::milliseconds(140));
    EXPECT_LT(waited, std::chrono::milliseconds(2000));
    EXPECT_EQ(feeds.feeds().size(), 1u) << "reading goes on meanwhile (WAL)";
    other.execute("COMMIT");
    feeds.renameFeed(id, "Anders");
}

// The reader starts while heraut-cli holds the write lock for a long refresh: an up-to-date
// file needs no migration and so no lock.
TEST(Database, OpeningAnUpToDateFileTakesNoWriteLock) {
    test::TempDir dir;
    { Database db(dir.database()); }
    Database other(dir.database());
    other.execute("BEGIN EXCLUSIVE");
    auto start = std::chrono::steady_clock::now();
    Database db(dir.database());
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(1000));
    other.execute("COMMIT");
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

// A copy costs two fsyncs: small commits wait in the WAL until there are enough pages to copy
// at once, instead of one copy each (a refresh of 200 unchanged feeds made 140 fsyncs).
TEST(Database, SmallCommitsWaitInTheWalForOneCopyNotOneEach) {
    test::TempDir dir;
    Database writer(dir.database());
    writer.checkpointInBackground();
    writer.execute("CREATE TABLE scratch(body BLOB)");
    for (int i = 0; i < 40; ++i)
        writer.execute("INSERT INTO scratch VALUES (zeroblob(100))");
    std::this_thread::sleep_for(std::chrono::milliseconds(200)); // a copy would be done by now
    Statement wal = writer.prepare("PRAGMA wal_checkpoint(PASSIVE)");
    ASSERT_TRUE(wal.step());
    EXPECT_GE(wal.integer(1), 40); // frames in the WAL: none was copied and started over
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
                    "(2, 1, 'g2', 'Marine oefent', 1, 2000),"
                    "(3, 1, 'g3', 'F-16''s naar Łask en Αθήνα', 1, 3000)");
        old.execute("INSERT INTO article_bodies(article_id, content, text, takeaways) VALUES "
                    "(1, '<p>tekst</p>', 'tekst', 'Punt een.'),"
                    "(2, '<p>Noordzee &amp; Waddenzee</p>', 'Noordzee', ''),"
                    "(3, '<p>Øresund</p>', 'Øresund', '')");
        old.execute("INSERT INTO article_status(article_id, feed_id, read, starred) VALUES "
                    "(1, 1, 1, 0), (2, 1, 0, 1), (3, 1, 0, 0)");
        if (from >= 8) // from version 8 on, the index holds each article's feed too
            old.execute("INSERT INTO article_search(rowid, title, text, takeaways, feed) "
                        "SELECT id, title, text, takeaways, feed FROM article_search_source");
        else if (from >= 2) // from version 2 on, the store indexes what it writes
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
    EXPECT_FALSE(feed->loadImages) << "no feed loads remote images until the reader says so";
    EXPECT_EQ(feed->lastFailure.kind, FailureKind::None) << "no failure kind before one is seen";
    feeds.setLoadImages(1, true);
    EXPECT_TRUE(feeds.feed(1)->loadImages);
    auto one = articles.article(1);
    ASSERT_TRUE(one);
    EXPECT_TRUE(one->read);
    EXPECT_EQ(one->article.keyTakeaways, std::vector<std::string>{"Punt een."});
    EXPECT_TRUE(articles.article(2)->starred);
    auto hits = articles.search("oekraine");
    ASSERT_EQ(hits.size(), 1u) << "the search index covers rows from before it existed";
    EXPECT_EQ(hits[0].id, 1);
    EXPECT_EQ(one->article.text, "tekst");
    if (from < 15) { // mute rules came with version 15; later, what was written is an arrival
        EXPECT_EQ(firstValue(db, "SELECT applied_to FROM mute_state"), "3")
            << "mute rules apply to what arrives after the upgrade, never to what was cached";
    }
    EXPECT_EQ(firstValue(db, "SELECT count(*) FROM watch_lists"), "4");
    for (const char* folded : {"lask", "αθηνα", "oresund"}) {
        hits = articles.search(folded);
        ASSERT_EQ(hits.size(), 1u) << folded << ": the index was made anew, folding strokes "
                                   << "and Greek marks";
        EXPECT_EQ(hits[0].id, 3);
    }
    EXPECT_NE(firstValue(db, "SELECT sql FROM sqlite_master WHERE name = 'article_search'")
                  .find("heraut_fold"),
              std::string::npos);
    EXPECT_EQ(firstValue(db, "SELECT v FROM article_search_config WHERE k = 'rank'"),
              "bm25(10.0, 1.0, 4.0, 0.0)");
    EXPECT_EQ(articles.search("lask folder:Defensie").size(), 1u)
        << "the rebuilt index knows each article's feed";
    EXPECT_TRUE(articles.search("lask feed:2").empty());
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

// SQLite gives a removed feed's id to the next feed added: a setting kept under the id
// elsewhere would pass to a feed nobody allowed it for.
TEST(FeedStore, AlwaysLoadImagesGoesWithTheFeed) {
    test::TempDir dir;
    Database db(dir.database());
    FeedStore feeds(db);
    feeds.addFeed("https://a.nl/feed", "a", std::nullopt, kNow);
    std::int64_t old = feeds.addFeed("https://b.nl/feed", "b", std::nullopt, kNow);
    feeds.setLoadImages(old, true);
    EXPECT_TRUE(feeds.feed(old)->loadImages);
    feeds.removeFeed(old);
    std::int64_t added = feeds.addFeed("https://c.nl/feed", "c", std::nullopt, kNow);
    ASSERT_EQ(added, old) << "the id is reused, which is the point of this test";
    EXPECT_FALSE(feeds.feed(added)->loadImages);
    EXPECT_THROW(feeds.setLoadImages(99, true), StoreError);
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

// What an export must never be written over: the cache's file and SQLite's beside it, by any
// name; any other file, and a file of the same name elsewhere, is not the cache.
TEST(Database, KnowsItsOwnFilesByAnyName) {
    test::TempDir dir;
    Database db(dir.database());
    std::filesystem::path cache = dir.database();
    std::filesystem::create_symlink(cache, dir.file("link.sqlite"));
    std::filesystem::create_hard_link(cache, dir.file("hard.sqlite"));
    EXPECT_TRUE(db.isOwnFile(dir.database()));
    EXPECT_TRUE(db.isOwnFile(dir.file("link.sqlite")));
    EXPECT_TRUE(db.isOwnFile(dir.file("hard.sqlite")));
    EXPECT_TRUE(db.isOwnFile((cache.parent_path() / "." / cache.filename()).string()));
    EXPECT_TRUE(db.isOwnFile(dir.database() + "-wal"));
    EXPECT_TRUE(db.isOwnFile(dir.database() + "-journal")); // not there now; SQLite's name
    EXPECT_FALSE(db.isOwnFile(dir.file("briefing.pdf")));
    EXPECT_FALSE(db.isOwnFile(dir.database() + ".pdf"));
    EXPECT_FALSE(db.isOwnFile(""));
}

} // namespace
} // namespace heraut
