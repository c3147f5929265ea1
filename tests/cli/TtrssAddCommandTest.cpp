// SPDX-License-Identifier: GPL-3.0-or-later
// heraut-cli add --account against a real Tiny Tiny RSS (support/TtrssServer.h): the
// subscription goes to tt-rss, which fetches the feed, and its articles come back by sync.
#include "TempDatabase.h"
#include "support/Process.h"
#include "support/TtrssServer.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace heraut {
namespace {

using nlohmann::json;
using test::ProcessResult;
using test::TtrssServer;

constexpr const char* kPassword = "geheim";

class TtrssAddCommandTest : public testing::Test {
  protected:
    void SetUp() override {
        if (!server().available()) GTEST_SKIP() << server().unavailableReason();
        user = server().uniqueUser(kPassword);
        ASSERT_EQ(cli({"init", "--empty"}).exitCode, 0);
        ProcessResult added =
            cli({"account", "add", "ttrss", server().url(), "--user", user, "--password-stdin"},
                std::string(kPassword) + "\n");
        ASSERT_EQ(added.exitCode, 0) << added.err;
    }

    static TtrssServer& server() { return TtrssServer::shared(); }

    ProcessResult cli(std::vector<std::string> args, const std::string& input = {}) {
        args.insert(args.begin(), {HERAUT_CLI, "--db", dir.database()});
        return test::runProcess(args, {"HERAUT_CREDENTIALS=file"}, input);
    }

    test::TempDir dir;
    std::string user;
};

TEST_F(TtrssAddCommandTest, AddWithAccountSubscribesInTtrssAndItsArticlesArrive) {
    std::string url =
        server().publishFeed(user + "-cli.xml", test::sampleRssFeed(user + " cli", 4));

    ProcessResult added = cli({"add", url, "--account", "1"});

    ASSERT_EQ(added.exitCode, 0) << added.err;
    std::string feedId = added.out.substr(0, added.out.find('\t'));
    ProcessResult synced = cli({"sync", "--json"});
    ASSERT_EQ(synced.exitCode, 0) << synced.err;
    ProcessResult listed = cli({"list", "--feed", feedId, "--json"});
    ASSERT_EQ(listed.exitCode, 0) << listed.err;
    EXPECT_EQ(json::parse(listed.out).size(), 4u);
    EXPECT_EQ(json::parse(cli({"account", "list", "--json"}).out)[0]["pending"], 0);
}

TEST_F(TtrssAddCommandTest, AUrlTtrssCannotFetchIsRefusedWithItsReason) {
    ProcessResult refused = cli({"add", server().url() + "geen-feed.xml", "--account", "1"});

    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.find("Tiny Tiny RSS"), std::string::npos) << refused.err;
    EXPECT_EQ(json::parse(cli({"account", "list", "--json"}).out)[0]["pending"], 0);
}

} // namespace
} // namespace heraut
