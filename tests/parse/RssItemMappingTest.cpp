// SPDX-License-Identifier: GPL-3.0-or-later
// Which RSS item elements become the link, the summary and the content, as other readers map
// them (RSS 2.0 guid; content:encoded, xhtml:body, body and fullitem).
#include "TestData.h"
#include "heraut/FeedParser.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

using test::readData;

TEST(RssItemMapping, PermalinkGuidIsTheLinkWhenThereIsNone) {
    ParsedFeed feed = parseFeed(readData("rss-guid-permalink.xml"), {});
    ASSERT_EQ(feed.articles.size(), 6u);
    EXPECT_EQ(feed.articles[0].link, "https://guids.example/a") << "no isPermaLink: true";
    EXPECT_EQ(feed.articles[1].link, "https://guids.example/b");
    EXPECT_FALSE(feed.articles[2].link) << "isPermaLink=\"false\"";
    EXPECT_EQ(feed.articles[3].link, "https://guids.example/d") << "<link> wins";
    EXPECT_EQ(feed.articles[3].id, "https://guids.example/d-guid");
    EXPECT_FALSE(feed.articles[4].link) << "a bare number is no URL";
    EXPECT_EQ(feed.articles[5].link, "https://guids.example/e") << "said to be a permalink";
}

TEST(RssItemMapping, DescriptionIsTheSummaryBodiesAreTheContent) {
    ParsedFeed feed = parseFeed(readData("rss-xhtml-body-and-fullitem.xml"), {});
    ASSERT_EQ(feed.articles.size(), 6u);
    const Article& a = feed.articles[0];
    EXPECT_EQ(a.summary, "<p>Short description.</p>");
    EXPECT_EQ(a.content, "<p>Body paragraph one.</p><p>Body paragraph two.</p>");
    EXPECT_EQ(a.text, "Body paragraph one.\nBody paragraph two.");
    EXPECT_EQ(feed.articles[1].content, "<p>Bare body.</p>");
    EXPECT_EQ(feed.articles[2].content, "<p>Full item text.</p>");
    EXPECT_EQ(feed.articles[3].content, "<p>Encoded wins.</p>") << "whatever the order";
    EXPECT_EQ(feed.articles[4].summary, "<p>Summary element as the summary.</p>");
    EXPECT_FALSE(feed.articles[4].content);
    EXPECT_EQ(feed.articles[5].content, "<p>Default-namespace body.</p>");
}

TEST(RssItemMapping, DescriptionWinsOverASummaryElement) {
    const char* rss = R"(<rss><channel><title>t</title><item><guid>g</guid>
      <summary>second</summary><description>first</description></item></channel></rss>)";
    EXPECT_EQ(parseFeed(rss, {}).articles.at(0).text, "first");
}

TEST(RssItemMapping, ATitleAboutATagKeepsTheTag) {
    const char* rss = R"(<rss><channel><title>t</title><item><guid>g</guid>
      <title>History of the &lt;blink&gt; tag</title></item></channel></rss>)";
    EXPECT_EQ(parseFeed(rss, {}).articles.at(0).title, "History of the <blink> tag");
}

TEST(RssItemMapping, AnAuthorWithAnAddressIsTheName) {
    const char* rss = R"(<rss xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>t</title>
      <item><guid>1</guid><author>Jan Peeters &lt;jan@vrt.be&gt;</author></item>
      <item><guid>2</guid><dc:creator>&lt;piet@vrt.be&gt;</dc:creator></item>
      <item><guid>3</guid><author>jan@vrt.be (Jan Peeters)</author></item></channel></rss>)";
    ParsedFeed feed = parseFeed(rss, {});
    ASSERT_EQ(feed.articles.size(), 3u);
    EXPECT_EQ(feed.articles[0].author, "Jan Peeters");
    EXPECT_EQ(feed.articles[1].author, "piet@vrt.be");
    EXPECT_EQ(feed.articles[2].author, "Jan Peeters");
}

} // namespace
} // namespace heraut
