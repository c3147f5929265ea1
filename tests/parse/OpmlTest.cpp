// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/Opml.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

std::string opml(const std::string& body) {
    return "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head><body>" +
           body + "</body></opml>";
}

std::string feed(const std::string& title, const std::string& url) {
    return "<outline type=\"rss\" text=\"" + title + "\" xmlUrl=\"" + url + "\"/>";
}

bool anyWarningHas(const OpmlDocument& d, const std::string& text) {
    for (const std::string& w : d.warnings)
        if (w.find(text) != std::string::npos) return true;
    return false;
}

TEST(Opml, TopLevelFeedsAndOneLevelOfFolders) {
    OpmlDocument d =
        parseOpml(opml(feed("Los", "https://a.nl/rss") + "<outline text=\"Defensie\">" +
                       feed("Defensie.nl", "https://defensie.nl/rss") + "</outline>"));
    ASSERT_EQ(d.outlines.size(), 2u);
    EXPECT_EQ(d.outlines[0].folder, std::nullopt);
    EXPECT_EQ(d.outlines[1].folder, "Defensie");
    EXPECT_TRUE(d.warnings.empty());
}

// Feedly and Inoreader export folders in folders; Heraut's folders do not nest. The feeds go
// into the top-level folder, and the reader is told, instead of losing them.
TEST(Opml, DeeperFoldersAreFlattenedIntoTheTopFolderWithAWarning) {
    OpmlDocument d =
        parseOpml(opml("<outline text=\"Nieuws\">" + feed("NOS", "https://nos.nl/rss") +
                       "<outline text=\"Vlaanderen\">" + feed("VRT", "https://vrt.be/rss") +
                       "<outline text=\"Lokaal\">" + feed("Gazet", "https://gva.be/rss") +
                       "</outline></outline></outline>"));
    ASSERT_EQ(d.outlines.size(), 3u);
    for (const OpmlOutline& o : d.outlines)
        EXPECT_EQ(o.folder, "Nieuws") << o.title;
    EXPECT_EQ(d.outlines[2].title, "Gazet");
    EXPECT_TRUE(anyWarningHas(d, "\"Vlaanderen\""));
    EXPECT_TRUE(anyWarningHas(d, "\"Lokaal\""));
    EXPECT_TRUE(anyWarningHas(d, "into \"Nieuws\""));
}

// The old limit dropped everything below 32 levels without a word; a file nested far deeper
// than any call stack still yields its feed.
TEST(Opml, AFeedNestedVeryDeepIsStillImported) {
    std::string body;
    for (int i = 0; i < 10000; ++i)
        body += "<outline text=\"map\">";
    body += feed("Diep", "https://diep.nl/rss");
    for (int i = 0; i < 10000; ++i)
        body += "</outline>";
    OpmlDocument d = parseOpml(opml(body));
    ASSERT_EQ(d.outlines.size(), 1u);
    EXPECT_EQ(d.outlines[0].xmlUrl, "https://diep.nl/rss");
    EXPECT_EQ(d.outlines[0].folder, "map");
    EXPECT_LE(d.warnings.size(), 21u) << "warnings are capped";
    EXPECT_NE(d.warnings.back().find("more warnings"), std::string::npos);
}

TEST(Opml, OutlinesInsideAFeedAndFeedsWithoutXmlUrlAreNamed) {
    OpmlDocument d = parseOpml(opml(
        "<outline text=\"Map\"><outline type=\"rss\" text=\"Ouder\" xmlUrl=\"https://o.nl/rss\">" +
        feed("Kind", "https://k.nl/rss") + "</outline>" +
        "<outline type=\"rss\" text=\"Zonder\" htmlUrl=\"https://z.nl/\"/>" +
        "<outline text=\"Lege map\"/></outline>"));
    ASSERT_EQ(d.outlines.size(), 2u);
    EXPECT_EQ(d.outlines[1].title, "Kind");
    EXPECT_EQ(d.outlines[1].folder, "Map");
    EXPECT_TRUE(anyWarningHas(d, "\"Ouder\" holds outlines"));
    EXPECT_TRUE(anyWarningHas(d, "\"Zonder\" has no xmlUrl"));
    EXPECT_FALSE(anyWarningHas(d, "Lege map")) << "an empty folder loses nothing";
}

TEST(Opml, NoOpmlIsAnError) {
    EXPECT_THROW(parseOpml("<rss><channel/></rss>"), OpmlError);
    EXPECT_THROW(parseOpml("niets"), OpmlError);
}

} // namespace
} // namespace heraut
