// SPDX-License-Identifier: GPL-3.0-or-later
// Watch-lists made, changed and removed in the window (the feed list's context menu and the
// Articles menu), not only with heraut-cli: the walk found no way to remove the shipped lists
// or to keep a search as a list without a terminal.
#include "WatchListActions.h"
#include "AppFixture.h"
#include "FeedActions.h"
#include "WatchListDialog.h"
#include "heraut/FeedStore.h"
#include "heraut/WatchLists.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>

namespace heraut {
namespace {

// Runs `act` on the next modal dialog of type T once it is open (exec() runs its own loop).
template <typename T, typename Act> void onNextModal(Act act) {
    QTimer::singleShot(0, [act] {
        T* dialog = nullptr;
        test::waitFor(
            [&] { return (dialog = qobject_cast<T*>(QApplication::activeModalWidget())); }, 3000);
        if (dialog) act(*dialog);
    });
}

class WatchListActionsTest : public test::AppFixture {
  protected:
    std::vector<WatchList> stored() {
        Database db(dir.database());
        return WatchListStore(db).lists();
    }

    std::optional<WatchList> storedNamed(const std::string& name) {
        for (WatchList& list : stored())
            if (list.name == name) return list;
        return std::nullopt;
    }

    QStringList treeNames(app::MainWindow& w) {
        QStringList names;
        for (int row = 0; row < w.treeModel()->rowCount(); ++row) {
            QModelIndex i = w.treeModel()->index(row, 0);
            if (i.data(app::FeedTreeModel::ScopeKindRole).toInt() ==
                static_cast<int>(app::ArticleScope::Kind::WatchList))
                names << i.data().toString();
        }
        return names;
    }

    QModelIndex treeRow(app::MainWindow& w, const QString& name) {
        for (int row = 0; row < w.treeModel()->rowCount(); ++row)
            if (w.treeModel()->index(row, 0).data().toString() == name)
                return w.treeModel()->index(row, 0);
        return {};
    }

    // The object names of the feed list's context menu at `item`, closed unchosen.
    QStringList menuAt(app::MainWindow& w, const QModelIndex& item) {
        QStringList names;
        QTimer::singleShot(0, [&] {
            test::waitFor([] { return QApplication::activePopupWidget() != nullptr; }, 3000);
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu) return;
            for (QAction* action : menu->actions())
                if (!action->objectName().isEmpty() && action->isEnabled())
                    names << action->objectName();
            menu->close();
        });
        w.feedActions()->showContextMenu(w.feedView()->visualRect(item).center());
        return names;
    }
};

TEST_F(WatchListActionsTest, TheFeedListMenuOffersNewEverywhereAndEditRemoveOnAList) {
    auto w = makeWindow();
    w->show();
    EXPECT_EQ(menuAt(*w, treeRow(*w, QStringLiteral("F-35"))),
              (QStringList{"newWatchList", "editWatchList", "notifyWatchList", "removeWatchList"}));
    EXPECT_EQ(menuAt(*w, w->treeModel()->index(0, 0)), QStringList{"newWatchList"});
}

TEST_F(WatchListActionsTest, ANewListTakesTheSearchTypedAndIsShown) {
    auto w = makeWindow();
    w->show();
    w->searchBox()->setText(QStringLiteral("drone*"));
    onNextModal<app::WatchListDialog>([](app::WatchListDialog& d) {
        EXPECT_EQ(d.queryEdit()->text(), QStringLiteral("drone*"));
        d.nameEdit()->setText(QStringLiteral("Drones"));
        d.notifyBox()->setChecked(true);
        d.accept();
    });
    ASSERT_TRUE(w->watchListActions()->newList());
    std::optional<WatchList> made = storedNamed("Drones");
    ASSERT_TRUE(made);
    EXPECT_EQ(made->query, "drone*");
    EXPECT_TRUE(made->notify);
    EXPECT_TRUE(treeNames(*w).contains(QStringLiteral("Drones")));
    EXPECT_EQ(w->listModel()->scope().kind, app::ArticleScope::Kind::WatchList);
    EXPECT_EQ(w->listModel()->scope().feedId, made->id);
}

TEST_F(WatchListActionsTest, EditingTheShownListShowsItsNewSearchAndKeepsItsStoredName) {
    auto w = makeWindow();
    w->show();
    std::optional<WatchList> marine = storedNamed("Marine");
    ASSERT_TRUE(marine);
    QModelIndex navy = treeRow(*w, QStringLiteral("Navy")); // shipped, shown in English
    ASSERT_TRUE(navy.isValid());
    w->feedView()->setCurrentIndex(navy);
    onNextModal<app::WatchListDialog>([](app::WatchListDialog& d) {
        EXPECT_EQ(d.nameEdit()->text(), QStringLiteral("Navy"));
        d.queryEdit()->setText(QStringLiteral("fregat*"));
        d.accept();
    });
    ASSERT_TRUE(w->watchListActions()->editList(marine->id));
    std::optional<WatchList> changed = storedNamed("Marine");
    ASSERT_TRUE(changed) << "heraut-cli still finds it as `list --watch Marine`";
    EXPECT_EQ(changed->id, marine->id);
    EXPECT_EQ(changed->query, "fregat*");
    EXPECT_EQ(w->listModel()->scope().query, QStringLiteral("fregat*"));
    // Its query changed, so the window shows the name it is stored under.
    EXPECT_TRUE(treeNames(*w).contains(QStringLiteral("Marine")));
    EXPECT_EQ(w->feedView()->currentIndex(), treeRow(*w, QStringLiteral("Marine")));
    EXPECT_EQ(w->searchBox()->placeholderText(), QStringLiteral("Search in Marine (/)"))
        << "the walk saw \"Search in  (/)\" after an edit";
    EXPECT_TRUE(w->feedView()->isExpanded(treeRow(*w, QStringLiteral("Defensie"))))
        << "the walk saw every folder fold after an edit";
}

TEST_F(WatchListActionsTest, ARefusedListKeepsTheDialogOpenAndSaysWhy) {
    Database db(dir.database());
    WatchList initial;
    app::WatchListDialog dialog(
        initial, {}, [&](const WatchList& l) { return app::WatchListDialog::saveList(db, l); });
    dialog.show();
    dialog.nameEdit()->setText(QStringLiteral("F-35"));
    dialog.queryEdit()->setText(QStringLiteral("jsf"));
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.error().contains(QStringLiteral("F-35"))) << dialog.error().toStdString();
    dialog.nameEdit()->setText(QStringLiteral("Leeg"));
    dialog.queryEdit()->setText(QStringLiteral("-turkije"));
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.error().isEmpty());
    dialog.queryEdit()->setText(QStringLiteral("jsf feed:x"));
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.error().isEmpty());
    dialog.nameEdit()->setText(QString());
    dialog.queryEdit()->setText(QStringLiteral("jsf"));
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.error().isEmpty());
    // Too long a name: said so, not "no longer there" (a list being made is not gone).
    QString tooLong = QStringLiteral("Luchtverdedigingssystemen en raketschilden ").repeated(6);
    dialog.nameEdit()->setText(tooLong.trimmed());
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.error().contains(QStringLiteral("too long")))
        << dialog.error().toStdString();
    EXPECT_FALSE(WatchListStore(db).find("Leeg"));
    EXPECT_EQ(WatchListStore(db).find("F-35")->query, "F-35 OR F35 OR JSF");
}

// A mistyped folder or feed number would make a list that never finds anything: the dialog
// names what is not there, and a folder typed in another case is the folder.
TEST_F(WatchListActionsTest, AFolderOrFeedThatIsNotThereIsNamed) {
    Database db(dir.database());
    FeedStore(db).addFeed("https://x.nl/feed", "X", "Defensie", 1769100000);
    app::WatchListDialog dialog(
        WatchList{}, {}, [&](const WatchList& l) { return app::WatchListDialog::saveList(db, l); });
    dialog.show();
    dialog.nameEdit()->setText(QStringLiteral("Lucht"));
    dialog.queryEdit()->setText(QStringLiteral("patriot folder:Defnsie"));
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.error(), QStringLiteral("There is no folder named \"Defnsie\"."));
    dialog.queryEdit()->setText(QStringLiteral("patriot feed:4242"));
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.error().startsWith(QStringLiteral("There is no feed 4242")))
        << dialog.error().toStdString();
    EXPECT_FALSE(WatchListStore(db).find("Lucht"));
    dialog.queryEdit()->setText(QStringLiteral("patriot folder:defensie"));
    dialog.accept();
    EXPECT_FALSE(dialog.isVisible()) << dialog.error().toStdString();
    ASSERT_TRUE(WatchListStore(db).find("Lucht"));
}

// A list whose folder has gone since (its last feed removed) can still be renamed; a taken
// name is said as such, not as the missing folder; a new search of the gone folder is refused.
TEST_F(WatchListActionsTest, AListWhoseFolderHasGoneCanBeRenamed) {
    Database db(dir.database());
    FeedStore feeds(db);
    std::int64_t x = feeds.addFeed("https://x.nl/feed", "X", "Lucht", 1769100000);
    WatchList lucht = WatchListStore(db).add("Luchtmacht", "patriot folder:lucht", false, 1);
    feeds.removeFeed(x);
    feeds.removeEmptyFolders();
    WatchList renamed = lucht;
    renamed.name = "F-35";
    EXPECT_TRUE(app::WatchListDialog::saveList(db, renamed).contains(QStringLiteral("F-35")))
        << "the name is taken";
    renamed.name = "Lucht";
    EXPECT_EQ(app::WatchListDialog::saveList(db, renamed), QString());
    EXPECT_EQ(WatchListStore(db).list(lucht.id)->name, "Lucht");
    renamed.query = "nasams folder:lucht";
    EXPECT_EQ(app::WatchListDialog::saveList(db, renamed),
              QStringLiteral("There is no folder named \"lucht\"."));
}

// A refusal shown under the fields makes room for itself: every label keeps the height its
// wrapped text needs (the grey help under Search was squeezed to a line, seen under Xvfb).
TEST_F(WatchListActionsTest, ARefusalMakesRoomAndSqueezesNothing) {
    Database db(dir.database());
    app::WatchListDialog dialog(
        WatchList{}, {}, [&](const WatchList& l) { return app::WatchListDialog::saveList(db, l); });
    dialog.show();
    QCoreApplication::processEvents();
    dialog.nameEdit()->setText(QStringLiteral("Lucht\u200b"));
    dialog.queryEdit()->setText(QStringLiteral("patriot"));
    dialog.accept();
    QCoreApplication::processEvents();
    ASSERT_FALSE(dialog.error().isEmpty());
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        if (!label->isVisible() || !label->wordWrap()) continue;
        EXPECT_GE(label->height(), label->heightForWidth(label->width()))
            << label->text().toStdString();
    }
}

TEST_F(WatchListActionsTest, RemovingTheShownListAsksThenShowsAllArticles) {
    auto w = makeWindow();
    w->show();
    std::optional<WatchList> f35 = storedNamed("F-35");
    ASSERT_TRUE(f35);
    w->feedView()->setCurrentIndex(treeRow(*w, QStringLiteral("F-35")));
    ASSERT_EQ(w->listModel()->scope().kind, app::ArticleScope::Kind::WatchList);
    onNextModal<QMessageBox>([](QMessageBox& box) { box.button(QMessageBox::No)->click(); });
    EXPECT_FALSE(w->watchListActions()->removeList(f35->id));
    EXPECT_TRUE(storedNamed("F-35"));
    onNextModal<QMessageBox>([](QMessageBox& box) { box.button(QMessageBox::Yes)->click(); });
    ASSERT_TRUE(w->watchListActions()->removeList(f35->id));
    EXPECT_FALSE(storedNamed("F-35"));
    EXPECT_FALSE(treeNames(*w).contains(QStringLiteral("F-35")));
    EXPECT_EQ(w->listModel()->scope().kind, app::ArticleScope::Kind::All);
    EXPECT_TRUE(w->feedView()->isExpanded(treeRow(*w, QStringLiteral("Defensie"))));
}

TEST_F(WatchListActionsTest, NotifyIsSwitchedFromTheMenu) {
    auto w = makeWindow();
    std::optional<WatchList> f35 = storedNamed("F-35");
    ASSERT_TRUE(f35);
    ASSERT_FALSE(f35->notify);
    w->watchListActions()->setNotify(f35->id, true);
    EXPECT_TRUE(storedNamed("F-35")->notify);
}

} // namespace
} // namespace heraut
