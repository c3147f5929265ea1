// SPDX-License-Identifier: GPL-3.0-or-later
// Watch-lists keep their unread and total counted as things change (WatchLists.h). Every path
// that changes what a list shows must adjust them: after each one the kept counters are
// compared with a count over the articles (ArticleStore::count of the list's query) and with
// WatchListStore::recount, on a real database file.
#include "Schema.h"
#include "TempDatabase.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"
#include "heraut/MuteRules.h"
#include "heraut/WatchLists.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <map>
#include <tuple>

namespace heraut {
namespace {

constexpr std::int64_t kNow = 1769100000;
constexpr std::int64_t kDay = 86400;

class WatchListCountsTest : public testing::Test {
  protected:
    test::TempDir dir;
    Database db{dir.database()};
    FeedStore feeds{db};
    ArticleStore articles{db};
    WatchListStore watch{db};
    MuteRuleStore mute{db};
    std::int64_t defensie = feeds.addFeed("https://a.nl/feed", "Defensie.nl", "Defensie", kNow);
    std::int64_t nos = feeds.addFeed("https://b.nl/feed", "NOS", "Nieuws", kNow);
    std::int64_t vrt = feeds.addFeed("https://c.be/feed", "VRT NWS", "Nieuws", kNow);
    int next = 1;

    void SetUp() override {
        for (const WatchList& list : watch.lists())
            watch.remove(list.name);
        add(defensie, "Patriot-systeem naar Polen", "Nederland levert luchtverdediging.", 1);
        add(defensie, "NASAMS voor Oekraïne", "Noorwegen levert luchtverdediging.", 2);
        add(nos, "Fregat Tromp vertrekt", "De marine stuurt een fregat.", 3);
        add(nos, "Patriots in Oekraïne", "Twee batterijen erbij.", 40);
        add(vrt, "Belgische fregatten naar de Noordzee", "De marine oefent.", 50);
        mute.applyToArrivals(kNow); // rules apply only to what arrives after this
        // Lists of words alone and lists with every kind of filter.
        watch.add("Luchtverdediging", "patriot* OR nasams OR luchtverdediging", false, kNow);
        watch.add("Marine", "marine OR fregat*", false, kNow);
        watch.add("Oekraïne ongelezen", "oekraine is:unread", false, kNow);
        watch.add("Marine gelezen", "fregat* is:read", false, kNow);
        watch.add("Patriot NOS", "patriot* feed:" + std::to_string(nos), false, kNow);
        watch.add("Nieuws marine", "marine folder:Nieuws", false, kNow);
        watch.add("Recent", "patriot* OR fregat* since:10d", false, kNow);
        watch.add("Bewaard", "patriot* OR fregat* is:starred", false, kNow);
        watch.add("Gedempt", "patriot* OR fregat* is:muted", false, kNow);
    }

    std::int64_t add(std::int64_t feed, const std::string& title, const std::string& text,
                     int daysOld) {
        Article a;
        a.id = std::to_string(next++);
        a.title = title;
        a.content = "<p>" + text + "</p>";
        a.published = kNow - daysOld * kDay;
        Transaction t(db);
        articles.storeArticles(feed, {a}, kNow);
        t.commit();
        return db.lastInsertId();
    }

    std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>> kept() {
        std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>> rows;
        Statement q = db.prepare("SELECT id, total, unread FROM watch_lists");
        while (q.step())
            rows[q.integer(0)] = {q.integer(1), q.integer(2)};
        return rows;
    }

    // The counts equal what the lists show, and the kept counters what a recount finds.
    void expectExact(const std::string& after, std::int64_t now = kNow) {
        SCOPED_TRACE("after " + after);
        std::map<std::int64_t, WatchListCount> counts = watch.counts(now);
        for (const WatchList& list : watch.lists()) {
            ArticleQuery query = watch.articleQuery(list, now);
            int total = articles.count(query);
            bool readOnly = query.readOnly;
            query.unreadOnly = true;
            int unread = readOnly ? 0 : articles.count(query);
            EXPECT_EQ(counts[list.id].total, total) << list.name;
            EXPECT_EQ(counts[list.id].unread, unread) << list.name;
        }
        auto before = kept();
        watch.recount();
        EXPECT_EQ(before, kept()) << "a kept counter went astray";
    }

    int totalOf(const std::string& name) { return watch.counts(kNow)[watch.find(name)->id].total; }
    int unreadOf(const std::string& name) {
        return watch.counts(kNow)[watch.find(name)->id].unread;
    }
};

TEST_F(WatchListCountsTest, NewListsCountWhatIsCached) {
    expectExact("adding the lists");
    EXPECT_EQ(totalOf("Luchtverdediging"), 3);
    EXPECT_EQ(unreadOf("Luchtverdediging"), 3);
    EXPECT_EQ(totalOf("Marine"), 2);
    EXPECT_EQ(totalOf("Recent"), 2) << "a Patriot and a frigate article of this week";
    EXPECT_EQ(totalOf("Patriot NOS"), 1);
    EXPECT_EQ(totalOf("Nieuws marine"), 2);
}

TEST_F(WatchListCountsTest, ReadingAndUnreadingOneArticle) {
    articles.setRead({1}, true, kNow);
    expectExact("reading one");
    EXPECT_EQ(unreadOf("Luchtverdediging"), 2);
    EXPECT_EQ(totalOf("Luchtverdediging"), 3);
    articles.setRead({1}, true, kNow); // no change: counted once
    articles.setRead({3}, true, kNow);
    expectExact("reading another");
    EXPECT_EQ(totalOf("Marine gelezen"), 1);
    articles.setRead({1, 3}, false, kNow);
    expectExact("unreading both");
    EXPECT_EQ(unreadOf("Luchtverdediging"), 3);
    articles.setStarred({4}, true, kNow);
    expectExact("starring");
    EXPECT_EQ(totalOf("Bewaard"), 1);
}

TEST_F(WatchListCountsTest, MarkAllReadAndItsUndo) {
    std::vector<std::int64_t> feed = articles.markAllRead({.feedId = nos}, kNow);
    expectExact("marking a feed read");
    std::vector<std::int64_t> all = articles.markAllRead({}, kNow);
    expectExact("marking everything read");
    EXPECT_EQ(unreadOf("Luchtverdediging"), 0);
    EXPECT_EQ(unreadOf("Oekraïne ongelezen"), 0);
    EXPECT_EQ(totalOf("Oekraïne ongelezen"), 0);
    articles.setRead(all, false, kNow); // the undo
    expectExact("undoing it");
    EXPECT_EQ(unreadOf("Luchtverdediging"), 2);
    articles.setRead(feed, false, kNow);
    expectExact("undoing the feed");
    EXPECT_EQ(unreadOf("Luchtverdediging"), 3);
    std::vector<std::int64_t> list = watch.markAllRead(watch.find("Marine")->id, kNow);
    EXPECT_EQ(list.size(), 2u);
    expectExact("marking a list read");
    EXPECT_EQ(unreadOf("Marine"), 0);
    articles.setRead(list, false, kNow);
    expectExact("undoing the list's");
}

TEST_F(WatchListCountsTest, RetentionAndFeedRemoval) {
    articles.setRead({1, 2, 3}, true, kNow - 400 * kDay);
    EXPECT_EQ(articles.applyRetention(180 * kDay, kNow), 3);
    expectExact("retention");
    EXPECT_EQ(totalOf("Luchtverdediging"), 1);
    EXPECT_EQ(unreadOf("Luchtverdediging"), 1);
    feeds.removeFeed(vrt);
    expectExact("removing a feed");
    EXPECT_EQ(totalOf("Marine"), 0);
    feeds.removeFeed(nos);
    expectExact("removing the last");
    EXPECT_EQ(totalOf("Luchtverdediging"), 0);
}

TEST_F(WatchListCountsTest, ArrivalsMutedBeforeOrAfterMatching) {
    MuteRule hide;
    hide.pattern = "Noordzee OR Polen";
    hide.action = MuteRule::Action::Hide;
    mute.add(hide, kNow);
    MuteRule markRead;
    markRead.pattern = "batterijen";
    mute.add(markRead, kNow);
    // As a refresh does it: muted first, then matched.
    add(nos, "Patriot-raketten naar Polen", "Uit Duitsland.", 0);
    add(nos, "Nieuwe Patriot-batterijen", "Voor de marine.", 0);
    mute.applyToArrivals(kNow);
    watch.updateMatches(kNow);
    expectExact("muting, then matching");
    EXPECT_EQ(totalOf("Luchtverdediging"), 4) << "the hidden one is in neither count";
    EXPECT_EQ(unreadOf("Luchtverdediging"), 3) << "the other was marked read on arrival";
    EXPECT_EQ(totalOf("Gedempt"), 1);
    // Matched first (heraut-cli watch list after a cancelled refresh), then muted.
    add(vrt, "Fregat in de Noordzee", "Een Patriot aan boord.", 0);
    add(vrt, "Fregat met batterijen", "Patriot.", 0);
    watch.updateMatches(kNow);
    EXPECT_EQ(totalOf("Marine"), 5);
    mute.applyToArrivals(kNow);
    expectExact("matching, then muting");
    EXPECT_EQ(totalOf("Marine"), 4);
    EXPECT_EQ(unreadOf("Marine"), 2);
    // A muted article marked unread again counts as unread; a hidden one stays out.
    articles.setRead({7, 8, 9}, false, kNow);
    expectExact("unreading muted articles");
    EXPECT_EQ(unreadOf("Marine"), 4);
}

// A list made after a refresh stored its articles but before it matched them (heraut-cli watch
// add during a refresh) has matched them already: the refresh adds them to the other lists
// only, and counts each once.
TEST_F(WatchListCountsTest, AListMadeBetweenStoringAndMatching) {
    add(nos, "Patriot-batterij in Polen", "Luchtverdediging.", 0);
    add(vrt, "Fregat Louisa-Marie", "De marine.", 0);
    watch.add("Nieuw", "patriot* OR fregat*", false, kNow);
    EXPECT_EQ(totalOf("Nieuw"), 6);
    EXPECT_GT(watch.updateMatches(kNow), 0);
    expectExact("matching a refresh's arrivals");
    EXPECT_EQ(totalOf("Nieuw"), 6) << "nothing counted twice";
    EXPECT_EQ(totalOf("Luchtverdediging"), 4);
    EXPECT_EQ(totalOf("Marine"), 3);
    EXPECT_EQ(watch.updateMatches(kNow), 0) << "nothing new";
}

// Many arrivals at once, dated between and around the cached ones and read or not, are
// matched for every list in one pass (added in the matches' key order, not list by list).
TEST_F(WatchListCountsTest, ManyArrivalsAtOnce) {
    for (int i = 0; i < 60; ++i) {
        std::int64_t id = add(i % 2 ? nos : vrt, "Patriot " + std::to_string(i),
                              i % 3 ? "De marine en een fregat." : "Luchtverdediging.", i % 45);
        if (i % 4 == 0) articles.setRead({id}, true, kNow);
    }
    // Every Patriot for the five lists of patriot*, 40 with fregat or marine for the three of
    // those, none for Oekraïne: filters are applied when counting, not when matching.
    EXPECT_EQ(watch.updateMatches(kNow), 5 * 60 + 3 * 40);
    expectExact("sixty arrivals");
    EXPECT_EQ(totalOf("Luchtverdediging"), 63);
    EXPECT_EQ(unreadOf("Luchtverdediging"), 48);
}

// A refresh's articles may be dated before everything cached (a feed that comes back with its
// archive) as well as after it: their matches land among each list's dates, not only at its
// end, and are counted and listed all the same, and matching leaves the connection's page cache
// as it found it.
TEST_F(WatchListCountsTest, ArrivalsOlderAndNewerThanTheCache) {
    watch.updateMatches(kNow);
    Statement cacheSize = db.prepare("PRAGMA cache_size");
    ASSERT_TRUE(cacheSize.step());
    std::int64_t cacheBefore = cacheSize.integer(0);
    cacheSize.reset();
    std::vector<std::int64_t> old, recent;
    for (int i = 0; i < 30; ++i) {
        std::string n = std::to_string(i);
        old.push_back(add(i % 2 ? nos : vrt, "Patriot uit het archief " + n,
                          "De marine en een fregat.", 400 + i));
        recent.push_back(add(i % 2 ? vrt : nos, "Patriot vandaag " + n, "Luchtverdediging.", 0));
        if (i % 3 == 0) articles.setRead({old.back(), recent.back()}, true, kNow);
    }
    // Sixty for the five lists of patriot*, the thirty old ones for the three of fregat.
    EXPECT_EQ(watch.updateMatches(kNow), 5 * 60 + 3 * 30);
    expectExact("arrivals older and newer than the cache");
    EXPECT_EQ(totalOf("Luchtverdediging"), 63);
    EXPECT_EQ(totalOf("Recent"), 32); // patriot* OR fregat* since:10d: the old ones are not
    EXPECT_EQ(totalOf("Marine"), 32); // two cached, the thirty old ones
    ArticleQuery query = watch.articleQuery(*watch.find("Luchtverdediging"), kNow);
    query.limit = 1000;
    auto rows = articles.list(query);
    ASSERT_EQ(rows.size(), 63u);
    // Newest first: today's thirty, the three cached, then the archive's down to 429 days.
    std::vector<std::int64_t> ids;
    for (const auto& row : rows)
        ids.push_back(row.id);
    std::vector<std::int64_t> first(ids.begin(), ids.begin() + 30);
    std::sort(first.begin(), first.end());
    EXPECT_EQ(first, recent);
    std::vector<std::int64_t> last(ids.rbegin(), ids.rbegin() + 30);
    EXPECT_EQ(last, std::vector<std::int64_t>(old.rbegin(), old.rend()));
    ASSERT_TRUE(cacheSize.step());
    EXPECT_EQ(cacheSize.integer(0), cacheBefore);
}

// A list with since: is counted on the shorter side of its date (WatchListStore::sinceCount):
// from the date on, or the kept counters less what is older. Windows of every width, alone and
// with is:unread, is:read or other filters, stay exact as articles arrive dated before and
// after the cache, are read, hidden or removed, and as time passes.
TEST_F(WatchListCountsTest, SinceListsCountedFromEitherSide) {
    for (const char* window : {"0d", "2d", "10d", "45d", "400d"}) {
        std::string since = std::string(" since:") + window;
        watch.add(std::string("Luchtverdediging ") + window, "patriot* OR nasams" + since, false,
                  kNow);
        watch.add(std::string("Ongelezen ") + window, "patriot* OR fregat* is:unread" + since,
                  false, kNow);
        watch.add(std::string("Gelezen ") + window, "patriot* OR fregat* is:read" + since, false,
                  kNow);
        watch.add(std::string("Nieuws ") + window, "patriot* OR fregat* folder:Nieuws" + since,
                  false, kNow);
    }
    expectExact("adding the lists");
    EXPECT_EQ(totalOf("Luchtverdediging 2d"), 2);
    EXPECT_EQ(totalOf("Luchtverdediging 45d"), 3);
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 40; ++i) {
        ids.push_back(add(i % 2 ? nos : vrt, "Patriot " + std::to_string(i),
                          i % 3 ? "De marine en een fregat." : "Luchtverdediging.",
                          i % 4 ? i : 300 + i));
        if (i % 5 == 0) articles.setRead({ids.back()}, true, kNow);
    }
    watch.updateMatches(kNow);
    expectExact("arrivals dated among, before and after the cache");
    EXPECT_EQ(totalOf("Luchtverdediging 10d"), 2 + 8);
    articles.setRead({ids[1], ids[2], ids[12], 4}, true, kNow);
    articles.setRead({ids[0]}, false, kNow);
    expectExact("reading and unreading");
    MuteRule hide;
    hide.pattern = "\"Patriot 3\"";
    hide.action = MuteRule::Action::Hide;
    mute.add(hide, kNow);
    add(nos, "Patriot 3 opnieuw", "Luchtverdediging.", 1);
    mute.applyToArrivals(kNow);
    watch.updateMatches(kNow);
    expectExact("a hidden arrival");
    std::vector<std::int64_t> archive;
    for (size_t i = 0; i < ids.size(); i += 4)
        archive.push_back(ids[i]);
    articles.setRead(archive, true, kNow - 400 * kDay);
    EXPECT_EQ(articles.applyRetention(200 * kDay, kNow), 8); // 12 and 20 were read today
    expectExact("retention");
    for (int days : {1, 5, 20, 60, 500})
        expectExact("time passing: " + std::to_string(days) + " days", kNow + days * kDay);
}

TEST_F(WatchListCountsTest, ListEditsAndChangedText) {
    articles.setRead({2}, true, kNow);
    EXPECT_TRUE(watch.remove("Marine"));
    watch.add("Marine", "marine OR fregat* OR noorwegen", false, kNow);
    expectExact("replacing a list");
    EXPECT_EQ(totalOf("Marine"), 3);
    EXPECT_EQ(unreadOf("Marine"), 2);
    // Article 1 loses its Patriot and gains a frigate; article 2 is read and changes too.
    Article a;
    a.id = "1";
    a.title = "Fregat naar Polen";
    a.published = kNow - kDay;
    Article b;
    b.id = "2";
    b.title = "Ander nieuws";
    b.published = kNow - 2 * kDay;
    Transaction t(db);
    articles.storeArticles(defensie, {a, b}, kNow);
    t.commit();
    watch.updateMatches(kNow);
    expectExact("changed text");
    EXPECT_EQ(totalOf("Luchtverdediging"), 1);
    EXPECT_EQ(totalOf("Marine"), 3);
    EXPECT_EQ(unreadOf("Marine"), 3);
}

// The schema version just before the counters were kept: the migration that adds them, found
// by what it does, so that migrations appended after it do not move the test.
int versionBeforeCounters() {
    for (size_t i = 0; i < schema::kMigrations.size(); ++i)
        if (schema::kMigrations[i].find("watch_lists ADD COLUMN unread") != std::string_view::npos)
            return static_cast<int>(i);
    ADD_FAILURE() << "no migration adds the counters";
    return Database::kSchemaVersion - 1;
}

// A cache from before the counters were kept gets them counted by the migration.
TEST(WatchListCountsMigration, AnOlderCacheIsCountedOnce) {
    test::TempDir dir;
    {
        Database db(dir.database(), versionBeforeCounters());
        std::int64_t feed = FeedStore(db).addFeed("https://a.nl/feed", "A", std::nullopt, kNow);
        ArticleStore articles(db);
        std::vector<Article> list(3);
        for (int i = 0; i < 3; ++i) {
            list[i].id = std::to_string(i);
            list[i].title = "Fregat " + std::to_string(i);
            list[i].published = kNow;
        }
        Transaction t(db);
        articles.storeArticles(feed, list, kNow);
        t.commit();
        articles.indexBacklog();
        db.execute("INSERT INTO watch_lists(name, query) VALUES ('Fregat', 'fregat'), "
                   "('Recent', 'fregat since:1d')");
        db.execute("INSERT INTO watch_matches(watch_id, article_id) SELECT w.id, a.id "
                   "FROM watch_lists w, articles a WHERE w.name IN ('Fregat', 'Recent')");
        db.execute("UPDATE article_status SET read = 1 WHERE article_id = 1");
    }
    Database db(dir.database());
    WatchListStore watch(db);
    WatchListCount count = watch.counts(kNow)[watch.find("Fregat")->id];
    EXPECT_EQ(count.total, 3);
    EXPECT_EQ(count.unread, 2);
    count = watch.counts(kNow)[watch.find("Recent")->id];
    EXPECT_EQ(count.total, 3) << "the matches were given their articles' dates";
    EXPECT_EQ(count.unread, 2);
}

int versionBeforeKeyByDate() {
    for (size_t i = 0; i < schema::kMigrations.size(); ++i)
        if (schema::kMigrations[i].find("watch_matches_keyed") != std::string_view::npos)
            return static_cast<int>(i);
    ADD_FAILURE() << "no migration keys the matches by date";
    return Database::kSchemaVersion - 1;
}

std::vector<std::tuple<std::int64_t, std::int64_t, std::int64_t>> matchesOf(Database& db) {
    std::vector<std::tuple<std::int64_t, std::int64_t, std::int64_t>> rows;
    Statement q = db.prepare("SELECT watch_id, article_id, sort_date FROM watch_matches "
                             "ORDER BY watch_id, article_id");
    while (q.step())
        rows.emplace_back(q.integer(0), q.integer(1), q.integer(2));
    return rows;
}

// Keying the matches by date keeps every match, count and page, and the counters go on
// following reading and removal (the triggers were made again with the table).
TEST(WatchListKeyMigration, MatchesCountsAndPagesStay) {
    test::TempDir dir;
    std::vector<std::tuple<std::int64_t, std::int64_t, std::int64_t>> matches;
    std::vector<std::int64_t> page;
    std::int64_t feed = 0;
    {
        Database db(dir.database(), versionBeforeKeyByDate());
        feed = FeedStore(db).addFeed("https://a.nl/feed", "A", std::nullopt, kNow);
        std::vector<Article> list(6);
        for (int i = 0; i < 6; ++i) {
            list[i].id = std::to_string(i);
            list[i].title = (i % 2 ? "Fregat " : "Patriot ") + std::to_string(i);
            list[i].published = kNow - (i * 7 % 6) * kDay;
        }
        Transaction t(db);
        ArticleStore(db).storeArticles(feed, list, kNow);
        t.commit();
        WatchListStore(db).add("Fregat", "fregat", false, kNow);
        WatchListStore(db).add("Alles", "fregat OR patriot", false, kNow);
        ArticleStore(db).setRead({1, 2}, true, kNow);
        matches = matchesOf(db);
        for (const ArticleHeadline& h : ArticleStore(db).list(
                 WatchListStore(db).articleQuery(*WatchListStore(db).find("Alles"), kNow)))
            page.push_back(h.id);
    }
    Database db(dir.database());
    WatchListStore watch(db);
    ArticleStore articles(db);
    EXPECT_EQ(matchesOf(db), matches);
    std::vector<std::int64_t> after;
    for (const ArticleHeadline& h : articles.list(watch.articleQuery(*watch.find("Alles"), kNow)))
        after.push_back(h.id);
    EXPECT_EQ(after, page);
    ASSERT_EQ(page.size(), 6u);
    std::int64_t all = watch.find("Alles")->id;
    EXPECT_EQ(watch.counts(kNow)[all].unread, 4);
    articles.setRead({3}, true, kNow);
    EXPECT_EQ(watch.counts(kNow)[all].unread, 3);
    FeedStore(db).removeFeed(feed);
    EXPECT_EQ(watch.counts(kNow)[all].total, 0);
    EXPECT_TRUE(matchesOf(db).empty());
}

} // namespace
} // namespace heraut
