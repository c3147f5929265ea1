// SPDX-License-Identifier: GPL-3.0-or-later
// The main window fits a small screen: 1024x700 at QT_SCALE_FACTOR=1.5 is 683x467 logical
// pixels, and a netbook or a tiled half screen is about 640x460. Whatever the window shows (a
// long feed name and headline, Dutch words, a refresh in progress, story mode, a search), its
// minimum size stays within that, and at that size every pane keeps a width it can be read at.
#include "AppFixture.h"
#include "ArticleView.h"
#include "BriefingPage.h"
#include "PaneLayout.h"
#include "ReaderLook.h"
#include "RefreshController.h"
#include "SearchScope.h"
#include "WindowGeometry.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>

namespace heraut {
namespace {

constexpr QSize kSmallScreen(640, 460); // logical pixels, window frame not counted

class WindowFitTest : public test::AppFixture, public testing::WithParamInterface<const char*> {
  protected:
    void SetUp() override {
        AppFixture::SetUp();
        test::useLanguage(QString::fromLatin1(GetParam()));
        Database db(dir.database());
        FeedStore feeds(db);
        ArticleStore articles(db);
        longFeed =
            feeds.addFeed("https://www.kms.ac.be/feed",
                          "Koninklijke Militaire School: onderzoek, opleiding en nieuws "
                          "over veiligheid en defensie in België en Europa",
                          "Onderzoek en opleiding van de Koninklijke Militaire School", 1769200000);
        ParsedFeed parsed = parseFeed(test::readData("vrtnws-atom.xml"), {});
        parsed.articles.front().title =
            "Defensie bestelt bij de Nederlandse en Belgische marine samen twaalf nieuwe "
            "mijnenbestrijdingsvaartuigen, vier fregatten en een bevoorradingsschip voor de "
            "komende vijftien jaar";
        Transaction t(db);
        articles.storeArticles(longFeed, parsed.articles, 1769200000);
        t.commit();
    }
    void TearDown() override { test::useLanguage(QStringLiteral("en")); }

    std::unique_ptr<app::MainWindow> shownWindow() {
        auto window = makeWindow();
        window->show();
        window->feedView()->expandAll();
        window->selectScope({});
        EXPECT_TRUE(test::waitFor([&] { return window->listModel()->rowCount() > 0; }));
        window->listView()->setCurrentIndex(window->listModel()->index(0, 0));
        QApplication::processEvents();
        return window;
    }

    // What a refresh of many feeds shows in the status bar, with the longest name first.
    void showRefresh(app::MainWindow& window) {
        QStringList titles;
        QList<qint64> ids;
        for (int i = 0; i < 200; ++i) {
            ids << 1000 + i;
            titles
                << QStringLiteral("Koninklijke Militaire School: onderzoek en opleiding %1").arg(i);
        }
        app::RefreshController& refresher = *window.refresher();
        emit refresher.started(200);
        emit refresher.queued(ids, titles);
        emit refresher.feedDone(3, 200, 12, titles[2], QString(), ids[2]);
        QApplication::processEvents();
    }

    std::int64_t longFeed = 0;
};

// The tree's width in the window; 0 when it is folded away.
int treeWidth(app::MainWindow& window) {
    return qobject_cast<QSplitter*>(window.centralWidget())->sizes().value(0);
}

// The width a pane needs to be read: a few words of a name, a title, a line of an article.
void expectPanesUsable(app::MainWindow& window) {
    int averageChar = window.fontMetrics().averageCharWidth();
    QTreeView& tree = *window.feedView();
    if (treeWidth(window) > 0) { // a narrow window may fold the tree away
        EXPECT_GE(tree.width(), 8 * averageChar) << "the feed list";
        EXPECT_TRUE(tree.isVisible());
    }
    QTableView& list = *window.listView();
    EXPECT_GE(list.width(), 24 * averageChar) << "the article list";
    EXPECT_GE(list.horizontalHeader()->sectionSize(app::ArticleListModel::TitleColumn),
              10 * averageChar)
        << "the title column";
    EXPECT_GE(window.articleView()->width(), 24 * averageChar) << "the article";
    for (QWidget* pane :
         {static_cast<QWidget*>(&list), static_cast<QWidget*>(window.articleView())})
        EXPECT_LE(pane->mapTo(&window, QPoint(pane->width(), 0)).x(), window.width())
            << "a pane runs past the window's edge";
}

void expectFits(app::MainWindow& window, const char* what) {
    QApplication::processEvents();
    QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
    EXPECT_LE(minimum.width(), kSmallScreen.width())
        << what << ": menu " << window.menuBar()->minimumSizeHint().width() << ", central "
        << window.centralWidget()->minimumSizeHint().width() << ", status "
        << window.statusBar()->minimumSizeHint().width() << ", tree "
        << window.feedView()->minimumSizeHint().width() << "/" << window.feedView()->minimumWidth()
        << ", list " << window.listView()->minimumWidth() << ", article "
        << window.articleView()->minimumSizeHint().width() << ", briefing "
        << window.briefingPage()->minimumSizeHint().width() << ", inner "
        << window.listView()->parentWidget()->minimumSizeHint().width();
    EXPECT_LE(minimum.height(), kSmallScreen.height()) << what;
    window.resize(kSmallScreen);
    QApplication::processEvents();
    EXPECT_LE(window.width(), kSmallScreen.width()) << what;
    expectPanesUsable(window);
    // The feed list folded away comes back with its narrowest width, the others still usable.
    QAction* feedList = window.paneLayout()->feedListAction();
    if (!feedList->isChecked()) {
        feedList->trigger();
        QApplication::processEvents();
        EXPECT_GE(window.feedView()->width(), window.paneLayout()->treeMinimumWidth()) << what;
        // The list made room for it before the article did.
        app::PaneLayout& panes = *window.paneLayout();
        EXPECT_TRUE(window.listView()->width() <= panes.listMinimumWidth() + 1 ||
                    window.articleView()->width() >= panes.articleMinimumWidth() - 1)
            << what << ": list " << window.listView()->width() << ", article "
            << window.articleView()->width();
        expectPanesUsable(window);
        feedList->trigger();
        QApplication::processEvents();
        EXPECT_EQ(treeWidth(window), 0) << what;
    }
}

TEST_P(WindowFitTest, FitsASmallScreenWhateverItShows) {
    auto window = shownWindow();
    expectFits(*window, "articles");
    showRefresh(*window);
    expectFits(*window, "a refresh in progress");
    window->searchBox()->setText(QStringLiteral("marine"));
    EXPECT_TRUE(test::waitFor([&] { return window->listModel()->rowCount() > 0; }));
    expectFits(*window, "a search");
    settings.setValue("stories/mode", true);
    auto stories = shownWindow();
    showRefresh(*stories);
    expectFits(*stories, "story mode");
}

// A window saved full-screen at 1920x1080 and restored on 1024x700 at scale 1.5 (683x467
// logical pixels, less a title bar and borders) lies wholly on that screen.
TEST_P(WindowFitTest, AWindowFromALargeScreenFitsASmallScaledOne) {
    auto window = shownWindow();
    QRect small(0, 0, 1024 * 2 / 3, 700 * 2 / 3);
    QMargins frame(2, 24, 2, 2);
    QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    QRect placed = app::WindowGeometry::fitted(QRect(0, 0, 1920, 1080), frame, small, minimum);
    EXPECT_TRUE(small.contains(placed.marginsAdded(frame)))
        << placed.width() << "x" << placed.height() << " at " << placed.x() << "," << placed.y();
}

INSTANTIATE_TEST_SUITE_P(Languages, WindowFitTest, testing::Values("en", "nl"));

} // namespace
} // namespace heraut
