// SPDX-License-Identifier: GPL-3.0-or-later
// A database opened read-only: nothing that would write is offered, and marks that can never
// be saved are not tried again and again.
#include "AppFixture.h"
#include "FailedFeedsPanel.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace heraut {
namespace {

class ReadOnlyTest : public test::AppFixture {
  protected:
    std::unique_ptr<app::MainWindow> makeReadOnlyWindow() {
        {
            Database db(dir.database());
            FeedStore(db).recordFailure(atomFeed, "HTTP 500: server error", 1769200000, 1769200000,
                                        false, {FailureKind::Http, 500});
        }
        return makeWindow(std::make_unique<Database>(dir.database(), Database::Access::ReadOnly));
    }
    static QAction* action(app::MainWindow& w, const QString& text) {
        for (QAction* a : w.findChildren<QAction*>())
            if (a->text() == text) return a;
        return nullptr;
    }
};

TEST_F(ReadOnlyTest, WriteActionsAreNotOffered) {
    auto w = makeReadOnlyWindow();
    w->show();
    for (const char* text :
         {"&Add feed…", "&Import OPML…", "Refresh all", "Mark all read", "Undo mark all read"}) {
        QAction* a = action(*w, QString::fromUtf8(text));
        ASSERT_NE(a, nullptr) << text;
        EXPECT_FALSE(a->isEnabled()) << text;
    }
    QAction* exportAction = action(*w, QStringLiteral("&Export OPML…"));
    ASSERT_NE(exportAction, nullptr);
    EXPECT_TRUE(exportAction->isEnabled()) << "exporting only reads";
    w->showFailingFeeds();
    for (QPushButton* button : w->failedFeedsPanel()->findChildren<QPushButton*>()) {
        if (button->objectName().isEmpty()) continue; // Close
        EXPECT_FALSE(button->isEnabled()) << button->objectName().toStdString();
    }
}

TEST_F(ReadOnlyTest, AWritableDatabaseOffersThem) {
    auto w = makeWindow();
    w->show();
    EXPECT_TRUE(action(*w, QStringLiteral("Mark all read"))->isEnabled());
    EXPECT_TRUE(action(*w, QStringLiteral("&Add feed…"))->isEnabled());
}

TEST_F(ReadOnlyTest, MarksThatCanNeverBeSavedAreNotRetried) {
    auto w = makeReadOnlyWindow();
    w->show();
    w->selectRelative(1);
    QTest::qWait(100);
    EXPECT_FALSE(w->pendingChanges()->isEmpty()) << "the mark waits, shown as made";
    EXPECT_FALSE(w->pendingChanges()->retrying());
    if (QMessageBox* box = w->storeErrors()->messageBox()) box->close();
    QTimer::singleShot(100, [] {
        if (auto* q = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            q->button(QMessageBox::Discard)->click();
    });
    w->close();
}

} // namespace
} // namespace heraut
