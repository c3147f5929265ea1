// SPDX-License-Identifier: GPL-3.0-or-later
// heraut-cli as scripts use it: real processes, a real database file, a local HTTP server.
#include "TempDatabase.h"
#include "TestData.h"
#include "heraut/ArticleStore.h"
#include "heraut/Database.h"
#include "support/Process.h"
#include "support/TestHttpServer.h"
#include "support/WordPressCorpus.h"

#include <csignal>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace heraut {
namespace {

using nlohmann::json;
using test::HttpRequest;
using test::HttpResponse;
using test::ProcessResult;

std::vector<std::string> keys(const json& object) {
    std::vector<std::string> out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.push_back(it.key());
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> sorted(std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
}

class CliTest : public testing::Test {
  protected:
    test::TempDir dir;
    std::atomic<int> status{200};
    test::TestHttpServer server{[this](const HttpRequest& request) {
        if (request.path == "/defensie/")
            return HttpResponse::ok("<!DOCTYPE html><html><head><link rel=\"alternate\" "
                                    "type=\"application/rss+xml\" href=\"/defensie/feed/\"></head>"
                                    "<body>Defensie</body></html>",
                                    "text/html");
        if (request.path == "/defensie/feed/") {
            if (status != 200) return HttpResponse::withStatus(status);
            if (request.header("if-none-match") == "\"seed\"") return HttpResponse::withStatus(304);
            return HttpResponse::ok(test::readData("businessam-defensie-wordpress.xml"))
                .header("ETag", "\"seed\"");
        }
        if (request.path == "/artikel/f35")
            return HttpResponse::ok(
                test::readData("extract/businessam-wordpress-takeaways-box.html"),
                "text/html; charset=utf-8");
        return HttpResponse::withStatus(404);
    }};

    ProcessResult cli(std::vector<std::string> args, const std::string& input = {}) {
        args.insert(args.begin(), {HERAUT_CLI, "--db", dir.database()});
        return test::runProcess(args, {}, input);
    }

    json cliJson(const std::vector<std::string>& args) {
        ProcessResult r = cli(args);
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return json::parse(r.out);
    }
};

TEST_F(CliTest, ParsePrintsTheDocumentedSchema) {
    ProcessResult r = test::runProcess(
        {HERAUT_CLI, "parse", test::dataPath("businessam-defensie-wordpress.xml")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    json feed = json::parse(r.out);
    EXPECT_EQ(keys(feed), sorted({"format", "title", "link", "description", "language", "updated",
                                  "items", "warnings"}));
    EXPECT_EQ(feed["format"], "rss");
    ASSERT_EQ(feed["items"].size(), 12u);
    EXPECT_EQ(keys(feed["items"][0]),
              sorted({"id", "title", "link", "author", "published", "updated", "summary", "content",
                      "text", "key_takeaways", "categories", "enclosures"}));
    EXPECT_EQ(feed["items"][0]["published"], "2026-01-23T18:00:00Z");
    EXPECT_EQ(feed["items"][0]["key_takeaways"].size(), 3u);
}

TEST_F(CliTest, ParseFromStandardInputWithBaseUrlAndCharset) {
    std::string latin = "<rss><channel><title>Caf\xE9</title><item><title>a</title><link>/x</"
                        "link></item></channel></rss>";
    ProcessResult r = test::runProcess(
        {HERAUT_CLI, "parse", "-", "--base-url", "https://d.nl/feed", "--charset", "latin1"}, {},
        latin);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    json feed = json::parse(r.out);
    EXPECT_EQ(feed["title"], "Café");
    EXPECT_EQ(feed["items"][0]["link"], "https://d.nl/x");
}

TEST_F(CliTest, ParseSaysWhenAPageIsNoFeed) {
    ProcessResult r =
        test::runProcess({HERAUT_CLI, "parse", test::dataPath("nos-page-with-feed-links.html"),
                          "--base-url", "https://nos.nl/buitenland"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.empty());
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_NE(r.err.find("not a feed"), std::string::npos);
    EXPECT_NE(r.err.find("https://nos.nl/rss/buitenland.xml"), std::string::npos) << r.err;
    EXPECT_EQ(test::runProcess({HERAUT_CLI, "parse", "/no/such/file"}).exitCode, 2);
}

TEST_F(CliTest, ExtractPrintsTheArticleAsJson) {
    ProcessResult r = test::runProcess(
        {HERAUT_CLI, "extract", test::dataPath("extract/businessam-wordpress-takeaways-box.html"),
         "--url", "https://businessam.be/belgische-f35/"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    json article = json::parse(r.out);
    EXPECT_EQ(keys(article), sorted({"title", "byline", "published", "lang", "site_name", "image",
                                     "excerpt", "content", "text", "key_takeaways"}));
    EXPECT_EQ(article["byline"], "Jan Peeters");
    EXPECT_EQ(article["published"], "2026-01-22T13:05:00Z");
    EXPECT_EQ(article["key_takeaways"].size(), 3u);
    EXPECT_NE(article["text"].get<std::string>().find("Kritiek blijft er ook."), std::string::npos);
}

TEST_F(CliTest, ExtractFromStandardInputWithCharset) {
    std::string page = "<html><body><article><h1>Caf\xE9</h1>";
    for (int i = 0; i < 4; ++i)
        page +=
            "<p>De financi\xEBle steun aan Oekra\xEFne blijft dit jaar, zegt de minister van "
            "Defensie, ook al is het budget krap en vragen de partners in de NAVO steeds meer.</p>";
    page += "</article></body></html>";
    ProcessResult r = test::runProcess(
        {HERAUT_CLI, "extract", "-", "--url", "https://d.nl/a", "--charset", "latin1"}, {}, page);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(json::parse(r.out)["text"].get<std::string>().find("Oekraïne"), std::string::npos);
}

TEST_F(CliTest, ExtractFetchesTheUrlWhenNoFileIsGiven) {
    ProcessResult r =
        test::runProcess({HERAUT_CLI, "extract", "--url", server.url("/artikel/f35")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    json article = json::parse(r.out);
    EXPECT_EQ(article["title"],
              "Belgische F-35’s landen in Florennes: wat betekent dat voor de luchtmacht?");
    // Relative links resolve against the URL the page was fetched from.
    EXPECT_NE(article["content"].get<std::string>().find(server.url("/wp-content/uploads/")),
              std::string::npos);
}

// Exit 2 with one line for a page that is no article, bad usage or a scheme other than http(s);
// exit 1 when the page could not be fetched.
TEST_F(CliTest, ExtractExitCodes) {
    ProcessResult front = test::runProcess(
        {HERAUT_CLI, "extract", test::dataPath("extract/nos-front-page-teasers.html")});
    EXPECT_EQ(front.exitCode, 2);
    EXPECT_TRUE(front.out.empty());
    EXPECT_EQ(std::count(front.err.begin(), front.err.end(), '\n'), 1) << front.err;
    EXPECT_NE(front.err.find("nos-front-page-teasers.html"), std::string::npos) << front.err;
    EXPECT_EQ(test::runProcess({HERAUT_CLI, "extract"}).exitCode, 2);
    EXPECT_EQ(test::runProcess({HERAUT_CLI, "extract", "/no/such/file"}).exitCode, 2);
    ProcessResult file = test::runProcess({HERAUT_CLI, "extract", "--url", "file:///etc/passwd"});
    EXPECT_EQ(file.exitCode, 2);
    EXPECT_TRUE(file.out.empty());
    ProcessResult missing = test::runProcess({HERAUT_CLI, "extract", "--url", server.url("/gone")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find("404"), std::string::npos) << missing.err;
}

TEST_F(CliTest, ANewDatabaseStartsWithTheDefaultSources) {
    json feeds = cliJson({"feeds", "--json"});
    EXPECT_GE(feeds.size(), 10u);
    std::set<std::string> folders;
    for (const json& f : feeds)
        if (!f["folder"].is_null()) folders.insert(f["folder"].get<std::string>());
    EXPECT_TRUE(folders.count("Defensie"));
    EXPECT_TRUE(folders.count("Nieuws Vlaanderen"));
    test::TempDir other;
    ProcessResult empty =
        test::runProcess({HERAUT_CLI, "--db", other.database(), "init", "--empty"});
    EXPECT_EQ(empty.exitCode, 0);
    EXPECT_EQ(
        json::parse(test::runProcess({HERAUT_CLI, "--db", other.database(), "feeds", "--json"}).out)
            .size(),
        0u);
}

TEST_F(CliTest, AWholeSessionThroughTheCommands) {
    ASSERT_EQ(cli({"init", "--empty"}).exitCode, 0);
    ProcessResult added = cli({"add", server.url("/defensie/"), "--folder", "Defensie"});
    ASSERT_EQ(added.exitCode, 0) << added.err;
    EXPECT_NE(added.out.find(server.url("/defensie/feed/")), std::string::npos) << "autodiscovered";

    json feeds = cliJson({"feeds", "--json"});
    ASSERT_EQ(feeds.size(), 1u);
    EXPECT_EQ(keys(feeds[0]),
              sorted({"id", "url", "title", "folder", "unread", "last_success", "last_error",
                      "site_link", "disabled", "consecutive_failures"}));
    EXPECT_EQ(feeds[0]["unread"], 12);
    EXPECT_EQ(feeds[0]["folder"], "Defensie");
    EXPECT_TRUE(feeds[0]["last_error"].is_null());
    std::string feedId = std::to_string(feeds[0]["id"].get<int>());

    json list = cliJson({"list", "--json"});
    ASSERT_EQ(list.size(), 12u);
    EXPECT_EQ(keys(list[0]), sorted({"id", "feed_id", "title", "link", "published", "read",
                                     "starred", "key_takeaways", "feed_title", "date"}));
    std::string first = std::to_string(list[0]["id"].get<int>());
    std::string second = std::to_string(list[1]["id"].get<int>());

    EXPECT_EQ(cli({"read", first, second}).exitCode, 0);
    EXPECT_EQ(cliJson({"list", "--unread", "--json"}).size(), 10u);
    EXPECT_EQ(cli({"unread", second}).exitCode, 0);
    EXPECT_EQ(cli({"star", second}).exitCode, 0);
    json starred = cliJson({"list", "--starred", "--json"});
    ASSERT_EQ(starred.size(), 1u);
    EXPECT_EQ(starred[0]["starred"], true);
    EXPECT_EQ(cliJson({"list", "--limit", "3", "--json"}).size(), 3u);

    json hits = cliJson({"search", "oekraine", "--json"});
    EXPECT_GE(hits.size(), 3u);
    EXPECT_EQ(cliJson({"search", "oekraine", "is:starred", "--json"}).size(), 0u);

    ProcessResult shown = cli({"show", first});
    EXPECT_EQ(shown.exitCode, 0);
    EXPECT_NE(shown.out.find("Key takeaways"), std::string::npos);
    EXPECT_NE(shown.out.find("China onderzoekt"), std::string::npos);

    json summary = cliJson({"refresh", "--force", "--json", "--quiet"});
    EXPECT_EQ(keys(summary), sorted({"feeds", "ok", "not_modified", "failed", "new_articles",
                                     "updated_articles", "cancelled"}));
    EXPECT_EQ(summary["feeds"], 1);
    EXPECT_EQ(summary["not_modified"], 1);
    EXPECT_EQ(server.requests().back().header("if-none-match"), "\"seed\"");

    EXPECT_EQ(cli({"mark-all-read", "--feed", feedId}).exitCode, 0);
    EXPECT_EQ(cliJson({"feeds", "--json"})[0]["unread"], 0);
    EXPECT_EQ(cli({"rename", feedId, "Mijn defensiefeed"}).exitCode, 0);
    EXPECT_EQ(cli({"move", feedId, "Bronnen"}).exitCode, 0);
    feeds = cliJson({"feeds", "--json"});
    EXPECT_EQ(feeds[0]["title"], "Mijn defensiefeed");
    EXPECT_EQ(feeds[0]["folder"], "Bronnen");

    std::string opmlPath = dir.file("export.opml");
    EXPECT_EQ(cli({"export-opml", opmlPath}).exitCode, 0);
    test::TempDir other;
    ProcessResult imported =
        test::runProcess({HERAUT_CLI, "--db", other.database(), "init", "--empty"});
    imported = test::runProcess({HERAUT_CLI, "--db", other.database(), "import-opml", opmlPath});
    EXPECT_EQ(imported.exitCode, 0) << imported.err;
    json otherFeeds = json::parse(
        test::runProcess({HERAUT_CLI, "--db", other.database(), "feeds", "--json"}).out);
    ASSERT_EQ(otherFeeds.size(), 1u);
    EXPECT_EQ(otherFeeds[0]["url"], server.url("/defensie/feed/"));
    EXPECT_EQ(otherFeeds[0]["folder"], "Bronnen");

    EXPECT_EQ(cli({"remove", feedId}).exitCode, 0);
    EXPECT_EQ(cliJson({"feeds", "--json"}).size(), 0u);
    EXPECT_EQ(cliJson({"list", "--json"}).size(), 0u);
}

TEST_F(CliTest, BadUsageExitsTwoAndNamesTheProblem) {
    cli({"init", "--empty"});
    for (std::vector<std::string> args :
         {std::vector<std::string>{"read", "999"},
          {"read", "abc"},
          {"show", "0"},
          {"remove", "42"},
          {"list", "--since", "gisteren"},
          {"frobnicate"},
          {"import-opml", test::dataPath("businessam-defensie-wordpress.xml")}}) {
        ProcessResult r = cli(args);
        EXPECT_EQ(r.exitCode, 2) << args[0] << ": " << r.err;
        EXPECT_FALSE(r.err.empty()) << args[0];
    }
}

TEST_F(CliTest, RefreshExitsOneWhenSomeFeedsFail) {
    cli({"init", "--empty"});
    ASSERT_EQ(cli({"add", server.url("/defensie/feed/")}).exitCode, 0);
    status = 500;
    ProcessResult r = cli({"refresh", "--force", "--json"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(json::parse(r.out)["failed"], 1);
    EXPECT_NE(r.err.find(server.url("/defensie/feed/")), std::string::npos) << "names the feed";
    json feeds = cliJson({"feeds", "--json"});
    EXPECT_NE(feeds[0]["last_error"].get<std::string>().find("500"), std::string::npos);
    EXPECT_EQ(feeds[0]["unread"], 12) << "a failed refresh loses nothing";
    ProcessResult unreachable = cli({"add", "http://127.0.0.1:1/feed"});
    EXPECT_EQ(unreachable.exitCode, 1);
    EXPECT_NE(unreachable.err.find("127.0.0.1:1"), std::string::npos);
}

// kill -9 in the middle of a large refresh: the database must open, pass its integrity
// check, and keep every read flag that was set before.
TEST_F(CliTest, KillDuringRefreshLosesNothing) {
    constexpr int kFeeds = 60;
    std::atomic<int> version{0};
    test::TestHttpServer corpus([&](const HttpRequest& request) {
        int n = std::stoi(request.path.substr(2));
        // Every version changes every article, so each refresh rewrites everything.
        std::string xml =
            test::makeWordPressFeed(n, 50, "https://bron" + std::to_string(n) + ".nl");
        std::string marker = "(" + std::to_string(version.load()) + ")";
        for (size_t at = xml.find("</title>\n\t\t<link>"); at != std::string::npos;
             at = xml.find("</title>\n\t\t<link>", at + marker.size() + 8))
            xml.insert(at, marker);
        HttpResponse r = HttpResponse::ok(xml);
        r.delayMs = 40;
        return r;
    });
    cli({"init", "--empty"});
    std::string opml = "<opml version=\"2.0\"><body>";
    for (int i = 0; i < kFeeds; ++i)
        opml += "<outline text=\"f\" xmlUrl=\"" + corpus.url("/f" + std::to_string(i)) + "\"/>";
    opml += "</body></opml>";
    ASSERT_EQ(cli({"import-opml", "-"}, opml + "").exitCode, 0);
    ASSERT_EQ(cli({"refresh", "--quiet"}).exitCode, 0);

    std::vector<std::int64_t> readIds;
    {
        Database db(dir.database());
        ArticleStore store(db);
        for (const auto& h : store.list({.limit = 100000}))
            if (h.id % 3 == 0) readIds.push_back(h.id);
        store.setRead(readIds, true, 1769100000);
    }
    for (int round = 1; round <= 3; ++round) {
        version = round;
        pid_t pid = test::startProcess(
            {HERAUT_CLI, "--db", dir.database(), "refresh", "--force", "--quiet"});
        std::this_thread::sleep_for(std::chrono::milliseconds(150 * round));
        kill(pid, SIGKILL);
        EXPECT_EQ(test::waitProcess(pid), -SIGKILL) << "the refresh ended before the kill";
        Database db(dir.database());
        Statement check = db.prepare("PRAGMA integrity_check");
        ASSERT_TRUE(check.step());
        EXPECT_EQ(check.text(0), "ok");
        ArticleStore store(db);
        int stillRead = 0;
        for (std::int64_t id : readIds)
            stillRead += store.article(id)->read ? 1 : 0;
        EXPECT_EQ(stillRead, static_cast<int>(readIds.size())) << "round " << round;
    }
    EXPECT_EQ(cli({"refresh", "--force", "--quiet"}).exitCode, 0) << "and it works afterwards";
}

} // namespace
} // namespace heraut
