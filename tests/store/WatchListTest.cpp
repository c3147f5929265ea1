// SPDX-License-Identifier: GPL-3.0-or-later
#include "TempDatabase.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"
#include "heraut/MuteRules.h"
#include "heraut/SearchQuery.h"
#include "heraut/WatchLists.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

constexpr std::int64_t kNow = 1769100000;

class WatchListTest : public testing::Test {
  protected:
    test::TempDir dir;
    Database db{dir.database()};
    FeedStore feeds{db};
    ArticleStore articles{db};
    WatchListStore watch{db};
    std::int64_t defensie = feeds.addFeed("https://a.nl/feed", "Defensie.nl", "Defensie", kNow);
    std::int64_t nos = feeds.addFeed("https://b.nl/feed", "NOS", "Nieuws", kNow);

    void SetUp() override {
        // The lists a new database starts with are tested on their own below.
        for (const WatchList& list : watch.lists())
            watch.remove(list.name);
        add(defensie, "1", "Patriot-systeem naar Polen", "Nederland levert luchtverdediging.");
        add(defensie, "2", "Noorwegen levert NASAMS aan Oekraïne", "Steun tegen luchtaanvallen.");
        add(nos, "3", "Fregat Zr.Ms. Tromp vertrekt", "De marine stuurt een fregat naar Azië.");
        add(nos, "4", "Nieuwe F-35's landen in Volkel", "Twee toestellen erbij.");
    }

    void add(std::int64_t feed, const std::string& id, const std::string& title,
             const std::string& text) {
        Article a;
        a.id = id;
        a.title = title;
        a.content = "<p>" + text + "</p>";
        a.published = kNow - 100 * std::stoi(id);
        Transaction t(db);
        articles.storeArticles(feed, {a}, kNow);
        t.commit();
    }

    WatchListCount countOf(const std::string& name) {
        return watch.counts(kNow)[watch.find(name)->id];
    }

    std::vector<std::string> titlesOf(const std::string& name) {
        std::vector<std::string> out;
        for (const ArticleHeadline& h : articles.list(watch.articleQuery(*watch.find(name), kNow)))
            out.push_back(h.title);
        return out;
    }
};

TEST_F(WatchListTest, NewListCountsWhatIsCachedWithAlternatives) {
    watch.add("Luchtverdediging", "Patriot OR NASAMS OR luchtverdediging", false, kNow);
    WatchListCount count = countOf("Luchtverdediging");
    EXPECT_EQ(count.total, 2);
    EXPECT_EQ(count.unread, 2);
    EXPECT_EQ(titlesOf("Luchtverdediging"),
              (std::vector<std::string>{"Patriot-systeem naar Polen",
                                        "Noorwegen levert NASAMS aan Oekraïne"}));
}

TEST_F(WatchListTest, WordsAreFoldedAndPhrasesKept) {
    watch.add("Oekraïne", "oekraine", false, kNow);
    watch.add("F-35", "\"F-35\"", false, kNow);
    EXPECT_EQ(countOf("Oekraïne").total, 1);
    EXPECT_EQ(countOf("F-35").total, 1);
}

TEST_F(WatchListTest, ArrivalsAndReadingUpdateTheCounts) {
    watch.add("Marine", "marine OR fregat*", false, kNow);
    EXPECT_EQ(countOf("Marine").unread, 1);
    add(defensie, "5", "Onderzeeboot en fregatten oefenen", "Bij Den Helder.");
    add(defensie, "6", "Nieuwe tanks", "Geen schepen.");
    EXPECT_EQ(countOf("Marine").total, 1) << "nothing matched until the refresh's update";
    EXPECT_EQ(watch.updateMatches(kNow), 1);
    EXPECT_EQ(countOf("Marine").total, 2);
    auto marine = articles.list(watch.articleQuery(*watch.find("Marine"), kNow));
    articles.setRead({marine.front().id}, true, kNow);
    EXPECT_EQ(countOf("Marine").unread, 1);
    EXPECT_EQ(countOf("Marine").total, 2);
}

TEST_F(WatchListTest, ChangedTextIsMatchedAgain) {
    watch.add("Tanks", "tanks", false, kNow);
    EXPECT_EQ(countOf("Tanks").total, 0);
    // Article 1 now mentions tanks, article 3's new text does not change what it matches.
    Article a;
    a.id = "1";
    a.title = "Patriot-systeem en tanks naar Polen";
    a.published = kNow - 100;
    Transaction t(db);
    articles.storeArticles(defensie, {a}, kNow);
    t.commit();
    watch.updateMatches(kNow);
    EXPECT_EQ(countOf("Tanks").total, 1);
    a.title = "Patriot-systeem naar Polen";
    Transaction again(db);
    articles.storeArticles(defensie, {a}, kNow);
    again.commit();
    watch.updateMatches(kNow);
    EXPECT_EQ(countOf("Tanks").total, 0) << "an article that no longer matches leaves the list";
}

TEST_F(WatchListTest, FiltersApplyWhenCounting) {
    watch.add("Defensie luchtverdediging", "patriot OR nasams folder:Defensie is:unread", false,
              kNow);
    watch.add("NOS marine", "fregat feed:" + std::to_string(nos), false, kNow);
    watch.add("Elders", "fregat feed:" + std::to_string(defensie), false, kNow);
    EXPECT_EQ(countOf("Defensie luchtverdediging").total, 2);
    articles.setRead({1}, true, kNow); // "Patriot-systeem naar Polen"
    EXPECT_EQ(countOf("Defensie luchtverdediging").total, 1) << "is:unread is part of the list";
    EXPECT_EQ(countOf("NOS marine").total, 1);
    EXPECT_EQ(countOf("Elders").total, 0);
}

TEST_F(WatchListTest, RemovedArticlesLeaveTheList) {
    watch.add("Polen", "polen", false, kNow);
    articles.setRead({1}, true, kNow - 400 * 86400);
    EXPECT_EQ(articles.applyRetention(180 * 86400, kNow), 1);
    EXPECT_EQ(countOf("Polen").total, 0);
    Statement left = db.prepare("SELECT count(*) FROM watch_matches");
    left.step();
    EXPECT_EQ(left.integer(0), 0);
}

TEST_F(WatchListTest, HiddenArticlesAreNotCounted) {
    watch.add("Oekraïne", "oekraine", false, kNow);
    MuteRuleStore mute(db);
    mute.applyToArrivals(kNow); // what is cached now is not muted
    MuteRule rule;
    rule.pattern = "Oekraïne";
    rule.action = MuteRule::Action::Hide;
    mute.add(rule, kNow);
    add(nos, "7", "Oekraïne: nieuwe drones", "Uit Kyiv.");
    mute.applyToArrivals(kNow);
    watch.updateMatches(kNow);
    EXPECT_EQ(countOf("Oekraïne").total, 1);
    EXPECT_EQ(countOf("Oekraïne").unread, 1);
}

TEST_F(WatchListTest, BadListsAreRefusedWithAReason) {
    watch.add("Marine", "marine", false, kNow);
    EXPECT_THROW(watch.add("Marine", "fregat", false, kNow), WatchListError);
    EXPECT_THROW(watch.add("", "fregat", false, kNow), WatchListError);
    EXPECT_THROW(watch.add("Alleen filters", "is:unread folder:Defensie", false, kNow),
                 WatchListError);
    EXPECT_THROW(watch.add("Alleen uitsluiten", "-drone", false, kNow), WatchListError);
    EXPECT_THROW(watch.add("Fout", "fregat is:bogus", false, kNow), SearchQueryError);
    EXPECT_EQ(watch.lists().size(), 1u);
    EXPECT_TRUE(watch.remove("Marine"));
    EXPECT_FALSE(watch.remove("Marine"));
}

// A feed or folder the cache does not have would make a list that never finds anything, with
// no word of why: a mistyped folder:Defnsie or feed:99 is refused, saying which.
TEST_F(WatchListTest, AFeedOrFolderThatIsNotThereIsRefused) {
    try {
        watch.add("Getypt", "patriot folder:Defnsie", false, kNow);
        ADD_FAILURE() << "an unknown folder was taken";
    } catch (const WatchListError& error) {
        EXPECT_NE(std::string(error.what()).find("no folder named \"Defnsie\""),
                  std::string::npos)
            << error.what();
    }
    try {
        watch.add("Getypt", "patriot feed:9999", false, kNow);
        ADD_FAILURE() << "an unknown feed was taken";
    } catch (const WatchListError& error) {
        EXPECT_NE(std::string(error.what()).find("no feed 9999"), std::string::npos)
            << error.what();
    }
    EXPECT_TRUE(watch.lists().empty());
    // A list being changed is checked as a new one: nothing changes.
    WatchList kept = watch.add("NOS marine", "fregat feed:" + std::to_string(nos), false, kNow);
    EXPECT_THROW(watch.change(kept.id, kept.name, "fregat folder:Nergens", false, kNow),
                 WatchListError);
    EXPECT_EQ(watch.find("NOS marine")->query, "fregat feed:" + std::to_string(nos));
}

// folder: names a folder as a reader types it, without case, and takes the folders inside it.
TEST_F(WatchListTest, AFolderIsNamedWithoutCaseAndHoldsItsSubfolders) {
    feeds.folderIn("Luchtmacht", feeds.folderId("Defensie"));
    std::int64_t volkel = feeds.addFeed("https://c.nl/feed", "Volkel", "Luchtmacht", kNow);
    add(volkel, "8", "Patriot-oefening bij Volkel", "Luchtverdediging oefent.");
    watch.add("Lucht", "patriot OR nasams folder:defensie", false, kNow);
    EXPECT_EQ(countOf("Lucht").total, 3);
    EXPECT_EQ(titlesOf("Lucht"),
              (std::vector<std::string>{"Patriot-systeem naar Polen",
                                        "Noorwegen levert NASAMS aan Oekraïne",
                                        "Patriot-oefening bij Volkel"}));
    SearchQuery search = parseSearchQuery("folder:DEFENSIE", kNow);
    ArticleQuery query;
    query.folder = search.folder;
    EXPECT_EQ(articles.list(query).size(), 3u);
}

TEST(WatchListDefaults, ANewDatabaseOffersThemOnceAndRemovalSticks) {
    test::TempDir dir;
    {
        Database db(dir.database());
        WatchListStore watch(db);
        std::vector<std::string> names;
        for (const WatchList& list : watch.lists())
            names.push_back(list.name);
        EXPECT_EQ(names,
                  (std::vector<std::string>{"F-35", "Luchtverdediging", "Oekraïne", "Marine"}));
        EXPECT_TRUE(watch.remove("Marine"));
    }
    Database db(dir.database());
    EXPECT_EQ(WatchListStore(db).lists().size(), 3u) << "a removed default does not come back";
}

} // namespace
} // namespace heraut

namespace heraut {
namespace {

// Each was kept before: a blank row in the tree, a name that split `watch list`'s tab-separated
// lines, rows a reader cannot tell apart, 100 KB in the tree.
TEST_F(WatchListTest, NamesThatCannotBeShownOrToldApartAreRefused) {
    watch.add("Lucht", "patriot", false, kNow);
    const std::string bad[] = {" ",
                               "\t",
                               "a\nb",
                               "tab\tname",
                               std::string("nul\0byte", 8),
                               "bell\a",
                               "n\xff",
                               "\xc0\xaf",     // an overlong '/'
                               "\xed\xa0\x80", // a surrogate
                               " Marine",
                               "Marine ",
                               std::string(201, 'x'),
                               "lucht",
                               "LUCHT",
                               "Lücht",
                               "Lu\xcc\x88"
                               "cht",           // u and a combining diaeresis: "Lücht"
                               "Lucht\xc2\xa0", // a no-break space
                               "Lu\xe2\x80\x8b"
                               "cht", // a zero-width space
                               "Lucht \xe2\x80\xae"
                               "2", // a right-to-left override
                               "\xef\xbb\xbf"
                               "Lucht"};
    for (const std::string& name : bad)
        EXPECT_THROW(watch.add(name, "fregat", false, kNow), WatchListError) << name;
    EXPECT_EQ(watch.lists().size(), 1u);
    EXPECT_NO_THROW(watch.add(std::string(200, 'x'), "fregat", false, kNow));
    EXPECT_NO_THROW(watch.add("Oekraïne 🇺🇦 עברית", "fregat", false, kNow));
    try {
        watch.add("lúcht", "fregat", false, kNow);
        ADD_FAILURE() << "lúcht kept beside Lucht";
    } catch (const WatchListError& error) {
        EXPECT_NE(std::string(error.what()).find("\"Lucht\""), std::string::npos)
            << "names the list it clashes with: " << error.what();
    }
}

TEST_F(WatchListTest, ANameDifferingOnlyInCaseOrAccentsFindsTheList) {
    watch.add("Lucht", "patriot", false, kNow);
    ASSERT_TRUE(watch.find("lücht"));
    ASSERT_TRUE(watch.find("Lu\xcc\x88"
                           "cht"))
        << "a combining mark as the accent typed whole";
    EXPECT_EQ(watch.find("LUCHT")->name, "Lucht");
    EXPECT_FALSE(watch.find("Luchtvaart"));
    EXPECT_TRUE(watch.remove("lucht"));
    EXPECT_FALSE(watch.find("Lucht"));
}

} // namespace
} // namespace heraut
