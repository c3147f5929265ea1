// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/Opml.h"

#include <gtest/gtest.h>
#include <map>

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

// Feedly and Inoreader export folders in folders, and Heraut keeps them: each feed knows every
// folder it sits in, outermost first.
TEST(Opml, FoldersInsideFoldersAreKept) {
    OpmlDocument d =
        parseOpml(opml("<outline text=\"Nieuws\">" + feed("NOS", "https://nos.nl/rss") +
                       "<outline text=\"Vlaanderen\">" + feed("VRT", "https://vrt.be/rss") +
                       "<outline text=\"Lokaal\">" + feed("Gazet", "https://gva.be/rss") +
                       "</outline></outline></outline>"));
    ASSERT_EQ(d.outlines.size(), 3u);
    EXPECT_EQ(d.outlines[0].folder, "Nieuws");
    EXPECT_EQ(d.outlines[1].folder, "Vlaanderen");
    EXPECT_EQ(d.outlines[2].folder, "Lokaal");
    EXPECT_EQ(d.outlines[2].folderPath,
              (std::vector<std::string>{"Nieuws", "Vlaanderen", "Lokaal"}));
    EXPECT_TRUE(d.warnings.empty());
}

// Beyond kMaxFolderDepth the feeds go into the deepest folder kept, and the reader is told.
TEST(Opml, FoldersDeeperThanTheLimitAreFlattenedWithAWarning) {
    std::string body;
    for (size_t i = 0; i < kMaxFolderDepth + 2; ++i)
        body += "<outline text=\"map" + std::to_string(i) + "\">";
    body += feed("Diep", "https://diep.nl/rss");
    for (size_t i = 0; i < kMaxFolderDepth + 2; ++i)
        body += "</outline>";
    OpmlDocument d = parseOpml(opml(body));
    ASSERT_EQ(d.outlines.size(), 1u);
    EXPECT_EQ(d.outlines[0].folderPath.size(), kMaxFolderDepth);
    EXPECT_EQ(d.outlines[0].folder, "map" + std::to_string(kMaxFolderDepth - 1));
    EXPECT_TRUE(anyWarningHas(d, "\"map" + std::to_string(kMaxFolderDepth) + "\""));
}

TEST(Opml, NestedFoldersAreWrittenNestedAndReadBackTheSame) {
    std::vector<OpmlOutline> outlines = {
        {"NOS", "https://nos.nl/rss", std::nullopt, "Nieuws", {"Nieuws"}},
        {"Gazet", "https://gva.be/rss", std::nullopt, "Lokaal", {"Nieuws", "Vlaanderen", "Lokaal"}},
        {"Los", "https://los.nl/rss", std::nullopt, std::nullopt, {}},
        {"VRT", "https://vrt.be/rss", std::nullopt, "Vlaanderen", {"Nieuws", "Vlaanderen"}},
    };
    OpmlDocument d = parseOpml(writeOpml(outlines, "Heraut"));
    ASSERT_EQ(d.outlines.size(), 4u);
    std::map<std::string, std::vector<std::string>> paths;
    for (const OpmlOutline& o : d.outlines)
        paths[o.title] = o.folderPath;
    for (const OpmlOutline& o : outlines)
        EXPECT_EQ(paths[o.title], o.folderPath) << o.title;
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
    EXPECT_EQ(d.outlines[0].folder, "map") << "every level is named map";
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

// A GUI words these itself: the error and every note come as kinds with their details.
TEST(Opml, ErrorsAndNotesComeAsKinds) {
    auto kindOf = [](const std::string& text) {
        try {
            parseOpml(text);
        } catch (const OpmlError& error) {
            return std::pair(error.kind(), error.offset());
        }
        ADD_FAILURE() << text;
        return std::pair(OpmlError::Kind::NoBody, std::ptrdiff_t(-1));
    };
    EXPECT_EQ(kindOf("<rss><channel/></rss>").first, OpmlError::Kind::NoBody);
    auto [kind, offset] = kindOf("<opml><head><title>x</head><body/></opml>");
    EXPECT_EQ(kind, OpmlError::Kind::NotXml);
    EXPECT_GT(offset, 0);

    OpmlDocument d = parseOpml(opml(
        "<outline text=\"Map\"><outline type=\"rss\" text=\"Ouder\" xmlUrl=\"https://o.nl/rss\">" +
        feed("Kind", "https://k.nl/rss") + "</outline>" +
        "<outline type=\"rss\" text=\"Zonder\" htmlUrl=\"https://z.nl/\"/></outline>"));
    ASSERT_EQ(d.notes.size(), 2u);
    ASSERT_EQ(d.warnings.size(), 2u) << "the same notes in English";
    EXPECT_EQ(d.notes[0].kind, OpmlNote::Kind::FeedHoldsOutlines);
    EXPECT_EQ(d.notes[0].title, "Ouder");
    EXPECT_EQ(d.notes[0].folder, "Map");
    EXPECT_EQ(d.notes[1].kind, OpmlNote::Kind::NoXmlUrl);
    EXPECT_EQ(d.notes[1].title, "Zonder");
    EXPECT_EQ(d.warnings[1], describe(d.notes[1]));

    std::string body;
    for (int i = 0; i < 10; ++i)
        body += "<outline text=\"map\">";
    body += feed("Diep", "https://diep.nl/rss");
    for (int i = 0; i < 10; ++i)
        body += "</outline>";
    d = parseOpml(opml(body));
    ASSERT_FALSE(d.notes.empty());
    EXPECT_EQ(d.notes[0].kind, OpmlNote::Kind::FolderTooDeep);
}

} // namespace
} // namespace heraut
