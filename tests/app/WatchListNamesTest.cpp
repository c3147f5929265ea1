// SPDX-License-Identifier: GPL-3.0-or-later
// The watch-lists a new cache starts with show in the window's language while the reader has
// not changed them; heraut-cli keeps finding them by their stored (Dutch) names, and a list
// the reader made shows as they named it.
#include "AppFixture.h"
#include "ReaderLook.h"
#include "SearchScope.h"
#include "heraut/WatchLists.h"
#include "support/Process.h"

#include <QLineEdit>

namespace heraut {
namespace {

class WatchListNamesTest : public test::AppFixture {
  protected:
    void TearDown() override { test::useLanguage(QStringLiteral("en")); }

    // The watch-lists' rows of the tree, as shown.
    static QStringList shownLists(app::MainWindow& w) {
        QStringList names;
        for (int row = 0; row < w.treeModel()->rowCount(); ++row) {
            QModelIndex i = w.treeModel()->index(row, 0);
            if (i.data(app::FeedTreeModel::ScopeKindRole).toInt() ==
                static_cast<int>(app::ArticleScope::Kind::WatchList))
                names << i.data().toString();
        }
        return names;
    }
    static QModelIndex rowNamed(app::MainWindow& w, const QString& name) {
        for (int row = 0; row < w.treeModel()->rowCount(); ++row)
            if (w.treeModel()->index(row, 0).data().toString() == name)
                return w.treeModel()->index(row, 0);
        return {};
    }
};

TEST_F(WatchListNamesTest, TheShippedListsSpeakTheWindowsLanguage) {
    test::useLanguage(QStringLiteral("en"));
    auto english = makeWindow();
    EXPECT_EQ(shownLists(*english), (QStringList{"F-35", "Air defence", "Ukraine", "Navy"}));
    english.reset();
    test::useLanguage(QStringLiteral("nl"));
    auto dutch = makeWindow();
    EXPECT_EQ(shownLists(*dutch),
              (QStringList{"F-35", "Luchtverdediging", QString::fromUtf8("Oekraïne"), "Marine"}));
}

TEST_F(WatchListNamesTest, TheCliStillFindsThemByTheirStoredNames) {
    test::useLanguage(QStringLiteral("en"));
    auto w = makeWindow();
    w->show();
    QModelIndex air = rowNamed(*w, QStringLiteral("Air defence"));
    ASSERT_TRUE(air.isValid());
    EXPECT_TRUE(air.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Luchtverdediging")))
        << "the tooltip gives the name heraut-cli knows";
    test::ProcessResult r = test::runProcess(
        {HERAUT_CLI, "--db", dir.database(), "list", "--watch", "Luchtverdediging"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    w->feedView()->setCurrentIndex(air);
    EXPECT_EQ(w->searchBox()->placeholderText(), QStringLiteral("Search in Air defence (/)"));
}

// A list the reader made under a shipped name, with words of their own, is theirs: it shows
// as named, in every language.
TEST_F(WatchListNamesTest, AListTheReaderMadeShowsAsNamed) {
    {
        Database db(dir.database());
        WatchListStore watch(db);
        ASSERT_TRUE(watch.remove("Marine"));
        watch.add("Marine", "onderzeeboot*", false, 1769200000);
    }
    test::useLanguage(QStringLiteral("en"));
    auto w = makeWindow();
    EXPECT_EQ(shownLists(*w), (QStringList{"F-35", "Air defence", "Ukraine", "Marine"}));
    QModelIndex marine = rowNamed(*w, QStringLiteral("Marine"));
    ASSERT_TRUE(marine.isValid());
    EXPECT_FALSE(marine.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Stored as")));
}

} // namespace
} // namespace heraut
