// SPDX-License-Identifier: GPL-3.0-or-later
// heraut-cli and full articles (issue 10): feed-set, add --full-articles, fetch-article, and
// show --json reading the cached page with the server gone.
#include "TempDatabase.h"
#include "TestData.h"
#include "support/Process.h"
#include "support/TestHttpServer.h"

#include <atomic>
#include <gtest/gtest.h>
#include <memory>
#include <nlohmann/json.hpp>

namespace heraut {
namespace {

using nlohmann::json;
using test::HttpRequest;
using test::HttpResponse;
using test::ProcessResult;

// The seed's kind of feed: excerpts that end in […], each linking to its page.
std::string excerptFeed(const std::string& pageUrl) {
    return "<rss version=\"2.0\"><channel><title>Business AM Defensie</title>"
           "<link>https://x.nl/</link><item><guid>f35</guid><title>Eerste F-35's in Florennes"
           "</title><link>" +
           pageUrl +
           "</link><pubDate>Thu, 22 Jan 2026 10:00:00 +0000</pubDate><description>Key "
           "takeaways De eerste vier F-35's zijn geland. [&#8230;]</description></item>"
           "</channel></rss>";
}

class FullArticleCliTest : public testing::Test {
  protected:
    test::TempDir dir;
    std::atomic<bool> pageFails{false};
    std::unique_ptr<test::TestHttpServer> server =
        std::make_unique<test::TestHttpServer>([this](const HttpRequest& request) {
            if (request.path == "/feed")
                return HttpResponse::ok(excerptFeed(server->url("/artikel/f35")));
            if (request.path == "/artikel/f35" && !pageFails)
                return HttpResponse::ok(
                    test::readData("extract/businessam-wordpress-takeaways-box.html"),
                    "text/html; charset=utf-8");
            return HttpResponse::withStatus(404);
        });

    ProcessResult cli(std::vector<std::string> args) {
        args.insert(args.begin(), {HERAUT_CLI, "--db", dir.database()});
        return test::runProcess(args);
    }
    json showJson(const std::string& id) {
        ProcessResult r = cli({"show", id, "--json"});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return json::parse(r.out);
    }
};

TEST_F(FullArticleCliTest, RefreshKeepsTheWholeArticleForReadingOffline) {
    ASSERT_EQ(cli({"init", "--empty"}).exitCode, 0);
    ProcessResult added = cli({"add", server->url("/feed")});
    ASSERT_EQ(added.exitCode, 0) << added.err;
    json before = showJson("1");
    EXPECT_FALSE(before["full_article"]) << "add fetches the feed only";
    ProcessResult refreshed = cli({"refresh", "--json", "--quiet"});
    ASSERT_EQ(refreshed.exitCode, 0) << refreshed.err;
    EXPECT_EQ(json::parse(refreshed.out)["pages_stored"], 1);
    server.reset(); // offline from here on
    json shown = showJson("1");
    EXPECT_TRUE(shown["full_article"]);
    std::string text = shown["text"];
    EXPECT_NE(text.find("Na een vlucht van bijna tien uur"), std::string::npos) << text;
    EXPECT_EQ(text.find("[…]"), std::string::npos) << "the whole body, not the excerpt";
    EXPECT_EQ(shown["key_takeaways"],
              json({"De eerste vier Belgische F-35A’s zijn op de vliegbasis van Florennes geland.",
                    "De toestellen vervangen vanaf 2027 de F-16’s, die al meer dan veertig jaar "
                    "vliegen.",
                    "Defensie investeert 275 miljoen euro in nieuwe hangars en een beveiligde "
                    "zone."}))
        << "the page's own takeaways";
    std::string content = shown["content"];
    EXPECT_NE(content.find("<p>"), std::string::npos);
    for (const char* key :
         {"id", "feed_id", "title", "link", "published", "read", "starred", "feed_title", "date"})
        EXPECT_TRUE(shown.contains(key)) << key << ": the keys list --json has";
    ProcessResult offline = cli({"fetch-article", "1"});
    EXPECT_EQ(offline.exitCode, 1) << "the server is gone";
    EXPECT_NE(offline.err.find("/artikel/f35"), std::string::npos) << offline.err;
    EXPECT_TRUE(showJson("1")["full_article"]) << "a failed fetch keeps what was cached";
}

TEST_F(FullArticleCliTest, SettingAndFetchingOnRequest) {
    ASSERT_EQ(cli({"init", "--empty"}).exitCode, 0);
    ProcessResult added = cli({"add", server->url("/feed"), "--full-articles", "never"});
    ASSERT_EQ(added.exitCode, 0) << added.err;
    ASSERT_EQ(cli({"refresh", "--quiet"}).exitCode, 0);
    EXPECT_FALSE(showJson("1")["full_article"]) << "never: no page fetched";
    EXPECT_EQ(cli({"feed-set", "1", "--full-articles", "sometimes"}).exitCode, 2);
    EXPECT_EQ(cli({"feed-set", "99", "--full-articles", "always"}).exitCode, 2);
    EXPECT_EQ(cli({"feed-set", "1"}).exitCode, 2) << "nothing to set";
    EXPECT_EQ(cli({"feed-set", "1", "--full-articles", "always"}).exitCode, 0);
    EXPECT_EQ(cli({"fetch-article", "99"}).exitCode, 2);
    pageFails = true;
    ProcessResult failed = cli({"fetch-article", "1"});
    EXPECT_EQ(failed.exitCode, 1);
    EXPECT_NE(failed.err.find("404"), std::string::npos) << failed.err;
    EXPECT_FALSE(showJson("1")["full_article"]);
    pageFails = false;
    ProcessResult fetched = cli({"fetch-article", "1"});
    EXPECT_EQ(fetched.exitCode, 0) << fetched.err;
    EXPECT_TRUE(showJson("1")["full_article"]);
}

} // namespace
} // namespace heraut
