// SPDX-License-Identifier: GPL-3.0-or-later
// The Move dialog of a feed: wide enough for its folder names, the feed's folder preselected,
// and the choice saved.
#include "AppFixture.h"
#include "FeedActions.h"

#include <QComboBox>
#include <QInputDialog>
#include <QTimer>

namespace heraut {
namespace {

class MoveFeedDialogTest : public test::AppFixture {};

TEST_F(MoveFeedDialogTest, FolderNamesAreWholeAndTheFeedsFolderIsPreselected) {
    // A new folder, typed in: longer than any the fixture has.
    const QString longName =
        QStringLiteral("Nieuws uit Nederland en Vlaanderen over defensie en veiligheid");
    auto w = makeWindow();
    w->show();
    Feed feed;
    {
        Database db(dir.database());
        feed = *FeedStore(db).feed(atomFeed);
    }
    QString preselected;
    int comboWidth = 0;
    int nameWidth = 0;
    int dialogWidth = 0;
    int averageChar = 0;
    QTimer::singleShot(0, [&] {
        ASSERT_TRUE(test::waitFor([] { return QApplication::activeModalWidget(); }));
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        QApplication::processEvents();
        auto* combo = dialog->findChild<QComboBox*>();
        ASSERT_NE(combo, nullptr);
        preselected = combo->currentText();
        comboWidth = combo->width();
        dialogWidth = dialog->width();
        averageChar = dialog->fontMetrics().averageCharWidth();
        nameWidth = combo->fontMetrics().horizontalAdvance(QStringLiteral("Nieuws Vlaanderen"));
        combo->setCurrentText(longName);
        dialog->accept();
    });
    EXPECT_TRUE(w->feedActions()->moveFeed(feed));
    EXPECT_EQ(preselected, QStringLiteral("Nieuws Vlaanderen"));
    EXPECT_GE(comboWidth, nameWidth) << "the longest folder name is cut off";
    EXPECT_GE(dialogWidth, 40 * averageChar) << "the walk found it 200 px wide";
    Database db(dir.database());
    EXPECT_EQ(FeedStore(db).feed(atomFeed)->folderName, longName.toStdString());
}

} // namespace
} // namespace heraut
