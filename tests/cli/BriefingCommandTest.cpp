// SPDX-License-Identifier: GPL-3.0-or-later
// heraut-cli briefing: every format from a real process over a real database file; the PDF
// opened with poppler's pdftotext and pdffonts, as a reader's viewer would open it.
#include "TempDatabase.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"
#include "heraut/WatchLists.h"
#include "support/Process.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>
#include <sys/stat.h>
#include <thread>

namespace heraut {
namespace {

using nlohmann::json;
using test::ProcessResult;

constexpr std::int64_t kNow = 1769100000; // 2026-01-22 16:40 UTC

// poppler-utils' tools by their place on PATH (runProcess takes a path, not a name).
std::string poppler(const std::string& tool) {
    const char* path = std::getenv("PATH");
    std::stringstream dirs(path ? path : "/usr/bin");
    std::string dir;
    while (std::getline(dirs, dir, ':'))
        if (std::filesystem::exists(dir + "/" + tool)) return dir + "/" + tool;
    return tool + " (poppler-utils, scripts/deps.sh): not installed";
}

class BriefingCommandTest : public testing::Test {
  protected:
    test::TempDir dir;
    std::int64_t nos = 0, vrt = 0;

    void SetUp() override {
        Database db(dir.database());
        FeedStore feeds(db);
        ArticleStore articles(db);
        nos = feeds.addFeed("https://b.nl/feed", "NOS", "Nieuws", kNow);
        vrt = feeds.addFeed("https://c.be/feed", "VRT NWS", "België", kNow);
        auto article = [](const std::string& id, const std::string& title, std::int64_t date,
                          std::vector<std::string> takeaways) {
            Article a;
            a.id = id;
            a.title = title;
            a.link = "https://example.nl/" + id;
            a.published = date;
            a.keyTakeaways = std::move(takeaways);
            return a;
        };
        Transaction t(db);
        articles.storeArticles(
            nos,
            {article("1", "Patriot-systeem naar Polen", kNow - 3600, {"Twee batterijen."}),
             article("2", "Oekraïne krijgt Łask-trainingen", kNow - 7200, {"Vliegbasis Łask."}),
             article("3", "Van gisteren", kNow - 86400, {})},
            kNow);
        articles.storeArticles(
            vrt, {article("4", "Belgische fregatten naar de Noordzee", kNow - 600, {})}, kNow);
        t.commit();
        WatchListStore(db).updateMatches(kNow);
    }

    ProcessResult cli(std::vector<std::string> args, std::string language = "en_GB.UTF-8") {
        args.insert(args.begin(), {HERAUT_CLI, "--db", dir.database(), "briefing"});
        return test::runProcess(args, {"TZ=UTC", "LANGUAGE=", "LC_ALL=", "LANG=" + language}, {});
    }

    static std::string readFile(const std::string& path) {
        std::ifstream in(path, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        return text.str();
    }
};

TEST_F(BriefingCommandTest, JsonOfADayByWatchListThenFolder) {
    ProcessResult r = cli({"--date", "2026-01-22", "--format", "json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    json b = json::parse(r.out);
    EXPECT_EQ(b["since"], "2026-01-22T00:00:00Z");
    EXPECT_EQ(b["until"], "2026-01-23T00:00:00Z");
    EXPECT_EQ(b["articles"], 3);
    std::vector<std::string> names;
    for (const json& s : b["sections"])
        names.push_back(s["name"]);
    EXPECT_EQ(names, (std::vector<std::string>{"Luchtverdediging", "Oekraïne", "Marine"}))
        << "the default watch-lists; every article found a list";
    r = cli({"--date", "2026-01-21", "--format", "json", "--folder", "Nieuws"});
    b = json::parse(r.out);
    ASSERT_EQ(b["sections"].size(), 1u);
    EXPECT_EQ(b["sections"][0]["kind"], "folder");
    EXPECT_EQ(b["sections"][0]["items"][0]["title"], "Van gisteren");
}

TEST_F(BriefingCommandTest, MarkdownAndHtmlInTheUsersLanguage) {
    ProcessResult r =
        cli({"--date", "2026-01-22", "--format", "md", "--watch", "Marine"}, "nl_BE.UTF-8");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("## Volglijst: Marine"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("### Belgische fregatten naar de Noordzee"), std::string::npos);
    EXPECT_EQ(r.out.find("Patriot"), std::string::npos) << "only the watch-list asked for";
    std::string file = dir.file("briefing.html");
    r = cli({"--date", "2026-01-22", "-o", file, "--lang", "en"}, "nl_NL.UTF-8");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::string html = readFile(file);
    // The shipped lists under their English names, as the English window shows them.
    EXPECT_NE(html.find("Watch-list: Air defence"), std::string::npos);
    EXPECT_EQ(html.find("Luchtverdediging"), std::string::npos);
    EXPECT_NE(html.find("22 January 2026"), std::string::npos);
    // JSON keeps the stored names, which --watch takes.
    r = cli({"--date", "2026-01-22", "--format", "json", "--lang", "en"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("\"Luchtverdediging\""), std::string::npos) << r.out;
    // A list the reader renamed is shown as they named it.
    {
        Database db(dir.database());
        WatchListStore lists(db);
        ASSERT_TRUE(lists.remove("Marine"));
        lists.add("Zeemacht", "marine OR fregat* OR frigate* OR onderzeeboot* OR navy", false,
                  kNow);
    }
    r = cli({"--date", "2026-01-22", "--format", "md", "--lang", "en"});
    EXPECT_NE(r.out.find("## Watch-list: Zeemacht"), std::string::npos) << r.out;
}

TEST_F(BriefingCommandTest, PdfIsA4WithEmbeddedFontsAndItsText) {
    for (const std::string language : {"nl_NL.UTF-8", "en_US.UTF-8"}) {
        std::string file = dir.file("briefing-" + language.substr(0, 2) + ".pdf");
        ProcessResult r = cli({"--date", "2026-01-22", "--format", "pdf", "-o", file}, language);
        ASSERT_EQ(r.exitCode, 0) << r.err;
        EXPECT_TRUE(readFile(file).starts_with("%PDF-"));
        EXPECT_FALSE(std::filesystem::exists(file + ".part"));
        ProcessResult text = test::runProcess({poppler("pdftotext"), "-layout", file, "-"});
        ASSERT_EQ(text.exitCode, 0) << "pdftotext (poppler-utils, scripts/deps.sh): " << text.err;
        EXPECT_NE(text.out.find("Patriot-systeem naar Polen"), std::string::npos) << text.out;
        EXPECT_NE(text.out.find("Vliegbasis Łask."), std::string::npos) << text.out;
        EXPECT_NE(text.out.find(language.starts_with("nl") ? "Volglijst: Oekraïne"
                                                           : "Watch-list: Ukraine"),
                  std::string::npos)
            << text.out;
        ProcessResult info = test::runProcess({poppler("pdfinfo"), file});
        EXPECT_NE(info.out.find("pts (A4)"), std::string::npos) << info.out;
        ProcessResult fonts = test::runProcess({poppler("pdffonts"), file});
        ASSERT_EQ(fonts.exitCode, 0) << fonts.err;
        // One header line, one rule, then a font a line: each one embedded ("yes" in "emb").
        std::istringstream lines(fonts.out);
        std::string line;
        int listed = 0;
        for (int i = 0; std::getline(lines, line); ++i) {
            if (i < 2 || line.empty()) continue;
            ++listed;
            EXPECT_NE(line.find(" yes "), std::string::npos) << "not embedded: " << line;
        }
        EXPECT_GT(listed, 0) << fonts.out;
    }
}

// Two outlets report one delivery three days before kNow; a third outlet reports another
// event. Stored as a sync stores them: the briefing groups them before it is made.
TEST_F(BriefingCommandTest, OneStoryFromTwoFeedsIsOneItemWithBothSources) {
    {
        Database db(dir.database());
        std::int64_t nu = FeedStore(db).addFeed("https://nu.nl/feed", "NU.nl", "Nieuws", kNow);
        ArticleStore articles(db);
        auto article = [](const std::string& id, const std::string& title, const std::string& text,
                          std::int64_t date) {
            Article a;
            a.id = id;
            a.title = title;
            a.link = "https://example.nl/" + id;
            a.published = date;
            a.content = "<p>" + text + "</p>";
            return a;
        };
        std::int64_t day = kNow - 3 * 86400;
        Transaction t(db);
        articles.storeArticles(
            nos,
            {article("p", "Nederland levert nog twee Patriots aan Oekraïne",
                     "Nederland stuurt twee extra lanceerinstallaties voor het Patriot-systeem "
                     "naar Oekraïne, zegt minister Brekelmans. Ze gaan via het Poolse Rzeszów.",
                     day - 7200)},
            kNow);
        articles.storeArticles(
            nu,
            {article("q", "Brekelmans: twee Patriot-lanceerinstallaties naar Oekraïne",
                     "Minister Brekelmans geeft Oekraïne twee Patriot-lanceerinstallaties uit "
                     "eigen voorraad. De levering loopt via Rzeszów in Polen.",
                     day - 3600)},
            kNow);
        articles.storeArticles(
            vrt,
            {article("r", "Eerste Belgische F-35 landt in Florennes",
                     "Het eerste Belgische F-35-toestel is geland op de vliegbasis van "
                     "Florennes. Er volgen er nog 33.",
                     day)},
            kNow);
        t.commit();
    }
    ProcessResult r = cli({"--date", "2026-01-19", "--format", "json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    json b = json::parse(r.out);
    EXPECT_EQ(b["articles"], 3);
    std::vector<json> items;
    for (const json& s : b["sections"])
        for (const json& item : s["items"])
            items.push_back(item);
    ASSERT_EQ(items.size(), 2u) << r.out;
    const json& patriot = items[0]["sources"].size() == 2 ? items[0] : items[1];
    ASSERT_EQ(patriot["sources"].size(), 2u) << r.out;
    EXPECT_EQ(patriot["title"], "Nederland levert nog twee Patriots aan Oekraïne")
        << "the first report's headline";
    EXPECT_EQ(patriot["sources"][0]["feed_title"], "NOS");
    EXPECT_EQ(patriot["sources"][1]["feed_title"], "NU.nl");
    EXPECT_EQ(patriot["story_id"], patriot["sources"][0]["article_id"]);
    const json& f35 = &patriot == &items[0] ? items[1] : items[0];
    EXPECT_EQ(f35["sources"].size(), 1u) << "another event stays its own item";
}

TEST_F(BriefingCommandTest, MistakesExitTwoAndSayWhy) {
    ProcessResult r = cli({"--format", "pdf"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("needs -o FILE"), std::string::npos) << r.err;
    r = cli({"--date", "gisteren"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--date: not a date"), std::string::npos) << r.err;
    r = cli({"--watch", "Bestaat niet"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("no watch-list named \"Bestaat niet\""), std::string::npos) << r.err;
    r = cli({"--format", "pdf", "-o", dir.file("no/such/folder/b.pdf")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("no/such/folder/b.pdf: cannot be written"), std::string::npos) << r.err;
}

// A window that starts after now holds nothing yet: a mistyped year says so instead of printing
// an empty briefing. A day far back is still a day.
TEST_F(BriefingCommandTest, AWindowAfterNowIsRefused) {
    ProcessResult r = cli({"--date", "9999-01-01"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--date: 9999-01-01 is after today"), std::string::npos) << r.err;
    r = cli({"--since", "2999-01-01"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--since: \"2999-01-01\" is after now"), std::string::npos) << r.err;
    r = cli({"--date", "0001"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("a year from 1000 to 9999"), std::string::npos) << r.err;
    r = cli({"--date", "1999-01-01", "--format", "json"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(json::parse(r.out)["articles"], 0);
}

// The folder is named as a reader types it: "nieuws" is the folder "Nieuws".
TEST_F(BriefingCommandTest, TheFolderIsNamedWithoutCase) {
    ProcessResult r = cli({"--date", "2026-01-21", "--format", "json", "--folder", "nieuws"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    json b = json::parse(r.out);
    ASSERT_EQ(b["sections"].size(), 1u);
    EXPECT_EQ(b["sections"][0]["name"], "Nieuws");
    EXPECT_EQ(b["sections"][0]["items"][0]["title"], "Van gisteren");
    r = cli({"--folder", "Nergens"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("no folder named \"Nergens\""), std::string::npos) << r.err;
}

// Given the cache itself (by any name), the briefing is refused and the cache left whole: it
// would replace every feed and article.
TEST_F(BriefingCommandTest, NeverWrittenOverTheNewsCache) {
    std::filesystem::path cache = dir.database();
    std::filesystem::create_symlink(cache, dir.file("link.sqlite"));
    std::vector<std::string> names = {dir.database(), dir.file("link.sqlite"),
                                      (cache.parent_path() / "." / cache.filename()).string(),
                                      dir.database() + "-wal"};
    for (const std::string& name : names)
        for (const std::string format : {"md", "html", "json", "pdf"}) {
            ProcessResult r = cli({"--date", "2026-01-22", "--format", format, "-o", name});
            EXPECT_EQ(r.exitCode, 2) << name << " " << format;
            EXPECT_NE(r.err.find("that is the news cache"), std::string::npos) << r.err;
        }
    EXPECT_TRUE(std::filesystem::is_symlink(dir.file("link.sqlite")));
    Database db(dir.database());
    EXPECT_EQ(ArticleStore(db).list({}).size(), 4u);
}

// Through a symbolic link the file it points to is written, and the link kept; a named pipe is
// written into, not replaced by a file.
TEST_F(BriefingCommandTest, WritesThroughLinksAndIntoPipes) {
    std::string target = dir.file("target.pdf");
    std::filesystem::create_symlink(target, dir.file("link.pdf"));
    ProcessResult r = cli({"--date", "2026-01-22", "--format", "pdf", "-o", dir.file("link.pdf")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(std::filesystem::is_symlink(dir.file("link.pdf")));
    EXPECT_TRUE(readFile(target).starts_with("%PDF-"));

    for (const std::string format : {"pdf", "md"}) {
        std::string pipe = dir.file("pipe-" + format);
        ASSERT_EQ(mkfifo(pipe.c_str(), 0600), 0);
        std::string read;
        std::thread reader([&] { read = readFile(pipe); });
        r = cli({"--date", "2026-01-22", "--format", format, "-o", pipe});
        reader.join();
        EXPECT_EQ(r.exitCode, 0) << r.err;
        EXPECT_TRUE(std::filesystem::is_fifo(pipe)) << format;
        EXPECT_NE(read.find(format == "pdf" ? "%PDF-" : "Patriot-systeem"), std::string::npos)
            << format;
    }
}

// An empty value would read as "not given" and list everything: refused instead.
TEST_F(BriefingCommandTest, EmptyValuesAndUnknownLanguagesAreRefused) {
    for (const std::string option : {"--watch", "--folder", "--since", "--date", "--lang", "-o"}) {
        ProcessResult r = cli({option, ""});
        EXPECT_EQ(r.exitCode, 2) << option << ": " << r.out;
        EXPECT_NE(r.err.find("needs a value"), std::string::npos) << option << ": " << r.err;
    }
    ProcessResult r = cli({"--lang", "de"});
    EXPECT_EQ(r.exitCode, 2);
    r = cli({"--lang", "NL", "--date", "2026-01-22", "--format", "md"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Volglijst"), std::string::npos) << r.out;
}

} // namespace
} // namespace heraut
