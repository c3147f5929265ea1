// SPDX-License-Identifier: GPL-3.0-or-later
// The article list's context menu does what each entry says, on the article it was opened on,
// and what it marks is in the database, not only on screen.
#include "AppFixture.h"

#include <QAction>
#include <QClipboard>
#include <QMenu>
#include <QTableView>

namespace heraut {
namespace {

class ArticleContextMenuTest : public test::AppFixture {
  protected:
    void SetUp() override {
        AppFixture::SetUp();
        settings.setValue("reading/markReadDelayMs", -1); // selecting marks nothing here
        window = makeWindow();
        window->show();
        window->selectScope({app::ArticleScope::Kind::Feed, seedFeed, {}});
        ASSERT_GE(window->listModel()->rowCount(), 4);
    }

    // Triggers the menu entry `name` of row `row`, as a click on it would.
    void trigger(int row, const char* name) {
        std::unique_ptr<QMenu> menu = window->articleMenu()->menuFor(row);
        QAction* action = menu->findChild<QAction*>(QLatin1String(name));
        ASSERT_NE(action, nullptr) << name;
        ASSERT_TRUE(action->isEnabled()) << name;
        action->trigger();
        QApplication::processEvents();
    }
    QString actionText(int row, const char* name) {
        std::unique_ptr<QMenu> menu = window->articleMenu()->menuFor(row);
        QAction* action = menu->findChild<QAction*>(QLatin1String(name));
        return action ? action->text() : QString();
    }
    StoredArticle stored(std::int64_t id) {
        Database db(dir.database());
        return *ArticleStore(db).article(id);
    }
    const ArticleHeadline& row(int r) { return window->listModel()->headline(r); }

    std::unique_ptr<app::MainWindow> window;
};

TEST_F(ArticleContextMenuTest, OpenInBrowserOpensTheLinkAndMarksRead) {
    std::int64_t id = row(2).id;
    trigger(2, "open");
    ASSERT_EQ(opened.size(), 1u);
    EXPECT_EQ(opened[0].toString().toStdString(), *row(2).link);
    EXPECT_TRUE(stored(id).read);
    EXPECT_FALSE(stored(row(1).id).read) << "only the article the menu was opened on";
}

TEST_F(ArticleContextMenuTest, CopyLinkPutsTheArticlesLinkOnTheClipboard) {
    QApplication::clipboard()->clear();
    trigger(1, "copyLink");
    EXPECT_EQ(QApplication::clipboard()->text().toStdString(), *row(1).link);
    EXPECT_FALSE(stored(row(1).id).read) << "copying is not reading";
}

TEST_F(ArticleContextMenuTest, MarkReadThenUnread) {
    std::int64_t id = row(0).id;
    EXPECT_EQ(actionText(0, "toggleRead"), QStringLiteral("Mark as read"));
    trigger(0, "toggleRead");
    EXPECT_TRUE(stored(id).read);
    EXPECT_TRUE(row(0).read) << "the list shows it";
    EXPECT_EQ(actionText(0, "toggleRead"), QStringLiteral("Mark as unread"));
    trigger(0, "toggleRead");
    EXPECT_FALSE(stored(id).read);
}

TEST_F(ArticleContextMenuTest, StarThenUnstar) {
    std::int64_t id = row(3).id;
    trigger(3, "toggleStar");
    EXPECT_TRUE(stored(id).starred);
    EXPECT_EQ(actionText(3, "toggleStar"), QStringLiteral("Remove star"));
    trigger(3, "toggleStar");
    EXPECT_FALSE(stored(id).starred);
}

TEST_F(ArticleContextMenuTest, MarkOlderAsReadLeavesTheArticleAndNewerOnesAndOtherFeeds) {
    int pivot = 1;
    std::int64_t pivotDate = row(pivot).sortDate;
    trigger(pivot, "markOlderRead");
    Database db(dir.database());
    ArticleStore articles(db);
    int older = 0;
    for (const ArticleHeadline& h : articles.list({.feedId = seedFeed, .limit = 1000})) {
        if (h.sortDate < pivotDate) {
            EXPECT_TRUE(h.read) << h.title;
            ++older;
        } else {
            EXPECT_FALSE(h.read) << h.title << ": not older than the article";
        }
    }
    EXPECT_GT(older, 0);
    for (const ArticleHeadline& h : articles.list({.feedId = atomFeed, .limit = 1000}))
        EXPECT_FALSE(h.read) << "another feed's article: " << h.title;
    // It is undone as "mark all read" is.
    window->undoMarkAllRead();
    EXPECT_EQ(articles.count({.feedId = seedFeed, .unreadOnly = true}),
              articles.count({.feedId = seedFeed}));
}

TEST_F(ArticleContextMenuTest, AnArticleWithoutLinkCannotBeOpenedOrCopied) {
    {
        Database db(dir.database());
        Article a;
        a.id = "no-link";
        a.title = "Zonder link";
        a.published = 1769300000;
        Transaction t(db);
        ArticleStore(db).storeArticles(seedFeed, {a}, 1769300000);
        t.commit();
    }
    window->listModel()->reload();
    ASSERT_EQ(row(0).title, "Zonder link");
    std::unique_ptr<QMenu> menu = window->articleMenu()->menuFor(0);
    EXPECT_FALSE(menu->findChild<QAction*>(QStringLiteral("open"))->isEnabled());
    EXPECT_FALSE(menu->findChild<QAction*>(QStringLiteral("copyLink"))->isEnabled());
}

} // namespace
} // namespace heraut
