// SPDX-License-Identifier: GPL-3.0-or-later
// Story rows open into their reports in story mode: an arrow or Right shows the other
// outlets' articles as rows below the story, each opened and marked as an article of its own;
// Left folds them again.
#include "AppFixture.h"
#include "ArticleListModel.h"
#include "StoryList.h"
#include "StoryReports.h"
#include "StoryRowExpander.h"
#include "TempDatabase.h"

#include <QFont>
#include <QIcon>
#include <QKeyEvent>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

namespace heraut {
namespace {

using app::ArticleListModel;

class StoryRowsTest : public testing::Test {
  protected:
    test::TempDir dir;
    test::StoryReports feeds;
    std::unique_ptr<Database> db;
    std::unique_ptr<ArticleStore> store;
    std::unique_ptr<app::StoryList> stories;
    std::unique_ptr<ArticleListModel> model;

    void SetUp() override {
        feeds = test::storeStoryReports(dir.database());
        db = std::make_unique<Database>(dir.database());
        store = std::make_unique<ArticleStore>(*db);
        stories = std::make_unique<app::StoryList>(*db);
        model = std::make_unique<ArticleListModel>(*store);
        model->setScope({});
        model->setStoryList(stories.get());
    }

    QString title(int row) { return model->index(row, 0).data().toString(); }
    QIcon arrow(int row) {
        return model->index(row, ArticleListModel::TitleColumn)
            .data(Qt::DecorationRole)
            .value<QIcon>();
    }
};

TEST_F(StoryRowsTest, AStoryRowOpensIntoItsOtherReports) {
    ASSERT_EQ(model->rowCount(), 2) << "the F-35, then the Patriot story";
    EXPECT_FALSE(model->canExpand(0)) << "one report: nothing to open";
    ASSERT_TRUE(model->canExpand(1));
    EXPECT_TRUE(arrow(0).isNull()) << "no arrow where there is nothing to open";
    ASSERT_FALSE(arrow(1).isNull()) << "an arrow before the story's headline";
    QImage folded = arrow(1).pixmap(16).toImage();
    std::int64_t storyRow = model->headline(1).id;
    model->setExpanded(1, true);
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_TRUE(model->isExpanded(1));
    EXPECT_NE(arrow(1).pixmap(16).toImage(), folded) << "the arrow turns";
    EXPECT_TRUE(model->isChild(2));
    EXPECT_EQ(model->parentRow(2), 1);
    EXPECT_NE(model->headline(2).id, storyRow);
    EXPECT_EQ(model->headline(2).feedTitle, "NOS") << "the older report";
    EXPECT_TRUE(title(2).contains(QStringLiteral("Nederland levert nog twee Patriots")));
    EXPECT_EQ(model->index(2, ArticleListModel::SourceColumn).data().toString(),
              QStringLiteral("NOS"))
        << "a report shows its own source, not '2 sources'";
    EXPECT_TRUE(model->isChildRow(model->headline(2)));
    EXPECT_FALSE(model->isChildRow(model->headline(1)));

    // Reading the report marks that article only, even with whole-story marking on.
    std::vector<std::int64_t> marked = model->setRead(2, true);
    EXPECT_EQ(marked, std::vector<std::int64_t>{model->headline(2).id});
    EXPECT_TRUE(store->article(model->headline(2).id)->read);
    EXPECT_FALSE(store->article(storyRow)->read);

    model->setExpanded(1, false);
    EXPECT_EQ(model->rowCount(), 2);
    EXPECT_FALSE(model->isExpanded(1));
    model->setExpanded(0, true);
    EXPECT_EQ(model->rowCount(), 2) << "a story of one stays one row";
}

// Reading the story's row marks all its reports: those open below it are drawn read at once;
// a report marked alone below it counts in the row's boldness (unread reports left).
TEST_F(StoryRowsTest, TheReportsBelowAStoryShowItsReadState) {
    auto bold = [this](int row) {
        return model->index(row, ArticleListModel::TitleColumn)
            .data(Qt::FontRole)
            .value<QFont>()
            .bold();
    };
    model->setExpanded(1, true);
    ASSERT_EQ(model->rowCount(), 3);
    ASSERT_TRUE(bold(1));
    ASSERT_TRUE(bold(2));
    model->setRead(1, true);
    EXPECT_FALSE(bold(1));
    EXPECT_FALSE(bold(2)) << "the report below the story read with it";
    EXPECT_TRUE(model->index(2, 0).data(ArticleListModel::ReadRole).toBool());

    model->setRead(2, false); // the one report unread again: the story has an unread report
    EXPECT_TRUE(bold(2));
    EXPECT_TRUE(bold(1)) << "a story with an unread report is drawn unread";
    model->setRead(2, true);
    EXPECT_FALSE(bold(1));
}

// The window reads the list again whenever another connection writes (each feed a refresh
// stores, every 1.5 s): the walk could not open a story while a refresh ran.
TEST_F(StoryRowsTest, ReadingTheListAgainKeepsOpenStoriesOpen) {
    model->setExpanded(1, true);
    ASSERT_EQ(model->rowCount(), 3);
    std::int64_t report = model->headline(2).id;
    model->reload();
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_TRUE(model->isExpanded(1));
    EXPECT_EQ(model->headline(2).id, report);
    model->setExpanded(1, false);
    model->reload();
    EXPECT_EQ(model->rowCount(), 2) << "a folded story stays folded";
}

TEST_F(StoryRowsTest, SortingOrArticleModeFoldsStories) {
    model->setExpanded(1, true);
    model->sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
    EXPECT_EQ(model->rowCount(), 2);
    model->setStoryList(nullptr);
    EXPECT_EQ(model->rowCount(), 3) << "article mode: every report a row";
    EXPECT_FALSE(model->canExpand(0));
}

TEST_F(StoryRowsTest, RightOpensLeftFoldsAndTheArrowToggles) {
    QTableView view;
    view.setModel(model.get());
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.resize(600, 300);
    app::StoryRowExpander expander(view, *model);
    view.show();
    view.setCurrentIndex(model->index(1, 0));
    QTest::keyClick(&view, Qt::Key_Right);
    ASSERT_EQ(model->rowCount(), 3);
    view.setCurrentIndex(model->index(2, 0));
    QTest::keyClick(&view, Qt::Key_Left);
    EXPECT_EQ(model->rowCount(), 2) << "Left on a report folds its story";
    EXPECT_EQ(view.currentIndex().row(), 1) << "and goes up to the story's row";
    QRect arrow = view.visualRect(model->index(1, ArticleListModel::TitleColumn));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, arrow.topLeft() + QPoint(4, 4));
    EXPECT_EQ(model->rowCount(), 3);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, arrow.topLeft() + QPoint(4, 4));
    EXPECT_EQ(model->rowCount(), 2);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, arrow.center() + QPoint(60, 0));
    EXPECT_EQ(model->rowCount(), 2) << "elsewhere on the row a click only selects";
}

class StoryRowsWindowTest : public test::AppFixture {};

TEST_F(StoryRowsWindowTest, AReportSelectedBelowItsStoryOpensThatArticle) {
    test::StoryReports reports = test::storeStoryReports(dir.database());
    settings.setValue("stories/mode", true);
    settings.setValue("stories/markWholeStoryRead", true);
    auto window = makeWindow();
    window->show();
    window->selectScope({app::ArticleScope::Kind::Folder, 0, QStringLiteral("Nieuws")});
    ArticleListModel* model = window->listModel();
    ASSERT_EQ(model->rowCount(), 2);
    ASSERT_TRUE(model->canExpand(1));
    window->listView()->setCurrentIndex(model->index(1, 0));
    QTest::keyClick(window->listView(), Qt::Key_Right);
    ASSERT_EQ(model->rowCount(), 3);
    window->selectRelative(1);
    ASSERT_TRUE(test::waitFor([&] { return window->articleView()->article() != nullptr; }))
        << "the report's own article, not the story pane";
    EXPECT_EQ(window->articleView()->article()->feedId, reports.nos);
    ASSERT_TRUE(test::waitFor([&] {
        Database db(dir.database());
        return ArticleStore(db).count({.feedId = reports.nos, .unreadOnly = true}) == 0;
    }));
    Database db(dir.database());
    EXPECT_EQ(ArticleStore(db).count({.feedId = reports.nu, .unreadOnly = true}), 1)
        << "reading one report marks only it";
}

TEST_F(StoryRowsWindowTest, AnOpenStoryStaysOpenWhileAnotherProgramWrites) {
    test::storeStoryReports(dir.database());
    settings.setValue("stories/mode", true);
    auto window = makeWindow();
    window->show();
    window->selectScope({app::ArticleScope::Kind::Folder, 0, QStringLiteral("Nieuws")});
    ArticleListModel* model = window->listModel();
    ASSERT_TRUE(model->canExpand(1));
    model->setExpanded(1, true);
    ASSERT_EQ(model->rowCount(), 3);
    std::int64_t single = model->headline(0).id;
    {
        Database other(dir.database()); // as a refresh's connection, or heraut-cli
        ArticleStore(other).setRead(std::vector<std::int64_t>{single}, true, 1769200000);
    }
    ASSERT_TRUE(test::waitFor([&] { return model->headline(0).read; }))
        << "the window picked the change up";
    EXPECT_EQ(model->rowCount(), 3);
    EXPECT_TRUE(model->isExpanded(1));
}

} // namespace
} // namespace heraut
