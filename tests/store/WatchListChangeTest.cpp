// SPDX-License-Identifier: GPL-3.0-or-later
#include "TempDatabase.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"
#include "heraut/SearchQuery.h"
#include "heraut/WatchLists.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

constexpr std::int64_t kNow = 1769100000;

// Changing a watch-list in place (WatchListStore::change), as the reader's "Edit watch-list"
// does: a new query finds its matches anew, the list keeps its place, a refusal loses nothing.
class WatchListChangeTest : public testing::Test {
  protected:
    test::TempDir dir;
    Database db{dir.database()};
    FeedStore feeds{db};
    ArticleStore articles{db};
    WatchListStore watch{db};
    std::int64_t feed = feeds.addFeed("https://a.nl/feed", "Defensie.nl", "Defensie", kNow);

    void SetUp() override {
        for (const WatchList& list : watch.lists())
            watch.remove(list.name);
        add("1", "Patriot-systeem naar Polen");
        add("2", "Noorwegen levert NASAMS aan Oekraïne");
        add("3", "Fregat Zr.Ms. Tromp vertrekt");
    }

    void add(const std::string& id, const std::string& title) {
        Article a;
        a.id = id;
        a.title = title;
        a.content = "<p>" + title + "</p>";
        a.published = kNow - 100 * std::stoi(id);
        Transaction t(db);
        articles.storeArticles(feed, {a}, kNow);
        t.commit();
    }

    WatchListCount countOf(std::int64_t id) { return watch.counts(kNow)[id]; }

    std::vector<std::string> names() {
        std::vector<std::string> out;
        for (const WatchList& list : watch.lists())
            out.push_back(list.name);
        return out;
    }
};

TEST_F(WatchListChangeTest, ANewQueryFindsItsMatchesAnewInTheSamePlace) {
    WatchList marine = watch.add("Marine", "fregat*", false, kNow);
    watch.add("Oekraïne", "oekraine", false, kNow);
    ASSERT_EQ(countOf(marine.id).total, 1);
    WatchList changed =
        watch.change(marine.id, "Luchtverdediging", "patriot OR nasams", true, kNow);
    EXPECT_EQ(changed.id, marine.id);
    EXPECT_EQ(names(), (std::vector<std::string>{"Luchtverdediging", "Oekraïne"}));
    EXPECT_EQ(countOf(marine.id).total, 2);
    EXPECT_EQ(countOf(marine.id).unread, 2);
    std::optional<WatchList> stored = watch.find("Luchtverdediging");
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->query, "patriot OR nasams");
    EXPECT_TRUE(stored->notify);

    // Later arrivals are matched against the new words only.
    add("4", "Nieuwe Patriot-batterij");
    add("5", "Tweede fregat vertrekt");
    watch.updateMatches(kNow);
    EXPECT_EQ(countOf(marine.id).total, 3);
}

TEST_F(WatchListChangeTest, RenamingKeepsTheMatchesAndTheirReadState) {
    WatchList list = watch.add("Lucht", "patriot OR nasams", false, kNow);
    articles.setRead(std::vector<std::int64_t>{1}, true, kNow);
    watch.change(list.id, "Luchtverdediging", "patriot OR nasams", false, kNow);
    EXPECT_FALSE(watch.find("Lucht"));
    EXPECT_EQ(countOf(list.id).total, 2);
    EXPECT_EQ(countOf(list.id).unread, 1);
}

TEST_F(WatchListChangeTest, ARefusedChangeLosesNothing) {
    WatchList marine = watch.add("Marine", "fregat*", true, kNow);
    watch.add("Oekraïne", "oekraine", false, kNow);
    EXPECT_THROW(watch.change(marine.id, "Oekraïne", "fregat*", true, kNow), WatchListError);
    EXPECT_THROW(watch.change(marine.id, "Marine", "-fregat", true, kNow), WatchListError);
    EXPECT_THROW(watch.change(marine.id, "", "fregat*", true, kNow), WatchListError);
    EXPECT_THROW(watch.change(marine.id, "Marine", "fregat feed:x", true, kNow), SearchQueryError);
    EXPECT_THROW(watch.change(9999, "Elders", "fregat", false, kNow), WatchListError);
    std::optional<WatchList> kept = watch.find("Marine");
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->query, "fregat*");
    EXPECT_TRUE(kept->notify);
    EXPECT_EQ(countOf(marine.id).total, 1);
    EXPECT_EQ(names(), (std::vector<std::string>{"Marine", "Oekraïne"}));
    std::optional<WatchList> byId = watch.list(marine.id);
    ASSERT_TRUE(byId);
    EXPECT_EQ(byId->name, "Marine");
    EXPECT_EQ(byId->query, "fregat*");
    EXPECT_FALSE(watch.list(9999)) << "no list 9999";
}

// The folder a list searches may go after the list was made (its last feed removed): the list
// can still be renamed or told to notify; a new search must name a folder that is there.
TEST_F(WatchListChangeTest, AFolderGoneSinceIsNoReasonToRefuseANewName) {
    WatchList marine = watch.add("Marine", "fregat* folder:defensie", false, kNow);
    feeds.removeFeed(feed);
    feeds.removeEmptyFolders();
    ASSERT_FALSE(feeds.hasFolder("Defensie"));
    EXPECT_NO_THROW(watch.change(marine.id, "Zeemacht", "fregat* folder:defensie", true, kNow));
    EXPECT_EQ(watch.list(marine.id)->name, "Zeemacht");
    try {
        watch.change(marine.id, "Zeemacht", "tromp folder:defensie", true, kNow);
        ADD_FAILURE() << "a new search of a folder that is not there was kept";
    } catch (const WatchListError& e) {
        EXPECT_NE(std::string(e.what()).find("no folder named"), std::string::npos) << e.what();
    }
    EXPECT_EQ(watch.list(marine.id)->query, "fregat* folder:defensie");
}

TEST_F(WatchListChangeTest, KeepingItsOwnNameIsNoClash) {
    WatchList marine = watch.add("Marine", "fregat*", false, kNow);
    EXPECT_NO_THROW(watch.change(marine.id, "Marine", "fregat* OR tromp", true, kNow));
    EXPECT_TRUE(watch.find("Marine")->notify);
}

} // namespace
} // namespace heraut
