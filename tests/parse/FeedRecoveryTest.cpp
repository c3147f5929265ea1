// SPDX-License-Identifier: GPL-3.0-or-later
// Real feeds are often not well-formed; these are the ways seen in the wild and the ways an
// attacker would try, each of which must give what can be recovered plus warnings, or a clear
// "not a feed", and never a crash or a hang.
#include "TestData.h"
#include "heraut/CharsetDecoder.h"
#include "heraut/FeedParser.h"

#include <filesystem>
#include <gtest/gtest.h>

namespace heraut {
namespace {

ParsedFeed parse(std::string_view text) {
    return parseFeed(text, {});
}

TEST(FeedRecovery, MalformedWordPressFixture) {
    ParsedFeed feed = parse(test::readData("malformed-wordpress.xml"));
    EXPECT_EQ(feed.title, "Marineschepen.nl & meer") << "bare ampersand";
    ASSERT_EQ(feed.articles.size(), 3u);
    EXPECT_EQ(feed.articles[0].title, "Zr.Ms. Tromp & Zr.Ms. Karel Doorman oefenen samen");
    EXPECT_EQ(feed.articles[0].text,
              "Het fregat en het bevoorradingsschip één week op zee. Control: here")
        << "undeclared &nbsp; and &eacute;, control characters removed";
    EXPECT_EQ(feed.articles[1].title, "Onderzeeboten: 3 < 4 en andere vergelijkingen");
    EXPECT_EQ(feed.articles[2].title, "Afgebroken bericht") << "truncated item still recovered";
    EXPECT_GE(feed.warnings.size(), 2u);
}

TEST(FeedRecovery, TruncatedFeedKeepsTheCompleteItems) {
    std::string full = test::readData("businessam-defensie-wordpress.xml");
    std::string truncated = full.substr(0, full.find("<item>", full.find("<item>") + 1) + 200);
    ParsedFeed feed = parse(truncated);
    ASSERT_GE(feed.articles.size(), 1u);
    EXPECT_EQ(feed.articles[0].id, "https://businessam.be/?p=150900");
    EXPECT_FALSE(feed.warnings.empty());
}

TEST(FeedRecovery, TruncatedAtEveryPointNeverCrashes) {
    std::string full = test::readData("vrtnws-atom.xml");
    for (size_t cut = 0; cut < full.size(); cut += 7) {
        try {
            ParsedFeed feed = parse(full.substr(0, cut));
            for (const Article& a : feed.articles)
                EXPECT_TRUE(isValidUtf8(a.title));
        } catch (const NotAFeedError&) {
        }
    }
}

TEST(FeedRecovery, DeeplyNestedDocument) {
    std::string deep = "<rss><channel><title>diep</title><item><title>t</title><description>";
    for (int i = 0; i < 10000; ++i)
        deep += "<d>";
    deep += "x";
    for (int i = 0; i < 10000; ++i)
        deep += "</d>";
    deep += "</description></item>";
    for (int i = 0; i < 10000; ++i)
        deep += "<n>";
    ParsedFeed feed = parse(deep);
    EXPECT_EQ(feed.title, "diep");
    ASSERT_EQ(feed.articles.size(), 1u);
    EXPECT_EQ(feed.articles[0].text, "x");
}

TEST(FeedRecovery, DeeplyNestedHtmlInsideCdata) {
    std::string html;
    for (int i = 0; i < 10000; ++i)
        html += "<div><span>";
    std::string rss = "<rss><channel><title>t</title><item><title>a</title><description><![CDATA[" +
                      html + "z]]></description></item></channel></rss>";
    ParsedFeed feed = parse(rss);
    EXPECT_EQ(feed.articles.at(0).text, "z");
}

TEST(FeedRecovery, BillionLaughsIsNotExpanded) {
    std::string bomb = R"(<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss><channel><title>&lol9;</title><item><title>&lol9;</title><guid>1</guid></item></channel></rss>)";
    ParsedFeed feed = parse(bomb);
    EXPECT_LT(feed.title.size(), 100u);
    ASSERT_EQ(feed.articles.size(), 1u);
    EXPECT_LT(feed.articles[0].title.size(), 100u);
}

TEST(FeedRecovery, ExternalEntitiesAreNeverFetched) {
    std::string xxe = R"(<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
      <rss><channel><title>&x;</title></channel></rss>)";
    ParsedFeed feed = parse(xxe);
    EXPECT_EQ(feed.title.find("root:"), std::string::npos);
}

TEST(FeedRecovery, TwoHundredMegabyteInput) {
    std::string big = "<rss><channel><title>groot</title><item><title>a</title><guid>1</guid>"
                      "</item><!--";
    big.append(200u << 20, 'x');
    big += "--><item><title>b</title><guid>2</guid></item></channel></rss>";
    ParsedFeed feed = parse(big);
    EXPECT_EQ(feed.articles.size(), 2u);
    std::string junk(200u << 20, '\x01');
    EXPECT_THROW(parse(junk), NotAFeedError);
}

TEST(FeedRecovery, ControlCharactersAndInvalidBytesNeverReachTheOutput) {
    std::string rss = "<rss><channel><title>a\x01\x02 b\xFF</title><item><title>\x1F"
                      "c</title><guid>1</guid></item></channel></rss>";
    ParsedFeed feed = parse(rss);
    EXPECT_EQ(feed.title, "a bÿ"); // a stray byte in UTF-8 is read as Windows-1252
    EXPECT_EQ(feed.articles.at(0).title, "c");
}

TEST(FeedRecovery, MismatchedTagsKeepEarlierItems) {
    const char* rss = "<rss><channel><title>t</title><item><title>een</title><guid>1</guid></item>"
                      "<item><title>twee</b></title><guid>2</guid></item></channel></rss>";
    ParsedFeed feed = parse(rss);
    ASSERT_GE(feed.articles.size(), 1u);
    EXPECT_EQ(feed.articles[0].title, "een");
    EXPECT_FALSE(feed.warnings.empty());
}

} // namespace
} // namespace heraut

namespace heraut {
namespace {

// Inputs the fuzzers once crashed on (tests/data/fuzz/), kept so the bugs stay fixed.
TEST(FeedRecovery, FuzzerFindingsStayFixed) {
    namespace fs = std::filesystem;
    size_t files = 0;
    for (const auto& entry : fs::directory_iterator(test::dataPath("fuzz"))) {
        ++files;
        std::string bytes = test::readData("fuzz/" + entry.path().filename().string());
        try {
            ParsedFeed feed = parseFeed(bytes, {"https://example.nl/feed/", ""});
            for (const Article& a : feed.articles) {
                EXPECT_TRUE(isValidUtf8(a.title)) << entry.path();
                EXPECT_TRUE(isValidUtf8(a.text)) << entry.path();
                EXPECT_FALSE(a.id.empty()) << entry.path();
            }
            for (const std::string& w : feed.warnings)
                EXPECT_TRUE(isValidUtf8(w));
        } catch (const NotAFeedError&) {
        }
    }
    EXPECT_GE(files, 1u);
}

} // namespace
} // namespace heraut
