// SPDX-License-Identifier: GPL-3.0-or-later
// The article list's context menu does what each entry says, on the article it was opened on,
// and what it marks is in the database, not only on screen.
#include "AppFixture.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QMenu>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

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

// What the open menu offers, then closes it choosing `choose` (nothing when null): for a menu
// opened by an event, which runs its own event loop. Waits `ms` with the menu open first.
struct MenuSeen {
    bool opened = false;
    QString toggleRead;
};
void inspectNextMenu(MenuSeen& seen, const char* choose = nullptr, int ms = 0) {
    QTimer::singleShot(0, [&seen, choose, ms] {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < ms || !QApplication::activePopupWidget()) {
            if (clock.elapsed() > 3000) return;
            QApplication::processEvents(QEventLoop::AllEvents, 20);
        }
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu) return;
        seen.opened = true;
        if (auto* action = menu->findChild<QAction*>(QStringLiteral("toggleRead")))
            seen.toggleRead = action->text();
        if (choose) menu->findChild<QAction*>(QLatin1String(choose))->trigger();
        menu->close();
    });
}

// The walk right-clicked an unread row: the menu must be that row's, and opening it must not
// read the article (the row becomes current and shows, as in other lists; with a mark-read delay
// of 0 the row was marked read while the menu still offered "Mark as read").
TEST_F(ArticleContextMenuTest, ARightClickActsOnTheRowClickedWithoutReadingIt) {
    app::AppSettings reading = window->settings();
    reading.markReadDelayMs = 0;
    window->applySettings(reading);
    QTableView* list = window->listView();
    window->selectRelative(1); // row 0, read at once
    QApplication::processEvents();
    std::int64_t id = row(2).id;
    ASSERT_FALSE(row(2).read);
    MenuSeen seen;
    inspectNextMenu(seen, "copyLink", 200);
    QPoint at = list->visualRect(list->model()->index(2, 0)).center();
    QContextMenuEvent click(QContextMenuEvent::Mouse, at, list->viewport()->mapToGlobal(at));
    QApplication::sendEvent(list->viewport(), &click);
    QApplication::processEvents();
    ASSERT_TRUE(seen.opened);
    EXPECT_EQ(seen.toggleRead, QStringLiteral("Mark as read"));
    EXPECT_EQ(list->currentIndex().row(), 2);
    EXPECT_EQ(QApplication::clipboard()->text().toStdString(), *row(2).link);
    EXPECT_FALSE(stored(id).read) << "opening a menu on it is not reading it";
    // A read row offers the other mark.
    inspectNextMenu(seen);
    at = list->visualRect(list->model()->index(0, 0)).center();
    QContextMenuEvent again(QContextMenuEvent::Mouse, at, list->viewport()->mapToGlobal(at));
    QApplication::sendEvent(list->viewport(), &again);
    EXPECT_EQ(seen.toggleRead, QStringLiteral("Mark as unread"));
}

// As a mouse does it: the right button's press selects the row (the view selects on any
// button), then the menu is asked for. The press made the row current, so the menu's own check
// saw nothing move and the row was read while the menu was open.
TEST_F(ArticleContextMenuTest, ARightButtonPressThenItsMenuDoesNotReadTheRow) {
    app::AppSettings reading = window->settings();
    reading.markReadDelayMs = 0;
    window->applySettings(reading);
    QTableView* list = window->listView();
    window->selectRelative(1);
    QApplication::processEvents();
    std::int64_t id = row(2).id;
    ASSERT_FALSE(row(2).read);
    QPoint at = list->visualRect(list->model()->index(2, 0)).center();
    QTest::mousePress(list->viewport(), Qt::RightButton, {}, at);
    ASSERT_EQ(list->currentIndex().row(), 2) << "the press selects the row";
    MenuSeen seen;
    inspectNextMenu(seen, nullptr, 300);
    QContextMenuEvent click(QContextMenuEvent::Mouse, at, list->viewport()->mapToGlobal(at));
    QApplication::sendEvent(list->viewport(), &click);
    QTest::mouseRelease(list->viewport(), Qt::RightButton, {}, at);
    QTest::qWait(50);
    ASSERT_TRUE(seen.opened);
    EXPECT_EQ(seen.toggleRead, QStringLiteral("Mark as read"));
    EXPECT_FALSE(stored(id).read) << "a right-click is not reading";
}

// Shift+F10 and the Menu key: the same menu, for the current row; in the feed tree too.
TEST_F(ArticleContextMenuTest, ShiftF10AndTheMenuKeyOpenTheMenuOfTheCurrentItem) {
    // Keys go to the focus widget of the active window (a closed menu may leave none active).
    auto focus = [this](QWidget* widget) {
        QApplication::setActiveWindow(window.get());
        widget->setFocus();
        QApplication::processEvents();
    };
    for (auto [key, modifiers] :
         {std::pair{Qt::Key_F10, Qt::ShiftModifier}, std::pair{Qt::Key_Menu, Qt::NoModifier}}) {
        QTableView* list = window->listView();
        focus(list);
        list->setCurrentIndex(list->model()->index(3, 0));
        MenuSeen seen;
        inspectNextMenu(seen);
        QTest::keyClick(list, key, modifiers);
        QApplication::processEvents();
        EXPECT_TRUE(seen.opened) << key;
        EXPECT_FALSE(seen.toggleRead.isEmpty()) << "the article menu";

        QTreeView* tree = window->feedView();
        focus(tree);
        MenuSeen feedMenu;
        inspectNextMenu(feedMenu);
        QTest::keyClick(tree, key, modifiers);
        QApplication::processEvents();
        EXPECT_TRUE(feedMenu.opened) << key;
        EXPECT_TRUE(feedMenu.toggleRead.isEmpty()) << "the feed menu";
    }
}

} // namespace
} // namespace heraut
