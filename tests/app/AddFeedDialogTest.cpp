// SPDX-License-Identifier: GPL-3.0-or-later
// Adding a feed asks for the address, a title and the folder, starting in the reader's folder.
#include "AddFeedDialog.h"
#include "ReaderLook.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <gtest/gtest.h>

namespace heraut {
namespace {

TEST(AddFeedDialogTest, StartsInTheCurrentFolderAndGivesWhatWasTyped) {
    app::AddFeedDialog dialog({"Defensie", "Nieuws Vlaanderen"}, "Nieuws Vlaanderen");
    EXPECT_EQ(dialog.folderBox()->currentText(), QStringLiteral("Nieuws Vlaanderen"));
    dialog.urlEdit()->setText(QStringLiteral("  https://www.defensie.nl/rss  "));
    EXPECT_EQ(dialog.url(), "https://www.defensie.nl/rss");
    EXPECT_EQ(dialog.title(), std::nullopt); // the feed's own title
    dialog.titleEdit()->setText(QStringLiteral("Defensie.nl"));
    EXPECT_EQ(dialog.title(), std::optional<std::string>("Defensie.nl"));
    EXPECT_EQ(dialog.folder(), std::optional<std::string>("Nieuws Vlaanderen"));
    dialog.folderBox()->setCurrentIndex(0);
    EXPECT_EQ(dialog.folder(), std::nullopt); // "(no folder)": top level
    dialog.folderBox()->setEditText(QStringLiteral("Marine"));
    EXPECT_EQ(dialog.folder(), std::optional<std::string>("Marine"));
}

TEST(AddFeedDialogTest, OutsideAFolderStartsAtTopLevelAndNeedsAnAddress) {
    app::AddFeedDialog dialog({"Defensie"}, QString());
    EXPECT_EQ(dialog.folder(), std::nullopt);
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    dialog.urlEdit()->setText(QStringLiteral("nos.nl"));
    EXPECT_TRUE(ok->isEnabled());
    // The title bar's text is not cut off.
    EXPECT_GE(dialog.minimumWidth(), dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()));
}

// A first window is at most 2/3 of the screen wide (QWidget::adjustSize): in Dutch on a small
// screen that cut "Automatisch: als de feed alleen inleidingen stuurt" short. Every field shows
// its whole text when the screen has room for it.
TEST(AddFeedDialogTest, EveryFieldShowsItsWholeTextInBothLanguages) {
    for (const char* language : {"en", "nl"}) {
        test::useLanguage(QString::fromLatin1(language));
        app::AddFeedDialog dialog({"Defensie"}, QString());
        dialog.show();
        QApplication::processEvents();
        for (QComboBox* box : dialog.findChildren<QComboBox*>()) {
            if (!box->isVisible()) continue;
            EXPECT_GE(box->width(), box->sizeHint().width())
                << language << ": " << box->currentText().toStdString();
        }
        EXPECT_LE(dialog.width(), dialog.screen()->availableGeometry().width()) << language;
    }
    test::useLanguage(QStringLiteral("en"));
}

TEST(AddFeedDialogTest, DiscoveredFeedsAreNamedByFormatNotMimeType) {
    EXPECT_EQ(app::describeDiscoveredFeed({"https://x/feed", "application/rss+xml", "Defensie"}),
              QStringLiteral("Defensie — RSS"));
    EXPECT_EQ(app::describeDiscoveredFeed({"https://x/atom", "application/atom+xml", ""}),
              QStringLiteral("https://x/atom — Atom"));
    EXPECT_EQ(app::describeDiscoveredFeed({"https://x/j", "application/feed+json", "J"}),
              QStringLiteral("J — JSON Feed"));
}

} // namespace
} // namespace heraut
