// SPDX-License-Identifier: GPL-3.0-or-later
#include "TempDatabase.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"
#include "heraut/SearchQuery.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

constexpr std::int64_t kNow = 1769100000;

class SearchTest : public testing::Test {
  protected:
    test::TempDir dir;
    Database db{dir.database()};
    FeedStore feeds{db};
    ArticleStore articles{db};
    std::int64_t defensie = feeds.addFeed("https://a.nl/feed", "Defensie.nl", "Defensie", kNow);
    std::int64_t nos = feeds.addFeed("https://b.nl/feed", "NOS", "Nieuws", kNow);

    void SetUp() override {
        add(defensie, "1", "Oekraïne krijgt 65 nieuwe pantservoertuigen",
            "De Verenigde Staten leveren voertuigen.", {}, kNow - 100);
        add(defensie, "2", "Noorwegen levert NASAMS-raketten",
            "Steun voor Oekraïne tegen luchtaanvallen.", {}, kNow - 200);
        add(nos, "3", "Zweedse straaljagers onderscheppen bommenwerper", "Boven de Oostzee.",
            {"Russische Tu-22M onderschept."}, kNow - 300);
        add(nos, "4", "Britse marine schaduwt Russische schepen",
            "In het Kanaal, een tweedaagse operatie.", {}, kNow - 40 * 86400);
    }

    void add(std::int64_t feed, const std::string& id, const std::string& title,
             const std::string& text, std::vector<std::string> takeaways, std::int64_t date) {
        Article a;
        a.id = id;
        a.title = title;
        a.text = text;
        a.content = "<p>" + text + "</p>";
        a.keyTakeaways = std::move(takeaways);
        a.published = date;
        Transaction t(db);
        articles.storeArticles(feed, {a}, kNow);
        t.commit();
    }

    std::vector<std::string> titles(const std::string& query) {
        std::vector<std::string> out;
        for (const auto& h : articles.search(query))
            out.push_back(h.title);
        return out;
    }
};

TEST_F(SearchTest, DiacriticsAreFolded) {
    auto hits = titles("oekraine");
    ASSERT_EQ(hits.size(), 2u);
    EXPECT_EQ(hits[0], "Oekraïne krijgt 65 nieuwe pantservoertuigen") << "title hit ranks first";
    EXPECT_EQ(titles("OEKRAÏNE").size(), 2u);
}

TEST_F(SearchTest, PrefixPhraseAndExclusion) {
    EXPECT_EQ(titles("pantser*"),
              std::vector<std::string>{"Oekraïne krijgt 65 nieuwe pantservoertuigen"});
    EXPECT_EQ(titles("\"tweedaagse operatie\"").size(), 1u);
    EXPECT_TRUE(titles("\"operatie tweedaagse\"").empty());
    EXPECT_EQ(titles("oekraine -noorwegen"),
              std::vector<std::string>{"Oekraïne krijgt 65 nieuwe pantservoertuigen"});
}

TEST_F(SearchTest, TakeawaysAreSearched) {
    EXPECT_EQ(titles("Tu-22M"),
              std::vector<std::string>{"Zweedse straaljagers onderscheppen bommenwerper"});
}

TEST_F(SearchTest, Filters) {
    auto hits = articles.search("oekraine");
    articles.setRead({hits[0].id}, true, kNow);
    EXPECT_EQ(titles("oekraine is:unread"),
              std::vector<std::string>{"Noorwegen levert NASAMS-raketten"});
    EXPECT_EQ(titles("oekraine is:read"),
              std::vector<std::string>{"Oekraïne krijgt 65 nieuwe pantservoertuigen"});
    EXPECT_EQ(titles("is:read"),
              std::vector<std::string>{"Oekraïne krijgt 65 nieuwe pantservoertuigen"})
        << "filters alone list newest first";
    articles.setStarred({hits[1].id}, true);
    EXPECT_EQ(titles("is:starred"), std::vector<std::string>{"Noorwegen levert NASAMS-raketten"});
    EXPECT_EQ(titles("russische feed:" + std::to_string(nos)).size(), 2u);
    EXPECT_EQ(titles("russische folder:Defensie").size(), 0u);
    EXPECT_EQ(titles("russische since:2026-01-01").size(), 1u);
}

// What the index itself holds, without search() catching up first.
int indexHits(Database& db, const std::string& match) {
    Statement q = db.prepare("SELECT count(*) FROM article_search WHERE article_search MATCH ?");
    q.bind(1, match);
    q.step();
    return static_cast<int>(q.integer(0));
}

// FTS5 compares its index with the articles and their bodies; throws on a mismatch.
void checkIndex(Database& db) {
    db.execute("INSERT INTO article_search(article_search) VALUES ('integrity-check')");
}

TEST_F(SearchTest, StoredArticlesWaitInTheBacklogAndSearchCatchesUp) {
    EXPECT_EQ(indexHits(db, "oekraine"), 0) << "the fixture's articles are not indexed yet";
    EXPECT_EQ(titles("oekraine").size(), 2u) << "search indexes the backlog first";
    EXPECT_EQ(indexHits(db, "oekraine"), 2);
    EXPECT_EQ(articles.indexBacklog(), 0) << "nothing left";
    checkIndex(db);
}

TEST_F(SearchTest, ChangedAndRemovedArticlesLeaveNoStaleIndexEntries) {
    EXPECT_EQ(articles.indexBacklog(), 4);
    // Changed after indexing: its old words leave the index, the new ones come in.
    add(defensie, "1", "Oekraïne krijgt 80 nieuwe tanks", "De Duitse industrie levert.", {},
        kNow - 100);
    EXPECT_EQ(indexHits(db, "pantservoertuigen"), 0);
    // Changed twice while waiting, then dropped by retention before it was ever indexed.
    add(nos, "5", "Fregat Tromp vaart uit", "Naar de Noordzee.", {}, kNow - 300 * 86400);
    add(nos, "5", "Fregat Tromp keert terug", "Uit de Noordzee.", {}, kNow - 300 * 86400);
    articles.setRead({articles.search("fregat").at(0).id}, true, kNow - 200 * 86400);
    add(nos, "6", "Fregat Evertsen vaart uit", "Naar de Middellandse Zee.", {}, kNow - 300 * 86400);
    Statement id = db.prepare("SELECT id FROM articles WHERE guid = '6'");
    ASSERT_TRUE(id.step());
    articles.setRead({id.integer(0)}, true, kNow - 200 * 86400);
    EXPECT_EQ(articles.applyRetention(180 * 86400, kNow), 2);
    articles.indexBacklog();
    checkIndex(db);
    EXPECT_TRUE(titles("fregat").empty());
    EXPECT_TRUE(titles("pantservoertuigen").empty());
    EXPECT_EQ(titles("tanks"), std::vector<std::string>{"Oekraïne krijgt 80 nieuwe tanks"});
}

TEST_F(SearchTest, BacklogLeftByACrashIsIndexedByTheNextSearch) {
    {
        Database other(dir.database());
        ArticleStore store(other);
        Article a;
        a.id = "crash";
        a.title = "Patriot-systeem naar Polen";
        a.published = kNow;
        Transaction t(other);
        store.storeArticles(nos, {a}, kNow);
        t.commit();
    } // the connection goes without indexing, as a killed refresh would
    EXPECT_EQ(titles("patriot"), std::vector<std::string>{"Patriot-systeem naar Polen"});
    checkIndex(db);
}

// Each row's rank by the store's function and by FTS5's own bm25, best first by the latter.
std::vector<std::pair<double, double>> ranks(Database& db, const std::string& match) {
    Statement q = db.prepare("SELECT heraut_rank(article_search, 10.0, 1.0, 4.0), "
                             "bm25(article_search, 10.0, 1.0, 4.0) AS b FROM article_search "
                             "WHERE article_search MATCH ? ORDER BY b, rowid");
    q.bind(1, match);
    std::vector<std::pair<double, double>> out;
    while (q.step())
        out.emplace_back(std::stod(q.text(0)), std::stod(q.text(1)));
    return out;
}

TEST_F(SearchTest, RankOrdersAsBm25AndScoresAsBm25WhenSeveralPhrasesWeigh) {
    add(nos, "5", "Fregat Tromp", "Een fregat, nog een fregat en de Tromp.", {}, kNow);
    add(nos, "6", "Nieuws", "Het fregat Tromp vaart naar de Noordzee.", {}, kNow);
    add(nos, "7", "Fregat", "Over de Noordzee.", {"Fregat Tromp terug."}, kNow);
    add(nos, "8", "Nieuws", "Lang verhaal zonder veel over schepen, alleen een fregat.", {}, kNow);
    articles.indexBacklog();
    for (const char* single : {"fregat", "\"fregat tromp\"", "fre*"}) {
        auto r = ranks(db, single);
        ASSERT_GE(r.size(), 3u) << single;
        for (size_t i = 1; i < r.size(); ++i)
            EXPECT_LE(r[i - 1].first, r[i].first) << single << ": same order as bm25";
        EXPECT_LT(r.front().first, r.back().first) << single << ": the rows are told apart";
    }
    for (const char* several : {"fregat noordzee", "fregat OR oostzee", "fregat NOT tromp"}) {
        auto r = ranks(db, several);
        ASSERT_FALSE(r.empty()) << several;
        for (auto [ours, theirs] : r)
            EXPECT_NEAR(ours, theirs, 1e-9) << several;
    }
}

TEST_F(SearchTest, ABroadQueryRanksTheThousandMostRecentlyCachedHits) {
    // The best match of all, cached first, then 1000 weaker ones: it falls outside the window.
    add(nos, "old", "Fregat fregat fregat", "Fregat.", {}, kNow - 500 * 86400);
    std::vector<Article> weaker;
    for (int i = 0; i < 1000; ++i) {
        Article a;
        a.id = "w" + std::to_string(i);
        a.title = "Bericht " + std::to_string(i);
        a.content = "<p>Een lang bericht over de marine waarin ook een fregat voorkomt.</p>";
        a.published = kNow - i;
        weaker.push_back(a);
    }
    Transaction t(db);
    articles.storeArticles(nos, weaker, kNow);
    t.commit();
    auto hits = articles.search("fregat", 2000);
    EXPECT_EQ(hits.size(), 1000u);
    for (const auto& h : hits)
        EXPECT_NE(h.title, "Fregat fregat fregat");
    add(nos, "new", "Fregat Tromp", "Fregat.", {}, kNow - 600 * 86400);
    EXPECT_EQ(articles.search("fregat", 5).at(0).title, "Fregat Tromp")
        << "cached last, inside the window, ranked first by its title";
}

TEST_F(SearchTest, ALockedFileStillSearchesWhatIsIndexed) {
    articles.indexBacklog();
    add(nos, "5", "Fregat Tromp", "Naar de Noordzee.", {}, kNow);
    Database other(dir.database());
    Transaction writing(other); // a refresh busy for longer than the busy timeout
    EXPECT_EQ(titles("oekraine").size(), 2u) << "no exception; the indexed articles are found";
    writing.commit();
    EXPECT_EQ(titles("fregat").size(), 1u);
}

TEST_F(SearchTest, SyntaxInTheQueryIsText) {
    // FTS5 operators and stray quotes must not break the search or inject syntax.
    EXPECT_NO_THROW(titles("NEAR( OR AND \" * ^ :"));
    EXPECT_NO_THROW(titles("\"unterminated"));
    EXPECT_NO_THROW(titles("-"));
    EXPECT_NO_THROW(titles("col:umn title:x"));
}

TEST(SearchQuery, ParsesWordsPhrasesFiltersAndRelativeDates) {
    SearchQuery q =
        parseSearchQuery("drone* \"nieuwe raketten\" -china is:unread feed:7 since:7d", 1000000);
    EXPECT_EQ(q.matchExpression, "\"drone\"* \"nieuwe raketten\" NOT \"china\"");
    EXPECT_TRUE(q.unreadOnly);
    EXPECT_EQ(q.feedId, 7);
    EXPECT_EQ(q.since, 1000000 - 7 * 86400);
    EXPECT_EQ(parseSearchQuery("say \"hi\"\"", 0).matchExpression, "\"say\" \"hi\"");
}

} // namespace
} // namespace heraut
