// SPDX-License-Identifier: GPL-3.0-or-later
// The search box says where it searches, the results how many and in what order, and a search
// that finds nothing here offers every article in one click.
#include "SearchScope.h"
#include "AppFixture.h"
#include "Application.h"
#include "ListNotice.h"
#include "ReaderLook.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTranslator>

namespace heraut {
namespace {

using app::ArticleScope;

class SearchScopeTest : public test::AppFixture {
  protected:
    void SetUp() override {
        test::AppFixture::SetUp();
        // English plural forms ("1 result") come from heraut_en.qm, as in the reader.
        test::useLanguage(QStringLiteral("en"));
    }
    void search(app::MainWindow& w, const QString& text) {
        w.searchBox()->setText(text);
        ASSERT_TRUE(test::waitFor([&] {
            return w.listModel()->isSearch() && !w.listModel()->searching() &&
                   !w.searchScope()->resultLabel()->text().isEmpty();
        }));
    }
};

TEST_F(SearchScopeTest, TheBoxNamesTheListItSearches) {
    auto w = makeWindow();
    w->show();
    EXPECT_EQ(w->searchBox()->placeholderText(), QStringLiteral("Search all articles (/)"));
    EXPECT_FALSE(w->searchScope()->everythingAction()->isVisible());
    w->selectScope({ArticleScope::Kind::Folder, 0, QStringLiteral("Defensie")});
    EXPECT_EQ(w->searchBox()->placeholderText(), QStringLiteral("Search in Defensie (/)"));
    EXPECT_TRUE(w->searchScope()->everythingAction()->isVisible());
    w->selectScope({ArticleScope::Kind::Feed, atomFeed, {}});
    EXPECT_EQ(w->searchBox()->placeholderText(), QStringLiteral("Search in VRT NWS (/)"));
}

// The briefing page hides the list, so its box offers every article and a search typed there
// shows its results over every article, not behind the page.
TEST_F(SearchScopeTest, ASearchTypedOnTheBriefingSearchesEverything) {
    auto w = makeWindow();
    w->show();
    w->selectScope({ArticleScope::Kind::Briefing, 0, {}});
    ASSERT_EQ(w->listModel()->scope().kind, ArticleScope::Kind::Briefing);
    EXPECT_EQ(w->searchBox()->placeholderText(), QStringLiteral("Search all articles (/)"));
    EXPECT_FALSE(w->searchScope()->everythingAction()->isVisible());
    search(*w, QStringLiteral("fregat"));
    EXPECT_EQ(w->listModel()->scope().kind, ArticleScope::Kind::All);
    EXPECT_TRUE(w->listView()->isVisible()) << "the results, not the briefing page";
    ASSERT_TRUE(test::waitFor([&] { return w->listModel()->rowCount() == 1; }));
    EXPECT_EQ(w->searchBox()->text(), QStringLiteral("fregat"));
}

TEST_F(SearchScopeTest, NoResultsHereSaysWhereAndSearchesEverythingInOneClick) {
    auto w = makeWindow();
    w->show();
    w->selectScope({ArticleScope::Kind::Folder, 0, QStringLiteral("Defensie")});
    search(*w, QStringLiteral("fregat"));
    EXPECT_EQ(w->listModel()->rowCount(), 0);
    EXPECT_EQ(w->searchScope()->resultLabel()->text(),
              QStringLiteral("No articles in the folder Defensie match the search."));
    app::ListNotice* notice = w->listNotice();
    EXPECT_TRUE(notice->isVisible());
    EXPECT_EQ(notice->text(),
              QStringLiteral("No articles in the folder Defensie match the search."));
    ASSERT_TRUE(notice->button()->isVisible());
    notice->button()->click();
    ASSERT_TRUE(test::waitFor(
        [&] { return !w->listModel()->searching() && w->listModel()->rowCount() == 1; }));
    EXPECT_EQ(w->listModel()->scope().kind, ArticleScope::Kind::All);
    EXPECT_EQ(w->searchBox()->text(), QStringLiteral("fregat")) << "the same search, everywhere";
    EXPECT_EQ(w->searchBox()->placeholderText(), QStringLiteral("Search all articles (/)"));
    EXPECT_FALSE(notice->isVisible());
    EXPECT_TRUE(test::waitFor([&] {
        return w->searchScope()->resultLabel()->text().startsWith(
            QStringLiteral("1 result, best match first"));
    })) << w->searchScope()->resultLabel()->text().toStdString();
}

TEST_F(SearchScopeTest, ResultsAreByRelevanceWithASwitchToDate) {
    auto w = makeWindow();
    w->show();
    search(*w, QStringLiteral("defensie"));
    int rows = w->listModel()->rowCount();
    ASSERT_GT(rows, 2);
    QLabel* result = w->searchScope()->resultLabel();
    EXPECT_TRUE(result->text().contains(QStringLiteral("best match first"))) << rows;
    emit result->linkActivated(QStringLiteral("date"));
    for (int row = 1; row < rows; ++row)
        EXPECT_GE(w->listModel()->headline(row - 1).sortDate,
                  w->listModel()->headline(row).sortDate);
    EXPECT_TRUE(result->text().startsWith(QStringLiteral("%1 results, newest first").arg(rows)))
        << result->text().toStdString();
}

TEST_F(SearchScopeTest, TheSortArrowShowsOnlyWhenTheListIsSortedByAColumn) {
    auto w = makeWindow();
    w->show();
    QHeaderView* header = w->listView()->horizontalHeader();
    EXPECT_TRUE(header->isSortIndicatorShown()) << "the list, newest first";
    search(*w, QStringLiteral("defensie"));
    EXPECT_FALSE(header->isSortIndicatorShown()) << "results by relevance have no column";
    emit w->searchScope()->resultLabel()->linkActivated(QStringLiteral("date"));
    EXPECT_TRUE(header->isSortIndicatorShown());
    EXPECT_EQ(header->sortIndicatorSection(), app::ArticleListModel::DateColumn);
    EXPECT_EQ(header->sortIndicatorOrder(), Qt::DescendingOrder);
    emit w->searchScope()->resultLabel()->linkActivated(QStringLiteral("relevance"));
    ASSERT_TRUE(test::waitFor([&] { return !w->listModel()->searching(); }));
    EXPECT_FALSE(header->isSortIndicatorShown());
    w->searchBox()->clear();
    ASSERT_TRUE(test::waitFor([&] { return !w->listModel()->isSearch(); }));
    EXPECT_TRUE(header->isSortIndicatorShown()) << "the list again";
}

TEST_F(SearchScopeTest, TheArticlePaneClearsWhenTheSearchLeavesNothingSelected) {
    auto w = makeWindow();
    w->show();
    w->selectRelative(1);
    ASSERT_TRUE(w->articleView()->toPlainText().contains(QStringLiteral("China onderzoekt")));
    search(*w, QStringLiteral("fregat"));
    EXPECT_FALSE(w->articleView()->toPlainText().contains(QStringLiteral("China onderzoekt")));
    EXPECT_TRUE(w->articleView()->toPlainText().contains(QStringLiteral("Select an article")));
}

} // namespace
} // namespace heraut
