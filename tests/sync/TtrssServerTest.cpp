// SPDX-License-Identifier: GPL-3.0-or-later
// The tt-rss test server itself: that the suite's own server answers the JSON API and fetches
// feeds from the local feed server, before any of Heraut's client is involved.
#include "support/TtrssServer.h"

#include <gtest/gtest.h>
#include <set>

using heraut::test::sampleRssFeed;
using heraut::test::TtrssApi;
using heraut::test::TtrssServer;

TEST(TtrssServer, LogsInThroughTheJsonApiAndReadsAFeedsHeadlines) {
    TtrssServer& server = TtrssServer::shared();
    if (!server.available()) GTEST_SKIP() << server.unavailableReason();
    std::string user = server.uniqueUser("geheim");
    TtrssApi api(server.apiUrl());

    nlohmann::json login = api.login(user, "geheim");
    EXPECT_FALSE(login.value("session_id", "").empty());
    EXPECT_GE(login.value("api_level", 0), 15);

    std::string feedUrl = server.publishFeed(user + "-defensie.xml", sampleRssFeed("Defensie", 3));
    int feedId = api.subscribeAndUpdate(feedUrl);
    ASSERT_GT(feedId, 0);

    nlohmann::json headlines =
        api.content("getHeadlines", {{"feed_id", feedId}, {"view_mode", "all_articles"}});
    ASSERT_EQ(headlines.size(), 3u) << headlines.dump();
    std::set<std::string> titles;
    for (const auto& h : headlines) {
        titles.insert(h.value("title", ""));
        EXPECT_TRUE(h.value("unread", false));
    }
    EXPECT_EQ(titles, (std::set<std::string>{"Defensie 1", "Defensie 2", "Defensie 3"}));
}

TEST(TtrssServer, AnswersWrongPasswordAndDisabledApiWithTheirErrors) {
    TtrssServer& server = TtrssServer::shared();
    if (!server.available()) GTEST_SKIP() << server.unavailableReason();
    std::string user = server.uniqueUser("geheim");
    std::string noApi = server.uniqueUser("geheim", false);
    TtrssApi api(server.apiUrl());

    nlohmann::json wrong = api.call("login", {{"user", user}, {"password", "fout"}});
    EXPECT_EQ(wrong.value("status", 0), 1);
    EXPECT_EQ(wrong["content"].value("error", ""), "LOGIN_ERROR");

    nlohmann::json disabled = api.call("login", {{"user", noApi}, {"password", "geheim"}});
    EXPECT_EQ(disabled["content"].value("error", ""), "API_DISABLED");
}
