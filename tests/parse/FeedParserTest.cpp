// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/FeedParser.h"
#include "TestData.h"
#include "heraut/DateParser.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

using test::readData;

std::string iso(const Timestamp& t) {
    return t ? formatIso8601(*t) : "null";
}

TEST(FeedParser, WordPressSeedFeed) {
    ParsedFeed feed = parseFeed(readData("businessam-defensie-wordpress.xml"),
                                {"https://businessam.be/category/defensie/feed/", ""});
    EXPECT_EQ(feed.format, FeedFormat::Rss);
    EXPECT_EQ(feed.title, "Defensie – Business AM");
    EXPECT_EQ(feed.language, "nl-BE");
    EXPECT_EQ(iso(feed.updated), "2026-01-23T18:00:00Z");
    ASSERT_EQ(feed.articles.size(), 12u);
    const Article& first = feed.articles[0];
    EXPECT_EQ(first.id, "https://businessam.be/?p=150900");
    EXPECT_EQ(first.author, "Redactie");
    EXPECT_EQ(first.categories, (std::vector<std::string>{"Defensie", "Internationaal"}));
    EXPECT_EQ(iso(first.published), "2026-01-23T18:00:00Z");
    // The excerpt's "[&#8230;]" inside CDATA is an HTML reference and must be decoded.
    ASSERT_TRUE(first.summary);
    EXPECT_NE(first.summary->find("stafafdeling […]"), std::string::npos) << *first.summary;
    ASSERT_TRUE(first.content);
    EXPECT_NE(first.content->find("src=\"https://businessam.be/wp-content/uploads/"),
              std::string::npos);
    EXPECT_EQ(first.content->find("stats.example.com"), std::string::npos) << "tracking pixel kept";
    EXPECT_EQ(first.content->find("class="), std::string::npos);
    EXPECT_TRUE(feed.warnings.empty());
}

TEST(FeedParser, Atom10WithXmlBaseTypesAndEnclosures) {
    ParsedFeed feed = parseFeed(readData("vrtnws-atom.xml"), {});
    EXPECT_EQ(feed.format, FeedFormat::Atom);
    EXPECT_EQ(feed.title, "VRT NWS - Buitenland");
    EXPECT_EQ(feed.description, "Het laatste nieuws uit de wereld");
    EXPECT_EQ(feed.language, "nl-BE");
    ASSERT_EQ(feed.articles.size(), 2u);
    const Article& a = feed.articles[0];
    EXPECT_EQ(a.title, "België koopt extra F-35’s voor de luchtmacht");
    EXPECT_EQ(a.link, "https://www.vrt.be/vrtnws/nl/2026/01/23/f35-extra/");
    EXPECT_EQ(iso(a.published), "2026-01-23T08:00:00Z");
    EXPECT_EQ(iso(a.updated), "2026-01-23T08:30:00Z");
    EXPECT_EQ(a.author, "Jan Peeters");
    EXPECT_EQ(a.categories, std::vector<std::string>{"Defensie"});
    ASSERT_EQ(a.enclosures.size(), 1u);
    EXPECT_EQ(a.enclosures[0], (Enclosure{"https://www.vrt.be/img/f35.jpg", "image/jpeg", 52300}));
    EXPECT_EQ(a.keyTakeaways,
              (std::vector<std::string>{"Elf extra F-35-toestellen.", "Levering vanaf 2030.",
                                        "Kostprijs: 1,2 miljard euro."}));
    EXPECT_EQ(a.content->find("script"), std::string::npos);
    // "../beleid/" under the feed's xml:base, not under the entry's permalink.
    EXPECT_NE(a.content->find("https://www.vrt.be/vrtnws/beleid/"), std::string::npos)
        << *a.content;
    EXPECT_EQ(a.summary, "<p>De regering keurt de aankoop van elf extra toestellen goed &amp; zegt "
                         "dat de levering in 2030 begint.</p>");
    const Article& b = feed.articles[1];
    EXPECT_EQ(b.author, "VRT NWS") << "feed author is the fallback";
    EXPECT_EQ(iso(b.published), "2026-01-22T17:45:00Z") << "updated stands in for published";
    EXPECT_EQ(b.content, "<p>Het fregat <strong>Louise-Marie</strong> vertrekt volgende week.</p>"
                         "<p>Tweede alinea.</p>");
}

TEST(FeedParser, Atom03) {
    const char* atom03 =
        R"(<?xml version="1.0"?><feed version="0.3" xmlns="http://purl.org/atom/ns#">
      <title>Oud</title><link rel="alternate" type="text/html" href="https://oud.nl/"/>
      <modified>2005-01-02T03:04:05Z</modified>
      <entry><title>E</title><link rel="alternate" href="https://oud.nl/e"/><id>urn:e</id>
        <issued>2005-01-01T00:00:00+01:00</issued><modified>2005-01-02T00:00:00Z</modified>
        <content type="text/html" mode="escaped">&lt;p&gt;Hallo&lt;/p&gt;</content></entry></feed>)";
    ParsedFeed feed = parseFeed(atom03, {});
    EXPECT_EQ(feed.format, FeedFormat::Atom);
    ASSERT_EQ(feed.articles.size(), 1u);
    EXPECT_EQ(feed.articles[0].id, "urn:e");
    EXPECT_EQ(iso(feed.articles[0].published), "2004-12-31T23:00:00Z");
    EXPECT_EQ(feed.articles[0].content, "<p>Hallo</p>");
    EXPECT_EQ(iso(feed.updated), "2005-01-02T03:04:05Z");
}

TEST(FeedParser, Rdf10WithUnusualPrefixes) {
    ParsedFeed feed = parseFeed(readData("rdf-rss10.xml"), {});
    EXPECT_EQ(feed.format, FeedFormat::Rdf);
    ASSERT_EQ(feed.articles.size(), 2u);
    const Article& a = feed.articles[0];
    EXPECT_EQ(a.id, "https://www.militairespectator.nl/artikelen/1");
    EXPECT_EQ(a.author, "Kol. A. de Vries") << "dc:creator under the prefix d:";
    EXPECT_EQ(iso(a.published), "2026-01-20T07:00:00Z");
    EXPECT_EQ(a.keyTakeaways, (std::vector<std::string>{"Drones veranderen het gevechtsveld.",
                                                        "De landmacht moet sneller aanschaffen."}));
    EXPECT_EQ(iso(feed.articles[1].published), "2026-01-20T00:00:00Z") << "Dutch month name";
}

TEST(FeedParser, Rss090And091) {
    const char* rss090 = R"(<?xml version="1.0"?>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
      <channel><title>Netscape</title><link>http://n.nl/</link></channel>
      <item><title>Een</title><link>http://n.nl/1</link></item>
      <item><title>Twee</title><link>http://n.nl/2</link></item></rdf:RDF>)";
    ParsedFeed feed = parseFeed(rss090, {});
    EXPECT_EQ(feed.format, FeedFormat::Rdf);
    ASSERT_EQ(feed.articles.size(), 2u);
    EXPECT_EQ(feed.articles[1].link, "http://n.nl/2");
    const char* rss091 = R"(<rss version="0.91"><channel><title>Oud</title><language>nl</language>
      <item><title>A</title><link>http://o.nl/a</link><description>Tekst &amp;amp; meer</description></item>
      </channel></rss>)";
    ParsedFeed old = parseFeed(rss091, {});
    ASSERT_EQ(old.articles.size(), 1u);
    EXPECT_EQ(old.articles[0].text, "Tekst & meer");
}

TEST(FeedParser, NamespacesAreMatchedByUriNotPrefix) {
    const char* rss = R"(<rss version="2.0" xmlns:x="http://purl.org/rss/1.0/modules/content/"
        xmlns:content="http://example.com/not-content"><channel><title>t</title>
      <item><title>a</title><guid>g</guid><content:encoded>FOUT</content:encoded>
      <x:encoded>&lt;p&gt;goed&lt;/p&gt;</x:encoded></item></channel></rss>)";
    ParsedFeed feed = parseFeed(rss, {});
    ASSERT_EQ(feed.articles.size(), 1u);
    EXPECT_EQ(feed.articles[0].content, "<p>goed</p>");
}

TEST(FeedParser, JsonFeed11) {
    ParsedFeed feed = parseFeed(readData("jsonfeed-11.json"), {});
    EXPECT_EQ(feed.format, FeedFormat::Json);
    EXPECT_EQ(feed.title, "Dutch Defence Press");
    ASSERT_EQ(feed.articles.size(), 2u);
    const Article& a = feed.articles[0];
    EXPECT_EQ(a.id, "ddp-2026-0123");
    EXPECT_EQ(a.categories, (std::vector<std::string>{"Luchtmacht", "Patriot"}));
    EXPECT_EQ(a.enclosures.at(0).length, 123456);
    EXPECT_EQ(a.keyTakeaways.size(), 2u);
    EXPECT_NE(a.content->find("https://www.dutchdefencepress.com/img/p.jpg"), std::string::npos);
    const Article& b = feed.articles[1];
    EXPECT_EQ(b.id, "42") << "numeric ids are read as text";
    EXPECT_EQ(b.title, "Een bericht zonder titel over de Koninklijke Marine.");
    EXPECT_EQ(b.author, "Piet");
}

TEST(FeedParser, JsonFeed10Author) {
    const char* json = R"({"version":"https://jsonfeed.org/version/1","title":"t",
        "author":{"name":"Oud"},"items":[{"id":"1","title":"x","content_text":"y"}]})";
    ParsedFeed feed = parseFeed(json, {});
    EXPECT_EQ(feed.articles.at(0).author, "Oud");
}

// The version is a URL: its scheme and host match in any case.
TEST(FeedParser, JsonFeedVersionSchemeIsCaseInsensitive) {
    const char* json = R"({"version":"HTTPS://JSONFeed.org/version/1.1","title":"t",
        "items":[{"id":"1","title":"x","content_text":"y"}]})";
    EXPECT_EQ(parseFeed(json, {}).articles.size(), 1u);
}

TEST(FeedParser, Windows1252AndDeclaredLatin1) {
    for (const char* file : {"defensiekrant-windows1252.xml", "declared-latin1-really-1252.xml"}) {
        ParsedFeed feed = parseFeed(readData(file), {});
        ASSERT_EQ(feed.articles.size(), 1u) << file;
        EXPECT_EQ(feed.articles[0].title,
                  "“De mariïniers zijn klaar”, zegt commandant – € 12 miljoen")
            << file;
        EXPECT_EQ(feed.articles[0].text, "Café-gesprek over coördinatie en reïntegratie.");
    }
}

TEST(FeedParser, Utf16WithAndWithoutBom) {
    for (const char* file : {"defensie-utf16le-bom.xml", "defensie-utf16be-nobom.xml"}) {
        ParsedFeed feed = parseFeed(readData(file), {});
        EXPECT_EQ(feed.title, "Defensie.nl – nieuws") << file;
        ASSERT_EQ(feed.articles.size(), 1u) << file;
        EXPECT_EQ(feed.articles[0].text, "Café-gesprek over coördinatie en reïntegratie.");
    }
}

TEST(FeedParser, HttpCharsetIsUsedWhenTheDocumentSaysNothing) {
    std::string rss = "<rss><channel><title>Caf\xE9</title></channel></rss>";
    EXPECT_EQ(parseFeed(rss, {"", "iso-8859-1"}).title, "Café");
}

TEST(FeedParser, RelativeLinksResolveAgainstFeedUrlThenChannelLink) {
    const char* rss = R"(<rss><channel><title>t</title><link>https://site.nl/</link>
        <item><title>a</title><link>/a</link><enclosure url="m.mp3" type="audio/mpeg" length="x"/></item>
      </channel></rss>)";
    ParsedFeed withUrl = parseFeed(rss, {"https://feeds.site.nl/rss/", ""});
    EXPECT_EQ(withUrl.articles[0].link, "https://feeds.site.nl/a");
    EXPECT_EQ(withUrl.articles[0].enclosures.at(0).url, "https://feeds.site.nl/rss/m.mp3");
    EXPECT_FALSE(withUrl.articles[0].enclosures.at(0).length.has_value());
    ParsedFeed withoutUrl = parseFeed(rss, {});
    EXPECT_EQ(withoutUrl.articles[0].link, "https://site.nl/a");
}

TEST(FeedParser, UnsafeLinksAreDropped) {
    const char* rss = R"(<rss><channel><title>t</title><link>javascript:alert(1)</link>
        <item><title>a</title><link>javascript:alert(1)</link></item>
        <item><title>b</title><link>file:///etc/passwd</link></item></channel></rss>)";
    ParsedFeed feed = parseFeed(rss, {});
    EXPECT_FALSE(feed.link);
    EXPECT_FALSE(feed.articles[0].link);
    EXPECT_FALSE(feed.articles[1].link);
}

TEST(FeedParser, IdsAreStableAndUniqueWithinAFeed) {
    const char* rss = R"(<rss><channel><title>t</title>
        <item><title>a</title><guid>same</guid><link>https://x.nl/a</link></item>
        <item><title>b</title><guid>same</guid><link>https://x.nl/b</link></item>
        <item><title>c</title><guid></guid><pubDate>Thu, 22 Jan 2026 14:05:00 +0100</pubDate></item>
        <item><title>c</title><pubDate>Thu, 22 Jan 2026 14:05:00 +0100</pubDate></item>
      </channel></rss>)";
    ParsedFeed first = parseFeed(rss, {});
    ParsedFeed second = parseFeed(rss, {});
    ASSERT_EQ(first.articles.size(), 4u);
    EXPECT_EQ(first.articles[0].id, "same");
    EXPECT_EQ(first.articles[1].id, "https://x.nl/b") << "a repeated guid is no identity";
    EXPECT_TRUE(first.articles[2].id.starts_with("hash:"));
    EXPECT_NE(first.articles[2].id, first.articles[3].id);
    for (size_t i = 0; i < 4; ++i)
        EXPECT_EQ(first.articles[i].id, second.articles[i].id);
}

TEST(FeedParser, UnreadableDateIsNullWithAWarning) {
    const char* rss = R"(<rss><channel><title>t</title>
        <item><title>a</title><guid>1</guid><pubDate>gisteren</pubDate></item></channel></rss>)";
    ParsedFeed feed = parseFeed(rss, {});
    EXPECT_FALSE(feed.articles[0].published.has_value());
    ASSERT_EQ(feed.warnings.size(), 1u);
    EXPECT_NE(feed.warnings[0].find("gisteren"), std::string::npos);
}

// The feed's own date was dropped without a word; it is reported like an item's.
TEST(FeedParser, UnreadableFeedDateIsNullWithAWarning) {
    const char* rss = R"(<rss><channel><title>t</title><lastBuildDate>eergisteren</lastBuildDate>
        <item><title>a</title><guid>1</guid></item></channel></rss>)";
    ParsedFeed feed = parseFeed(rss, {});
    EXPECT_FALSE(feed.updated.has_value());
    ASSERT_EQ(feed.warnings.size(), 1u);
    EXPECT_EQ(feed.warnings[0], "feed: unreadable date \"eergisteren\"");
}

TEST(FeedParser, LeadingWhitespaceAndBomBeforeDeclaration) {
    std::string rss =
        "\xEF\xBB\xBF\n\n  <?xml version=\"1.0\"?><rss><channel><title>t</title></channel></rss>";
    EXPECT_EQ(parseFeed(rss, {}).title, "t");
}

TEST(FeedParser, HtmlPageIsNotAFeedAndListsItsFeeds) {
    try {
        parseFeed(readData("nos-page-with-feed-links.html"), {"https://nos.nl/buitenland", ""});
        FAIL() << "an HTML page parsed as a feed";
    } catch (const NotAFeedError& error) {
        const auto& feeds = error.discoveredFeeds();
        ASSERT_EQ(feeds.size(), 3u);
        EXPECT_EQ(feeds[0].url, "https://nos.nl/rss/buitenland.xml");
        EXPECT_EQ(feeds[0].type, "application/rss+xml");
        EXPECT_EQ(feeds[0].title, "NOS Buitenland");
        EXPECT_EQ(feeds[1].url, "https://feeds.nos.nl/nosnieuwsbuitenland.atom");
        EXPECT_EQ(feeds[2].url, "https://nos.nl/feed.json");
        EXPECT_NE(std::string(error.what()).find("https://nos.nl/rss/buitenland.xml"),
                  std::string::npos);
    }
}

TEST(FeedParser, OtherDocumentsAreNotFeeds) {
    for (const char* input : {"", "   ", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
                              "{\"hello\": 1}", "{not json", "gewoon tekst"})
        EXPECT_THROW(parseFeed(input, {}), NotAFeedError) << input;
}

} // namespace
} // namespace heraut
