// SPDX-License-Identifier: GPL-3.0-or-later
// heraut-cli on a cache an older Heraut left: one line on stderr says the upgrade (which can
// take half a minute) is under way; stdout is what the same command prints on an upgraded cache.
#include "OldCache.h"
#include "TempDatabase.h"
#include "support/Process.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

test::ProcessResult cli(const std::string& path, std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), {HERAUT_CLI, "--db", path});
    return test::runProcess(arguments);
}

const char* const kUpgrading =
    "heraut-cli: upgrading the cache to this version (once; a large cache takes up to a "
    "minute)...\n";

class CacheUpgradeCliTest : public testing::TestWithParam<std::vector<std::string>> {
  protected:
    test::TempDir dir;
    std::string path = dir.database();
    void SetUp() override { test::makeOldCache(path, test::versionBeforeIndexRebuild(), 5); }
};

TEST_P(CacheUpgradeCliTest, OneLineOnStderrAndTheUsualStdout) {
    test::ProcessResult first = cli(path, GetParam());
    EXPECT_EQ(first.exitCode, 0) << first.err;
    EXPECT_EQ(first.err, kUpgrading);
    EXPECT_EQ(pendingMigrations(path), 0);
    test::ProcessResult again = cli(path, GetParam());
    EXPECT_EQ(again.exitCode, 0) << again.err;
    EXPECT_EQ(again.err, "") << "said once, when it happens";
    EXPECT_EQ(first.out, again.out);
    EXPECT_FALSE(first.out.empty());
}

// Commands that read (opened read-only where the file cannot be written) and one that writes.
INSTANTIATE_TEST_SUITE_P(Commands, CacheUpgradeCliTest,
                         testing::Values(std::vector<std::string>{"list", "--json"},
                                         std::vector<std::string>{"search", "fregat", "--json"},
                                         std::vector<std::string>{"feeds"}));

TEST(CacheUpgradeCli, ACurrentCacheSaysNothing) {
    test::TempDir dir;
    { Database db(dir.database()); }
    test::ProcessResult result = cli(dir.database(), {"feeds"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.err, "");
}

} // namespace
} // namespace heraut
