// SPDX-License-Identifier: GPL-3.0-or-later
// Writes PNGs of what issue 13 adds to the reader, in Dutch and English: the briefing page in
// the window (a story told twice shown once with both sources) and the mute rules, as the
// Settings page lists them and as the rule dialog asks for one. The checks make sure each
// picture shows those, so a person looking at the files sees the real thing.
#include "AppFixture.h"
#include "Application.h"
#include "BriefingPage.h"
#include "MuteRuleDialog.h"
#include "MuteRulesPage.h"
#include "SettingsDialog.h"
#include "StoryReports.h"

#include <QDir>
#include <QFile>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTranslator>
#include <iostream>
#include <map>

namespace heraut {
namespace {

// Until the lead adds this branch's Dutch strings to resources/translations, the pictures take
// them from docs-nl-p13-deskgui.txt (English<TAB>Dutch; "one / many" for %n), when it is there.
class PendingDutch : public QTranslator {
  public:
    bool read(const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) return false;
        for (const QByteArray& line : file.readAll().split('\n')) {
            QList<QByteArray> parts = line.split('\t');
            if (parts.size() != 2) continue;
            QString english = QString::fromUtf8(parts[0]);
            english.remove(QRegularExpression(QStringLiteral(" \\([A-Za-z]+\\)$")));
            m_words[english] = QString::fromUtf8(parts[1]);
        }
        return !m_words.empty();
    }
    bool isEmpty() const override { return m_words.empty(); }
    QString translate(const char*, const char* source, const char*, int n) const override {
        auto it = m_words.find(QString::fromUtf8(source));
        if (it == m_words.end()) return {};
        QStringList forms = it->second.split(QStringLiteral(" / "));
        return forms.size() == 2 && n >= 0 ? forms[n == 1 ? 0 : 1] : it->second;
    }

  private:
    std::map<QString, QString> m_words;
};

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
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        auto* app = qobject_cast<QApplication*>(QApplication::instance());
        for (QTranslator* t : app->findChildren<QTranslator*>()) {
            QApplication::removeTranslator(t);
            delete t;
        }
        app::installTranslations(*app, language);
        auto* pending = new PendingDutch;
        pending->setParent(app);
        if (language == QLatin1String("nl") &&
            pending->read(QStringLiteral(HERAUT_APP_SOURCES "/../../docs-nl-p13-deskgui.txt")))
            QApplication::installTranslator(pending);
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
    page->setSince(app::BriefingPage::Since::Date, QDate(2026, 1, 20));
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
}

INSTANTIATE_TEST_SUITE_P(Languages, DeskScreenshotTest, testing::Values("nl", "en"));

} // namespace
} // namespace heraut
