// SPDX-License-Identifier: GPL-3.0-or-later
// heraut-cli show: the key takeaways once, above the text, as the reader view shows them.
#include "TempDatabase.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedParser.h"
#include "heraut/FeedStore.h"
#include "support/Process.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

constexpr std::int64_t kNow = 1795392000; // 2026-11-23 00:00 UTC

size_t occurrences(const std::string& text, const std::string& part) {
    size_t n = 0;
    for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
        ++n;
    return n;
}

class ShowCommandTest : public testing::Test {
  protected:
    test::TempDir dir;

    // The item goes through the parser, as a refresh stores it, so its text is the parser's.
    std::string storeItem(const std::string& description) {
        std::string rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                          "<title>Defensie</title><link>https://example.nl/</link><item>"
                          "<title>Begroting 2027</title><link>https://example.nl/begroting</link>"
                          "<guid>b1</guid><pubDate>Sun, 22 Nov 2026 10:00:00 GMT</pubDate>"
                          "<description><![CDATA[" +
                          description + "]]></description></item></channel></rss>";
        ParsedFeed parsed = parseFeed(rss, {"https://example.nl/feed", ""});
        Database db(dir.database());
        std::int64_t feed = FeedStore(db).addFeed("https://example.nl/feed", "Defensie", "", kNow);
        Transaction t(db);
        ArticleStore(db).storeArticles(feed, parsed.articles, kNow);
        t.commit();
        return std::to_string(ArticleStore(db).list({}).front().id);
    }

    test::ProcessResult show(const std::string& id) {
        return test::runProcess({HERAUT_CLI, "--db", dir.database(), "show", id}, {}, {});
    }
};

TEST_F(ShowCommandTest, TakeawaysFromABoldHeadingAndListAreShownOnceAboveTheBody) {
    std::string id = storeItem("<p><strong>Key takeaways</strong></p><ul><li>Het budget stijgt "
                               "naar 24 miljard</li><li>De NAVO-norm wordt gehaald</li></ul>"
                               "<p>Het kabinet maakt meer geld vrij voor defensie.</p>");
    test::ProcessResult r = show(id);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(occurrences(r.out, "Het budget stijgt naar 24 miljard"), 1u) << r.out;
    EXPECT_EQ(occurrences(r.out, "De NAVO-norm wordt gehaald"), 1u) << r.out;
    EXPECT_EQ(occurrences(r.out, "Key takeaways"), 1u) << r.out;
    EXPECT_LT(r.out.find("De NAVO-norm"), r.out.find("Het kabinet maakt meer geld vrij")) << r.out;
}

TEST_F(ShowCommandTest, TakeawaysUnderADutchHeadingAreNotRepeatedInTheBody) {
    std::string id = storeItem("<h2>Belangrijkste punten</h2><ul><li>Twee fregatten "
                               "vertrekken</li><li>De missie duurt zes maanden</li></ul><p>De "
                               "Zr.Ms. Tromp en de Zr.Ms. De Ruyter varen uit.</p>");
    test::ProcessResult r = show(id);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(occurrences(r.out, "Twee fregatten vertrekken"), 1u) << r.out;
    EXPECT_EQ(occurrences(r.out, "Belangrijkste punten"), 0u) << r.out;
    EXPECT_NE(r.out.find("De Zr.Ms. Tromp en de Zr.Ms. De Ruyter varen uit."), std::string::npos)
        << r.out;
}

TEST_F(ShowCommandTest, AnArticleWithoutTakeawaysShowsItsWholeText) {
    std::string id = storeItem("<p>Eerste alinea.</p><p>Tweede alinea.</p>");
    test::ProcessResult r = show(id);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.find("Key takeaways"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Eerste alinea."), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Tweede alinea."), std::string::npos) << r.out;
}

} // namespace
} // namespace heraut
