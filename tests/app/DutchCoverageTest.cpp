// SPDX-License-Identifier: GPL-3.0-or-later
// One language at a time: every string the reader's code passes to tr() has a Dutch form, and
// walking the Dutch window, its menus, panels and dialogs finds no English source text shown
// as it is.
#include "AddFeedDialog.h"
#include "AppFixture.h"
#include "Application.h"
#include "ArticleContextMenu.h"
#include "DamagedDatabase.h"
#include "DatabaseRescueDialog.h"
#include "FailedFeedsPanel.h"
#include "ReaderLook.h"
#include "SettingsDialog.h"
#include "StoreErrors.h"
#include "TrayMenu.h"
#include "heraut/Opml.h"
#include "heraut/SearchQuery.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QXmlStreamReader>
#include <filesystem>

namespace heraut {
namespace {

struct Source {
    QString context;
    QString text;
    bool plural = false;
};

QString unescape(const QString& literal) {
    QString out;
    for (qsizetype i = 0; i < literal.size(); ++i) {
        if (literal[i] == QLatin1Char('\\') && i + 1 < literal.size()) {
            QChar next = literal[++i];
            out += next == QLatin1Char('n') ? QChar(QLatin1Char('\n')) : next;
        } else {
            out += literal[i];
        }
    }
    return out;
}

// Every tr("…") literal in the reader's code, with the class whose context it is in (the
// file's name: one class per file, STYLE.md).
std::vector<Source> sourcesInCode() {
    static const QRegularExpression call(
        QStringLiteral(R"re(\btr\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)(,\s*nullptr\s*,)?)re"));
    static const QRegularExpression literal(QStringLiteral(R"re("((?:[^"\\]|\\.)*)")re"));
    std::vector<Source> sources;
    QDir dir(QStringLiteral(HERAUT_APP_SOURCES));
    for (const QString& name : dir.entryList({QStringLiteral("*.cpp")})) {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        QString code = QString::fromUtf8(file.readAll());
        QString context = QStringLiteral("heraut::app::") + name.chopped(4);
        for (auto match = call.globalMatch(code); match.hasNext();) {
            auto found = match.next();
            QString text;
            for (auto part = literal.globalMatch(found.captured(1)); part.hasNext();)
                text += unescape(part.next().captured(1));
            sources.push_back({context, text, found.captured(2).size() > 0});
        }
    }
    return sources;
}

// Sources whose Dutch is rightly the same text ("Feeds", "&Help"), marked finished in the .ts.
QSet<QString> sameInDutch() {
    QFile file(QStringLiteral(HERAUT_APP_SOURCES "/../../resources/translations/heraut_nl.ts"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QSet<QString> same;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) continue;
        if (xml.name() == QLatin1String("source")) source = xml.readElementText();
        if (xml.name() == QLatin1String("translation") &&
            xml.attributes().value(QLatin1String("type")).isEmpty() &&
            xml.readElementText(QXmlStreamReader::IncludeChildElements) == source)
            same.insert(source);
    }
    return same;
}

// The Dutch text, or the source itself when there is none. A class declaring its tr() with
// Q_DECLARE_TR_FUNCTIONS has its bare name as context.
QString dutch(const Source& s) {
    QString bare = s.context.section(QStringLiteral("::"), -1);
    QString source =
        s.plural ? QString(s.text).replace(QStringLiteral("%n"), QStringLiteral("2")) : s.text;
    for (const QString& context : {s.context, bare}) {
        QString text = QCoreApplication::translate(
            context.toUtf8().constData(), s.text.toUtf8().constData(), nullptr, s.plural ? 2 : -1);
        if (text != source) return text;
    }
    return s.text;
}

class DutchCoverageTest : public test::AppFixture {
  protected:
    void SetUp() override {
        test::AppFixture::SetUp();
        use("nl");
    }
    void TearDown() override { use("en"); }
    void use(const char* language) { test::useLanguage(QString::fromLatin1(language)); }

    // What a widget and everything in it show a reader: texts, titles, placeholders, tips.
    static void collect(QWidget* root, QStringList& shown) {
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets << root;
        for (QWidget* w : widgets) {
            shown << w->windowTitle() << w->toolTip() << w->accessibleName();
            if (auto* label = qobject_cast<QLabel*>(w)) shown << label->text();
            if (auto* button = qobject_cast<QAbstractButton*>(w)) shown << button->text();
            if (auto* edit = qobject_cast<QLineEdit*>(w)) shown << edit->placeholderText();
            if (auto* box = qobject_cast<QGroupBox*>(w)) shown << box->title();
            if (auto* menu = qobject_cast<QMenu*>(w)) shown << menu->title();
            if (auto* combo = qobject_cast<QComboBox*>(w))
                for (int i = 0; i < combo->count(); ++i)
                    shown << combo->itemText(i);
            if (auto* box = qobject_cast<QMessageBox*>(w))
                shown << box->text() << box->informativeText();
            for (QAction* action : w->actions())
                shown << action->text() << action->toolTip() << action->iconText();
        }
    }
    // What of `shown` is an English source text, its %1 and %n standing for anything, seen as
    // it is.
    static QStringList englishIn(QStringList shown) {
        QSet<QString> same = sameInDutch();
        std::vector<std::pair<QRegularExpression, QString>> english;
        for (const Source& s : sourcesInCode()) {
            if (same.contains(s.text) || s.text.trimmed().size() < 3) continue;
            QString pattern = QRegularExpression::escape(s.text);
            pattern.replace(QRegularExpression(QStringLiteral(R"re(%(\d|n))re")),
                            QStringLiteral(".*"));
            english.emplace_back(
                QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("$")), s.text);
        }
        QStringList untranslated;
        shown.removeDuplicates();
        for (const QString& text : shown) {
            if (text.isEmpty()) continue;
            for (const auto& [pattern, source] : english)
                if (pattern.match(text).hasMatch())
                    untranslated << text + QStringLiteral("  (") + source + QLatin1Char(')');
        }
        return untranslated;
    }
    // Opens what `open` shows modally, collects it and closes it.
    static void collectModal(const std::function<void()>& open, QStringList& shown) {
        QTimer::singleShot(0, [&shown] {
            test::waitFor([] { return QApplication::activeModalWidget() != nullptr; }, 3000);
            if (QWidget* modal = QApplication::activeModalWidget()) {
                collect(modal, shown);
                modal->close();
            }
        });
        open();
    }
};

TEST_F(DutchCoverageTest, EveryTranslatableStringHasADutchForm) {
    std::vector<Source> sources = sourcesInCode();
    ASSERT_GT(sources.size(), 150u) << "the scan finds the reader's strings";
    QSet<QString> same = sameInDutch();
    QStringList missing;
    for (const Source& s : sources)
        if (dutch(s) == s.text && !same.contains(s.text))
            missing << s.context + QStringLiteral(": ") + s.text;
    missing.removeDuplicates();
    EXPECT_TRUE(missing.isEmpty()) << missing.join(QLatin1Char('\n')).toStdString();
}

TEST_F(DutchCoverageTest, WalkingTheDutchWindowFindsNoEnglish) {
    {
        Database db(dir.database());
        FeedStore(db).recordFailure(atomFeed, "HTTP 404: not found", 1769200000, 1769200000, false,
                                    {FailureKind::Http, 404});
    }
    auto w = makeWindow();
    w->show();
    QStringList shown;
    collect(w.get(), shown);
    for (QMenu* menu : w->menuBar()->findChildren<QMenu*>())
        collect(menu, shown);
    w->showFailingFeeds();
    collect(w->failedFeedsPanel(), shown);
    w->selectScope({app::ArticleScope::Kind::Folder, 0, QStringLiteral("Defensie")});
    w->searchBox()->setText(QStringLiteral("fregat"));
    test::waitFor([&] { return !w->listModel()->searching() && w->listModel()->isSearch(); });
    QTest::qWait(300);
    collect(w.get(), shown);
    app::SettingsDialog settingsDialog(w->settings(), w.get());
    collect(&settingsDialog, shown);
    app::AddFeedDialog addDialog({QStringLiteral("Defensie")}, QStringLiteral("Defensie"), w.get());
    collect(&addDialog, shown);
    for (QAction* action : w->findChildren<QAction*>())
        if (action->text() == QStringLiteral("&Sneltoetsen"))
            collectModal([action] { action->trigger(); }, shown);

    QStringList untranslated = englishIn(shown);
    EXPECT_GT(shown.size(), 60) << "the walk sees the window";
    EXPECT_TRUE(untranslated.isEmpty()) << untranslated.join(QLatin1Char('\n')).toStdString();
}

// What the first walk does not reach: the start-up rescue dialog through check and repair, the
// store's message box, the tray and article menus, and the feed tree's rows and tooltips
// (watch-lists among them), each line on its own.
TEST_F(DutchCoverageTest, WalkingTheDutchDialogsMenusAndTreeFindsNoEnglish) {
    QStringList shown;
    {
        std::string copy = dir.file("kapot.sqlite");
        std::filesystem::copy_file(dir.database(), copy);
        test::damagePages(copy, test::pagesOf(copy, "article_bodies", "leaf"));
        app::DatabaseRescueDialog rescue(copy, StoreError(copy + ": database disk image is "
                                                                 "malformed",
                                                          StoreError::Kind::Damaged, 11));
        collect(&rescue, shown);
        rescue.check();
        collect(&rescue, shown);
        rescue.repair();
        collect(&rescue, shown);
    }
    auto w = makeWindow();
    w->show();
    w->storeErrors()->report(QStringLiteral("x"),
                             StoreError("database is locked", StoreError::Kind::Busy, 5),
                             app::StoreErrors::Origin::UserAction);
    ASSERT_NE(w->storeErrors()->messageBox(), nullptr);
    collect(w->storeErrors()->messageBox(), shown);
    shown << w->storeErrors()->messageBox()->detailedText();
    w->storeErrors()->messageBox()->close();
    collect(w->trayMenu()->menu(), shown);
    ASSERT_TRUE(test::waitFor([&] { return w->listModel()->rowCount() > 0; }));
    std::unique_ptr<QMenu> menu = w->articleMenu()->menuFor(0);
    collect(menu.get(), shown);
    std::function<void(const QModelIndex&)> rows = [&](const QModelIndex& parent) {
        for (int row = 0; row < w->treeModel()->rowCount(parent); ++row) {
            QModelIndex i = w->treeModel()->index(row, 0, parent);
            shown << i.data().toString() << i.data(Qt::ToolTipRole).toString();
            rows(i);
        }
    };
    rows({});
    QStringList lines;
    for (const QString& text : shown)
        lines << text.split(QLatin1Char('\n'));
    QStringList untranslated = englishIn(lines);
    EXPECT_GT(lines.size(), 40) << "the walk sees the dialogs";
    EXPECT_TRUE(untranslated.isEmpty()) << untranslated.join(QLatin1Char('\n')).toStdString();
    for (const char* name : {"Air defence", "Ukraine", "Navy"})
        EXPECT_FALSE(lines.contains(QString::fromLatin1(name))) << name;
}

// A filter the search cannot read reaches the Dutch window in the window's words (CoreMessages,
// translated), not as the core's English message for heraut-cli.
TEST_F(DutchCoverageTest, ASearchFilterErrorIsWordedByTheWindowNotTheCore) {
    auto w = makeWindow();
    w->show();
    std::string core;
    try {
        parseSearchQuery("is:bogus", 0);
    } catch (const SearchQueryError& error) {
        core = error.what();
    }
    ASSERT_FALSE(core.empty());
    w->searchBox()->setText(QStringLiteral("drone is:bogus"));
    ASSERT_TRUE(test::waitFor([&] { return !w->searchBox()->toolTip().isEmpty(); }));
    QString shown = w->searchBox()->toolTip();
    EXPECT_EQ(shown, QCoreApplication::translate(
                         "CoreMessages", "\"%1\": is: takes unread, read, starred or muted.")
                         .arg(QStringLiteral("is:bogus")));
    EXPECT_NE(shown, QString::fromStdString(core));
    EXPECT_EQ(w->statusLabel()->text(), shown);
}

// Importing a file that is no OPML, with the window in Dutch: the message and its details are
// the window's (translated), with none of the core's English ("not an OPML file", the XML
// parser's words).
TEST_F(DutchCoverageTest, ImportingAFileThatIsNoOpmlSaysSoInTheWindowsWords) {
    QString path = QString::fromStdString(dir.file("kapot.opml"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("<opml><head><title>x</head><body/></opml>");
    }
    std::string core;
    try {
        parseOpml("<opml><head><title>x</head><body/></opml>");
    } catch (const OpmlError& error) {
        core = error.what();
    }
    ASSERT_FALSE(core.empty());
    auto w = makeWindow();
    w->show();
    QAction* import = nullptr;
    for (QAction* action : w->findChildren<QAction*>())
        if (action->text() ==
            QCoreApplication::translate("heraut::app::MainWindow", "&Import OPML…"))
            import = action;
    ASSERT_NE(import, nullptr);
    QString text, details;
    QTimer::singleShot(0, [&] {
        test::waitFor([] { return qobject_cast<QFileDialog*>(QApplication::activeModalWidget()); },
                      5000);
        auto* files = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!files) return;
        files->selectFile(path);
        QTimer::singleShot(0, [&] {
            test::waitFor(
                [] { return qobject_cast<QMessageBox*>(QApplication::activeModalWidget()); }, 5000);
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                text = box->text();
                details = box->detailedText();
                box->close();
            }
        });
        QMetaObject::invokeMethod(files, "accept", Qt::DirectConnection); // a protected slot
    });
    import->trigger();
    ASSERT_FALSE(text.isEmpty()) << "the import said nothing";
    EXPECT_TRUE(text.contains(QStringLiteral("kapot.opml"))) << text.toStdString();
    for (const QString& shown : {text, details}) {
        EXPECT_FALSE(shown.contains(QStringLiteral("not an OPML file"))) << shown.toStdString();
        EXPECT_FALSE(shown.contains(QString::fromStdString(core))) << shown.toStdString();
    }
    EXPECT_TRUE(details.startsWith(
        QCoreApplication::translate("CoreMessages",
                                    "The file is not valid XML (the error is at byte %1).")
            .section(QLatin1Char('%'), 0, 0)))
        << details.toStdString();
}

} // namespace
} // namespace heraut
