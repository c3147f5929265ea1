// SPDX-License-Identifier: GPL-3.0-or-later
// Relative URLs in summaries and content: the xml:base in effect, then the feed URL, and the
// item's own link only when nothing is declared (XML Base; RFC 4287 section 2).
#include "TestData.h"
#include "heraut/FeedParser.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

using test::readData;

::testing::AssertionResult has(const std::optional<std::string>& html, std::string_view part) {
    if (html && html->find(part) != std::string::npos) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "\"" << part << "\" not in " << html.value_or("null");
}

class XmlBase : public ::testing::Test {
  protected:
    ParsedFeed feed =
        parseFeed(readData("xml-base-nested.xml"), {"https://feeds.example/x.xml", ""});
};

TEST_F(XmlBase, FeedBaseWinsOverThePermalink) {
    EXPECT_EQ(feed.link, "https://base.example/blog/");
    ASSERT_EQ(feed.articles.size(), 3u);
    const Article& a = feed.articles[0];
    EXPECT_EQ(a.link, "https://base.example/2024/09/post/");
    EXPECT_TRUE(has(a.summary, "src=\"https://base.example/blog/img/a.png\""));
    EXPECT_TRUE(has(a.content, "href=\"https://base.example/about/\""));
    EXPECT_TRUE(has(a.content, "src=\"https://base.example/blog/img/b.png\""));
}

TEST_F(XmlBase, NestedBasesApplyInOrder) {
    const Article& b = feed.articles.at(1);
    EXPECT_EQ(b.link, "https://base.example/2024/09/other/");
    EXPECT_TRUE(has(b.content, "src=\"https://base.example/blog/posts/2024/c.png\""));
    EXPECT_TRUE(has(b.summary, "src=\"https://base.example/blog/posts/d.png\""));
}

TEST_F(XmlBase, BasesInsideXhtmlContent) {
    const Article& c = feed.articles.at(2);
    EXPECT_TRUE(has(c.content, "src=\"https://cdn.example/media/e.png\""));
    EXPECT_TRUE(has(c.content, "src=\"https://cdn.example/media/deeper/f.png\""));
    EXPECT_TRUE(has(c.content, "href=\"https://cdn.example/media/deeper/g.html\""));
}

TEST(XmlBaseFallback, FeedUrlThenItemLink) {
    const char* rss = R"(<rss><channel><title>t</title><link>https://site.example/</link>
      <item><title>a</title><link>https://site.example/2024/09/post/</link>
        <description>&lt;img src="img/x.png" alt=""&gt;</description></item></channel></rss>)";
    ParsedFeed fromUrl = parseFeed(rss, {"https://site.example/feed/", ""});
    EXPECT_TRUE(has(fromUrl.articles.at(0).summary, "\"https://site.example/feed/img/x.png\""));
    ParsedFeed noUrl = parseFeed(rss, {});
    EXPECT_TRUE(
        has(noUrl.articles.at(0).summary, "\"https://site.example/2024/09/post/img/x.png\""))
        << "nothing declared: the item's link is the best guess";
}

TEST(XmlBaseFallback, RssItemAndDescriptionBases) {
    const char* rss = R"(<rss><channel xml:base="https://chan.example/a/"><title>t</title>
      <item xml:base="b/"><title>a</title><link>/post/</link>
        <description xml:base="c/">&lt;img src="x.png" alt=""&gt;</description>
        <enclosure url="m.mp3" type="audio/mpeg" length="1"/></item></channel></rss>)";
    ParsedFeed feed = parseFeed(rss, {"https://feeds.example/rss", ""});
    const Article& a = feed.articles.at(0);
    EXPECT_EQ(a.link, "https://chan.example/post/");
    EXPECT_TRUE(has(a.summary, "\"https://chan.example/a/b/c/x.png\""));
    EXPECT_EQ(a.enclosures.at(0).url, "https://chan.example/a/b/m.mp3");
}

} // namespace
} // namespace heraut
