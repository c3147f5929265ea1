// SPDX-License-Identifier: GPL-3.0-or-later
// What story grouping stores of each article (story_features): stored once, read instead of
// the text, recomputed when the text changes, gone with the article.
#include "TempDatabase.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"
#include "heraut/StoryGrouper.h"
#include "heraut/StoryStore.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

constexpr std::int64_t kNow = 1795392000; // 2026-11-23

const std::string kPatriotTitle = "Nederland levert nog twee Patriots aan Oekraïne";
const std::string kPatriotA =
    "Nederland stuurt twee extra lanceerinstallaties voor het Patriot-systeem naar Oekraïne, "
    "zegt minister Brekelmans. Ze worden via het Poolse Rzeszów geleverd.";
const std::string kPatriotBTitle = "Brekelmans: twee Patriot-lanceerinstallaties naar Oekraïne";
const std::string kPatriotB =
    "Minister Brekelmans geeft Oekraïne twee Patriot-lanceerinstallaties uit eigen voorraad. "
    "De levering loopt via Rzeszów in Polen.";
const std::string kF35Title = "Eerste Belgische F-35 landt in Florennes";
const std::string kF35 = "De eerste F-35 van de Luchtcomponent landde in Florennes, waar "
                         "kolonel Vandenbroucke het toestel opwachtte na de oversteek.";

Article article(const std::string& id, const std::string& title, const std::string& text,
                std::int64_t published, const std::string& link = {}) {
    Article a;
    a.id = id;
    a.title = title;
    a.link = link.empty() ? "https://example.nl/" + id : link;
    a.published = published;
    a.text = text;
    a.content = "<p>" + text + "</p>";
    return a;
}

class StoryFeaturesTest : public testing::Test {
  protected:
    test::TempDir dir;
    Database db{dir.database()};
    FeedStore feeds{db};
    ArticleStore articles{db};
    StoryStore stories{db};
    std::int64_t nos = feeds.addFeed("https://nos.nl/feed", "NOS", "Nieuws", kNow);
    std::int64_t nu = feeds.addFeed("https://nu.nl/feed", "NU.nl", "Nieuws", kNow);

    void store(std::int64_t feed, const Article& a) {
        Transaction t(db);
        articles.storeArticles(feed, {a}, kNow);
        t.commit();
    }
    std::int64_t idOf(const std::string& guid) {
        Statement q = db.prepare("SELECT id FROM articles WHERE guid = ?");
        q.bind(1, guid);
        return q.step() ? q.integer(0) : 0;
    }
    int featureRows(const std::string& where = "1") {
        Statement q = db.prepare("SELECT count(*) FROM story_features WHERE " + where);
        q.step();
        return static_cast<int>(q.integer(0));
    }
    bool hasFeatures(std::int64_t article) {
        return featureRows("article_id = " + std::to_string(article)) == 1;
    }
    // Stores features as a grouping run does: in a transaction of its own.
    void saveFeatures(const std::vector<std::pair<std::int64_t, StoryFeatures>>& features) {
        Transaction t(db);
        stories.saveFeatures(features);
        t.commit();
    }
    // NU's report of the Patriot delivery arrives and is grouped: its story.
    std::int64_t groupNuPatriotReport() {
        store(nu, article("q", kPatriotBTitle, kPatriotB, kNow - 3600));
        groupWaitingStories(db);
        return *stories.storyOf(idOf("q"));
    }
};

TEST_F(StoryFeaturesTest, GroupingStoresTheFeaturesOfEveryArticleItPlaces) {
    store(nos, article("p", kPatriotTitle, kPatriotA, kNow - 7200));
    store(nu, article("q", kPatriotBTitle, kPatriotB, kNow - 3600));
    EXPECT_EQ(featureRows(), 0);
    groupWaitingStories(db);
    EXPECT_EQ(featureRows(), 2);
    EXPECT_EQ(featureRows("version = " + std::to_string(kStoryFeaturesVersion)), 2);
}

// The known article's body is gone from under it: only its stored features can still place
// NU's report into its story, so a later run did not read its text again.
TEST_F(StoryFeaturesTest, GroupedArticlesAreReadFromTheirFeaturesNotTheirText) {
    store(nos, article("p", kPatriotTitle, kPatriotA, kNow - 7200));
    groupWaitingStories(db);
    std::int64_t p = idOf("p");
    db.prepare("DELETE FROM article_bodies WHERE article_id = ?").bind(1, p).run();
    EXPECT_EQ(groupNuPatriotReport(), p);
}

// A cache grouped before features were stored (or whose features are of an older version)
// is read from its text once, and its features are stored then.
TEST_F(StoryFeaturesTest, ArticlesWithoutCurrentFeaturesAreReadFromTheirTextAndGetThem) {
    store(nos, article("p", kPatriotTitle, kPatriotA, kNow - 7200));
    store(nos, article("r", kF35Title, kF35, kNow - 7000));
    groupWaitingStories(db);
    std::int64_t p = idOf("p");
    std::int64_t r = idOf("r");
    db.prepare("DELETE FROM story_features WHERE article_id = ?").bind(1, p).run();
    db.prepare("UPDATE story_features SET version = ? WHERE article_id = ?")
        .bind(1, kStoryFeaturesVersion - 1)
        .bind(2, r)
        .run();
    EXPECT_EQ(groupNuPatriotReport(), p);
    EXPECT_TRUE(hasFeatures(p));
    EXPECT_EQ(featureRows("version = " + std::to_string(kStoryFeaturesVersion)), 3);
}

// A refresh rewrote NOS's article to another event: its old words must not pull the Patriot
// report in, nor its new ones keep it out.
TEST_F(StoryFeaturesTest, AnArticleWhoseTextChangesIsReadAgain) {
    // A headline that names neither event; the Patriot body alone would draw NU's report in.
    const std::string title = "Defensie: de dag in het kort";
    store(nos, article("p", title, kPatriotA, kNow - 7200));
    groupWaitingStories(db);
    std::int64_t p = idOf("p");
    store(nos, article("p", title, kF35, kNow - 7200)); // the body only
    EXPECT_FALSE(hasFeatures(p));
    EXPECT_NE(groupNuPatriotReport(), p);
    EXPECT_TRUE(hasFeatures(p));
}

TEST_F(StoryFeaturesTest, AnArticleWhoseHeadlineChangesIsReadAgain) {
    store(nos, article("p", kF35Title, kPatriotA, kNow - 7200));
    groupWaitingStories(db);
    std::int64_t p = idOf("p");
    ASSERT_TRUE(hasFeatures(p));
    store(nos, article("p", kPatriotTitle, kPatriotA, kNow - 7200));
    EXPECT_FALSE(hasFeatures(p));
    store(nos, article("p2", kF35Title, kF35, kNow - 7100));
    groupWaitingStories(db);
    EXPECT_TRUE(hasFeatures(p));
}

TEST_F(StoryFeaturesTest, AnArticleWhoseLinkChangesIsReadAgain) {
    store(nos, article("p", kF35Title, kF35, kNow - 7200, "https://nos.nl/artikel/1"));
    groupWaitingStories(db);
    std::int64_t p = idOf("p");
    store(nos, article("p", kF35Title, kF35, kNow - 7200, "https://nos.nl/artikel/2"));
    EXPECT_FALSE(hasFeatures(p));
    // The same page under the new link: joins by the link alone, whatever its words.
    store(nu, article("q", kPatriotBTitle, kPatriotB, kNow - 3600,
                      "https://www.nos.nl/artikel/2?utm_source=nu"));
    groupWaitingStories(db);
    EXPECT_EQ(*stories.storyOf(idOf("q")), p);
}

TEST_F(StoryFeaturesTest, AnUnchangedArticleKeepsItsFeatures) {
    store(nos, article("p", kPatriotTitle, kPatriotA, kNow - 7200));
    groupWaitingStories(db);
    std::int64_t p = idOf("p");
    store(nos, article("p", kPatriotTitle, kPatriotA, kNow - 7200)); // the same refresh again
    EXPECT_TRUE(hasFeatures(p));
    articles.setRead({p}, true, kNow);
    EXPECT_TRUE(hasFeatures(p));
}

TEST_F(StoryFeaturesTest, FeaturesGoWithTheirArticle) {
    store(nos, article("p", kPatriotTitle, kPatriotA, kNow - 7200));
    store(nu, article("q", kPatriotBTitle, kPatriotB, kNow - 3600));
    groupWaitingStories(db);
    std::int64_t q = idOf("q");
    feeds.removeFeed(nos);
    EXPECT_EQ(featureRows(), 1);
    EXPECT_TRUE(hasFeatures(q));
}

// What a refresh reads of an article before storing it is what grouping reads back of the
// stored row: the openings cut at the same characters (multi-byte ones included), the
// summary when there is no content, takeaways, no link.
TEST_F(StoryFeaturesTest, StoryTextOfAnArticleIsWhatTheStoreReadsBackOfIt) {
    std::string longText;
    while (longText.size() < 16000)
        longText += "Één F-35 vloog 🛩 over Leeuwarden; de NAVO-oefening ging door. ";
    std::vector<Article> samples;
    samples.push_back(article("long", kF35Title, longText, kNow - 500));
    Article summaryOnly = article("sum", kPatriotTitle, kPatriotA, kNow - 400);
    summaryOnly.content.reset();
    summaryOnly.summary = "<p>" + longText + "</p><ul><li>één</li></ul>";
    samples.push_back(summaryOnly);
    Article both = article("both", kPatriotBTitle, kPatriotB, kNow - 300);
    both.summary = "<p>Kort: " + kPatriotA + "</p>";
    both.keyTakeaways = {"Twee lanceerinstallaties", "Via Rzeszów"};
    both.link.reset();
    samples.push_back(both);
    for (const Article& a : samples)
        store(nos, a);
    std::vector<StoryArticleText> read = stories.waiting(10);
    ASSERT_EQ(read.size(), samples.size());
    for (size_t i = 0; i < samples.size(); ++i) {
        StoryArticleText expected = storyTextOf(samples[i]);
        SCOPED_TRACE(samples[i].id);
        EXPECT_FALSE(read[i].features);
        EXPECT_EQ(read[i].guid, expected.guid);
        EXPECT_EQ(read[i].link, expected.link);
        EXPECT_EQ(read[i].title, expected.title);
        EXPECT_EQ(read[i].keyTakeaways, expected.keyTakeaways);
        EXPECT_EQ(read[i].text, expected.text);
    }
    for (size_t i : {0, 1}) { // the long ones: cut, and not to nothing
        EXPECT_GT(read[i].text.size(), 1000u);
        EXPECT_LT(read[i].text.size(), 16000u);
    }
}

// A refresh saves the features of its new articles before grouping runs: grouping takes
// them as they are, without the text (gone here), and places the article by them.
TEST_F(StoryFeaturesTest, WaitingArticlesWithStoredFeaturesAreGroupedByThem) {
    store(nos, article("p", kPatriotTitle, kPatriotA, kNow - 7200));
    groupWaitingStories(db);
    Article report = article("q", kPatriotBTitle, kPatriotB, kNow - 3600);
    store(nu, report);
    std::int64_t q = idOf("q");
    saveFeatures({{q, storyFeatures(storyTextOf(report))}});
    db.prepare("DELETE FROM article_bodies WHERE article_id = ?").bind(1, q).run();
    std::vector<StoryArticleText> waiting = stories.waiting(10);
    ASSERT_EQ(waiting.size(), 1u);
    ASSERT_TRUE(waiting[0].features);
    EXPECT_TRUE(waiting[0].text.empty());
    groupWaitingStories(db);
    EXPECT_EQ(*stories.storyOf(q), idOf("p"));
}

// Whether a headline reports a suspension is stored with the features and read back: the
// grounding, grouped once and then known by its stored features alone (its text gone), is
// what a second grounding report joins; a report of the crash it names stays apart.
TEST_F(StoryFeaturesTest, ASuspensionIsStoredAndReadBackWithTheFeatures) {
    std::int64_t vrt = feeds.addFeed("https://vrt.be/feed", "VRT NWS", "Nieuws", kNow);
    const std::string crash = "Een Apache van het 301 Squadron uit Gilze-Rijen is op Fort Hood in "
                              "Texas neergestort. De twee vliegers raakten gewond.";
    const std::string grounding = "De luchtmacht houdt alle Apaches van het 301 Squadron uit "
                                  "Gilze-Rijen aan de grond na de crash op Fort Hood in Texas.";
    store(nos,
          article("crash", "Apache neergestort op Fort Hood in Texas", crash, kNow - 30 * 3600));
    store(nu, article("ground", "Alle Apaches aan de grond na crash in Texas", grounding,
                      kNow - 8 * 3600));
    groupWaitingStories(db);
    std::int64_t ground = idOf("ground");
    EXPECT_EQ(featureRows("suspension = 1"), 1);
    EXPECT_TRUE(hasFeatures(ground));
    EXPECT_EQ(*stories.storyOf(ground), ground);
    db.prepare("DELETE FROM article_bodies WHERE article_id = ?").bind(1, ground).run();
    store(vrt, article("again", "Nederlandse Apaches blijven aan de grond",
                       "Alle Apaches van het 301 Squadron uit Gilze-Rijen blijven aan de grond na "
                       "de crash op Fort Hood in Texas.",
                       kNow - 6 * 3600));
    groupWaitingStories(db);
    EXPECT_EQ(*stories.storyOf(idOf("again")), ground);
}

// Which words are the headline's names is stored with the features: a waiting article read
// back by its stored features has the same ones as computed from its text.
TEST_F(StoryFeaturesTest, HeadlineNamesAreStoredWithTheFeatures) {
    Article report = article("q", kF35Title, kF35, kNow - 3600);
    store(nu, report);
    StoryFeatures computed = storyFeatures(storyTextOf(report));
    saveFeatures({{idOf("q"), computed}});
    std::vector<StoryArticleText> waiting = stories.waiting(10);
    ASSERT_EQ(waiting.size(), 1u);
    ASSERT_TRUE(waiting[0].features);
    const std::vector<StoryTerm>& read = waiting[0].features->terms;
    ASSERT_EQ(read.size(), computed.terms.size());
    int names = 0;
    for (size_t i = 0; i < read.size(); ++i) {
        EXPECT_EQ(read[i].headlineName, computed.terms[i].headlineName) << i;
        EXPECT_FLOAT_EQ(read[i].weight, computed.terms[i].weight) << i;
        names += read[i].headlineName;
    }
    EXPECT_GE(names, 2) << "F-35 and Florennes at least";
}

// Whether the outlet marks an article as commentary is stored with its features and read back.
TEST_F(StoryFeaturesTest, TheCommentaryMarkIsStoredWithTheFeatures) {
    Article column = article("c", "Column: een week van Patriots", kPatriotA, kNow - 3600);
    store(nu, column);
    StoryFeatures computed = storyFeatures(storyTextOf(column));
    ASSERT_TRUE(computed.commentary);
    saveFeatures({{idOf("c"), computed}});
    std::vector<StoryArticleText> waiting = stories.waiting(10);
    ASSERT_EQ(waiting.size(), 1u);
    ASSERT_TRUE(waiting[0].features);
    EXPECT_TRUE(waiting[0].features->commentary);
    EXPECT_FALSE(waiting[0].features->suspension);
}

// Whether a headline reports a repeat or a protest is stored with the features and read back,
// each flag in its own column.
TEST_F(StoryFeaturesTest, RepeatAndProtestMarksAreStoredWithTheFeatures) {
    Article repeat =
        article("r", "Weer inbraak bij Defensie, nu in Vredepeel", kPatriotA, kNow - 3600);
    Article protest =
        article("p", "Actievoerders blokkeren ingang van defensiebeurs", kPatriotB, kNow - 1800);
    store(nu, repeat);
    store(nos, protest);
    StoryFeatures repeatFeatures = storyFeatures(storyTextOf(repeat));
    StoryFeatures protestFeatures = storyFeatures(storyTextOf(protest));
    ASSERT_TRUE(repeatFeatures.repeat && !repeatFeatures.protest);
    ASSERT_TRUE(protestFeatures.protest && !protestFeatures.repeat);
    saveFeatures({{idOf("r"), repeatFeatures}, {idOf("p"), protestFeatures}});
    EXPECT_EQ(featureRows("repeat = 1 AND protest = 0"), 1);
    EXPECT_EQ(featureRows("protest = 1 AND repeat = 0"), 1);
    std::vector<StoryArticleText> waiting = stories.waiting(10);
    ASSERT_EQ(waiting.size(), 2u);
    for (const StoryArticleText& w : waiting) {
        ASSERT_TRUE(w.features);
        EXPECT_EQ(w.features->repeat, w.id == idOf("r"));
        EXPECT_EQ(w.features->protest, w.id == idOf("p"));
    }
}

// The language an article is written in is stored with its features and read back: a Dutch
// report and an English one of the same event, each in its own row.
TEST_F(StoryFeaturesTest, TheLanguageIsStoredWithTheFeatures) {
    Article dutch = article("nl", kF35Title, kF35, kNow - 3600);
    Article english = article("en", "Belgium's first F-35 lands at Florennes",
                              "The first F-35 of the Belgian Air Component landed at Florennes on "
                              "Monday, where it will be based with the 2nd Tactical Wing.",
                              kNow - 1800);
    store(nos, dutch);
    store(nu, english);
    StoryFeatures dutchFeatures = storyFeatures(storyTextOf(dutch));
    StoryFeatures englishFeatures = storyFeatures(storyTextOf(english));
    ASSERT_EQ(dutchFeatures.language, StoryLanguage::Dutch);
    ASSERT_EQ(englishFeatures.language, StoryLanguage::English);
    saveFeatures({{idOf("nl"), dutchFeatures}, {idOf("en"), englishFeatures}});
    EXPECT_EQ(featureRows("language = 1"), 1);
    EXPECT_EQ(featureRows("language = 2"), 1);
    std::vector<StoryArticleText> waiting = stories.waiting(10);
    ASSERT_EQ(waiting.size(), 2u);
    for (const StoryArticleText& w : waiting) {
        ASSERT_TRUE(w.features);
        EXPECT_EQ(w.features->language,
                  w.id == idOf("nl") ? StoryLanguage::Dutch : StoryLanguage::English);
    }
}

// Stored features group exactly as the text they were computed from.
TEST(StoryFeaturesGroupingTest, FeaturesGroupAsTheirText) {
    StoryArticleText known;
    known.id = 7;
    known.feedId = 1;
    known.sortDate = kNow;
    known.storyId = 5;
    known.title = kPatriotTitle;
    known.text = kPatriotA;
    StoryArticleText fresh = known;
    fresh.id = 9;
    fresh.feedId = 2;
    fresh.sortDate = kNow + 3600;
    fresh.title = kPatriotBTitle;
    fresh.text = kPatriotB;
    StoryArticleText stored;
    stored.id = known.id;
    stored.feedId = known.feedId;
    stored.sortDate = known.sortDate;
    stored.storyId = known.storyId;
    stored.features = storyFeatures(known);
    EXPECT_FALSE(stored.features->terms.empty());
    for (const StoryArticleText& k : {known, stored}) {
        StoryGrouper grouper;
        grouper.addKnown(k);
        grouper.addNew(fresh);
        auto placed = grouper.group();
        ASSERT_EQ(placed.size(), 1u);
        EXPECT_EQ(placed[0].second, 5);
    }
}

} // namespace
} // namespace heraut
