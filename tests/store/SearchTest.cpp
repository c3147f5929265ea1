// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"
#include "TempDatabase.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"
#include "heraut/SearchQuery.h"

#include <algorithm>
#include <chrono>
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

// A table's cells are words of their own: "<td>Schip</td><td>In dienst</td>" was indexed as
// "SchipIn dienst", and "schip" found nothing.
TEST_F(SearchTest, TableCellsAreWordsOfTheirOwn) {
    Article a;
    a.id = "tabel";
    a.title = "Nieuwe fregatten";
    a.content = "<table><tr><th>Schip</th><th>In dienst</th><th>Kosten</th></tr></table>";
    a.published = kNow;
    Transaction t(db);
    articles.storeArticles(defensie, {a}, kNow);
    t.commit();
    EXPECT_EQ(titles("schip"), std::vector<std::string>{"Nieuwe fregatten"});
    EXPECT_EQ(titles("kosten"), std::vector<std::string>{"Nieuwe fregatten"});
    EXPECT_TRUE(titles("schipin").empty());
}

// The migration that rebuilds the index, found by what it is: only a rebuild.
int versionBeforeCellRebuild() {
    for (size_t i = schema::kMigrations.size(); i-- > 0;)
        if (schema::kMigrations[i] ==
            "\nINSERT INTO article_search(article_search) VALUES ('rebuild');\n")
            return static_cast<int>(i);
    ADD_FAILURE() << "no migration rebuilds the index alone";
    return Database::kSchemaVersion - 1;
}

// A cache indexed with the cells run together ("SchipIn dienstKosten", as the text was
// derived before) is indexed anew, and stays consistent when the article goes.
TEST(SearchMigration, ACacheIndexedWithCellsRunTogetherIsRebuilt) {
    test::TempDir dir;
    {
        Database db(dir.database(), versionBeforeCellRebuild());
        std::int64_t feed = FeedStore(db).addFeed("https://a.nl/feed", "A", std::nullopt, kNow);
        Article a;
        a.id = "tabel";
        a.title = "Nieuwe fregatten";
        a.content = "<table><tr><th>Schip</th><th>In dienst</th><th>Kosten</th></tr></table>";
        ArticleStore articles(db);
        Transaction t(db);
        articles.storeArticles(feed, {a}, kNow);
        t.commit();
        articles.indexBacklog();
        // What the index held then: the old text's words.
        db.execute("INSERT INTO article_search(article_search, rowid, title, text, takeaways, "
                   "feed) SELECT 'delete', id, title, text, takeaways, feed "
                   "FROM article_search_source");
        db.execute("INSERT INTO article_search(rowid, title, text, takeaways, feed) SELECT id, "
                   "title, replace(text, ' | ', ''), takeaways, feed FROM article_search_source");
        ASSERT_EQ(indexHits(db, "schipin"), 1);
    }
    Database db(dir.database());
    EXPECT_EQ(indexHits(db, "schip"), 1);
    EXPECT_EQ(indexHits(db, "schipin"), 0);
    EXPECT_NO_THROW(checkIndex(db));
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

// Stores `count` articles about drones in `feed` in one go, cached in that order; each dated
// `age` seconds before kNow.
std::vector<std::int64_t> addDrones(Database& db, ArticleStore& articles, std::int64_t feed,
                                    const std::string& prefix, int count, std::int64_t age) {
    std::vector<Article> batch;
    for (int i = 0; i < count; ++i) {
        Article a;
        a.id = prefix + std::to_string(i);
        a.title = "Drone " + prefix + std::to_string(i);
        a.content = "<p>Een bericht over drones en een drone boven de Noordzee.</p>";
        a.published = kNow - age - i;
        batch.push_back(a);
    }
    Transaction t(db);
    articles.storeArticles(feed, batch, kNow);
    t.commit();
    Statement ids = db.prepare("SELECT id FROM articles WHERE guid LIKE ? ORDER BY id");
    ids.bind(1, prefix + "%");
    std::vector<std::int64_t> out;
    while (ids.step())
        out.push_back(ids.integer(0));
    return out;
}

// 1 800 articles about drones; the ones each filter is after were cached before the newest
// 1 000, which a search used to rank alone before it filtered.
TEST_F(SearchTest, FiltersAndScopesNarrowEveryMatchNotTheNewestThousand) {
    std::int64_t flemish = feeds.addFeed("https://c.be/feed", "VRT", "Nederland en België", kNow);
    std::int64_t dutch = feeds.addFeed("https://d.nl/feed", "NRC", "Nederland", kNow);
    auto old = addDrones(db, articles, flemish, "vrt", 600, 3600);        // dated last hour
    auto newer = addDrones(db, articles, dutch, "nrc", 1200, 30 * 86400); // a month old
    articles.setRead(newer, true, kNow);
    articles.setRead({old.begin() + 5, old.end()}, true, kNow);
    articles.setStarred({old[10], old[11]}, true);
    auto count = [&](const std::string& q) { return articles.search(q, 2000).size(); };
    EXPECT_EQ(count("drone"), 1000u) << "unfiltered, still the window of the newest 1000";
    EXPECT_EQ(count("drone is:unread"), 5u);
    EXPECT_EQ(count("drone is:starred"), 2u);
    EXPECT_EQ(count("drone feed:" + std::to_string(flemish)), 600u);
    EXPECT_EQ(count("drone folder:\"Nederland en België\""), 600u);
    EXPECT_EQ(count("drone folder:Nederland"), 1000u);
    EXPECT_EQ(count("drone since:2026-01-22"), 600u) << "dated recently, cached early";
    EXPECT_EQ(count("drone* is:unread feed:" + std::to_string(flemish)), 5u);
    EXPECT_EQ(count("\"drone vrt1\" is:unread"), 1u) << "a phrase, ranked within the filter";
    EXPECT_EQ(count("drone is:read since:2026-01-22"), 595u);
    EXPECT_EQ(count("drone folder:Nederland feed:" + std::to_string(flemish)), 0u)
        << "a feed outside the folder";
    EXPECT_EQ(count("drone folder:Nergens"), 0u);
    EXPECT_EQ(count("drone feed:9999"), 0u);
    EXPECT_EQ(count("feed" + std::to_string(flemish)), 0u)
        << "the feed column the index keeps is not searched for typed words";
    EXPECT_EQ(count("-drone feed:" + std::to_string(flemish)), 0u);
    const std::string marked = std::string("\x01") + "feed" + std::to_string(flemish);
    EXPECT_EQ(count(marked), 0u) << "nor with its marker";
    EXPECT_EQ(count("drone " + marked), 0u);
    auto hits = articles.search("drone is:starred", 10);
    ASSERT_EQ(hits.size(), 2u);
    for (const auto& h : hits)
        EXPECT_EQ(h.feedId, flemish);
}

TEST_F(SearchTest, ExclusionsAloneListEverythingElseNewestFirst) {
    EXPECT_EQ(titles("-oekraine"),
              (std::vector<std::string>{"Zweedse straaljagers onderscheppen bommenwerper",
                                        "Britse marine schaduwt Russische schepen"}));
    EXPECT_EQ(titles("-oekraine -zweedse"),
              std::vector<std::string>{"Britse marine schaduwt Russische schepen"});
    EXPECT_EQ(titles("-\"russische schepen\" -oekraine"),
              std::vector<std::string>{"Zweedse straaljagers onderscheppen bommenwerper"});
    EXPECT_EQ(titles("-russisch* feed:" + std::to_string(defensie)).size(), 2u);
    EXPECT_EQ(titles("-nergens").size(), 4u);
}

// The reader's window words these itself (CoreMessages): the error names the filter and keeps
// the token as typed, the words left out come as a number.
TEST_F(SearchTest, FilterErrorsAndWordsLeftOutComeAsKinds) {
    auto filterOf = [&](const std::string& q) -> std::pair<SearchQueryError::Filter, std::string> {
        try {
            parseSearchQuery(q, kNow);
        } catch (const SearchQueryError& error) {
            return {error.filter(), error.token()};
        }
        ADD_FAILURE() << q << " was read";
        return {};
    };
    using Filter = SearchQueryError::Filter;
    EXPECT_EQ(filterOf("drone is:bogus"), std::pair(Filter::Is, std::string("is:bogus")));
    EXPECT_EQ(filterOf("feed:abc"), std::pair(Filter::Feed, std::string("feed:abc")));
    EXPECT_EQ(filterOf("folder:"), std::pair(Filter::Folder, std::string("folder:")));
    EXPECT_EQ(filterOf("SINCE:gisteren"), std::pair(Filter::Since, std::string("SINCE:gisteren")));
    // Read as words, these found nothing, or the opposite of what was meant, without a word.
    EXPECT_EQ(filterOf("-is:muted"), std::pair(Filter::Negated, std::string("-is:muted")));
    EXPECT_EQ(filterOf("drone -folder:Nieuws"),
              std::pair(Filter::Negated, std::string("-folder:Nieuws")));
    EXPECT_EQ(filterOf("is:muted OR is:starred"),
              std::pair(Filter::Alternative, std::string("is:muted")));
    EXPECT_EQ(filterOf("patriot OR is:unread"),
              std::pair(Filter::Alternative, std::string("is:unread")));
    EXPECT_EQ(filterOf("since:7d OR drone"),
              std::pair(Filter::Alternative, std::string("since:7d")));
    EXPECT_NO_THROW(parseSearchQuery("patriot OR nasams is:unread -drone", kNow));
    EXPECT_NO_THROW(parseSearchQuery("\"-is:muted\"", kNow)) << "a phrase is words";
    std::string many;
    for (int i = 0; i < kMaxSearchWords + 5; ++i)
        many += "woord" + std::to_string(i) + " ";
    EXPECT_EQ(parseSearchQuery(many, kNow).wordsLeftOut, 5);
    EXPECT_EQ(parseSearchQuery("drone", kNow).wordsLeftOut, 0);
}

TEST_F(SearchTest, FiltersItCannotReadAreErrorsThatSayWhatIsAllowed) {
    auto message = [&](const std::string& q) -> std::string {
        try {
            articles.search(q);
        } catch (const SearchQueryError& error) {
            return error.what();
        }
        return "no error";
    };
    EXPECT_EQ(message("drone is:bogus"), "\"is:bogus\": is: takes unread, read, starred or muted");
    EXPECT_NE(message("is:").find("is: takes unread, read, starred or muted"), std::string::npos);
    EXPECT_NE(message("since:xyz").find("since: takes a date"), std::string::npos);
    EXPECT_NE(message("since:xyz").find("7d"), std::string::npos);
    EXPECT_NE(message("drone since:").find("since: takes a date"), std::string::npos);
    EXPECT_NE(message("feed:abc").find("feed: takes a feed's number"), std::string::npos);
    EXPECT_NE(message("folder:").find("folder: takes a folder's name"), std::string::npos);
    EXPECT_EQ(message("IS:UNREAD"), "no error");
    EXPECT_EQ(message("Tu-22M: 10:30 title:x"), "no error") << "other colons are text";
}

TEST_F(SearchTest, FoldersWithSpacesInTheirNamesMatchThatFolderOnly) {
    std::int64_t flemish = feeds.addFeed("https://c.be/feed", "VRT", "Nederland en België", kNow);
    std::int64_t dutch = feeds.addFeed("https://d.nl/feed", "NRC", "Nederland", kNow);
    add(flemish, "v", "Belgische F-35 landt in Kleine-Brogel", "Russische drone gezien.", {}, kNow);
    add(dutch, "n", "Nederlandse F-35 in Volkel", "Russische drone gezien.", {}, kNow);
    EXPECT_EQ(titles("drone folder:\"Nederland en België\""),
              std::vector<std::string>{"Belgische F-35 landt in Kleine-Brogel"});
    EXPECT_EQ(titles("folder:\"Nederland en België\""),
              std::vector<std::string>{"Belgische F-35 landt in Kleine-Brogel"});
    EXPECT_EQ(titles("drone folder:Nederland"),
              std::vector<std::string>{"Nederlandse F-35 in Volkel"});
    EXPECT_TRUE(titles("drone folder:\"Nederland en\"").empty());
    SearchQuery scoped = parseSearchQuery("drone", kNow);
    scoped.folder = "Nederland en België"; // as the reader adds its scope
    ASSERT_EQ(articles.search(scoped).size(), 1u);
    EXPECT_EQ(articles.search(scoped)[0].feedId, flemish);
}

TEST_F(SearchTest, StrokesLigaturesGreekAndCyrillicAreFoldedInTextAndQuery) {
    add(nos, "g", "Αθήνα στέλνει φρεγάτα", "Ἀθῆναι, Σκοπιάς.", {}, kNow);
    add(nos, "p", "Luchtmachtbasis Łask", "Poolse F-16's in Łódź.", {}, kNow);
    add(nos, "s", "Øresund-brug bewaakt", "Đakovo, Ħamrun, Þórshöfn, Ðiðrik, Straße.", {}, kNow);
    add(nos, "t", "İstanbul en ıspanya", "Encyclopædia, œuvre.", {}, kNow);
    add(nos, "r", "Ёлка в Киеве", "Зеленский сказал.", {}, kNow);
    auto one = [&](const std::string& q) {
        auto hits = titles(q);
        return hits.size() == 1 ? hits[0] : "(" + std::to_string(hits.size()) + " hits)";
    };
    for (const char* q : {"αθηνα", "ΑΘΗΝΑ", "Αθήνα", "φρεγατα", "αθηναι", "σκοπιασ", "σκοπιας",
                          "\"αθηνα στελνει\"", "αθη*"})
        EXPECT_EQ(one(q), "Αθήνα στέλνει φρεγάτα") << q;
    for (const char* q : {"lask", "LASK", "Łask", "lodz", "łas*"})
        EXPECT_EQ(one(q), "Luchtmachtbasis Łask") << q;
    for (const char* q : {"oresund", "dakovo", "hamrun", "thorshofn", "didrik", "strasse"})
        EXPECT_EQ(one(q), "Øresund-brug bewaakt") << q;
    for (const char* q : {"istanbul", "ISTANBUL", "ispanya", "encyclopaedia", "oeuvre"})
        EXPECT_EQ(one(q), "İstanbul en ıspanya") << q;
    for (const char* q : {"елка", "ёлка", "ЕЛКА", "зеленскии", "киеве"})
        EXPECT_EQ(one(q), "Ёлка в Киеве") << q;
    EXPECT_EQ(one("oekraine"), "(2 hits)") << "unicode61's own folding stays";
    add(nos, "plain", "Lask zonder streep", "Gewoon.", {}, kNow);
    EXPECT_EQ(titles("Łask").size(), 2u) << "a stroke typed in the query folds too";
    checkIndex(db);
}

TEST_F(SearchTest, ALongQueryIsBoundedAndSaysWhatItLeftOut) {
    std::string paste = "oekraine";
    for (int i = 0; i < 5000; ++i)
        paste += " woord" + std::to_string(i % 2500); // every word twice
    SearchQuery q = parseSearchQuery(paste, kNow);
    ASSERT_EQ(q.warnings.size(), 1u);
    EXPECT_EQ(q.warnings[0], "searched the first 32 words; 2469 more were left out");
    EXPECT_EQ(std::count(q.matchExpression.begin(), q.matchExpression.end(), '"'), 64);
    auto started = std::chrono::steady_clock::now();
    EXPECT_TRUE(articles.search(paste).empty()) << "the words it kept are all searched";
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(2));
    std::string phrase = "\"";
    for (int i = 0; i < 40; ++i)
        phrase += "w" + std::to_string(i) + " ";
    q = parseSearchQuery(phrase + "\" drone", kNow);
    EXPECT_EQ(q.matchExpression.substr(q.matchExpression.size() - 8), "w30 w31\"")
        << "a phrase is cut at the limit: " << q.matchExpression;
    EXPECT_EQ(q.warnings.at(0), "searched the first 32 words; 9 more were left out");
}

TEST(SearchQuery, RepeatedWordsAreSearchedOnce) {
    EXPECT_EQ(parseSearchQuery("drone Drone DRONE drone", 0).matchExpression, "\"drone\"");
    EXPECT_EQ(parseSearchQuery("Łask lask oekraïne Oekraine", 0).matchExpression,
              "\"Łask\" \"oekraïne\"");
    EXPECT_EQ(parseSearchQuery("drone drone* -drone", 0).matchExpression,
              "\"drone\" \"drone\"* NOT \"drone\"");
    EXPECT_TRUE(parseSearchQuery("drone drone", 0).warnings.empty());
}

TEST(SearchQuery, EmptyMeansNeitherWordsNorFilters) {
    EXPECT_TRUE(parseSearchQuery("", 0).empty());
    EXPECT_TRUE(parseSearchQuery("   \t", 0).empty());
    EXPECT_TRUE(parseSearchQuery("- \"\"", 0).empty());
    EXPECT_FALSE(parseSearchQuery("is:unread", 0).empty());
    EXPECT_FALSE(parseSearchQuery("-drone", 0).empty());
    EXPECT_EQ(parseSearchQuery("-drone -\"china zee\"", 0).excludeExpression,
              "\"drone\" OR \"china zee\"");
}

// The index's tokenizer (unicode61) keeps letters and digits only: a term of emoji, arrows or
// dashes has no word in it, and is left out with a warning, instead of finding nothing.
TEST(SearchQuery, TermsWithoutLetterOrDigitAreLeftOutAndSaid) {
    SearchQuery rocket = parseSearchQuery("🚀", 0);
    EXPECT_TRUE(rocket.empty());
    EXPECT_EQ(rocket.unsearchable, std::vector<std::string>{"🚀"});
    ASSERT_EQ(rocket.warnings.size(), 1u);
    EXPECT_EQ(rocket.warnings[0], "\"🚀\" has no letter or digit to look for: left out");
    SearchQuery mixed = parseSearchQuery("🚀 fregat → -🛰️ … ©® 🚀 \"—\"", 0);
    EXPECT_EQ(mixed.matchExpression, "\"fregat\"");
    EXPECT_EQ(mixed.unsearchable,
              (std::vector<std::string>{"🚀", "→", "-🛰️", "…", "©®", "\"—\""}));
    for (const char* word : {"Łask", "Αθήνα", "Киев", "日本", "F-35", "3,5", "ﬁre", "x🚀", "½", "m²",
                             "ª", "Ⅳ", "①", "々"})
        EXPECT_TRUE(parseSearchQuery(word, 0).unsearchable.empty()) << word;
    EXPECT_EQ(parseSearchQuery("！ ¿ «»", 0).unsearchable.size(), 3u);
    // What was left out is no word to be an alternative to: "fregat 🚀 OR drone" is fregat
    // and drone, as FTS5 read it when the emoji reached it.
    EXPECT_EQ(parseSearchQuery("fregat 🚀 OR drone", 0).matchExpression, "\"fregat\" \"drone\"");
    EXPECT_EQ(parseSearchQuery("fregat OR drone 🚀", 0).matchExpression,
              "(\"fregat\" OR \"drone\")");
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

// A span reaches no further back than a date may (the year 1000): 9223372036854775807h
// overflowed into the future and 106751991167d to the year -292274998.
TEST(SearchQuery, SpansStopAtTheYearOneThousand) {
    constexpr std::int64_t now = 1796083200; // 2026-12-01T00:00:00Z
    constexpr std::int64_t year1000 = -30610224000;
    EXPECT_EQ(parseSince("7d", now), now - 7 * 86400);
    EXPECT_EQ(parseSince("2w", now), now - 14 * 86400);
    EXPECT_EQ(parseSince("0h", now), now);
    EXPECT_EQ(parseSince(std::to_string((now - year1000) / 3600) + "h", now),
              now - (now - year1000) / 3600 * 3600);
    EXPECT_FALSE(parseSince(std::to_string((now - year1000) / 3600 + 1) + "h", now));
    for (const char* far : {"9223372036854775807h", "106751991167d", "99999999d", "2000000w",
                            "99999999999999999999d", "-1d", "7", "d", "7y"})
        EXPECT_FALSE(parseSince(far, now)) << far;
    EXPECT_EQ(parseSince("2026-11-29T08:00:00Z", now), 1795939200) << "a date as before";
    EXPECT_THROW(parseSearchQuery("navo since:9999999999999999d", now), SearchQueryError);
    EXPECT_THROW(parseSearchQuery("navo since:9223372036854775807h", now), SearchQueryError);
}

// Watch-lists are written "patriot OR nasams" (issue 13): upper-case OR makes the words
// around it alternatives; lower-case "or" stays a word.
TEST(SearchQuery, UpperCaseOrJoinsAlternatives) {
    EXPECT_EQ(parseSearchQuery("patriot OR nasams OR \"lucht verdediging\"", 0).matchExpression,
              "(\"patriot\" OR \"nasams\" OR \"lucht verdediging\")");
    EXPECT_EQ(parseSearchQuery("f-35 OR f35 levering -turkije", 0).matchExpression,
              "(\"f-35\" OR \"f35\") AND \"levering\" NOT \"turkije\"");
    EXPECT_EQ(parseSearchQuery("OR drone OR", 0).matchExpression, "\"drone\"");
    EXPECT_EQ(parseSearchQuery("this or that", 0).matchExpression, "\"this\" \"or\" \"that\"");
    EXPECT_TRUE(parseSearchQuery("is:muted", 0).mutedOnly);
}

TEST_F(SearchTest, AlternativesFindEither) {
    EXPECT_EQ(titles("nasams OR pantser*").size(), 2u);
    EXPECT_EQ(titles("oekraine OR kanaal -noorwegen").size(), 2u);
    EXPECT_EQ(titles("marine OR tu-22m schepen"),
              std::vector<std::string>{"Britse marine schaduwt Russische schepen"});
}

} // namespace
} // namespace heraut
