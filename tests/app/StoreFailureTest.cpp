// SPDX-License-Identifier: GPL-3.0-or-later
// The reader when its database fails under it: another program holds the write lock past the
// busy timeout, a page is damaged, the file is read-only. It must not end, must say what
// happened, and must keep the reader's marks until they can be written.
#include "AppFixture.h"
#include "DamagedDatabase.h"
#include "DatabaseRescueDialog.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>

namespace heraut {
namespace {

class StoreFailureTest : public test::AppFixture {
  protected:
    bool isRead(std::int64_t id) {
        Database db(dir.database());
        return ArticleStore(db).article(id)->read;
    }
    bool isStarred(std::int64_t id) {
        Database db(dir.database());
        return ArticleStore(db).article(id)->starred;
    }
    std::int64_t currentId(app::MainWindow& w) {
        QModelIndex current = w.listView()->currentIndex();
        return current.isValid() ? w.listModel()->headline(current.row()).id : 0;
    }
    bool shownAsRead(app::MainWindow& w, std::int64_t id) {
        int row = w.listModel()->rowOfArticle(id);
        return row >= 0 && w.listModel()->headline(row).read;
    }
    // A window that waits 100 ms for a lock (not 5 s) and retries every 200 ms.
    std::unique_ptr<app::MainWindow>
    makeImpatientWindow(Database::Access access = Database::Access::ReadWrite) {
        auto db = std::make_unique<Database>(dir.database(), access);
        db->setBusyTimeout(100);
        auto window = makeWindow(std::move(db));
        window->pendingChanges()->setRetry(200, 50);
        return window;
    }
    static QMessageBox* shownMessage(app::MainWindow& w) {
        QMessageBox* box = w.storeErrors()->messageBox();
        return box && box->isVisible() ? box : nullptr;
    }
};

TEST_F(StoreFailureTest, AReadMarkMadeWhileAnotherProgramHoldsTheLockIsSavedWhenItLetsGo) {
    auto w = makeImpatientWindow();
    w->show();
    Database other(dir.database()); // as heraut-cli in the middle of a long refresh
    other.execute("BEGIN EXCLUSIVE");
    w->selectRelative(1);
    std::int64_t id = currentId(*w);
    ASSERT_NE(id, 0);
    ASSERT_TRUE(test::waitFor([&] { return shownMessage(*w) != nullptr; }, 3000));
    QMessageBox* box = shownMessage(*w);
    EXPECT_TRUE(box->text().contains(QStringLiteral("could not save")))
        << box->text().toStdString();
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("Another program")));
    EXPECT_TRUE(box->detailedText().contains(QString::fromStdString(dir.database())));
    EXPECT_TRUE(shownAsRead(*w, id)) << "the reader sees what they did";
    EXPECT_FALSE(isRead(id));
    EXPECT_TRUE(w->statusLabel()->text().contains(QStringLiteral("wait to be saved")))
        << w->statusLabel()->text().toStdString();

    box->close();
    w->toggleStar(); // a second change while still locked waits too, without a second box
    QTest::qWait(300);
    EXPECT_EQ(shownMessage(*w), nullptr);
    EXPECT_EQ(w->pendingChanges()->size(), 2);
    w->listModel()->reload(); // read back from the database, the marks still show
    EXPECT_TRUE(shownAsRead(*w, id));
    EXPECT_TRUE(w->listModel()->headline(w->listModel()->rowOfArticle(id)).starred);

    other.execute("COMMIT");
    EXPECT_TRUE(test::waitFor([&] { return isRead(id); }, 3000));
    EXPECT_TRUE(isStarred(id));
    EXPECT_TRUE(w->pendingChanges()->isEmpty());
    EXPECT_EQ(w->statusLabel()->text(), QStringLiteral("Your marks are saved."));
}

TEST_F(StoreFailureTest, ClosingTheWindowSavesWhatWaits) {
    auto w = makeImpatientWindow();
    w->pendingChanges()->setRetry(60000, 50); // no retry before the window closes
    w->show();
    std::int64_t id = 0;
    {
        Database other(dir.database());
        other.execute("BEGIN EXCLUSIVE");
        w->selectRelative(1);
        id = currentId(*w);
        ASSERT_TRUE(test::waitFor([&] { return !w->pendingChanges()->isEmpty(); }, 3000));
        other.execute("COMMIT");
    }
    EXPECT_FALSE(isRead(id));
    EXPECT_TRUE(w->close());
    EXPECT_TRUE(isRead(id));
}

TEST_F(StoreFailureTest, MarkAllReadWhileLockedChangesNothingAndSaysSo) {
    auto w = makeImpatientWindow();
    w->show();
    w->selectScope({app::ArticleScope::Kind::Feed, seedFeed, {}});
    Database other(dir.database());
    other.execute("BEGIN EXCLUSIVE");
    w->markAllRead();
    QMessageBox* box = shownMessage(*w);
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("nothing was changed")));
    EXPECT_FALSE(w->listModel()->headline(0).read) << "not shown as read either";
    other.execute("COMMIT");
    EXPECT_EQ(ArticleStore(other).unreadCounts().byFeed[seedFeed], 12);
    w->markAllRead(); // and once the lock is gone it works
    EXPECT_EQ(ArticleStore(other).unreadCounts().byFeed[seedFeed], 0);
}

// A file whose header is whole opens; the damage shows when a damaged page is read.
TEST_F(StoreFailureTest, ADamagedPageGetsAMessageNotAnEnd) {
    test::damagePages(dir.database(), test::pagesOf(dir.database(), "article_bodies", "leaf"));
    auto w = makeWindow();
    w->show();
    ASSERT_GT(w->listModel()->rowCount(), 0) << "the list does not need the bodies";
    w->selectRelative(1);
    QMessageBox* box = shownMessage(*w);
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("could not read this article")));
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("damaged")));
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("heraut-cli repair")));
    EXPECT_TRUE(w->articleView()->toPlainText().contains(QStringLiteral("damaged")));
    EXPECT_EQ(settings.value("database/suspectDamaged").toString(),
              QString::fromStdString(dir.database()))
        << "the next start checks the file and offers Repair";
    w->selectRelative(1); // reading on does not end the reader either
    EXPECT_EQ(w->listView()->currentIndex().row(), 1);
}

TEST_F(StoreFailureTest, AReadOnlyDatabaseShowsMarksAndSaysTheyAreNotSaved) {
    auto w = makeImpatientWindow(Database::Access::ReadOnly);
    w->show();
    EXPECT_TRUE(w->statusLabel()->text().contains(QStringLiteral("read-only")));
    w->selectRelative(1);
    std::int64_t id = currentId(*w);
    ASSERT_TRUE(test::waitFor([&] { return shownMessage(*w) != nullptr; }, 3000));
    EXPECT_TRUE(shownMessage(*w)->informativeText().contains(QStringLiteral("read-only")));
    EXPECT_TRUE(shownAsRead(*w, id));
    EXPECT_FALSE(isRead(id));
    w->refreshAll();
    EXPECT_FALSE(w->refresher()->isRunning());

    // Closing asks, since the mark can never be written; the reader lets it go.
    bool asked = false;
    QTimer::singleShot(100, [&] {
        auto* question = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_NE(question, nullptr);
        asked = question->objectName() == QStringLiteral("unsavedMarksBox");
        question->button(QMessageBox::Discard)->click();
    });
    EXPECT_TRUE(w->close());
    EXPECT_TRUE(asked);
}

// The start-up after a damaged page was seen: the quick check finds it, the dialog repairs
// the file, and the reader opens the repaired one.
TEST_F(StoreFailureTest, StartUpAfterDamageOffersRepair) {
    test::damagePages(dir.database(), test::pagesOf(dir.database(), "article_bodies", "leaf"));
    app::noteDamaged(settings, dir.database());
    QString checked;
    QString repaired;
    QTimer::singleShot(100, [&] {
        auto* dialog = qobject_cast<app::DatabaseRescueDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->check();
        checked = dialog->text();
        dialog->repair();
        repaired = dialog->text();
        dialog->accept();
    });
    std::unique_ptr<Database> db = app::openDatabaseOrAsk(dir.database(), settings);
    ASSERT_NE(db, nullptr);
    EXPECT_TRUE(checked.contains(QStringLiteral("Check: SQLite found "))) << checked.toStdString();
    EXPECT_TRUE(repaired.contains(QStringLiteral("Recovered 2 feed"))) << repaired.toStdString();
    EXPECT_TRUE(repaired.contains(QStringLiteral(" 14 article"))) << repaired.toStdString();
    EXPECT_EQ(ArticleStore(*db).count({}), 14);
    EXPECT_FALSE(settings.contains("database/suspectDamaged"));
}

// One Dutch string, the repair's name for a feed it had to remake (the .ts files are the
// lead's to regenerate; this is the translation they will carry).
class RecoveredFeedInDutch : public QTranslator {
  public:
    QString translate(const char*, const char* source, const char*, int) const override {
        return qstrcmp(source, "Recovered feed") == 0 ? QStringLiteral("Herstelde feed")
                                                      : QString();
    }
    bool isEmpty() const override { return false; }
};

// The walk found "Recovered feed 2" in the Dutch feed list: the stand-in's stored title is
// worded in the language of the window that repaired the file.
TEST_F(StoreFailureTest, AFeedTheRepairRemadeIsNamedInTheReadersLanguage) {
    test::damagePages(dir.database(), test::pagesOf(dir.database(), "feeds", "leaf"));
    RecoveredFeedInDutch dutch;
    QApplication::installTranslator(&dutch);
    {
        app::DatabaseRescueDialog dialog(
            dir.database(), StoreError(dir.database() + ": damaged", StoreError::Kind::Damaged));
        dialog.repair();
    }
    QApplication::removeTranslator(&dutch);
    Database db(dir.database());
    std::vector<Feed> feeds = FeedStore(db).feeds();
    ASSERT_EQ(feeds.size(), 2u);
    for (const Feed& feed : feeds)
        EXPECT_EQ(feed.displayTitle(), "Herstelde feed " + std::to_string(feed.id));
}

TEST_F(StoreFailureTest, AFileThatCannotBeWrittenCanBeOpenedReadOnly) {
    app::DatabaseRescueDialog dialog(
        dir.database(), StoreError(dir.database() + ": attempt to write a readonly database",
                                   StoreError::Kind::ReadOnly));
    EXPECT_FALSE(dialog.repairButton()->isVisibleTo(&dialog));
    ASSERT_TRUE(dialog.readOnlyButton()->isVisibleTo(&dialog));
    EXPECT_TRUE(dialog.text().contains(QStringLiteral("cannot be written")));
    dialog.readOnlyButton()->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    std::unique_ptr<Database> db = dialog.takeDatabase();
    ASSERT_NE(db, nullptr);
    EXPECT_TRUE(db->readOnly());
}

TEST_F(StoreFailureTest, AnUnopenableFileGetsTheDialogNotAnEnd) {
    std::string path = "/proc/heraut-cannot-be-here/heraut.sqlite";
    bool shown = false;
    QTimer::singleShot(100, [&] {
        auto* dialog = qobject_cast<app::DatabaseRescueDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        shown = dialog->text().contains(QString::fromStdString(path));
        dialog->reject();
    });
    EXPECT_EQ(app::openDatabaseOrAsk(path, settings), nullptr) << "the reader chose to quit";
    EXPECT_TRUE(shown);
}

} // namespace
} // namespace heraut
