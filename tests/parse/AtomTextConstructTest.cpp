// SPDX-License-Identifier: GPL-3.0-or-later
// Atom text constructs read by the kind they declare (RFC 4287 3.1; Atom 0.3 3.1.1).
#include "TestData.h"
#include "heraut/CharsetDecoder.h"
#include "heraut/FeedParser.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

using test::readData;

bool contains(const std::optional<std::string>& haystack, std::string_view needle) {
    return haystack && haystack->find(needle) != std::string::npos;
}

class AtomTextConstruct : public ::testing::Test {
  protected:
    ParsedFeed feed = parseFeed(readData("atom-text-constructs-by-type.xml"), {});
};

TEST_F(AtomTextConstruct, TextTypeIsLiteralTextInEveryField) {
    EXPECT_EQ(feed.title, "Tags <em>explained</em> &amp; more");
    EXPECT_EQ(feed.description, "Why <script> is not a word") << "text/plain is text";
    ASSERT_EQ(feed.articles.size(), 5u);
    const Article& a = feed.articles[0];
    EXPECT_EQ(a.title, "History of the <blink> tag");
    EXPECT_EQ(a.summary, "<p>The &lt;blink&gt; tag made text flash &amp; annoy.</p>");
    EXPECT_EQ(a.text, "Netscape added <blink> in 1994.\nNobody misses it.");
    EXPECT_TRUE(contains(a.content, "Netscape added &lt;blink&gt; in 1994."));
}

TEST_F(AtomTextConstruct, NoTypeMeansText) {
    const Article& a = feed.articles.at(1);
    EXPECT_EQ(a.title, "No type: <marquee> is text too");
    EXPECT_EQ(a.text, "Default type is text: <b>not bold</b>");
    EXPECT_EQ(a.summary, "<p>Default type is text: &lt;b&gt;not bold&lt;/b&gt;</p>");
}

TEST_F(AtomTextConstruct, HtmlTypeIsEscapedHtmlDecodedOnce) {
    const Article& a = feed.articles.at(2);
    EXPECT_EQ(a.title, "An escaped title <blink> kept") << "one level of escaping, no more";
    EXPECT_EQ(a.summary, "<p>HTML <b>summary</b></p>") << "text/html is html";
    EXPECT_EQ(a.text, "The <blink> element, blinking.");
}

TEST_F(AtomTextConstruct, XhtmlTypeIsAnInlineDiv) {
    const Article& a = feed.articles.at(3);
    EXPECT_EQ(a.title, "Inline XHTML &lt;title&gt;");
    EXPECT_EQ(a.summary, "<p>MIME <em>xhtml</em> summary</p>") << "application/xhtml+xml";
    EXPECT_EQ(a.content, "<p>First &amp;lt;blink&amp;gt;.</p><p>Second.</p>");
    EXPECT_EQ(a.text, "First &lt;blink&gt;.\nSecond.");
}

TEST_F(AtomTextConstruct, OtherMediaTypes) {
    const Article& a = feed.articles.at(4);
    EXPECT_EQ(a.text, "Some *markdown* <kbd>") << "text/* is text";
    EXPECT_FALSE(a.content) << "Base64 of an image is not text to show";
}

TEST(AtomTextConstruct03, ModesEscapedXmlAndBase64) {
    ParsedFeed feed = parseFeed(readData("atom03-modes-escaped-xml-base64.xml"), {});
    EXPECT_EQ(feed.title, "Old Atom blog");
    EXPECT_EQ(feed.description, "Tagline in <base64>");
    ASSERT_EQ(feed.articles.size(), 3u);
    const Article& a = feed.articles[0];
    EXPECT_EQ(a.title, "Base64 title");
    EXPECT_EQ(a.summary, "<p>Plain &lt;blink&gt; summary</p>");
    EXPECT_EQ(a.content, "<p>Decoded <em>html</em> content.</p>\n<p>Second paragraph.</p>");
    EXPECT_EQ(a.text, "Decoded html content.\nSecond paragraph.");
    const Article& b = feed.articles[1];
    EXPECT_EQ(b.title, "Escaped plain <blink> title") << "type defaults to text/plain";
    EXPECT_EQ(b.summary, "<p>Escaped plain &lt;b&gt; summary</p>");
    EXPECT_EQ(b.content, "<p>Inline <strong>XML</strong> content.</p>");
    const Article& c = feed.articles[2];
    EXPECT_EQ(c.title, "Inline plain title");
    EXPECT_EQ(c.content, "<p>Hallo</p>");
}

TEST(AtomTextConstruct03, RawHtmlModeIsNotNormalisedAway) {
    // With normalisation off the declared kind still decides: plain text arrives escaped.
    ParsedFeed feed = parseFeed(readData("atom-text-constructs-by-type.xml"), {}, {false});
    EXPECT_EQ(feed.articles.at(0).summary,
              "<p>The &lt;blink&gt; tag made text flash &amp; annoy.</p>");
}

TEST(AtomTextConstruct03, Base64OfBrokenUtf8IsRepaired) {
    const char* atom = R"(<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry>
      <id>urn:b</id><title mode="base64">/0E=</title>
      <content mode="base64" type="text/html">PHA+/zwvcD4=</content></entry></feed>)";
    ParsedFeed feed = parseFeed(atom, {});
    ASSERT_EQ(feed.articles.size(), 1u);
    EXPECT_TRUE(isValidUtf8(feed.articles[0].title)) << feed.articles[0].title;
    EXPECT_NE(feed.articles[0].title.find('A'), std::string::npos);
    EXPECT_TRUE(isValidUtf8(feed.articles[0].content.value_or("")));
}

TEST(AtomTextConstructMime, TypesAreCaseInsensitiveAndMayCarryParameters) {
    const char* atom = R"(<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>urn:m</id>
      <title type="TEXT/HTML; charset=utf-8">&lt;b&gt;Bold&lt;/b&gt; title</title>
      <summary type="Text">Plain &lt;i&gt;</summary></entry></feed>)";
    ParsedFeed feed = parseFeed(atom, {});
    ASSERT_EQ(feed.articles.size(), 1u);
    EXPECT_EQ(feed.articles[0].title, "Bold title");
    EXPECT_EQ(feed.articles[0].text, "Plain <i>");
}

} // namespace
} // namespace heraut
