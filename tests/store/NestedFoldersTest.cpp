// SPDX-License-Identifier: GPL-3.0-or-later
// Folders inside folders: a folder holds the feeds of the folders inside it for lists, counts,
// "mark all read" and `folder:` searches; no folder goes inside itself; empty folders go, their
// ancestors stay while a feed is below them; OPML nesting survives an import and an export.
#include "TempDatabase.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"
#include "heraut/Opml.h"
#include "heraut/Subscriptions.h"

#include <gtest/gtest.h>
#include <map>

namespace heraut {
namespace {

constexpr std::int64_t kNow = 1769100000;

class NestedFoldersTest : public testing::Test {
  protected:
    test::TempDir dir;
    Database db{dir.database()};
    FeedStore feeds{db};
    ArticleStore articles{db};
    // Nieuws > Vlaanderen > Lokaal, and Defensie beside Nieuws.
    std::int64_t nieuws = feeds.folderId("Nieuws");
    std::int64_t vlaanderen = feeds.folderIn("Vlaanderen", nieuws);
    std::int64_t lokaal = feeds.folderIn("Lokaal", vlaanderen);
    std::int64_t nos = feeds.addFeed("https://nos.nl/rss", "NOS", "Nieuws", kNow);
    std::int64_t vrt = feeds.addFeed("https://vrt.be/rss", "VRT", "Vlaanderen", kNow);
    std::int64_t gazet = feeds.addFeed("https://gva.be/rss", "Gazet", "Lokaal", kNow);
    std::int64_t mil = feeds.addFeed("https://mil.be/rss", "Defensie", "Defensie", kNow);

    void SetUp() override {
        Transaction t(db);
        for (std::int64_t feed : {nos, vrt, gazet, mil}) {
            Article a;
            a.id = "item-" + std::to_string(feed);
            a.title = "Oefening bij " + std::to_string(feed);
            a.published = kNow - feed;
            a.content = "<p>Oefening van de landmacht</p>";
            articles.storeArticles(feed, {a}, kNow);
        }
        t.commit();
    }

    std::map<std::string, std::optional<std::int64_t>> parents() {
        std::map<std::string, std::optional<std::int64_t>> byName;
        for (const Folder& f : feeds.folders())
            byName[f.name] = f.parentId;
        return byName;
    }
};

TEST_F(NestedFoldersTest, FoldersKnowTheirParent) {
    auto p = parents();
    EXPECT_EQ(p["Nieuws"], std::nullopt);
    EXPECT_EQ(p["Vlaanderen"], nieuws);
    EXPECT_EQ(p["Lokaal"], vlaanderen);
    EXPECT_EQ(feeds.folderIn("Vlaanderen", std::nullopt), vlaanderen)
        << "an existing folder stays where it is";
    EXPECT_EQ(parents()["Vlaanderen"], nieuws);
}

TEST_F(NestedFoldersTest, AFolderListsCountsAndSearchesTheFoldersInsideIt) {
    EXPECT_EQ(articles.count({.folder = "Nieuws"}), 3);
    EXPECT_EQ(articles.count({.folder = "Vlaanderen"}), 2);
    EXPECT_EQ(articles.count({.folder = "Lokaal"}), 1);
    UnreadCounts counts = articles.unreadCounts();
    EXPECT_EQ(counts.byFolder["Nieuws"], 3);
    EXPECT_EQ(counts.byFolder["Vlaanderen"], 2);
    EXPECT_EQ(counts.byFolder["Defensie"], 1);
    EXPECT_EQ(counts.total, 4) << "nothing counted twice";
    EXPECT_EQ(articles.search("oefening folder:Nieuws").size(), 3u);
    EXPECT_EQ(articles.search("oefening folder:Vlaanderen").size(), 2u);
    EXPECT_EQ(articles.search("oefening folder:Defensie").size(), 1u);
}

TEST_F(NestedFoldersTest, MarkAllReadInAFolderCoversTheFoldersInsideIt) {
    EXPECT_EQ(articles.markAllRead({.folder = "Vlaanderen"}, kNow).size(), 2u);
    EXPECT_EQ(articles.count({.folder = "Nieuws", .unreadOnly = true}), 1);
    EXPECT_EQ(articles.count({.folder = "Defensie", .unreadOnly = true}), 1);
}

// Folders are named without ASCII case everywhere, so "defensie" is the folder "Defensie": a
// feed added to it goes there, not into a second folder no search could tell apart.
TEST_F(NestedFoldersTest, AFolderDifferingOnlyInCaseIsTheSameFolder) {
    std::size_t before = feeds.folders().size();
    std::int64_t other = feeds.addFeed("https://nlnavy.nl/rss", "Marine", "defensie", kNow);
    EXPECT_EQ(feeds.folders().size(), before);
    EXPECT_EQ(feeds.feed(other)->folderId, feeds.feed(mil)->folderId);
    EXPECT_EQ(feeds.folderIn("VLAANDEREN", lokaal), vlaanderen) << "it stays where it is";
    EXPECT_EQ(feeds.folderId("Defensie"), feeds.feed(mil)->folderId);
}

TEST_F(NestedFoldersTest, NoFolderGoesInsideItselfOrItsOwnFolders) {
    EXPECT_THROW(feeds.moveFolder(nieuws, nieuws), StoreError);
    EXPECT_THROW(feeds.moveFolder(nieuws, lokaal), StoreError);
    EXPECT_THROW(feeds.moveFolder(nieuws, 9999), StoreError);
    EXPECT_THROW(feeds.moveFolder(9999, nieuws), StoreError);
    EXPECT_EQ(parents()["Nieuws"], std::nullopt) << "nothing moved";
    feeds.moveFolder(lokaal, std::nullopt);
    EXPECT_EQ(parents()["Lokaal"], std::nullopt);
    EXPECT_EQ(articles.count({.folder = "Nieuws"}), 2);
    std::int64_t defensie = parents().count("Defensie") ? feeds.folderId("Defensie") : 0;
    feeds.moveFolder(vlaanderen, defensie);
    EXPECT_EQ(articles.count({.folder = "Defensie"}), 2);
}

TEST_F(NestedFoldersTest, AnEmptyFolderGoesButNotOneAboveAFeed) {
    feeds.moveFeed(nos, std::nullopt); // Nieuws itself holds no feed now, Lokaal below it does
    feeds.moveFeed(vrt, std::nullopt); // nor does Vlaanderen
    auto p = parents();
    EXPECT_TRUE(p.count("Nieuws"));
    EXPECT_TRUE(p.count("Vlaanderen"));
    feeds.moveFeed(gazet, std::nullopt);
    p = parents();
    EXPECT_FALSE(p.count("Nieuws"));
    EXPECT_FALSE(p.count("Vlaanderen"));
    EXPECT_FALSE(p.count("Lokaal"));
    EXPECT_TRUE(p.count("Defensie"));
}

TEST_F(NestedFoldersTest, OpmlExportAndImportKeepTheNesting) {
    std::string opml = exportOpml(db);
    OpmlDocument written = parseOpml(opml);
    std::map<std::string, std::vector<std::string>> paths;
    for (const OpmlOutline& o : written.outlines)
        paths[o.xmlUrl] = o.folderPath;
    EXPECT_EQ(paths["https://gva.be/rss"],
              (std::vector<std::string>{"Nieuws", "Vlaanderen", "Lokaal"}));
    EXPECT_EQ(paths["https://nos.nl/rss"], (std::vector<std::string>{"Nieuws"}));

    test::TempDir other;
    Database fresh(other.database());
    ImportResult result = importOpml(fresh, opml, kNow);
    EXPECT_EQ(result.added, 4);
    EXPECT_TRUE(result.warnings.empty());
    FeedStore imported(fresh);
    std::map<std::string, std::optional<std::int64_t>> byName;
    std::map<std::int64_t, std::string> names;
    for (const Folder& f : imported.folders()) {
        byName[f.name] = f.parentId;
        names[f.id] = f.name;
    }
    ASSERT_TRUE(byName["Lokaal"]);
    EXPECT_EQ(names[*byName["Lokaal"]], "Vlaanderen");
    ASSERT_TRUE(byName["Vlaanderen"]);
    EXPECT_EQ(names[*byName["Vlaanderen"]], "Nieuws");
    EXPECT_EQ(byName["Nieuws"], std::nullopt);
    EXPECT_EQ(imported.feedByUrl("https://gva.be/rss")->folderName, "Lokaal");
    EXPECT_EQ(exportOpml(fresh), opml) << "a round trip changes nothing";
}

} // namespace
} // namespace heraut
