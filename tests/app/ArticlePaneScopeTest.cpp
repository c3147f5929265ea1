// SPDX-License-Identifier: GPL-3.0-or-later
// The article pane shows an article only while the list has it selected: when the list's scope
// changes (another feed or folder, a search, "Only unread") and the article is not selected in
// the new list, the pane is cleared (issue 11: "the article pane cleared when nothing is
// selected"). It kept showing the old article.
#include "AppFixture.h"

#include <QAction>
#include <QLineEdit>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>

namespace heraut {
namespace {

class ArticlePaneScopeTest : public test::AppFixture {
  protected:
    void open(app::MainWindow& w, int row) {
        w.listView()->setCurrentIndex(w.listModel()->index(row, 0));
        ASSERT_TRUE(test::waitFor([&] { return w.articleView()->article() != nullptr; }));
    }

    void chooseInTree(app::MainWindow& w, const app::ArticleScope& scope) {
        w.feedView()->setCurrentIndex(w.treeModel()->indexOfScope(scope));
    }

    // The pane shows nothing, or the article the list has selected.
    static ::testing::AssertionResult paneAgreesWithList(app::MainWindow& w) {
        QApplication::processEvents();
        const StoredArticle* shown = w.articleView()->article();
        QModelIndex current = w.listView()->selectionModel()->currentIndex();
        if (!shown) return ::testing::AssertionSuccess();
        if (!current.isValid())
            return ::testing::AssertionFailure()
                   << "the pane shows \"" << shown->article.title << "\" and nothing is selected";
        if (w.listModel()->headline(current.row()).id != shown->id)
            return ::testing::AssertionFailure() << "the pane shows another article";
        return ::testing::AssertionSuccess();
    }
};

TEST_F(ArticlePaneScopeTest, AnotherFeedOrFolderClearsThePaneOrSelectsItsArticle) {
    auto w = makeWindow();
    w->show();
    chooseInTree(*w, {app::ArticleScope::Kind::Feed, seedFeed, {}});
    open(*w, 0);
    chooseInTree(*w, {app::ArticleScope::Kind::Feed, atomFeed, {}});
    EXPECT_EQ(w->articleView()->article(), nullptr);
    EXPECT_TRUE(paneAgreesWithList(*w));

    chooseInTree(*w, {app::ArticleScope::Kind::Feed, seedFeed, {}});
    open(*w, 0);
    chooseInTree(*w, {}); // all articles: the article is in it, but nothing was selected
    EXPECT_TRUE(paneAgreesWithList(*w));
}

TEST_F(ArticlePaneScopeTest, ASearchOrItsEndClearsThePaneWhenTheArticleIsNotSelected) {
    auto w = makeWindow();
    w->show();
    chooseInTree(*w, {app::ArticleScope::Kind::Feed, seedFeed, {}});
    open(*w, 0);
    w->searchBox()->setText(QStringLiteral("zzzgeentreffer"));
    ASSERT_TRUE(test::waitFor(
        [&] { return !w->listModel()->searching() && w->listModel()->rowCount() == 0; }));
    QApplication::processEvents();
    EXPECT_EQ(w->articleView()->article(), nullptr) << "an empty result list shows nothing";

    // A search that finds the article, then its end: the list is replaced each time.
    w->searchBox()->clear();
    ASSERT_TRUE(test::waitFor([&] { return w->listModel()->rowCount() > 0; }));
    open(*w, 0);
    std::string title = w->articleView()->article()->article.title;
    w->searchBox()->setText(QString::fromStdString(title.substr(0, title.find(' '))));
    ASSERT_TRUE(test::waitFor([&] {
        return w->listModel()->isSearch() && !w->listModel()->searching() &&
               w->listModel()->rowCount() > 0;
    }));
    EXPECT_TRUE(paneAgreesWithList(*w));
    w->searchBox()->clear();
    ASSERT_TRUE(test::waitFor(
        [&] { return !w->listModel()->isSearch() && w->listModel()->rowCount() > 0; }));
    EXPECT_TRUE(paneAgreesWithList(*w));
}

TEST_F(ArticlePaneScopeTest, OnlyUnreadClearsThePaneOfAReadArticle) {
    auto w = makeWindow();
    w->show();
    chooseInTree(*w, {app::ArticleScope::Kind::Feed, seedFeed, {}});
    open(*w, 0); // read at once: the fixture's mark-read delay is 0
    ASSERT_TRUE(test::waitFor([&] { return w->listModel()->headline(0).read; }));
    QAction* unread = nullptr;
    for (QAction* a : w->findChildren<QAction*>())
        if (a->isCheckable() && a->text() == app::MainWindow::tr("Only unread")) unread = a;
    ASSERT_NE(unread, nullptr);
    unread->setChecked(true);
    QApplication::processEvents();
    EXPECT_EQ(w->articleView()->article(), nullptr);
    EXPECT_TRUE(paneAgreesWithList(*w));
}

} // namespace
} // namespace heraut
