// SPDX-License-Identifier: GPL-3.0-or-later
// An empty article list says what is empty in a whole sentence of each language, for every
// kind of list: never a list's name dropped into a sentence made for another ("No articles in
// all articles yet.", "Geen resultaten in alle artikelen.").
#include "AppFixture.h"
#include "ListNotice.h"
#include "ReaderLook.h"
#include "SearchScope.h"
#include "heraut/WatchLists.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace heraut {
namespace {

using app::ArticleScope;
using Kind = ArticleScope::Kind;

constexpr std::int64_t kNow = 1769200000;

struct Case {
    const char* language;
    ArticleScope scope;
    bool unreadOnly;
    const char* expected;
};

class EmptyListNoticeTest : public test::AppFixture {
  protected:
    std::int64_t emptyFeed = 0;
    std::int64_t quietList = 0;

    void SetUp() override {
        AppFixture::SetUp();
        Database db(dir.database());
        emptyFeed = FeedStore(db).addFeed("https://example.org/leeg.xml", "Stille Post",
                                          std::string("Lege map"), kNow);
        quietList = WatchListStore(db).add("Onderzeeërs", "walrus", false, kNow).id;
    }
    void TearDown() override { test::useLanguage(QStringLiteral("en")); }

    // The notice of `scope` in a window in `language` over `db` (the fixture's by default).
    QString notice(const Case& c, const std::string& db = {}, const QString& search = {}) {
        test::useLanguage(QString::fromLatin1(c.language));
        auto w = makeWindow(std::make_unique<Database>(db.empty() ? dir.database() : db));
        w->show();
        w->selectScope(c.scope);
        w->listModel()->setUnreadOnly(c.unreadOnly);
        if (!search.isEmpty()) {
            w->searchBox()->setText(search);
            EXPECT_TRUE(test::waitFor(
                [&] { return w->listModel()->isSearch() && !w->listModel()->searching(); }));
        }
        EXPECT_TRUE(test::waitFor([&] { return w->listNotice()->isVisible(); }, 3000));
        if (!search.isEmpty()) {
            EXPECT_EQ(w->searchScope()->resultLabel()->text(), w->listNotice()->text())
                << "the status bar's result and the list say the same";
        }
        return w->listNotice()->text();
    }
};

TEST_F(EmptyListNoticeTest, AnEmptyCacheSaysSoInBothLanguages) {
    std::string empty = dir.file("leeg.sqlite");
    { Database db(empty); }
    const std::vector<Case> cases{
        {"en", {}, false, "No articles yet. Add a feed, or refresh to fetch the news."},
        {"nl",
         {},
         false,
         "Nog geen artikelen. Voeg een feed toe, of ververs om het nieuws op te "
         "halen."},
        {"en", {}, true, "No unread articles: you have read everything."},
        {"en", {Kind::Unread, 0, {}}, false, "No unread articles: you have read everything."},
        {"nl", {Kind::Unread, 0, {}}, false, "Geen ongelezen artikelen: u hebt alles gelezen."},
        {"en",
         {Kind::Starred, 0, {}},
         false,
         "No starred articles yet. Star an article to keep it here."},
        {"nl",
         {Kind::Starred, 0, {}},
         false,
         "Nog geen artikelen met ster. Geef een artikel een ster om het hier te bewaren."},
    };
    for (const Case& c : cases)
        EXPECT_EQ(notice(c, empty).toStdString(), c.expected) << c.language;
}

TEST_F(EmptyListNoticeTest, AFeedAFolderAndAWatchListAreNamedAsWhatTheyAre) {
    const QString folder = QStringLiteral("Lege map");
    const std::vector<Case> cases{
        {"en", {Kind::Feed, emptyFeed, {}}, false, "No articles from Stille Post yet."},
        {"nl", {Kind::Feed, emptyFeed, {}}, false, "Nog geen artikelen van Stille Post."},
        {"en", {Kind::Feed, emptyFeed, {}}, true, "No unread articles from Stille Post."},
        {"en", {Kind::Folder, 0, folder}, false, "No articles in the folder Lege map yet."},
        {"nl", {Kind::Folder, 0, folder}, false, "Nog geen artikelen in de map Lege map."},
        {"nl", {Kind::Folder, 0, folder}, true, "Geen ongelezen artikelen in de map Lege map."},
        {"en",
         {Kind::WatchList, quietList, {}, QStringLiteral("walrus")},
         false,
         "No articles match the watch-list Onderzeeërs yet."},
        {"nl",
         {Kind::WatchList, quietList, {}, QStringLiteral("walrus")},
         false,
         "Nog geen artikelen in de volglijst Onderzeeërs."},
    };
    for (const Case& c : cases)
        EXPECT_EQ(notice(c).toStdString(), c.expected) << c.language;
}

TEST_F(EmptyListNoticeTest, ASearchThatFindsNothingSaysWhereItLooked) {
    const std::vector<Case> cases{
        {"en", {}, false, "No articles match the search."},
        {"nl", {}, false, "Geen artikelen gevonden."},
        {"en",
         {Kind::Folder, 0, QStringLiteral("Defensie")},
         false,
         "No articles in the folder Defensie match the search."},
        {"nl",
         {Kind::Folder, 0, QStringLiteral("Defensie")},
         false,
         "Geen artikelen gevonden in de map Defensie."},
        {"en", {Kind::Feed, atomFeed, {}}, false, "No articles from VRT NWS match the search."},
        {"en", {Kind::Starred, 0, {}}, false, "No starred articles match the search."},
        {"nl", {Kind::Unread, 0, {}}, false, "Geen ongelezen artikelen gevonden."},
    };
    for (const Case& c : cases)
        EXPECT_EQ(notice(c, {}, QStringLiteral("xylofoonwalvis")).toStdString(), c.expected)
            << c.language;
}

TEST_F(EmptyListNoticeTest, StoryModeSpeaksOfStories) {
    settings.setValue("stories/mode", true);
    const std::vector<Case> cases{
        {"en", {Kind::Feed, emptyFeed, {}}, false, "No stories from Stille Post yet."},
        {"nl",
         {Kind::Folder, 0, QStringLiteral("Lege map")},
         false,
         "Nog geen verhalen in de map Lege map."},
    };
    for (const Case& c : cases)
        EXPECT_EQ(notice(c).toStdString(), c.expected) << c.language;
}

} // namespace
} // namespace heraut
