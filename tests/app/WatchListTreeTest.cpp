// SPDX-License-Identifier: GPL-3.0-or-later
// Watch-lists in the feed tree: each with its unread count, its articles as the list when
// selected, counts that follow reading and a change made by heraut-cli.
#include "AppFixture.h"
#include "heraut/WatchLists.h"
#include "support/Process.h"

#include <QDir>
#include <QTreeView>

namespace heraut {
namespace {

class WatchListTreeTest : public test::AppFixture {
  protected:
    std::int64_t oekraine = 0;

    void SetUp() override {
        AppFixture::SetUp();
        Database db(dir.database());
        WatchListStore watch(db);
        watch.updateMatches(1769200000); // as the refresh that stored the fixture would
        oekraine = watch.find("Oekraïne")->id;
    }

    QModelIndex watchList(app::MainWindow& w, std::int64_t id, const char* query) {
        return w.treeModel()->indexOfScope(
            {app::ArticleScope::Kind::WatchList, id, {}, QString::fromUtf8(query)});
    }
};

TEST_F(WatchListTreeTest, ListsShowTheirCountsAndTheirArticles) {
    int unread = 0, total = 0;
    {
        Database db(dir.database());
        WatchListStore watch(db);
        auto counts = watch.counts(1769200000);
        unread = counts[oekraine].unread;
        total = counts[oekraine].total;
    }
    ASSERT_GT(total, 0) << "the seed feed reports on Oekraïne";
    auto w = makeWindow();
    w->show();
    QModelIndex item = watchList(*w, oekraine, "Oekraïne OR Oekraïens* OR Ukrain*");
    ASSERT_TRUE(item.isValid());
    EXPECT_EQ(item.row(), 3 + 2) << "after All, Unread, Starred, F-35 and Luchtverdediging";
    EXPECT_EQ(item.data(app::FeedTreeModel::UnreadRole).toInt(), unread);
    w->feedView()->setCurrentIndex(item);
    ASSERT_TRUE(test::waitFor([&] { return w->listModel()->rowCount() == total; }));
    for (int row = 0; row < w->listModel()->rowCount(); ++row)
        EXPECT_FALSE(w->listModel()->headline(row).title.empty());
    w->listModel()->setRead(0, true);
    w->treeModel()->reload();
    item = watchList(*w, oekraine, "Oekraïne OR Oekraïens* OR Ukrain*");
    EXPECT_EQ(item.data(app::FeedTreeModel::UnreadRole).toInt(), unread - 1);
    QDir().mkpath(QStringLiteral("screenshots"));
    w->grab().save(QStringLiteral("screenshots/watch-list-tree.png"));
}

TEST_F(WatchListTreeTest, AListAddedOrRemovedByTheCliAppears) {
    auto w = makeWindow();
    w->show();
    test::ProcessResult r =
        test::runProcess({HERAUT_CLI, "--db", dir.database(), "watch", "add", "Drones", "drone*"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    r = test::runProcess({HERAUT_CLI, "--db", dir.database(), "watch", "remove", "Marine"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    ASSERT_TRUE(test::waitFor(
        [&] {
            QStringList names;
            for (int row = 0; row < w->treeModel()->rowCount(); ++row) {
                QModelIndex i = w->treeModel()->index(row, 0);
                if (i.data(app::FeedTreeModel::ScopeKindRole).toInt() ==
                    static_cast<int>(app::ArticleScope::Kind::WatchList))
                    names << i.data().toString();
            }
            // The shipped lists in the window's language (WatchListNames.h), English here.
            return names == QStringList{QStringLiteral("F-35"), QStringLiteral("Air defence"),
                                        QStringLiteral("Ukraine"), QStringLiteral("Drones")};
        },
        4000));
}

// heraut-cli removes the list the window shows: the list shows all articles, and the folders
// stay as the reader left them (they collapsed: the rebuilt tree was not told to expand them).
TEST_F(WatchListTreeTest, RemovingTheShownListElsewhereShowsAllArticlesAndKeepsTheFolders) {
    auto w = makeWindow();
    w->show();
    QModelIndex item = watchList(*w, oekraine, "Oekraïne OR Oekraïens* OR Ukrain*");
    ASSERT_TRUE(item.isValid());
    w->feedView()->setCurrentIndex(item);
    auto expandedFolders = [&] {
        int expanded = 0;
        for (int row = 0; row < w->treeModel()->rowCount(); ++row) {
            QModelIndex i = w->treeModel()->index(row, 0);
            if (w->treeModel()->rowCount(i) > 0 && w->feedView()->isExpanded(i)) ++expanded;
        }
        return expanded;
    };
    int before = expandedFolders();
    ASSERT_GT(before, 0) << "the seed's folders start expanded";
    test::ProcessResult r =
        test::runProcess({HERAUT_CLI, "--db", dir.database(), "watch", "remove", "Oekraïne"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    ASSERT_TRUE(test::waitFor(
        [&] { return !watchList(*w, oekraine, "Oekraïne OR Oekraïens* OR Ukrain*").isValid(); },
        4000));
    EXPECT_EQ(expandedFolders(), before);
    EXPECT_EQ(w->listModel()->scope().kind, app::ArticleScope::Kind::All);
    EXPECT_EQ(app::FeedTreeModel::scopeOf(w->feedView()->currentIndex()).kind,
              app::ArticleScope::Kind::All);
}

TEST_F(WatchListTreeTest, MarkAllReadInAListMarksOnlyItsArticles) {
    auto w = makeWindow();
    w->show();
    int before = w->treeModel()->totalUnread();
    QModelIndex item = watchList(*w, oekraine, "Oekraïne OR Oekraïens* OR Ukrain*");
    int inList = item.data(app::FeedTreeModel::UnreadRole).toInt();
    ASSERT_GT(inList, 0);
    ASSERT_LT(inList, before);
    w->feedView()->setCurrentIndex(item);
    w->markAllRead();
    EXPECT_EQ(w->treeModel()->totalUnread(), before - inList);
}

} // namespace
} // namespace heraut
