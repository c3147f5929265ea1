// SPDX-License-Identifier: GPL-3.0-or-later
// Writes PNGs of what issue 13 adds to the reader, in Dutch and English: the briefing page in
// the window (a story told twice shown once with both sources) and the mute rules, as the
// Settings page lists them and as the rule dialog asks for one. The checks make sure each
// picture shows those, so a person looking at the files sees the real thing.
#include "AppFixture.h"
#include "Application.h"
#include "BriefingBuilt.h"
#include "BriefingPage.h"
#include "MuteRuleDialog.h"
#include "MuteRulesPage.h"
#include "ReaderLook.h"
#include "SettingsDialog.h"
#include "StoryReports.h"
#include "WatchListDialog.h"

#include <QDir>
#include <QLineEdit>
#include <QTabWidget>
#include <QTextBrowser>
#include <iostream>

namespace heraut {
namespace {

class DeskScreenshotTest : public test::AppFixture,
                           public testing::WithParamInterface<const char*> {
  protected:
    void SetUp() override {
        AppFixture::SetUp();
        settings.setValue("reading/markReadDelayMs", -1);
        test::storeStoryReports(dir.database());
        Database db(dir.database());
        MuteRuleStore rules(db);
        MuteRule turkije;
        turkije.pattern = "turkije";
        turkije.folder = "Nieuws";
        turkije.action = MuteRule::Action::Hide;
        rules.add(turkije, test::kStoryNow);
        MuteRule column;
        column.kind = MuteRule::Kind::Regex;
        column.pattern = "^(Column|Opinie):";
        rules.add(column, test::kStoryNow);
    }

    void useLanguage(const QString& language) {
        test::useLook(false);
        test::useLanguage(language);
    }

    static void save(const QImage& image, const QString& name) {
        QString path = QDir::current().absoluteFilePath(name);
        ASSERT_TRUE(image.save(path)) << path.toStdString();
        std::cout << "wrote " << path.toStdString() << '\n';
    }
};

TEST_P(DeskScreenshotTest, BriefingPageAndMuteRules) {
    QString language = QString::fromLatin1(GetParam());
    bool dutch = language == QLatin1String("nl");
    useLanguage(language);
    auto window = makeWindow();
    window->show();
    window->selectScope({app::ArticleScope::Kind::Briefing, 0, {}});
    app::BriefingPage* page = window->briefingPage();
    ASSERT_TRUE(page->isVisible());
    page->setSince(app::BriefingPage::Since::Date, QDateTime(QDate(2026, 1, 20), QTime(0, 0)));
    ASSERT_TRUE(test::waitForBriefing(*page));
    QString shown = page->view()->toPlainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("Nederland levert nog twee Patriots")));
    EXPECT_TRUE(shown.contains(dutch ? QStringLiteral("Volglijst") : QStringLiteral("Watch-list")));
    QApplication::processEvents();
    save(window->grab().toImage(), QStringLiteral("screenshot-briefing-%1.png").arg(language));

    app::SettingsDialog settingsDialog(window->settings(), window.get(),
                                       QString::fromStdString(dir.database()));
    auto* tabs = settingsDialog.findChild<QTabWidget*>();
    ASSERT_NE(tabs, nullptr);
    tabs->setCurrentWidget(settingsDialog.muteRulesPage());
    settingsDialog.resize(640, 420);
    settingsDialog.show();
    ASSERT_EQ(settingsDialog.muteRulesPage()->rules().size(), 2u);
    QApplication::processEvents();
    save(settingsDialog.grab().toImage(),
         QStringLiteral("screenshot-mute-rules-%1.png").arg(language));

    Database db(dir.database());
    FeedStore feeds(db);
    MuteRule like;
    like.pattern = "\"Eerste Belgische F-35 landt in Florennes\"";
    like.feedId = feeds.feeds().back().id;
    app::MuteRuleDialog dialog(
        feeds.feeds(), feeds.folders(), like, [](const MuteRule&) { return QString(); },
        window.get());
    dialog.setSuggestions({{app::MuteRuleDialog::Match::Phrase,
                            QStringLiteral("Eerste Belgische F-35 landt in Florennes")}});
    dialog.show();
    QApplication::processEvents();
    save(dialog.grab().toImage(), QStringLiteral("screenshot-mute-dialog-%1.png").arg(language));

    // The watch-list dialog refusing a folder the cache does not have, grown to show it all.
    app::WatchListDialog watchDialog(
        WatchList{}, {}, [&](const WatchList& l) { return app::WatchListDialog::saveList(db, l); },
        window.get());
    watchDialog.show();
    QApplication::processEvents();
    watchDialog.nameEdit()->setText(QStringLiteral("Lucht"));
    watchDialog.queryEdit()->setText(QStringLiteral("patriot folder:Defnsie"));
    watchDialog.accept();
    QApplication::processEvents();
    EXPECT_TRUE(watchDialog.error().contains(QStringLiteral("Defnsie")));
    EXPECT_TRUE(watchDialog.error().startsWith(dutch ? QStringLiteral("Er is geen map")
                                                     : QStringLiteral("There is no folder")))
        << watchDialog.error().toStdString();
    save(watchDialog.grab().toImage(),
         QStringLiteral("screenshot-watch-list-refused-%1.png").arg(language));
}

INSTANTIATE_TEST_SUITE_P(Languages, DeskScreenshotTest, testing::Values("nl", "en"));

} // namespace
} // namespace heraut
