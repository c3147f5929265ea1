// SPDX-License-Identifier: GPL-3.0-or-later
// Home and End in the article list reach the first and the last article of the whole list,
// not of the page loaded so far.
#include "ListEnds.h"
#include "ArticleListModel.h"
#include "TempDatabase.h"
#include "heraut/FeedStore.h"

#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

namespace heraut {
namespace {

using app::ArticleListModel;

constexpr std::int64_t kNow = 1769200000;

class ListEndsTest : public testing::Test {
  protected:
    test::TempDir dir;
    Database db{dir.database()};
    ArticleStore articles{db};
    static constexpr int kArticles = 3 * ArticleListModel::kPageSize + 17;

    void SetUp() override {
        std::int64_t feed = FeedStore(db).addFeed("https://a.nl/feed", "A", std::nullopt, kNow);
        std::vector<Article> many;
        for (int i = 0; i < kArticles; ++i) {
            Article a;
            a.id = "a" + std::to_string(i);
            a.title = "Bericht " + std::to_string(i);
            a.published = kNow - i * 60;
            many.push_back(a);
        }
        Transaction t(db);
        articles.storeArticles(feed, many, kNow);
        t.commit();
    }

    std::string currentTitle(const QTableView& view, const ArticleListModel& model) {
        return model.headline(view.currentIndex().row()).title;
    }
};

TEST_F(ListEndsTest, EndLoadsEveryPageAndSelectsTheLastArticleHomeTheFirst) {
    ArticleListModel model(articles);
    model.setScope({});
    QTableView view;
    view.setModel(&model);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    new app::ListEnds(view, model);
    view.resize(400, 300);
    view.show();
    view.setCurrentIndex(model.index(5, 0));
    ASSERT_EQ(model.rowCount(), ArticleListModel::kPageSize);

    QTest::keyClick(&view, Qt::Key_End);
    EXPECT_EQ(model.rowCount(), kArticles);
    EXPECT_EQ(view.currentIndex().row(), kArticles - 1);
    EXPECT_EQ(currentTitle(view, model), "Bericht " + std::to_string(kArticles - 1));
    EXPECT_TRUE(view.selectionModel()->isRowSelected(kArticles - 1, {}));

    QTest::keyClick(&view, Qt::Key_Home);
    EXPECT_EQ(view.currentIndex().row(), 0);
    EXPECT_EQ(currentTitle(view, model), "Bericht 0");

    QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
    EXPECT_EQ(view.currentIndex().row(), kArticles - 1);
    QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier);
    EXPECT_EQ(view.currentIndex().row(), 0);
}

TEST_F(ListEndsTest, EndFollowsTheListsSortOrder) {
    ArticleListModel model(articles);
    model.setScope({});
    QTableView view;
    view.setModel(&model);
    new app::ListEnds(view, model);
    model.sort(ArticleListModel::DateColumn, Qt::AscendingOrder);
    QTest::keyClick(&view, Qt::Key_End);
    EXPECT_EQ(currentTitle(view, model), "Bericht 0") << "oldest first: the newest is last";
}

TEST_F(ListEndsTest, EndInAnEmptyListDoesNothing) {
    ArticleListModel model(articles);
    model.setScope({app::ArticleScope::Kind::Starred, 0, {}});
    QTableView view;
    view.setModel(&model);
    new app::ListEnds(view, model);
    QTest::keyClick(&view, Qt::Key_End);
    EXPECT_FALSE(view.currentIndex().isValid());
}

} // namespace
} // namespace heraut
