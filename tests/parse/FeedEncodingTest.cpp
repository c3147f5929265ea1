// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds in East-Asian multibyte encodings, declared in the XML declaration, read through to
// the articles: element text and attribute values alike. Fixtures from
// scripts/make-encoding-fixtures.sh (real iconv bytes).
#include "TestData.h"
#include "heraut/FeedParser.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

using test::readData;

struct EncodedFeed {
    const char* file;
    const char* title;     // element text
    const char* attribute; // link title, category term and label, img alt
    const char* body;
};

void PrintTo(const EncodedFeed& f, std::ostream* out) {
    *out << f.file;
}

const EncodedFeed kFeeds[] = {
    // Shift_JIS as Windows writes it: NEC and IBM rows, and 0x5C as a second byte.
    {"encoding-shift_jis-cp932-extensions.xml", "防衛省ニュース①", "表示ソ能 髙橋", "本文です"},
    {"encoding-x-sjis-label.xml", "防衛省ニュース", "表示ソ能", "本文です"},
    {"encoding-euc-jp-nec-extensions.xml", "防衛省ニュース①", "表示ソ能", "本文です"},
    // Seven-bit bytes that are also valid UTF-8 must still be read as ISO-2022-JP.
    {"encoding-iso-2022-jp.xml", "防衛省ニュース", "表示ソ能", "本文です"},
    {"encoding-gb2312-label-gbk-bytes.xml", "国防新闻 镕", "国防部 发布", "正文"},
    {"encoding-big5.xml", "國防新聞 €", "國防部 發布 許功蓋", "內文"},
    {"encoding-euc-kr-uhc-bytes.xml", "국방 뉴스 똠방각하", "국방부 발표", "본문"},
    {"encoding-ks_c_5601-1987-label.xml", "국방 뉴스", "국방부 발표", "본문"},
};

class FeedEncoding : public testing::TestWithParam<EncodedFeed> {};

TEST_P(FeedEncoding, TextAndAttributesAreDecoded) {
    const EncodedFeed& f = GetParam();
    ParsedFeed feed = parseFeed(readData(f.file), {"https://example.org/feed", ""});
    EXPECT_TRUE(feed.warnings.empty()) << feed.warnings.at(0);
    EXPECT_EQ(feed.title, f.title);
    ASSERT_EQ(feed.articles.size(), 1u);
    const Article& article = feed.articles[0];
    EXPECT_EQ(article.title, f.title);
    EXPECT_EQ(article.categories, std::vector<std::string>{f.attribute});
    ASSERT_TRUE(article.content);
    EXPECT_EQ(*article.content, std::string("<p><img src=\"https://example.org/1.png\" alt=\"") +
                                    f.attribute + "\">" + f.body + "</p>");
}

INSTANTIATE_TEST_SUITE_P(EastAsian, FeedEncoding, testing::ValuesIn(kFeeds));

// Character references to the C1 range, in XML and in escaped HTML, mean Windows-1252 as they
// do in HTML5: "&#146;" is "’", not an invisible control character.
TEST(FeedEncodingC1, ReferencesToC1CharactersAreReadAsWindows1252) {
    const char* rss = "<rss><channel><title>don&#146;t</title><item><title>a &#150; b</title>"
                      "<category>&#147;NAVO&#148;</category><guid>1</guid>"
                      "<description>x &amp;#147;y&amp;#148; &lt;img src='https://d.nl/a.png' "
                      "alt='&amp;#128;5'&gt;</description></item></channel></rss>";
    ParsedFeed feed = parseFeed(rss, {"https://d.nl/feed", ""});
    EXPECT_EQ(feed.title, "don’t");
    ASSERT_EQ(feed.articles.size(), 1u);
    EXPECT_EQ(feed.articles[0].title, "a – b");
    EXPECT_EQ(feed.articles[0].categories, std::vector<std::string>{"“NAVO”"});
    EXPECT_EQ(feed.articles[0].summary, "<p>x “y” <img src=\"https://d.nl/a.png\" alt=\"€5\"></p>");
    EXPECT_EQ(feed.articles[0].text, "x “y”");
}

} // namespace
} // namespace heraut
