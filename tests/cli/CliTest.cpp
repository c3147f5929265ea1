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
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
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
    std::atomic<int> bigItems{1};
    test::TestHttpServer server{[this](const HttpRequest& request) {
        if (request.path == "/untitled/feed") // no title of its own, links relative to the feed
            return HttpResponse::ok("<rss><channel><item><guid>1</guid><title>Zonder titel"
                                    "</title><link>/artikel/1</link></item></channel></rss>");
        if (request.path == "/big/feed")
            return HttpResponse::ok(
                test::makeWordPressFeed(1, bigItems.load(), "https://groot.example.nl"));
        if (request.path == "/defensie/")
            return HttpResponse::ok("<!DOCTYPE html><html><head><link rel=\"alternate\" "
                                    "type=\"application/rss+xml\" href=\"/defensie/feed/\"></head>"
                                    "<body>Defensie</body></html>",
                                    "text/html");
        if (request.path == "/defensie/feed/") {
            if (status != 200) return HttpResponse::withStatus(status);
            if (request.header("if-none-match") == "\"seed\"") return HttpResponse::withStatus(304);
            // The seed's articles link to businessam.be; their pages (full articles) are
            // asked of this server instead, so that no test reaches the internet.
            std::string seed = test::readData("businessam-defensie-wordpress.xml");
            for (size_t at = 0;
                 (at = seed.find("https://businessam.be/", at)) != std::string::npos;)
                seed.replace(at, 22, server.url("/"));
            return HttpResponse::ok(seed).header("ETag", "\"seed\"");
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
    ASSERT_EQ(cli({"init"}).exitCode, 0);
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
                                     "updated_articles", "not_stored_articles", "pages_stored",
                                     "pages_failed", "pages_waiting", "cancelled"}));
    EXPECT_EQ(summary["feeds"], 1);
    EXPECT_EQ(summary["not_modified"], 1);
    std::vector<HttpRequest> requests = server.requests(); // the feed's, not its pages'
    auto feedRequest = std::find_if(requests.rbegin(), requests.rend(), [](const HttpRequest& r) {
        return r.path == "/defensie/feed/";
    });
    ASSERT_NE(feedRequest, requests.rend());
    EXPECT_EQ(feedRequest->header("if-none-match"), "\"seed\"");

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

// A mistyped --db (or HERAUT_DB) must never leave a new database behind: every command but
// init exits 2 naming the path, and creates neither the file nor its folder.
TEST_F(CliTest, AMissingDatabaseIsNeverCreatedExceptByInitOrCreate) {
    std::string opml = dir.file("feeds.opml");
    {
        std::ofstream(opml)
            << "<opml><body><outline text=\"a\" xmlUrl=\"https://a.nl/\"/></body></opml>";
    }
    std::string typo = dir.file("tpyo/heraut.sqlite");
    for (std::vector<std::string> args : {std::vector<std::string>{"feeds"},
                                          {"list"},
                                          {"show", "1"},
                                          {"read", "1"},
                                          {"unread", "1"},
                                          {"star", "1"},
                                          {"unstar", "1"},
                                          {"mark-all-read"},
                                          {"search", "fregat"},
                                          {"refresh"},
                                          {"remove", "1"},
                                          {"rename", "1", "x"},
                                          {"move", "1", "x"},
                                          {"export-opml"},
                                          {"add", server.url("/defensie/feed/")},
                                          {"import-opml", opml}}) {
        args.insert(args.begin(), {HERAUT_CLI, "--db", typo});
        ProcessResult r = test::runProcess(args);
        EXPECT_EQ(r.exitCode, 2) << args[3] << ": " << r.err;
        EXPECT_NE(r.err.find(typo), std::string::npos) << args[3] << ": " << r.err;
        EXPECT_FALSE(std::filesystem::exists(dir.file("tpyo"))) << args[3];
    }
    ProcessResult viaEnvironment = test::runProcess({HERAUT_CLI, "feeds"}, {"HERAUT_DB=" + typo});
    EXPECT_EQ(viaEnvironment.exitCode, 2);
    EXPECT_NE(viaEnvironment.err.find(typo), std::string::npos);

    // --create is the explicit way for add and import-opml; init creates by its nature.
    EXPECT_EQ(test::runProcess({HERAUT_CLI, "--db", dir.file("a/h.sqlite"), "add", "--create",
                                server.url("/defensie/feed/")})
                  .exitCode,
              0);
    ProcessResult imported = test::runProcess(
        {HERAUT_CLI, "--db", dir.file("b/h.sqlite"), "import-opml", "--create", opml});
    EXPECT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_EQ(test::runProcess({HERAUT_CLI, "--db", dir.file("c/h.sqlite"), "init"}).exitCode, 0);
    for (const char* made : {"a/h.sqlite", "b/h.sqlite", "c/h.sqlite"})
        EXPECT_TRUE(std::filesystem::exists(dir.file(made))) << made;
}

// --db naming some other file (a note, another program's database) is a bad argument: exit 2,
// and the file is left as it was.
TEST_F(CliTest, ADatabaseFileThatIsNotHerautsIsABadArgument) {
    std::string notes = dir.file("notities.txt");
    std::string text(8192, 'x');
    { std::ofstream(notes) << text; }
    for (std::vector<std::string> args : {std::vector<std::string>{"feeds"}, {"init"}}) {
        args.insert(args.begin(), {HERAUT_CLI, "--db", notes});
        ProcessResult r = test::runProcess(args);
        EXPECT_EQ(r.exitCode, 2) << args[3] << ": " << r.err;
        EXPECT_NE(r.err.find(notes), std::string::npos) << r.err;
    }
    std::ifstream in(notes);
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), text);
    ProcessResult nowhere =
        test::runProcess({HERAUT_CLI, "--db", "/proc/heraut-not-here/h.sqlite", "init"});
    EXPECT_EQ(nowhere.exitCode, 2) << nowhere.err;
}

// One exit code per kind of failure, for every command: an unknown id and a bad argument are
// the caller's mistake (2), and change nothing.
TEST_F(CliTest, EveryCommandExitsTwoOnAnUnknownIdOrABadArgument) {
    ASSERT_EQ(cli({"init", "--empty"}).exitCode, 0);
    ASSERT_EQ(cli({"add", server.url("/defensie/feed/"), "--folder", "Defensie"}).exitCode, 0);
    std::string feedId = std::to_string(cliJson({"feeds", "--json"})[0]["id"].get<int>());
    std::string articleId = std::to_string(cliJson({"list", "--json"})[0]["id"].get<int>());
    std::string title = cliJson({"feeds", "--json"})[0]["title"];
    std::string opmlPath = dir.file("export.opml");
    using Args = std::vector<std::string>;
    std::vector<std::pair<Args, std::string>> cases = {
        // unknown ids (the message names them)
        {{"show", "999"}, "999"},
        {{"read", "999"}, "999"},
        {{"unread", articleId, "999"}, "999"},
        {{"star", "999"}, "999"},
        {{"unstar", "999"}, "999"},
        {{"remove", feedId, "999"}, "999"},
        {{"rename", "999", "Nieuw"}, "999"},
        {{"move", "999", "Map"}, "999"},
        {{"list", "--feed", "999"}, "999"},
        {{"list", "--folder", "Bestaat niet"}, "Bestaat niet"},
        {{"mark-all-read", "--feed", "999"}, "999"},
        {{"mark-all-read", "--folder", "Bestaat niet"}, "Bestaat niet"},
        {{"refresh", "--feed", "999"}, "999"},
        // bad arguments
        {{"show", "abc"}, "abc"},
        {{"read", "-3"}, "-3"},
        {{"star", "1x"}, "1x"},
        {{"remove", "nul"}, "nul"},
        {{"rename", feedId, " "}, "title"},
        {{"move", "x", "Map"}, "\"x\""},
        {{"list", "--limit", "0"}, "--limit"},
        {{"list", "--since", "gisteren"}, "gisteren"},
        {{"list", "--feed", "een"}, "een"},
        {{"mark-all-read", "--older-than", "-1"}, "--older-than"},
        {{"mark-all-read", "--feed", "een"}, "een"},
        // empty values (an unset shell variable) are no "all": mark-all-read marked everything
        {{"mark-all-read", "--feed", ""}, "needs a value"},
        {{"mark-all-read", "--folder", ""}, "needs a value"},
        {{"mute", "add", "fregat", "--feed", ""}, "needs a value"},
        {{"refresh", "--feed", ""}, "needs a value"},
        {{"sync", "--account", ""}, "needs a value"},
        // a span reaching past the year 1000 (9223372036854775807h overflowed into the future)
        {{"list", "--since", "9223372036854775807h"}, "9223372036854775807h"},
        {{"list", "--since", "106751991167d"}, "106751991167d"},
        {{"briefing", "--since", "9223372036854775807h"}, "not a date or a span"},
        {{"search", "fregat", "--limit", "0"}, "--limit"},
        {{"search", "fregat", "--limit", "veel"}, "veel"},
        {{"refresh", "--feed", "abc"}, "abc"},
        {{"refresh", "--retention-days", "-1"}, "-1"},
        {{"add", "ftp://ftp.defensie.nl/feed.xml"}, "ftp"},
        {{"add", "geen url"}, "geen url"},
        {{"add", server.url("/defensie/feed/")}, "already subscribed"},
        {{"add", server.url("/defensie/"), "--choice", "5"}, "offers only 1"},
        {{"import-opml", dir.file("none.opml")}, "none.opml"},
        {{"import-opml", test::dataPath("businessam-defensie-wordpress.xml")}, "not an OPML"},
        {{"export-opml", "/proc/heraut-not-here/x.opml"}, "/proc/heraut-not-here/x.opml"},
        {{"export-opml", "/dev/full"}, "No space left"}, // fails only when the buffer is written
        {{"parse", dir.file("none.xml")}, "none.xml"},
        {{"frobnicate"}, "subcommand"},
    };
    for (const auto& [args, named] : cases) {
        ProcessResult r = cli(args);
        std::string call = args[0] + (args.size() > 1 ? " " + args[1] : "");
        EXPECT_EQ(r.exitCode, 2) << call << ": " << r.err;
        EXPECT_NE(r.err.find(named), std::string::npos) << call << ": " << r.err;
    }
    EXPECT_EQ(cliJson({"list", "--since", "5200w", "--json"}).size(), 12u) << "a span back";
    EXPECT_TRUE(cliJson({"list", "--since", "0h", "--json"}).empty()) << "none from now on";
    EXPECT_TRUE(cliJson({"mute", "list", "--json"}).empty());
    json feeds = cliJson({"feeds", "--json"});
    ASSERT_EQ(feeds.size(), 1u) << "remove with an unknown id removed nothing";
    EXPECT_EQ(feeds[0]["unread"], 12) << "unread with an unknown id changed nothing";
    EXPECT_EQ(feeds[0]["title"], title) << "rename to an empty title changed nothing";
}

// import-opml refuses what add refuses, names each, imports the rest, and exits 1; folders
// inside folders are kept.
TEST_F(CliTest, ImportOpmlRejectsBadUrlsImportsTheRestAndKeepsNesting) {
    ASSERT_EQ(cli({"init", "--empty"}).exitCode, 0);
    std::string opml =
        "<opml version=\"2.0\"><body>"
        "<outline text=\"Bestand\" xmlUrl=\"file:///etc/passwd\"/>"
        "<outline text=\"FTP\" xmlUrl=\"ftp://ftp.nl/rss\"/>"
        "<outline text=\"Onzin\" xmlUrl=\"geen url maar tekst\"/>"
        "<outline text=\"Goed\" xmlUrl=\"https://goed.nl/rss\"/>"
        "<outline text=\"Nieuws\"><outline text=\"Vlaanderen\"><outline text=\"Lokaal\">"
        "<outline text=\"Diep\" xmlUrl=\"https://diep.be/rss\"/>"
        "</outline></outline></outline></body></opml>";
    ProcessResult r = cli({"import-opml", "-"}, opml);
    EXPECT_EQ(r.exitCode, 1) << r.err;
    for (const char* named :
         {"file:///etc/passwd", "ftp://ftp.nl/rss", "geen url maar tekst", "3 rejected"})
        EXPECT_NE(r.err.find(named), std::string::npos) << named << "\n" << r.err;
    json feeds = cliJson({"feeds", "--json"});
    ASSERT_EQ(feeds.size(), 2u);
    std::map<std::string, json> byUrl;
    for (const json& f : feeds)
        byUrl[f["url"]] = f["folder"];
    EXPECT_TRUE(byUrl["https://goed.nl/rss"].is_null());
    EXPECT_EQ(byUrl["https://diep.be/rss"], "Lokaal") << "its own folder, inside the others";
}

// A login in a feed URL is stored and used, but no output shows the password: not feeds, not
// refresh, not an error, not an article's link. export-opml keeps it (the file is for
// importing again) and says so.
TEST_F(CliTest, APasswordInAFeedUrlIsNeverPrinted) {
    ASSERT_EQ(cli({"init", "--empty"}).exitCode, 0);
    auto withLogin = [&](const std::string& path) {
        std::string url = server.url(path);
        return url.insert(url.find("://") + 3, "jan:geheim@");
    };
    std::vector<ProcessResult> outputs;
    outputs.push_back(cli({"add", withLogin("/untitled/feed")}));
    ASSERT_EQ(outputs.back().exitCode, 0) << outputs.back().err;
    EXPECT_NE(outputs.back().out.find("jan:***@"), std::string::npos) << outputs.back().out;
    outputs.push_back(cli({"add", withLogin("/defensie/feed/")}));
    ASSERT_EQ(outputs.back().exitCode, 0) << outputs.back().err;
    EXPECT_EQ(server.requests().back().header("authorization").rfind("Basic ", 0), 0u)
        << "the login is used";
    outputs.push_back(cli({"add", withLogin("/defensie/feed/")})); // already subscribed
    outputs.push_back(cli({"add", "http://jan:geheim@127.0.0.1:1/feed"}));
    outputs.push_back(cli({"add", "ftp://jan:geheim@ftp.nl/feed"}));
    outputs.push_back(cli({"feeds"}));
    outputs.push_back(cli({"feeds", "--json"}));
    outputs.push_back(cli({"list", "--json"}));
    outputs.push_back(cli({"list"}));
    json list = cliJson({"list", "--json"});
    for (const json& row : list)
        if (row["title"] == "Zonder titel") {
            std::string id = std::to_string(row["id"].get<int>());
            outputs.push_back(cli({"show", id}));
            outputs.push_back(cli({"show", id, "--json"}));
            EXPECT_EQ(row["link"], server.url("/artikel/1")) << "no login in an article's link";
        }
    status = 500;
    outputs.push_back(cli({"refresh", "--force", "--json"}));
    EXPECT_NE(outputs.back().err.find("jan:***@"), std::string::npos) << outputs.back().err;
    outputs.push_back(cli({"feeds", "--json"}));
    outputs.push_back(cli({"import-opml", "-"},
                          "<opml><body><outline text=\"x\" xmlUrl=\"gopher://jan:geheim@g.nl/\"/>"
                          "</body></opml>"));
    for (const ProcessResult& r : outputs) {
        EXPECT_EQ(r.out.find("geheim"), std::string::npos) << r.out;
        EXPECT_EQ(r.err.find("geheim"), std::string::npos) << r.err;
    }
    ProcessResult exported = cli({"export-opml"});
    EXPECT_NE(exported.out.find("jan:geheim@"), std::string::npos);
    EXPECT_NE(exported.err.find("password"), std::string::npos) << exported.err;
}

// The database refuses the write (here: the file size limit of the process, which SQLite
// reports as SQLITE_FULL or an I/O error, as a full disk does): the refresh says its articles
// were not stored, never that they are new, exits 1, and the next refresh stores them.
TEST_F(CliTest, ARefreshThatCannotWriteReportsItsArticlesAsNotStored) {
    ASSERT_EQ(cli({"init", "--empty"}).exitCode, 0);
    ASSERT_EQ(cli({"add", server.url("/big/feed")}).exitCode, 0);
    bigItems = 400; // about 2 MB of articles, far more than the limit lets the WAL grow
    std::uintmax_t limit = std::filesystem::file_size(dir.database()) + (512 << 10);
    std::string script =
        "trap '' XFSZ; ulimit -f " + std::to_string(limit / 512) + "; exec \"$0\" \"$@\"";
    ProcessResult r = test::runProcess({"/bin/sh", "-c", script, HERAUT_CLI, "--db", dir.database(),
                                        "refresh", "--force", "--json"});
    EXPECT_EQ(r.exitCode, 1) << r.err;
    json summary = json::parse(r.out);
    EXPECT_EQ(summary["new_articles"], 0) << r.err;
    EXPECT_EQ(summary["failed"], 1);
    int notStored = summary["not_stored_articles"];
    EXPECT_GE(notStored, 399) << r.err;
    EXPECT_NE(r.err.find("articles not stored"), std::string::npos) << r.err;
    json feeds = cliJson({"feeds", "--json"});
    EXPECT_NE(feeds[0]["last_error"].get<std::string>().find("not stored"), std::string::npos)
        << feeds[0];
    EXPECT_EQ(feeds[0]["unread"], 1);

    json again = cliJson({"refresh", "--force", "--json"});
    EXPECT_EQ(again["new_articles"].get<int>() + again["updated_articles"].get<int>(), notStored)
        << "nothing was lost: the next refresh stores them";
    EXPECT_EQ(again["not_stored_articles"], 0);
}

} // namespace
} // namespace heraut
