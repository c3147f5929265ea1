// SPDX-License-Identifier: GPL-3.0-or-later
// Elements are known by their namespace URI and local name, never by the prefix a feed chose.
#include "TestData.h"
#include "heraut/DateParser.h"
#include "heraut/FeedParser.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

using test::readData;

std::string iso(const Timestamp& t) {
    return t ? formatIso8601(*t) : "null";
}

TEST(XmlNamespace, PrefixedXhtmlKeepsItsMarkup) {
    ParsedFeed feed = parseFeed(readData("atom-xhtml-prefixed-elements.xml"), {});
    EXPECT_EQ(feed.format, FeedFormat::Atom);
    EXPECT_EQ(feed.title, "Prefixed feed");
    ASSERT_EQ(feed.articles.size(), 2u);
    const Article& a = feed.articles[0];
    EXPECT_EQ(a.keyTakeaways, (std::vector<std::string>{"Budget up by 2%.", "Ten new frigates."}));
    ASSERT_TRUE(a.content);
    EXPECT_NE(a.content->find("<ul><li>Budget up by 2%.</li>"), std::string::npos) << *a.content;
    EXPECT_NE(a.content->find("<p>First<br>line.</p>"), std::string::npos) << *a.content;
    EXPECT_NE(a.content->find("<a href=\"https://prefix.example/more\">paragraph</a>"),
              std::string::npos);
    EXPECT_NE(a.content->find("<p>Third under another prefix.</p>"), std::string::npos);
    EXPECT_EQ(a.content->find("xhtml"), std::string::npos);
    EXPECT_EQ(a.content->find("alert"), std::string::npos) << "a prefixed script is a script";
    EXPECT_NE(a.text.find("First\nline.\nSecond paragraph.\nThird under another prefix."),
              std::string::npos)
        << a.text;
    const Article& b = feed.articles[1];
    EXPECT_EQ(b.summary, "<p>One.</p><p>Two.</p>");
    EXPECT_EQ(b.text, "One.\nTwo.");
}

TEST(XmlNamespace, RssUnderADefaultNamespaceWithDublinCore) {
    ParsedFeed feed = parseFeed(readData("rss-default-namespace-userland.xml"), {});
    EXPECT_EQ(feed.format, FeedFormat::Rss);
    EXPECT_EQ(feed.title, "Dublin Core channel");
    EXPECT_EQ(feed.description, "Described by DC");
    EXPECT_EQ(feed.link, "https://userland.example/");
    EXPECT_EQ(iso(feed.updated), "2024-09-02T08:00:00Z") << "dcterms:modified";
    ASSERT_EQ(feed.articles.size(), 2u) << "items in the default namespace are items";
    const Article& a = feed.articles[0];
    EXPECT_EQ(a.title, "DC title fallback");
    EXPECT_EQ(a.text, "DC description as the summary.");
    EXPECT_EQ(a.author, "Jane Writer");
    EXPECT_EQ(iso(a.published), "2024-09-01T09:00:00Z");
    EXPECT_EQ(iso(a.updated), "2024-09-01T12:00:00Z");
    EXPECT_EQ(a.categories, std::vector<std::string>{"Politics"});
    EXPECT_EQ(a.link, "https://userland.example/1");
    const Article& b = feed.articles[1];
    EXPECT_EQ(b.title, "Own title wins") << "Dublin Core is only a fallback, whatever the order";
    EXPECT_EQ(b.text, "Own description wins.");
    EXPECT_EQ(b.author, "Feed Editor") << "the channel's dc:creator";
}

TEST(XmlNamespace, RssWithEveryElementPrefixed) {
    ParsedFeed feed = parseFeed(readData("rss-prefixed-unusual-namespace.xml"), {});
    EXPECT_EQ(feed.title, "Prefixed RSS");
    ASSERT_EQ(feed.articles.size(), 1u);
    EXPECT_EQ(feed.articles[0].title, "Prefixed item");
    EXPECT_EQ(feed.articles[0].link, "https://prefixed.example/1");
    EXPECT_EQ(feed.articles[0].summary, "<p>Prefixed description.</p>");
}

TEST(XmlNamespace, DublinCoreInAtom) {
    const char* atom = R"(<feed xmlns="http://www.w3.org/2005/Atom"
        xmlns:d="http://purl.org/dc/elements/1.1/"><d:title>DC feed title</d:title>
      <d:creator>Feed Person</d:creator>
      <entry><id>urn:1</id><d:title>DC entry title</d:title><d:date>2024-09-01T00:00:00Z</d:date>
        <d:description>DC summary.</d:description><d:subject>Tag</d:subject></entry></feed>)";
    ParsedFeed feed = parseFeed(atom, {});
    EXPECT_EQ(feed.title, "DC feed title");
    ASSERT_EQ(feed.articles.size(), 1u);
    const Article& a = feed.articles[0];
    EXPECT_EQ(a.title, "DC entry title");
    EXPECT_EQ(a.author, "Feed Person");
    EXPECT_EQ(iso(a.published), "2024-09-01T00:00:00Z");
    EXPECT_EQ(a.text, "DC summary.");
    EXPECT_EQ(a.categories, std::vector<std::string>{"Tag"});
}

TEST(XmlNamespace, AtomWithoutOrUnderAnotherNamespace) {
    for (const char* root : {"<feed>", "<feed xmlns=\"http://example.com/atom-like\">"}) {
        std::string atom = std::string(root) +
                           "<title>Loose</title><entry><id>urn:1</id><title>E</title>"
                           "<link href=\"https://loose.example/e\"/></entry></feed>";
        ParsedFeed feed = parseFeed(atom, {});
        EXPECT_EQ(feed.title, "Loose") << root;
        ASSERT_EQ(feed.articles.size(), 1u) << root;
        EXPECT_EQ(feed.articles[0].link, "https://loose.example/e");
    }
}

TEST(XmlNamespace, UnescapedRssDescriptionWithPrefixedXhtml) {
    const char* rss = R"(<rss xmlns:h="http://www.w3.org/1999/xhtml"><channel><title>t</title>
      <item><title>a</title><guid>g</guid><description><h:p>One</h:p><h:p>Two</h:p></description>
      </item></channel></rss>)";
    ParsedFeed feed = parseFeed(rss, {});
    ASSERT_EQ(feed.articles.size(), 1u);
    EXPECT_EQ(feed.articles[0].summary, "<p>One</p><p>Two</p>");
    EXPECT_EQ(feed.articles[0].text, "One\nTwo");
}

} // namespace
} // namespace heraut
