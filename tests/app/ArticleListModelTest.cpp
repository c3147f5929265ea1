// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleListModel.h"
#include "FeedTreeModel.h"
#include "TempDatabase.h"

#include <QDateTime>
#include <QFont>
#include <gtest/gtest.h>
#include <set>

namespace heraut {
namespace {

using app::ArticleListModel;
using app::ArticleScope;

constexpr std::int64_t kNow = 1769200000;

class ModelTest : public testing::Test {
  protected:
    test::TempDir dir;
    Database db{dir.database()};
    FeedStore feeds{db};
    ArticleStore articles{db};
    std::int64_t big = feeds.addFeed("https://a.nl/feed", "Groot", "Defensie", kNow);
    std::int64_t small = feeds.addFeed("https://b.nl/feed", "Klein", std::nullopt, kNow);

    void SetUp() override {
        std::vector<Article> many;
        for (int i = 0; i < 1000; ++i) {
            Article a;
            a.id = "a" + std::to_string(i);
            a.title = (i % 2 ? "Zeemacht " : "Artillerie ") + std::to_string(i);
            a.published = kNow - i * 60;
            a.text = i == 500 ? "Oekraïne" : "tekst";
            a.content = "<p>" + a.text + "</p>";
            many.push_back(a);
        }
        Article b;
        b.id = "b";
        b.title = "Bericht van klein";
        b.published = kNow - 30;
        Transaction t(db);
        articles.storeArticles(big, many, kNow);
        articles.storeArticles(small, {b}, kNow);
        t.commit();
    }
};

TEST_F(ModelTest, ListsLoadAPageAtATime) {
    ArticleListModel model(articles);
    model.setScope({});
    EXPECT_EQ(model.rowCount(), ArticleListModel::kPageSize);
    EXPECT_TRUE(model.canFetchMore({}));
    EXPECT_EQ(model.headline(0).title, "Artillerie 0");
    EXPECT_EQ(model.headline(1).title, "Bericht van klein");
    int pages = 1;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ++pages;
    }
    EXPECT_EQ(model.rowCount(), 1001);
    EXPECT_EQ(pages, 6);
    for (int row = 1; row < model.rowCount(); ++row)
        ASSERT_LE(model.headline(row).sortDate, model.headline(row - 1).sortDate) << "newest first";
}

TEST_F(ModelTest, ScopesUnreadOnlyAndSearch) {
    ArticleListModel model(articles);
    model.setScope({ArticleScope::Kind::Feed, small, {}});
    EXPECT_EQ(model.rowCount(), 1);
    model.setScope({ArticleScope::Kind::Folder, 0, QStringLiteral("Defensie")});
    EXPECT_EQ(model.headline(0).feedId, big);
    model.setScope({});
    model.setRead(0, true);
    model.setUnreadOnly(true);
    EXPECT_EQ(model.headline(0).title, "Bericht van klein");
    model.setUnreadOnly(false);
    model.setSearchText(QStringLiteral("oekraine"));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.headline(0).title, "Artillerie 500");
    EXPECT_FALSE(model.canFetchMore({}));
    model.setStarred(0, true);
    model.setSearchText({});
    model.setScope({ArticleScope::Kind::Starred, 0, {}});
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_TRUE(
        model.data(model.index(0, 0), Qt::DisplayRole).toString().startsWith(QStringLiteral("★")));
}

// The list's scope joins the search as values: a folder whose name has spaces is that folder,
// not every folder, and a filter the search cannot read is said, not shown as no articles.
TEST_F(ModelTest, SearchInsideAScopeAndSearchErrors) {
    std::int64_t flemish = feeds.addFeed("https://c.be/feed", "VRT", "Nederland en België", kNow);
    Article a;
    a.id = "v";
    a.title = "Artillerie in Kleine-Brogel";
    a.published = kNow;
    Transaction t(db);
    articles.storeArticles(flemish, {a}, kNow);
    t.commit();
    ArticleListModel model(articles);
    std::vector<QString> messages;
    QObject::connect(&model, &ArticleListModel::searchMessage,
                     [&](const QString& m) { messages.push_back(m); });
    model.setScope({ArticleScope::Kind::Folder, 0, QStringLiteral("Nederland en België")});
    model.setSearchText(QStringLiteral("artillerie"));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.headline(0).feedId, flemish);
    model.setScope({ArticleScope::Kind::Feed, big, {}});
    EXPECT_EQ(model.rowCount(), 500) << "the search's limit, every one from the feed";
    EXPECT_EQ(model.headline(0).feedId, big);
    model.setSearchText(QStringLiteral("artillerie is:bogus"));
    EXPECT_EQ(model.rowCount(), 0);
    ASSERT_FALSE(messages.empty());
    EXPECT_EQ(messages.back(),
              QStringLiteral("\"is:bogus\": is: takes unread, read, starred or muted."))
        << "in the window's words (CoreMessages), translated in the Dutch window";
    model.setSearchText(QStringLiteral("artillerie since:gisteren"));
    EXPECT_TRUE(messages.back().contains(QStringLiteral("since: takes a date")));
    model.setSearchText(QStringLiteral("🚀"));
    EXPECT_EQ(model.rowCount(), 0) << "no word to look for: not the whole feed";
    EXPECT_EQ(messages.back(), QStringLiteral("🚀: no letter or digit to look for, left out."));
    model.setSearchText(QStringLiteral("artillerie 🚀"));
    EXPECT_EQ(model.rowCount(), 500);
    EXPECT_TRUE(messages.back().startsWith(QStringLiteral("🚀:")));
    model.setSearchText({});
    EXPECT_TRUE(messages.back().isEmpty()) << "leaving the search clears what it said";
    EXPECT_EQ(model.rowCount(), ArticleListModel::kPageSize);
}

TEST_F(ModelTest, UnreadIsBoldAndReadStateGoesToTheStore) {
    ArticleListModel model(articles);
    model.setScope({});
    EXPECT_TRUE(model.data(model.index(0, 0), Qt::FontRole).value<QFont>().bold());
    model.setRead(0, true);
    EXPECT_FALSE(model.data(model.index(0, 0), Qt::FontRole).value<QFont>().bold());
    EXPECT_TRUE(articles.article(model.headline(0).id)->read);
}

TEST_F(ModelTest, SortingByTitleKeepsTheSelectionOnItsArticle) {
    ArticleListModel model(articles);
    model.setScope({ArticleScope::Kind::Feed, small, {}});
    model.setScope({});
    model.fetchAll(); // the article stays selected when the sorted list loads as many rows
    QPersistentModelIndex selected = model.index(1, 0); // "Bericht van klein"
    model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
    EXPECT_EQ(model.headline(0).title.substr(0, 10), "Artillerie");
    EXPECT_EQ(model.headline(selected.row()).title, "Bericht van klein");
    model.sort(ArticleListModel::DateColumn, Qt::DescendingOrder);
    EXPECT_EQ(model.headline(0).title, "Artillerie 0");
}

// Sorting reads the whole list in the new order from the store: the first row is the first of
// the cache, not of the page that happened to be loaded, and paging continues in that order.
TEST_F(ModelTest, SortingByTitleOrSourceSortsTheWholeListNotTheLoadedPage) {
    Article old;
    old.id = "oud";
    old.title = "aanval op de haven"; // lower case: the order ignores case
    old.published = kNow - 10'000'000;
    Transaction t(db);
    articles.storeArticles(small, {old}, kNow);
    t.commit();
    ArticleListModel model(articles);
    model.setScope({});
    ASSERT_EQ(model.rowCount(), ArticleListModel::kPageSize);

    model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
    EXPECT_EQ(model.headline(0).title, "aanval op de haven");
    EXPECT_EQ(model.rowCount(), ArticleListModel::kPageSize) << "one page, not the whole cache";
    model.fetchAll();
    ASSERT_EQ(model.rowCount(), 1002);
    EXPECT_EQ(model.headline(1001).title, "Zeemacht 999");
    std::set<std::int64_t> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        EXPECT_TRUE(seen.insert(model.headline(row).id).second) << "row " << row << " twice";
        if (row == 0) continue;
        ASSERT_LE(
            QString::fromStdString(model.headline(row - 1).title)
                .compare(QString::fromStdString(model.headline(row).title), Qt::CaseInsensitive),
            0)
            << row;
    }

    model.sort(ArticleListModel::TitleColumn, Qt::DescendingOrder);
    EXPECT_EQ(model.headline(0).title, "Zeemacht 999");
    model.sort(ArticleListModel::SourceColumn, Qt::DescendingOrder);
    EXPECT_EQ(model.headline(0).feedTitle, "Klein");
    EXPECT_EQ(model.headline(1).title, "aanval op de haven") << "the newest first within a source";
    model.sort(ArticleListModel::DateColumn, Qt::AscendingOrder);
    EXPECT_EQ(model.headline(0).title, "aanval op de haven");
    model.setScope({ArticleScope::Kind::Feed, big, {}}); // a new scope keeps the order
    EXPECT_EQ(model.headline(0).title, "Zeemacht 999");
}

TEST_F(ModelTest, ShortDatesAreTimeTodayAndDayMonthOtherwise) {
    std::int64_t now = QDateTime::currentSecsSinceEpoch();
    EXPECT_TRUE(ArticleListModel::shortDate(now).contains(QLatin1Char(':')));
    QString older = ArticleListModel::shortDate(now - 40 * 86400);
    EXPECT_FALSE(older.contains(QLatin1Char(':')));
}

TEST_F(ModelTest, FeedTreeShowsVirtualFoldersFoldersFeedsAndCounts) {
    app::FeedTreeModel tree(feeds, articles);
    tree.reload();
    ASSERT_EQ(tree.rowCount(), 5); // All, Unread, Starred, folder Defensie, feed Klein
    // The name alone; the delegate draws the count. "All articles" and "Unread" do not both
    // say 1001.
    EXPECT_EQ(tree.index(0, 0).data().toString(), QStringLiteral("All articles"));
    EXPECT_EQ(tree.index(0, 0).data(app::FeedTreeModel::UnreadRole).toInt(), 0);
    EXPECT_EQ(tree.index(1, 0).data(app::FeedTreeModel::UnreadRole).toInt(), 1001);
    QModelIndex folder =
        tree.indexOfScope({ArticleScope::Kind::Folder, 0, QStringLiteral("Defensie")});
    ASSERT_TRUE(folder.isValid());
    EXPECT_EQ(folder.data(app::FeedTreeModel::UnreadRole).toInt(), 1000);
    EXPECT_EQ(tree.rowCount(folder), 1);
    feeds.recordFailure(small, "HTTP 500: server error", kNow, kNow + 60, false);
    tree.reload();
    QModelIndex failing = tree.indexOfScope({ArticleScope::Kind::Feed, small, {}});
    EXPECT_TRUE(failing.data(Qt::ToolTipRole).toString().contains(QStringLiteral("HTTP 500")));
    EXPECT_FALSE(failing.data(Qt::DecorationRole).isNull());
    EXPECT_EQ(tree.failingFeeds().size(), 1u);
}

} // namespace
} // namespace heraut
