// SPDX-License-Identifier: GPL-3.0-or-later
// The feed list keeps its shape: folders the reader collapsed stay collapsed, the selection
// stays, across a change made by heraut-cli and across a restart; titles sort as people count.
#include "AppFixture.h"
#include "FeedTreeModel.h"
#include "support/Process.h"

#include <QTreeView>

namespace heraut {
namespace {

class FeedTreeTest : public test::AppFixture {
  protected:
    QModelIndex folder(app::MainWindow& w, const char* name) {
        return w.treeModel()->indexOfScope(
            {app::ArticleScope::Kind::Folder, 0, QString::fromUtf8(name)});
    }
    QModelIndex feed(app::MainWindow& w, std::int64_t id) {
        return w.treeModel()->indexOfScope({app::ArticleScope::Kind::Feed, id, {}});
    }
};

TEST_F(FeedTreeTest, CollapsedFoldersAndSelectionSurviveACliChangeAndARestart) {
    {
        auto w = makeWindow();
        w->show();
        w->feedView()->collapse(folder(*w, "Defensie"));
        w->selectScope({app::ArticleScope::Kind::Feed, atomFeed, {}});
        // A rename from the CLI changes the tree's shape: the model rebuilds its rows.
        test::ProcessResult r = test::runProcess(
            {HERAUT_CLI, "--db", dir.database(), "rename", std::to_string(seedFeed), "BAM"});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        ASSERT_TRUE(test::waitFor(
            [&] { return feed(*w, seedFeed).data().toString() == QStringLiteral("BAM"); }, 4000));
        EXPECT_FALSE(w->feedView()->isExpanded(folder(*w, "Defensie")));
        EXPECT_TRUE(w->feedView()->isExpanded(folder(*w, "Nieuws Vlaanderen")));
        EXPECT_EQ(w->feedView()->currentIndex(), feed(*w, atomFeed));
        w->close();
    }
    auto again = makeWindow();
    again->show();
    EXPECT_FALSE(again->feedView()->isExpanded(folder(*again, "Defensie")));
    EXPECT_TRUE(again->feedView()->isExpanded(folder(*again, "Nieuws Vlaanderen")));
    EXPECT_EQ(again->feedView()->currentIndex(), feed(*again, atomFeed));
    EXPECT_EQ(again->listModel()->scope().feedId, atomFeed);
}

// The walk restarted with a feed selected halfway down 200 feeds and found it at the bottom edge
// of the list (or below it): the list must open with the same row at its top, even when rows
// were added above it in the meantime.
TEST_F(FeedTreeTest, TheListOpensScrolledAsItWasLeftAfterARestart) {
    {
        Database db(dir.database());
        FeedStore feeds(db);
        for (int i = 0; i < 200; ++i)
            feeds.addFeed("https://example.org/veel/" + std::to_string(i),
                          "Bron " + std::to_string(i), "Veel", 1);
    }
    app::ArticleScope top;
    app::ArticleScope selected;
    for (QSize size : {QSize(1024, 700), QSize(1920, 1080)}) {
        {
            auto w = makeWindow();
            w->resize(size);
            w->show();
            QApplication::processEvents();
            QTreeView* tree = w->feedView();
            QModelIndex many = folder(*w, "Veel");
            ASSERT_EQ(w->treeModel()->rowCount(many), 200);
            tree->scrollTo(w->treeModel()->index(90, 0, many), QAbstractItemView::PositionAtTop);
            QModelIndex pick = w->treeModel()->index(95, 0, many);
            tree->setCurrentIndex(pick);
            QApplication::processEvents();
            top = app::FeedTreeModel::scopeOf(tree->indexAt(QPoint(1, 1)));
            selected = app::FeedTreeModel::scopeOf(pick);
            w->close();
        }
        { // while Heraut was closed, heraut-cli added a folder above: rows move, the top stays
            Database db(dir.database());
            FeedStore(db).addFeed("https://example.org/nieuw" + std::to_string(size.width()),
                                  "Nieuw", "Aaa " + std::to_string(size.width()), 1);
        }
        auto again = makeWindow();
        again->resize(size);
        again->show();
        QTreeView* tree = again->feedView();
        EXPECT_TRUE(test::waitFor([&] {
            return app::FeedTreeModel::scopeOf(tree->indexAt(QPoint(1, 1))) == top;
        })) << "top row "
            << tree->indexAt(QPoint(1, 1)).data().toString().toStdString();
        ASSERT_EQ(app::FeedTreeModel::scopeOf(tree->currentIndex()), selected);
        QRect rect = tree->visualRect(tree->currentIndex());
        EXPECT_GE(rect.top(), 0);
        EXPECT_LE(rect.bottom(), tree->viewport()->height() - 2 * rect.height())
            << "the selected feed at the bottom edge";
    }
}

TEST_F(FeedTreeTest, TitlesSortByTheirNumbersNotLetterByLetter) {
    {
        Database db(dir.database());
        FeedStore feeds(db);
        for (const char* title : {"Feed 10", "feed 2", "Feed 1"})
            feeds.addFeed(std::string("https://example.org/") + title, title, "Getallen", 1);
    }
    auto w = makeWindow();
    QModelIndex numbers = folder(*w, "Getallen");
    ASSERT_EQ(w->treeModel()->rowCount(numbers), 3);
    QStringList order;
    for (int row = 0; row < 3; ++row)
        order << w->treeModel()->index(row, 0, numbers).data().toString();
    EXPECT_EQ(order, (QStringList{"Feed 1", "feed 2", "Feed 10"}));
}

TEST_F(FeedTreeTest, FailingAndHealthyFeedsStartTheirNamesInTheSameColumn) {
    {
        Database db(dir.database());
        FeedStore(db).recordFailure(seedFeed, "HTTP 500: server error", 1, 2, false);
    }
    auto w = makeWindow();
    w->show();
    QTreeView* view = w->feedView();
    QModelIndex failing = feed(*w, seedFeed);
    QModelIndex healthy = feed(*w, atomFeed);
    // Both carry an icon of the same size; the failing one's is the warning.
    EXPECT_FALSE(failing.data(Qt::DecorationRole).isNull());
    EXPECT_FALSE(healthy.data(Qt::DecorationRole).isNull());
    EXPECT_EQ(view->visualRect(failing).left(), view->visualRect(healthy).left());
}

} // namespace
} // namespace heraut
