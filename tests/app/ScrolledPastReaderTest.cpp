// SPDX-License-Identifier: GPL-3.0-or-later
// "Mark read when scrolled past": rows scrolled above the list's top are marked read, only
// while the setting is on, only by scrolling down, and undone as mark-all-read is.
#include "ScrolledPastReader.h"
#include "AppFixture.h"
#include "ArticleListModel.h"

#include <QAction>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>

namespace heraut {
namespace {

using app::ArticleListModel;
using app::ScrolledPastReader;

class ScrolledPastReaderTest : public test::AppFixture {
  protected:
    bool readInStore(std::int64_t id) {
        Database db(dir.database());
        return ArticleStore(db).article(id)->read;
    }
    int unreadInStore() {
        Database db(dir.database());
        return ArticleStore(db).unreadCounts().total;
    }
};

TEST_F(ScrolledPastReaderTest, RowsScrolledAboveTheTopAreMarkedReadWhileOn) {
    Database db(dir.database());
    ArticleStore store(db);
    ArticleListModel model(store);
    QTableView view;
    view.setModel(&model);
    view.resize(500, 160);
    view.show();
    model.setScope({});
    ASSERT_GT(model.rowCount(), 12);
    ScrolledPastReader reader(view, model);
    std::vector<std::int64_t> announced;
    QObject::connect(&reader, &ScrolledPastReader::markedRead,
                     [&](const std::vector<std::int64_t>& ids) {
                         announced.insert(announced.end(), ids.begin(), ids.end());
                     });
    int unread = unreadInStore();

    view.scrollTo(model.index(8, 0), QAbstractItemView::PositionAtTop);
    EXPECT_EQ(unreadInStore(), unread) << "off by default: nothing is marked";
    EXPECT_FALSE(reader.on());

    view.scrollToTop();
    reader.setOn(true);
    view.scrollTo(model.index(5, 0), QAbstractItemView::PositionAtTop);
    int top = view.rowAt(0);
    ASSERT_GT(top, 0);
    ASSERT_EQ(announced.size(), static_cast<size_t>(top));
    for (int row = 0; row < top; ++row) {
        EXPECT_TRUE(readInStore(model.headline(row).id)) << row;
        EXPECT_EQ(announced[static_cast<size_t>(row)], model.headline(row).id);
    }
    EXPECT_FALSE(readInStore(model.headline(top).id)) << "the top row is still in view";
    EXPECT_EQ(unreadInStore(), unread - top);

    view.scrollToTop(); // up: nothing more
    EXPECT_EQ(announced.size(), static_cast<size_t>(top));
    view.scrollTo(model.index(top + 3, 0), QAbstractItemView::PositionAtTop);
    EXPECT_EQ(announced.size(), static_cast<size_t>(view.rowAt(0))) << "each row once";
}

TEST_F(ScrolledPastReaderTest, RowsReadAgainAreNotScrolledPast) {
    Database db(dir.database());
    ArticleStore store(db);
    ArticleListModel model(store);
    QTableView view;
    view.setModel(&model);
    view.resize(500, 160);
    view.show();
    model.setScope({});
    ScrolledPastReader reader(view, model);
    reader.setOn(true);
    view.scrollTo(model.index(6, 0), QAbstractItemView::PositionAtTop);
    int unread = unreadInStore();
    // A new scope starts at the top again: the rows that come now were not read.
    model.setScope({app::ArticleScope::Kind::Feed, atomFeed, {}});
    view.scrollTo(model.index(0, 0), QAbstractItemView::PositionAtTop);
    EXPECT_EQ(unreadInStore(), unread);
}

TEST_F(ScrolledPastReaderTest, TheWindowOffersTheSwitchAndTheUndo) {
    auto w = makeWindow();
    w->show();
    auto* action = w->findChild<QAction*>(QStringLiteral("markReadScrolledPast"));
    ASSERT_NE(action, nullptr) << "in the Articles menu";
    EXPECT_FALSE(action->isChecked());
    action->setChecked(true);
    EXPECT_TRUE(w->settings().markReadScrolledPast);
    EXPECT_TRUE(app::AppSettings::load(settings).markReadScrolledPast) << "kept";
    QTableView* list = w->listView();
    list->resize(list->width(), 160);
    ASSERT_TRUE(test::waitFor([&] { return w->listModel()->rowCount() > 12; }));
    int unread = unreadInStore();
    list->scrollTo(w->listModel()->index(5, 0), QAbstractItemView::PositionAtTop);
    int passed = list->rowAt(0);
    ASSERT_GT(passed, 0);
    ASSERT_TRUE(test::waitFor([&] { return unreadInStore() == unread - passed; }));
    EXPECT_TRUE(w->statusLabel()->text().contains(QStringLiteral("scrolling past")));
    w->undoMarkAllRead();
    ASSERT_TRUE(test::waitFor([&] { return unreadInStore() == unread; }));
    action->setChecked(false);
    EXPECT_FALSE(app::AppSettings::load(settings).markReadScrolledPast);
}

} // namespace
} // namespace heraut
