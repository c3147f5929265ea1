// SPDX-License-Identifier: GPL-3.0-or-later
// One language at a time: the reader's own strings, their plural forms and Qt's own buttons.
#include "Application.h"
#include "ReaderLook.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTranslator>
#include <gtest/gtest.h>

namespace heraut {
namespace {

QString translate(const char* context, const char* source, int n = -1) {
    return QCoreApplication::translate(context, source, nullptr, n);
}

class TranslationTest : public testing::Test {
  protected:
    void use(const char* language) { test::useLanguage(QString::fromLatin1(language)); }
    void TearDown() override { use("en"); }
};

constexpr const char* kWindow = "heraut::app::MainWindow";

// Without an English .qm, Qt shows the source text: "1 new article(s)."
TEST_F(TranslationTest, EnglishPluralsHaveASingularAndAPlural) {
    use("en");
    EXPECT_EQ(translate(kWindow, "%n new article(s).", 1), QStringLiteral("1 new article."));
    EXPECT_EQ(translate(kWindow, "%n new article(s).", 3), QStringLiteral("3 new articles."));
    EXPECT_EQ(translate(kWindow, "%n feed(s) failed.", 1), QStringLiteral("1 feed failed."));
    EXPECT_EQ(translate(kWindow, "%n feed(s) failed.", 0), QStringLiteral("0 feeds failed."));
}

TEST_F(TranslationTest, DutchPluralsAndWording) {
    use("nl");
    EXPECT_EQ(translate(kWindow, "%n new article(s).", 1), QStringLiteral("1 nieuw artikel."));
    EXPECT_EQ(translate(kWindow, "%n new article(s).", 2), QStringLiteral("2 nieuwe artikelen."));
    EXPECT_EQ(translate(kWindow, "&Help"), QStringLiteral("&Help"));
    EXPECT_EQ(translate(kWindow, "Space"), QStringLiteral("Spatie"));
}

// Qt's own dialogs (Cancel, Yes/No) speak Dutch through qtbase_nl from qt6-translations-l10n.
TEST_F(TranslationTest, QtsOwnButtonsSpeakDutch) {
    use("nl");
    auto buttonText = [](QDialogButtonBox::StandardButton which) {
        QDialogButtonBox box(which);
        return box.button(which)->text().remove(QLatin1Char('&'));
    };
    EXPECT_EQ(buttonText(QDialogButtonBox::Cancel), QStringLiteral("Annuleren"));
    EXPECT_EQ(buttonText(QDialogButtonBox::Yes), QStringLiteral("Ja"));
    use("en");
    EXPECT_EQ(buttonText(QDialogButtonBox::Cancel), QStringLiteral("Cancel"));
}

} // namespace
} // namespace heraut
