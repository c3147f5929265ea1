// SPDX-License-Identifier: GPL-3.0-or-later
// What a front end learns of a schema upgrade before and while it runs: how many steps wait,
// each step as it starts and a heartbeat within a long one, and a stop that rolls it all back.
#include "OldCache.h"
#include "TempDatabase.h"

#include <filesystem>
#include <fstream>
#include <utility>
#include <vector>

namespace heraut {
namespace {

int articleCount(Database& db) {
    Statement count = db.prepare("SELECT count(*) FROM articles");
    count.step();
    return static_cast<int>(count.integer(0));
}

int indexHits(Database& db, const std::string& word) {
    Statement hits = db.prepare("SELECT count(*) FROM article_search WHERE article_search MATCH ?");
    hits.bind(1, word);
    hits.step();
    return static_cast<int>(hits.integer(0));
}

class MigrationProgressTest : public testing::Test {
  protected:
    test::TempDir dir;
    std::string path = dir.database();
    int oldVersion = test::versionBeforeIndexRebuild();
    int steps = Database::kSchemaVersion - oldVersion;
    int rebuildStep = 1; // versionBeforeIndexRebuild() leaves one step before the rebuild

    void SetUp() override { test::makeOldCache(path, oldVersion, 300); }

    // The cache as the older Heraut left it: its version, articles and index.
    void expectUntouched() {
        Database db(path, oldVersion); // opens without migrating: already at this version
        EXPECT_EQ(db.schemaVersion(), oldVersion);
        EXPECT_EQ(articleCount(db), 300);
        EXPECT_EQ(indexHits(db, "fregat"), 300);
        EXPECT_EQ(pendingMigrations(path), steps);
    }
};

TEST_F(MigrationProgressTest, PendingStepsAreFoundWithoutWriting) {
    ASSERT_GE(steps, 2);
    EXPECT_EQ(pendingMigrations(path), steps);
    expectUntouched();
    Database upgraded(path);
    EXPECT_EQ(pendingMigrations(path), 0);
}

TEST_F(MigrationProgressTest, NewMissingAndForeignFilesHaveNothingToUpgrade) {
    std::string missing = dir.file("nieuw.sqlite");
    EXPECT_EQ(pendingMigrations(missing), 0);
    EXPECT_FALSE(std::filesystem::exists(missing)) << "asking creates nothing";
    std::string foreign = dir.file("ander.sqlite");
    {
        Database other(foreign, 0); // no schema: then another program's table
        other.execute("CREATE TABLE recepten(naam TEXT)");
    }
    EXPECT_EQ(pendingMigrations(foreign), 0);
    std::string garbage = dir.file("kapot.sqlite");
    std::ofstream(garbage) << std::string(4096, 'x');
    EXPECT_EQ(pendingMigrations(garbage), 0) << "the open says what is wrong";
}

TEST_F(MigrationProgressTest, EachStepIsToldAndALongOneBeats) {
    std::vector<std::pair<int, int>> told;
    upgradeSchema(path, [&](int step, int total) {
        told.emplace_back(step, total);
        return true;
    });
    Database db(path);
    EXPECT_EQ(db.schemaVersion(), Database::kSchemaVersion);
    EXPECT_EQ(indexHits(db, "fregat"), 300);
    ASSERT_FALSE(told.empty());
    EXPECT_EQ(told.front(), std::make_pair(0, steps));
    EXPECT_EQ(told.back().first, steps - 1);
    EXPECT_GT(told.size(), static_cast<size_t>(steps)) << "heartbeats within the rebuild";
    for (size_t i = 1; i < told.size(); ++i)
        EXPECT_LE(told[i - 1].first, told[i].first) << "steps come in order";
}

// A reader who stops the upgrade (or kills Heraut) loses nothing: it is one transaction.
TEST_F(MigrationProgressTest, AnOpenThatUpgradesTellsAndReturnsTheUpgradedConnection) {
    int told = 0;
    auto count = [&](int, int) {
        ++told;
        return true;
    };
    EXPECT_THROW(openUpgrading(path, Database::Access::ReadOnly, count), StoreError)
        << "a read-only open refuses an older schema";
    EXPECT_EQ(told, 0) << "and migrates nothing";
    expectUntouched();
    std::unique_ptr<Database> db =
        openUpgrading(path, Database::Access::ReadOnlyIfUnwritable, count);
    EXPECT_GT(told, steps);
    EXPECT_FALSE(db->readOnly());
    EXPECT_EQ(db->schemaVersion(), Database::kSchemaVersion);
    EXPECT_EQ(indexHits(*db, "fregat"), 300);
    told = 0;
    db = openUpgrading(path, Database::Access::ReadWrite, count);
    EXPECT_EQ(told, 0) << "nothing to tell when nothing is upgraded";
    EXPECT_EQ(articleCount(*db), 300);
    db = openUpgrading(dir.file("nieuw.sqlite"), Database::Access::ReadWrite, count);
    EXPECT_TRUE(db->createdNow());
    EXPECT_EQ(told, 0) << "a new file is made, not upgraded";
}

TEST_F(MigrationProgressTest, StoppingWithinTheRebuildRollsEverythingBack) {
    int beats = 0;
    try {
        upgradeSchema(path, [&](int step, int) { return step != rebuildStep || ++beats < 3; });
        ADD_FAILURE() << "the open should have thrown";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.resultCode(), 9) << error.what(); // SQLITE_INTERRUPT
    }
    EXPECT_EQ(beats, 3) << "stopped by a heartbeat, within the statement";
    expectUntouched();
    Database db(path);
    EXPECT_EQ(db.schemaVersion(), Database::kSchemaVersion) << "the next open upgrades";
    EXPECT_EQ(indexHits(db, "fregat"), 300);
}

TEST_F(MigrationProgressTest, StoppingBeforeAStepRollsBackTheStepsDone) {
    EXPECT_THROW(upgradeSchema(path, [&](int step, int) { return step < 1; }), StoreError);
    expectUntouched();
}

} // namespace
} // namespace heraut
