// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as a reader uses it: keys, marking, undo, refresh, and a database shared
// with heraut-cli.
#include "AppFixture.h"
#include "RichTextDialog.h"
#include "support/Process.h"
#include "support/TestHttpServer.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QTreeView>

namespace heraut {
namespace {

using app::ArticleScope;

class MainWindowTest : public test::AppFixture {
  protected:
    bool isRead(std::int64_t id) {
        Database db(dir.database());
        return ArticleStore(db).article(id)->read;
    }
    std::int64_t currentId(app::MainWindow& w) {
        QModelIndex current = w.listView()->currentIndex();
        return current.isValid() ? w.listModel()->headline(current.row()).id : 0;
    }
    void key(app::MainWindow& w, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QApplication::setActiveWindow(&w); // window shortcuts need an active window
        w.listView()->setFocus();
        QTest::keyClick(w.listView(), static_cast<Qt::Key>(key), modifiers);
        QApplication::processEvents();
    }
};

TEST_F(MainWindowTest, SelectingMarksReadAfterTheDelay) {
    settings.setValue("reading/markReadDelayMs", 300);
    auto w = makeWindow();
    w->show();
    w->selectRelative(1);
    std::int64_t id = currentId(*w);
    ASSERT_NE(id, 0);
    EXPECT_FALSE(isRead(id)) << "not at once";
    EXPECT_TRUE(test::waitFor([&] { return isRead(id); }, 2000));
    EXPECT_TRUE(w->articleView()->toPlainText().contains(QStringLiteral("China onderzoekt")));
}

TEST_F(MainWindowTest, MovingOnBeforeTheDelayLeavesItUnread) {
    settings.setValue("reading/markReadDelayMs", 400);
    auto w = makeWindow();
    w->show();
    w->selectRelative(1);
    std::int64_t first = currentId(*w);
    w->selectRelative(1);
    QTest::qWait(600);
    EXPECT_FALSE(isRead(first));
    EXPECT_TRUE(isRead(currentId(*w)));
}

TEST_F(MainWindowTest, NeverMarksReadWhenTheSettingSaysNever) {
    settings.setValue("reading/markReadDelayMs", -1);
    auto w = makeWindow();
    w->show();
    w->selectRelative(1);
    QTest::qWait(200);
    EXPECT_FALSE(isRead(currentId(*w)));
}

// Help > Keyboard shortcuts lists every key the window binds (the walk missed Home/End).
TEST_F(MainWindowTest, TheShortcutListNamesEveryShortcut) {
    auto w = makeWindow();
    w->show();
    QAction* help = nullptr;
    for (QAction* action : w->findChildren<QAction*>())
        if (action->text() == QStringLiteral("&Keyboard shortcuts")) help = action;
    ASSERT_NE(help, nullptr);
    QString table;
    QTimer::singleShot(0, [&] {
        ASSERT_TRUE(test::waitFor([] { return QApplication::activeModalWidget(); }));
        auto* box = qobject_cast<app::RichTextDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        table = QTextDocumentFragment::fromHtml(box->text()).toPlainText().toLower();
        // On the screen whole, the rest of the table a scroll away (1024x700 at scale 1.5).
        QRect screen = box->screen()->availableGeometry();
        EXPECT_TRUE(screen.contains(box->geometry()));
        EXPECT_TRUE(box->view()->verticalScrollBar()->maximum() > 0 ||
                    box->view()->document()->size().height() <= box->view()->viewport()->height());
        box->accept();
    });
    help->trigger();
    ASSERT_FALSE(table.isEmpty());
    QStringList keys{QStringLiteral("home / end"), QStringLiteral("shift+f10"),
                     QStringLiteral("menu")};
    for (QShortcut* shortcut : w->findChildren<QShortcut*>())
        keys << shortcut->key().toString().toLower();
    for (QAction* action : w->findChildren<QAction*>())
        if (!action->shortcut().isEmpty()) keys << action->shortcut().toString().toLower();
    for (QString key : keys) {
        key.replace(QStringLiteral("return"), QStringLiteral("enter"));
        EXPECT_TRUE(table.contains(key)) << key.toStdString() << " is not in\n"
                                         << table.toStdString();
    }
}

TEST_F(MainWindowTest, KeyboardShortcuts) {
    settings.setValue("reading/markReadDelayMs", -1);
    auto w = makeWindow();
    w->show();
    w->activateWindow();
    w->selectRelative(1); // row 0, as clicking into the list does
    key(*w, Qt::Key_J);
    EXPECT_EQ(w->listView()->currentIndex().row(), 1);
    key(*w, Qt::Key_J);
    EXPECT_EQ(w->listView()->currentIndex().row(), 2);
    key(*w, Qt::Key_K);
    EXPECT_EQ(w->listView()->currentIndex().row(), 1);
    std::int64_t first = currentId(*w);
    key(*w, Qt::Key_M);
    EXPECT_TRUE(isRead(first)) << "m marks read";
    key(*w, Qt::Key_M);
    EXPECT_FALSE(isRead(first)) << "m again marks unread";
    key(*w, Qt::Key_S);
    {
        Database db(dir.database());
        EXPECT_TRUE(ArticleStore(db).article(first)->starred) << "s stars";
    }
    key(*w, Qt::Key_O);
    ASSERT_EQ(opened.size(), 1u) << "o opens in the browser";
    EXPECT_TRUE(opened[0].toString().startsWith(QStringLiteral("https://businessam.be/")));
    key(*w, Qt::Key_Return);
    EXPECT_EQ(opened.size(), 2u) << "Enter opens too";
    EXPECT_TRUE(isRead(first)) << "what was opened counts as read";
    key(*w, Qt::Key_N);
    EXPECT_EQ(w->listView()->currentIndex().row(), 2) << "n: next unread";
    key(*w, Qt::Key_P);
    EXPECT_EQ(w->listView()->currentIndex().row(), 0) << "p: previous unread, past the read row 1";
    key(*w, Qt::Key_Slash);
    EXPECT_TRUE(w->searchBox()->hasFocus()) << "/ focuses search";
    QTest::keyClicks(w->searchBox(), QStringLiteral("jk"));
    EXPECT_EQ(w->searchBox()->text(), QStringLiteral("jk"))
        << "letters typed into search stay letters";
    w->searchBox()->clear();
    key(*w, Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(w->searchBox()->hasFocus()) << "Ctrl+F focuses search";
}

// Search results are a list of their own: past their last unread article, "n" stays with
// them rather than selecting a feed whose list would be searched again on another thread.
TEST_F(MainWindowTest, NextUnreadStopsAtTheEndOfSearchResults) {
    settings.setValue("reading/markReadDelayMs", -1);
    {
        Database db(dir.database());
        ArticleStore(db).markAllRead({.feedId = seedFeed}, 1769200000);
    }
    auto w = makeWindow();
    w->show();
    w->selectScope({ArticleScope::Kind::Feed, seedFeed, {}});
    w->searchBox()->setText(QStringLiteral("drone"));
    ASSERT_TRUE(test::waitFor([&] { return w->listModel()->rowCount() > 0; }));
    w->selectNextUnread(1);
    QApplication::processEvents();
    EXPECT_EQ(app::FeedTreeModel::scopeOf(w->feedView()->currentIndex()).feedId, seedFeed);
    EXPECT_EQ(w->listModel()->scope().feedId, seedFeed);
}

TEST_F(MainWindowTest, NextUnreadCrossesIntoTheNextFeed) {
    settings.setValue("reading/markReadDelayMs", -1);
    {
        Database db(dir.database());
        ArticleStore(db).markAllRead({.feedId = seedFeed}, 1769200000);
    }
    auto w = makeWindow();
    w->show();
    w->selectScope({ArticleScope::Kind::Feed, seedFeed, {}});
    key(*w, Qt::Key_N);
    EXPECT_EQ(w->listModel()->scope().feedId, atomFeed);
    EXPECT_EQ(w->listModel()->headline(w->listView()->currentIndex().row()).feedId, atomFeed);
}

TEST_F(MainWindowTest, SpaceScrollsThenMovesOn) {
    settings.setValue("reading/markReadDelayMs", -1);
    settings.setValue("ui/fontPointSize", 28); // a long article in a short pane
    auto w = makeWindow();
    w->resize(900, 400);
    w->show();
    w->selectRelative(1);
    QApplication::processEvents();
    int before = w->articleView()->verticalScrollBar()->value();
    ASSERT_GT(w->articleView()->verticalScrollBar()->maximum(), 0);
    key(*w, Qt::Key_Space);
    EXPECT_GT(w->articleView()->verticalScrollBar()->value(), before);
    EXPECT_EQ(w->listView()->currentIndex().row(), 0);
    for (int i = 0; i < 30 && w->listView()->currentIndex().row() == 0; ++i)
        key(*w, Qt::Key_Space);
    EXPECT_EQ(w->listView()->currentIndex().row(), 1);
}

TEST_F(MainWindowTest, MarkAllReadAndUndo) {
    auto w = makeWindow();
    w->show();
    w->selectScope({ArticleScope::Kind::Feed, seedFeed, {}});
    key(*w, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    Database db(dir.database());
    ArticleStore store(db);
    EXPECT_EQ(store.unreadCounts().byFeed[seedFeed], 0);
    EXPECT_EQ(store.unreadCounts().byFeed[atomFeed], 2) << "only the selected feed";
    EXPECT_FALSE(
        w->listModel()->data(w->listModel()->index(0, 0), Qt::FontRole).value<QFont>().bold());
    w->undoMarkAllRead();
    EXPECT_EQ(store.unreadCounts().byFeed[seedFeed], 12);
    EXPECT_TRUE(
        w->listModel()->data(w->listModel()->index(0, 0), Qt::FontRole).value<QFont>().bold());
}

TEST_F(MainWindowTest, SeesWhatHerautCliChanges) {
    auto w = makeWindow();
    w->show();
    std::int64_t first = w->listModel()->headline(0).id;
    test::ProcessResult r =
        test::runProcess({HERAUT_CLI, "--db", dir.database(), "read", std::to_string(first)});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(test::waitFor([&] { return w->listModel()->headline(0).read; }, 4000));
    EXPECT_EQ(w->treeModel()->totalUnread(), 13);
}

// While a refresh writes, the poll reloads an open search after each of its commits. The
// refresh indexes what it stores in batches; the reader must not take the write lock to index
// it first on its own thread. A search the reader types still finds everything.
TEST_F(MainWindowTest, SearchReloadsDuringARefreshLeaveIndexingToTheRefresh) {
    auto storeArticle = [this](const std::string& id) {
        Database db(dir.database());
        Article a;
        a.id = id;
        a.title = "Zeppelinhangar in Soesterberg " + id;
        a.published = 1769200000;
        Transaction t(db);
        ArticleStore(db).storeArticles(seedFeed, {a}, 1769200000);
        t.commit();
    };
    auto waiting = [this] {
        Database db(dir.database());
        Statement count = db.prepare("SELECT count(*) FROM search_backlog");
        count.step();
        return count.integer(0);
    };
    auto w = makeWindow();
    w->show();
    // Searches run on the reader's search thread; their rows come back a moment later.
    auto searched = [&] { return test::waitFor([&] { return !w->listModel()->searching(); }); };
    w->listModel()->setSearchText("zeppelinhangar");
    ASSERT_TRUE(searched());
    ASSERT_EQ(w->listModel()->rowCount(), 0);

    storeArticle("z1"); // as a refresh commits one feed
    ASSERT_TRUE(w->pickUpExternalChanges());
    ASSERT_TRUE(searched());
    EXPECT_EQ(w->listModel()->rowCount(), 0);
    EXPECT_EQ(waiting(), 1) << "the reader indexed the refresh's articles itself";
    {
        Database db(dir.database()); // as the refresh indexes its batch
        ArticleStore(db).indexBacklog();
    }
    ASSERT_TRUE(w->pickUpExternalChanges());
    ASSERT_TRUE(searched());
    EXPECT_EQ(w->listModel()->rowCount(), 1);

    storeArticle("z2");
    w->listModel()->setSearchText("zeppelinhangar soesterberg"); // typed: nothing is missed
    ASSERT_TRUE(searched());
    EXPECT_EQ(w->listModel()->rowCount(), 2);
    EXPECT_EQ(waiting(), 0);
}

// Articles cached with "HTTP://" image links (before the parser lower-cased schemes, or from
// a source that was not normalised) offer "Load images" and load them like "http://" ones.
TEST_F(MainWindowTest, UpperCaseSchemeImagesLoadWhenAsked) {
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QImage pixel(4, 4, QImage::Format_RGB32);
        pixel.fill(Qt::red);
        pixel.save(&buffer, "PNG");
    }
    test::TestHttpServer server([&](const test::HttpRequest&) {
        return test::HttpResponse::ok(png.toStdString(), "image/png");
    });
    std::string upper = "HTTP://127.0.0.1:" + std::to_string(server.port()) + "/a.png";
    std::string mixed = "HtTp://127.0.0.1:" + std::to_string(server.port()) + "/b.png";
    {
        Database db(dir.database());
        Article a;
        a.id = "upper-case-images";
        a.title = "Luchtmachtdag Volkel";
        a.content = "<p>Foto's</p><img src=\"" + upper + "\" alt=\"a\"><img src=\"" + mixed +
                    "\" alt=\"b\">";
        a.published = 1769200000;
        Transaction t(db);
        ArticleStore(db).storeArticles(seedFeed, {a}, 1769200000);
        t.commit();
        ArticleStore(db).indexBacklog();
    }
    auto w = makeWindow();
    w->show();
    w->listModel()->setSearchText("luchtmachtdag");
    // The reader searches on a thread of its own.
    ASSERT_TRUE(test::waitFor([&] { return w->listModel()->rowCount() == 1; }));
    w->listView()->setCurrentIndex(w->listModel()->index(0, 0));
    ASSERT_TRUE(test::waitFor([&] { return w->articleView()->article() != nullptr; }));
    ASSERT_EQ(w->articleView()->imageUrls().size(), 2);
    EXPECT_TRUE(w->articleView()->toHtml().contains(QStringLiteral("heraut:load-images")));

    emit w->articleView()->imagesRequested();
    QTextDocument* document = w->articleView()->document();
    auto loaded = [&](const std::string& url) {
        return !document->resource(QTextDocument::ImageResource, QUrl(QString::fromStdString(url)))
                    .isNull();
    };
    EXPECT_TRUE(test::waitFor([&] { return loaded(upper) && loaded(mixed); }, 10000));
    EXPECT_EQ(server.requestCount(), 2u);
}

TEST_F(MainWindowTest, StaysResponsiveWhileRefreshing) {
    test::TestHttpServer server([](const test::HttpRequest&) {
        test::HttpResponse r =
            test::HttpResponse::ok(test::readData("vrtnws-atom.xml"), "application/atom+xml");
        r.delayMs = 400;
        return r;
    });
    {
        Database db(dir.database());
        FeedStore feeds(db);
        for (int i = 0; i < 12; ++i)
            feeds.addFeed(server.url("/f" + std::to_string(i)), "", "Test", 1769200000);
    }
    auto w = makeWindow();
    w->show();
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(10);
    bool finished = false;
    QObject::connect(w->refresher(), &app::RefreshController::finished, [&] { finished = true; });
    QElapsedTimer clock;
    clock.start();
    w->refreshAll();
    ASSERT_TRUE(test::waitFor([&] { return finished; }, 20000));
    qint64 elapsed = clock.elapsed();
    // The event loop kept turning: at least a tick every 50 ms on average.
    EXPECT_GE(ticks, static_cast<int>(elapsed / 50)) << elapsed << " ms, " << ticks << " ticks";
    EXPECT_GT(w->treeModel()->totalUnread(), 13) << "new articles counted";
    EXPECT_TRUE(w->statusLabel()->text().contains(QStringLiteral("new article")));
}

// A window saved on a screen that is gone (or at another scale factor) comes back where it can
// be seen, no larger than the screen.
TEST_F(MainWindowTest, AWindowSavedOffScreenComesBackOnScreen) {
    {
        auto w = makeWindow();
        w->show();
        w->setGeometry(30000, 20000, 4000, 3000);
        w->close();
    }
    auto w = makeWindow();
    w->show();
    QScreen* screen = QGuiApplication::screenAt(w->frameGeometry().center());
    ASSERT_NE(screen, nullptr);
    EXPECT_TRUE(screen->availableGeometry().contains(w->geometry().topLeft()));
}

} // namespace
} // namespace heraut
