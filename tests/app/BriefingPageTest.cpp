// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's briefing page: the period chosen, a story told twice shown once with both
// sources, Dutch or English by the reader's language, and Export… to HTML, Markdown and PDF.
#include "BriefingPage.h"
#include "AppFixture.h"
#include "BriefingBuilt.h"
#include "StoryReports.h"
#include "TempDatabase.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <algorithm>
#include <gtest/gtest.h>

namespace heraut {
namespace {

using app::BriefingPage;

class BriefingPageTest : public testing::Test {
  protected:
    test::TempDir dir;
    QSettings settings{QString::fromStdString(dir.file("settings.ini")), QSettings::IniFormat};
    test::StoryReports feeds;
    std::unique_ptr<Database> db;

    void SetUp() override {
        feeds = test::storeStoryReports(dir.database());
        db = std::make_unique<Database>(dir.database());
    }
    void TearDown() override { QLocale::setDefault(QLocale(QLocale::English)); }

    // The fixture's reports are from January 2026: a period since New Year holds them all.
    void showSinceNewYear(BriefingPage& page) {
        page.setSince(BriefingPage::Since::Date, QDateTime(QDate(2026, 1, 1), QTime(0, 0)));
        ASSERT_TRUE(test::waitForBriefing(page));
        ASSERT_GT(page.briefing().articles, 0) << page.view()->toPlainText().toStdString();
    }

    static std::string read(const std::string& path) {
        QFile file(QString::fromStdString(path));
        if (!file.open(QIODevice::ReadOnly)) return {};
        return file.readAll().toStdString();
    }
};

TEST_F(BriefingPageTest, AStoryToldTwiceIsOneItemWithBothSources) {
    BriefingPage page(*db, settings);
    showSinceNewYear(page);
    const Briefing& b = page.briefing();
    EXPECT_EQ(b.articles, 3);
    // Under the default watch-lists (F-35, Luchtverdediging) or the folder: each event once.
    std::vector<const BriefingItem*> items;
    for (const BriefingSection& section : b.sections)
        for (const BriefingItem& item : section.items)
            items.push_back(&item);
    ASSERT_EQ(items.size(), 2u) << "the Patriot story once, the F-35 once";
    auto patriot = std::find_if(items.begin(), items.end(),
                                [](const BriefingItem* i) { return i->sources.size() == 2; });
    ASSERT_NE(patriot, items.end());
    EXPECT_EQ((*patriot)->title, "Nederland levert nog twee Patriots aan Oekraïne")
        << "the first report's headline";
    EXPECT_EQ((*patriot)->sources[0].feedTitle, "NOS");
    EXPECT_EQ((*patriot)->sources[1].feedTitle, "NU.nl");
    QString shown = page.view()->toPlainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("Nederland levert nog twee Patriots")))
        << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Kernpunt van p"))) << "its key takeaways";
    EXPECT_FALSE(shown.contains(QStringLiteral("Brekelmans: twee Patriot"))) << "not twice";
}

// The shipped watch-lists head their sections in the window's language (WatchListNames.h),
// as they are named in the feed tree beside it.
TEST_F(BriefingPageTest, TheShippedWatchListsHeadTheirSectionsInTheWindowsLanguage) {
    BriefingPage page(*db, settings);
    showSinceNewYear(page);
    std::vector<std::string> lists;
    for (const BriefingSection& section : page.briefing().sections)
        if (section.kind == BriefingSection::Kind::WatchList) lists.push_back(section.name);
    ASSERT_FALSE(lists.empty());
    EXPECT_EQ(std::count(lists.begin(), lists.end(), "Luchtverdediging"), 0);
    EXPECT_EQ(std::count(lists.begin(), lists.end(), "Air defence"), 1)
        << "the Patriot story is under the air defence list";
    EXPECT_TRUE(page.view()->toPlainText().contains(QStringLiteral("Air defence")));
}

TEST_F(BriefingPageTest, ThePeriodChosenDecidesWhatIsIn) {
    BriefingPage page(*db, settings);
    page.setSince(BriefingPage::Since::Today);
    ASSERT_TRUE(test::waitForBriefing(page));
    EXPECT_EQ(page.briefing().articles, 0) << "the reports are from January";
    std::int64_t now = static_cast<std::int64_t>(std::time(nullptr));
    EXPECT_EQ(page.window(now).first, localDay(now).first);
    page.setSince(BriefingPage::Since::Last24Hours);
    ASSERT_TRUE(test::waitForBriefing(page));
    EXPECT_EQ(page.window(now).first, now - 24 * 3600);
    page.setSince(BriefingPage::Since::Date, QDateTime(QDate(2026, 1, 23), QTime(0, 0)));
    ASSERT_TRUE(test::waitForBriefing(page));
    EXPECT_EQ(page.briefing().articles, 3);
    page.setSince(BriefingPage::Since::Date, QDateTime(QDate(2026, 1, 24), QTime(0, 0)));
    ASSERT_TRUE(test::waitForBriefing(page));
    EXPECT_EQ(page.briefing().articles, 0);
    EXPECT_TRUE(page.view()->toPlainText().contains(QStringLiteral("Nothing new")));
}

// "Since this morning's meeting": the period starts at the time of day chosen, not at the
// day's midnight.
TEST_F(BriefingPageTest, SinceADateAndTimeStartsAtThatTime) {
    BriefingPage page(*db, settings);
    QDateTime from = QDateTime::fromSecsSinceEpoch(test::kStoryNow - 2500);
    page.setSince(BriefingPage::Since::Date, from);
    ASSERT_TRUE(test::waitForBriefing(page));
    EXPECT_EQ(page.window(test::kStoryNow).first, test::kStoryNow - 2500);
    EXPECT_EQ(page.briefing().articles, 1) << "only the F-35, reported after it";
    auto* edit = page.findChild<QDateTimeEdit*>(QStringLiteral("briefingSinceTime"));
    ASSERT_NE(edit, nullptr);
    EXPECT_EQ(edit->dateTime().toSecsSinceEpoch(), test::kStoryNow - 2500);
    EXPECT_FALSE(edit->displayFormat().isEmpty());
    EXPECT_TRUE(edit->displayedSections() & QDateTimeEdit::HourSection) << "the hour can be set";
}

// A start after now made "from 1 December 2029 to 2 December 2026": the edit stops at now, as
// the CLI refuses a later --since.
TEST_F(BriefingPageTest, NoStartAfterNowCanBeChosen) {
    BriefingPage page(*db, settings);
    std::int64_t now = static_cast<std::int64_t>(std::time(nullptr));
    page.setSince(BriefingPage::Since::Date, QDateTime::currentDateTime().addYears(3));
    ASSERT_TRUE(test::waitForBriefing(page));
    auto* edit = page.findChild<QDateTimeEdit*>(QStringLiteral("briefingSinceTime"));
    ASSERT_NE(edit, nullptr);
    EXPECT_LE(edit->dateTime().toSecsSinceEpoch(), now + 60);
    EXPECT_GE(edit->dateTime().toSecsSinceEpoch(), now - 60) << "stopped at now, not before";
    EXPECT_LE(page.briefing().since, page.briefing().until);
    edit->setDateTime(QDateTime::currentDateTime().addDays(2));
    EXPECT_LE(edit->dateTime().toSecsSinceEpoch(), now + 60) << "typed or stepped past it";
}

TEST_F(BriefingPageTest, SinceTheLastBriefingIsTheTimeItWasLastShown) {
    settings.setValue("briefing/lastShown", QVariant::fromValue<qlonglong>(test::kStoryNow - 2500));
    BriefingPage page(*db, settings);
    page.setSince(BriefingPage::Since::LastBriefing);
    ASSERT_TRUE(test::waitForBriefing(page));
    EXPECT_EQ(page.window(test::kStoryNow).first, test::kStoryNow - 2500);
    EXPECT_EQ(page.briefing().articles, 1) << "only the F-35, reported after it";
    EXPECT_GT(settings.value("briefing/lastShown").toLongLong(), test::kStoryNow)
        << "shown now: the next session's briefing starts here";
}

TEST_F(BriefingPageTest, DutchReaderGetsADutchBriefing) {
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    BriefingPage page(*db, settings);
    showSinceNewYear(page);
    QString shown = page.view()->toPlainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("Volglijst: F-35"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("23 januari 2026")));
    EXPECT_FALSE(shown.contains(QStringLiteral("Watch-list")));
    EXPECT_FALSE(shown.contains(QStringLiteral("January")));
}

TEST_F(BriefingPageTest, ExportsHtmlMarkdownAndPdf) {
    BriefingPage page(*db, settings);
    showSinceNewYear(page);
    std::string html = dir.file("briefing.html"), md = dir.file("briefing.md"),
                pdf = dir.file("briefing.pdf");
    EXPECT_TRUE(page.exportTo(QString::fromStdString(html)).isEmpty());
    EXPECT_TRUE(page.exportTo(QString::fromStdString(md)).isEmpty());
    EXPECT_TRUE(page.exportTo(QString::fromStdString(pdf)).isEmpty());
    EXPECT_NE(read(html).find("<html"), std::string::npos);
    EXPECT_NE(read(html).find("https://example.nl/q"), std::string::npos) << "sources as links";
    EXPECT_NE(read(md).find("Eerste Belgische F-35"), std::string::npos);
    EXPECT_EQ(read(pdf).substr(0, 5), "%PDF-");
    if (QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        !tool.isEmpty()) {
        QProcess text;
        text.start(tool, {QString::fromStdString(pdf), QStringLiteral("-")});
        ASSERT_TRUE(text.waitForFinished(20000));
        EXPECT_TRUE(QString::fromUtf8(text.readAllStandardOutput())
                        .contains(QStringLiteral("Eerste Belgische F-35")));
        // The text starts at print()'s own 2 cm margin (56.7 pt, 62 with the text's own
        // indent), the page's own left at none:
        // inside the page's 16 mm, and with Qt reading "margin: auto" as a margin, it started
        // at 110 pt, two thirds wide.
        QProcess boxes;
        boxes.start(tool,
                    {QStringLiteral("-bbox"), QString::fromStdString(pdf), QStringLiteral("-")});
        ASSERT_TRUE(boxes.waitForFinished(20000));
        static const QRegularExpression xMin(QStringLiteral("xMin=\"([0-9.]+)\""));
        double left = 1000;
        for (const auto& match : xMin.globalMatch(QString::fromUtf8(boxes.readAllStandardOutput())))
            left = std::min(left, match.captured(1).toDouble());
        EXPECT_NEAR(left, 60.0, 5.0);
    }
}

// Answers each modal widget of type T with `act` as it opens, polled every 20 ms until the
// timer returned goes: no loop of its own, so it never holds up the dialog that opened it.
template <typename T, typename Act> std::unique_ptr<QTimer> answerEach(Act act) {
    auto timer = std::make_unique<QTimer>();
    timer->setInterval(20);
    QObject::connect(timer.get(), &QTimer::timeout, [act]() mutable {
        if (auto* widget = qobject_cast<T*>(QApplication::activeModalWidget())) act(*widget);
    });
    timer->start();
    return timer;
}

// The file that will be written is the one asked about: "ro" typed is ro.html, and the dialog
// asks before replacing it; "notes.txt" becomes notes.txt.html, asked about too. Both were
// replaced without a word, the suffix added after the dialog had closed.
TEST_F(BriefingPageTest, ExportAsksBeforeReplacingTheFileItWillWrite) {
    BriefingPage page(*db, settings);
    showSinceNewYear(page);
    struct Answered {
        QString asked;           // the question's text, empty when none was asked
        bool stayedOpen = false; // the file dialog itself asked, and stays for another name
    };
    auto exportAs = [&](const std::string& typed, QMessageBox::StandardButton answer) {
        Answered answered;
        int opened = 0;
        auto files = answerEach<QFileDialog>([&, path = dir.file(typed)](QFileDialog& dialog) {
            if (opened++ > 0) { // still open after a "No"
                answered.stayedOpen = true;
                return dialog.reject();
            }
            // Typed, as a reader does (selectFile leaves a focused name field as it is).
            auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            if (!name) return dialog.reject();
            name->setText(QString::fromStdString(path));
            QMetaObject::invokeMethod(&dialog, "accept"); // protected in QFileDialog
        });
        auto boxes = answerEach<QMessageBox>([&](QMessageBox& box) {
            answered.asked = box.text();
            if (QAbstractButton* button = box.button(answer))
                button->click();
            else
                box.reject(); // not a question: its text says what went wrong
        });
        page.exportWithDialog();
        return answered;
    };
    for (const char* typed : {"ro", "notes.txt"}) {
        std::string written = dir.file(std::string(typed) + ".html");
        {
            QFile old(QString::fromStdString(written));
            ASSERT_TRUE(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        Answered answered = exportAs(typed, QMessageBox::No);
        EXPECT_TRUE(answered.asked.contains(QStringLiteral("%1.html").arg(QLatin1String(typed))))
            << typed << ": " << answered.asked.toStdString();
        EXPECT_EQ(read(written), "old") << typed;
        // "ro" gets its suffix in the dialog, which asks and stays open for another name.
        EXPECT_EQ(answered.stayedOpen, std::string(typed) == "ro") << typed;
    }
    // Answered yes, the file is replaced with the briefing.
    EXPECT_FALSE(exportAs("ro", QMessageBox::Yes).asked.isEmpty());
    EXPECT_NE(read(dir.file("ro.html")).find("<html"), std::string::npos);
}

TEST_F(BriefingPageTest, AnExportThatCannotBeWrittenSaysSoAndLeavesNothing) {
    BriefingPage page(*db, settings);
    showSinceNewYear(page);
    std::string path = dir.file("no-such-folder/briefing.html");
    QString error = page.exportTo(QString::fromStdString(path));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(error.contains(QStringLiteral("briefing.html"))) << error.toStdString();
    EXPECT_FALSE(page.exportTo(QString::fromStdString(dir.file("no-such-folder/b.pdf"))).isEmpty());
}

TEST_F(BriefingPageTest, ASourceClickedOpensItsLink) {
    BriefingPage page(*db, settings);
    showSinceNewYear(page);
    std::vector<QUrl> opened;
    QObject::connect(&page, &BriefingPage::openRequested,
                     [&](const QUrl& url) { opened.push_back(url); });
    emit page.view()->anchorClicked(QUrl(QStringLiteral("https://example.nl/q")));
    ASSERT_EQ(opened.size(), 1u);
    EXPECT_EQ(opened[0].toString(), QStringLiteral("https://example.nl/q"));
}

TEST_F(BriefingPageTest, OnlyTheLatestPeriodAskedForIsShown) {
    BriefingPage page(*db, settings);
    int shown = 0;
    QObject::connect(&page, &BriefingPage::built, [&] { ++shown; });
    page.setSince(BriefingPage::Since::Today);
    showSinceNewYear(page); // before the first is built: that one is dropped
    EXPECT_EQ(shown, 1);
    EXPECT_EQ(page.briefing().articles, 3);
    EXPECT_TRUE(page.view()->toPlainText().contains(QStringLiteral("Eerste Belgische F-35")));
}

TEST_F(BriefingPageTest, AFailedBriefingSaysWhyOnThePage) {
    BriefingPage page(*db, settings);
    db->execute("DROP TABLE watch_lists"); // what the briefing reads first: the cache is damaged
    page.setSince(BriefingPage::Since::Date, QDateTime(QDate(2026, 1, 1), QTime(0, 0)));
    ASSERT_TRUE(test::waitForBriefing(page));
    EXPECT_TRUE(page.view()->toPlainText().contains(QStringLiteral("could not read the briefing")))
        << page.view()->toPlainText().toStdString();
    EXPECT_EQ(page.briefing().articles, 0);
}

class BriefingRowTest : public test::AppFixture {};

// Building a big cache's briefing takes 0.3-0.6 s: the window must not freeze meanwhile.
TEST_F(BriefingRowTest, SelectingTheBriefingReturnsAtOnceAndShowsItWhenBuilt) {
    auto w = makeWindow();
    w->show();
    app::BriefingPage* page = w->briefingPage();
    bool timerFired = false;
    QTimer::singleShot(0, [&] { timerFired = true; });
    w->selectScope({app::ArticleScope::Kind::Briefing, 0, {}});
    EXPECT_TRUE(page->building()) << "built on the reader's thread before returning";
    EXPECT_TRUE(page->view()->toPlainText().contains(QStringLiteral("Building the briefing")))
        << page->view()->toPlainText().toStdString();
    EXPECT_FALSE(page->findChild<QPushButton*>(QStringLiteral("briefingExport"))->isEnabled())
        << "nothing of this period to export yet";
    ASSERT_TRUE(test::waitForBriefing(*page));
    EXPECT_TRUE(timerFired);
    EXPECT_FALSE(page->view()->toPlainText().contains(QStringLiteral("Building")));
    EXPECT_TRUE(page->findChild<QPushButton*>(QStringLiteral("briefingExport"))->isEnabled());
}

TEST_F(BriefingRowTest, ABriefingLeftWhileBuiltIsNeverShown) {
    auto w = makeWindow();
    w->show();
    app::BriefingPage* page = w->briefingPage();
    int shown = 0;
    QObject::connect(page, &app::BriefingPage::built, [&] { ++shown; });
    w->selectScope({app::ArticleScope::Kind::Briefing, 0, {}});
    w->selectScope({app::ArticleScope::Kind::Feed, seedFeed, {}});
    EXPECT_FALSE(page->building());
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 1500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    EXPECT_EQ(shown, 0);
    EXPECT_TRUE(w->listView()->isVisible());
}

TEST_F(BriefingRowTest, TheBriefingRowShowsThePageInPlaceOfTheArticle) {
    auto w = makeWindow();
    w->show();
    QModelIndex row = w->treeModel()->indexOfScope({app::ArticleScope::Kind::Briefing, 0, {}});
    ASSERT_TRUE(row.isValid());
    EXPECT_EQ(row.data().toString(), QStringLiteral("Briefing"));
    auto watchLists =
        w->treeModel()->match(w->treeModel()->index(0, 0), app::FeedTreeModel::ScopeKindRole,
                              static_cast<int>(app::ArticleScope::Kind::WatchList), -1);
    ASSERT_FALSE(watchLists.isEmpty());
    EXPECT_EQ(row.row(), watchLists.back().row() + 1) << "just under the watch-lists";
    EXPECT_FALSE(w->briefingPage()->isVisible());
    w->feedView()->setCurrentIndex(row);
    EXPECT_TRUE(w->briefingPage()->isVisible());
    EXPECT_FALSE(w->listView()->isVisible()) << "nothing to list beside it";
    ASSERT_TRUE(test::waitForBriefing(*w->briefingPage()));
    EXPECT_FALSE(w->briefingPage()->view()->toPlainText().isEmpty());
    QWidget* page = w->briefingPage();
    for (QPushButton* control : page->findChildren<QPushButton*>()) {
        QRect at(control->mapTo(page, QPoint(0, 0)), control->size());
        EXPECT_GE(at.left(), 3) << control->text().toStdString();
        EXPECT_LE(at.right(), page->width() - 4) << "clear of the pane's edge";
    }
    int unread = w->treeModel()->totalUnread();
    w->markAllRead();
    EXPECT_EQ(w->treeModel()->totalUnread(), unread) << "mark all read has nothing to mark here";
    w->selectScope({app::ArticleScope::Kind::Feed, seedFeed, {}});
    EXPECT_FALSE(w->briefingPage()->isVisible());
    EXPECT_TRUE(w->listView()->isVisible());
    EXPECT_TRUE(w->articleView()->isVisible());
}

} // namespace
} // namespace heraut
