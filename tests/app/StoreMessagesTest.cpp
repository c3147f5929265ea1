// SPDX-License-Identifier: GPL-3.0-or-later
// What SQLite reports, told in the Dutch window: a database another program keeps locked, a
// file that is no database at all. The app words SQLite's result code itself; SQLite's and the
// core's English text is at most a secondary detail, never the message.
#include "AppFixture.h"
#include "DamagedDatabase.h"
#include "DatabaseRescueDialog.h"
#include "ReaderLook.h"
#include "StoreErrors.h"
#include "heraut/DatabaseRepair.h"
#include "support/TestHttpServer.h"

#include <QFile>
#include <QMessageBox>
#include <QTimer>

namespace heraut {
namespace {

QString dutch(const char* context, const char* source) {
    return QCoreApplication::translate(context, source);
}

class StoreMessagesTest : public test::AppFixture {
  protected:
    void SetUp() override {
        AppFixture::SetUp();
        test::useLanguage(QStringLiteral("nl"));
    }
    void TearDown() override { test::useLanguage(QStringLiteral("en")); }
};

TEST_F(StoreMessagesTest, ALockedDatabaseIsToldInDutchWithSqlitesCodeInWords) {
    auto db = std::make_unique<Database>(dir.database());
    db->setBusyTimeout(100);
    auto w = makeWindow(std::move(db));
    w->pendingChanges()->setRetry(200, 50);
    w->show();
    Database other(dir.database()); // as heraut-cli in the middle of a long refresh
    other.execute("BEGIN EXCLUSIVE");
    w->selectRelative(1);
    ASSERT_TRUE(test::waitFor(
        [&] {
            return w->storeErrors()->messageBox() && w->storeErrors()->messageBox()->isVisible();
        },
        3000));
    QMessageBox* box = w->storeErrors()->messageBox();
    QString locked = dutch("heraut::app::StoreErrors", "the database is locked by another program");
    EXPECT_NE(locked, QStringLiteral("the database is locked by another program"));
    EXPECT_TRUE(box->detailedText().startsWith(
        dutch("heraut::app::StoreErrors", "SQLite says: %1 (code %2).")
            .arg(locked)
            .section('(', 0, 0)))
        << box->detailedText().toStdString();
    for (const QString& shown : {box->text(), box->informativeText(), w->statusLabel()->text()}) {
        EXPECT_FALSE(shown.contains(QStringLiteral("database is locked"))) << shown.toStdString();
        EXPECT_FALSE(shown.contains(QString::fromStdString(dir.database()))) << shown.toStdString();
    }
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("ander programma")))
        << box->informativeText().toStdString();
    other.execute("COMMIT");
}

TEST_F(StoreMessagesTest, AFileThatIsNoDatabaseIsToldInDutchAtStart) {
    std::string path = dir.file("geen-database.sqlite");
    {
        QFile file(QString::fromStdString(path));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x')); // a page of something else: SQLITE_NOTADB
    }
    std::string core;
    try {
        Database probe(path);
    } catch (const StoreError& error) {
        core = error.what();
        EXPECT_EQ(error.resultCode() & 0xff, 26) << "SQLITE_NOTADB";
    }
    ASSERT_NE(core.find("not a database"), std::string::npos) << core;
    QString text;
    QTimer::singleShot(100, [&] {
        auto* dialog = qobject_cast<app::DatabaseRescueDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        text = dialog->text();
        dialog->reject();
    });
    EXPECT_EQ(app::openDatabaseOrAsk(path, settings), nullptr);
    EXPECT_TRUE(text.contains(
        dutch("heraut::app::DatabaseRescueDialog", "Heraut cannot open its news cache")))
        << text.toStdString();
    QString notADatabase = dutch("heraut::app::StoreErrors", "the file is not a database");
    EXPECT_NE(notADatabase, QStringLiteral("the file is not a database"));
    EXPECT_TRUE(text.contains(notADatabase)) << text.toStdString();
    EXPECT_TRUE(text.contains(QString::fromStdString(path))) << "the file is named";
    EXPECT_FALSE(text.contains(QStringLiteral("not a database"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("not a SQLite file"))) << text.toStdString();
}

// Every SQLite result code the reader meets commonly has words of its own.
TEST_F(StoreMessagesTest, CommonResultCodesHaveDutchWords) {
    auto words = [](int code) {
        return app::StoreErrors::resultCodeText(code).section(QStringLiteral(" (code"), 0, 0);
    };
    for (int code : {5, 6, 8, 10, 11, 13, 14, 26, 266, 522}) {
        QString text = app::StoreErrors::resultCodeText(code);
        EXPECT_TRUE(text.endsWith(QStringLiteral("(code %1).").arg(code))) << text.toStdString();
        EXPECT_NE(words(code), words(1)) << code << " has only the generic words";
    }
    EXPECT_TRUE(app::StoreErrors::resultCodeText(0).isEmpty());
    EXPECT_TRUE(app::StoreErrors::resultCodeText(10).contains(QStringLiteral("schijf")));
}

// A refresh whose clean-up of old articles fails: the window says so in Dutch, with SQLite's
// code in words in the details (before, RefreshController never passed the failure on, and
// its code was lost on the way).
TEST_F(StoreMessagesTest, ARetentionFailureAfterARefreshIsToldInDutchWithItsCode) {
    test::TestHttpServer server([](const test::HttpRequest&) {
        return test::HttpResponse::ok(test::readData("vrtnws-atom.xml"), "application/atom+xml");
    });
    std::int64_t served = 0;
    {
        Database db(dir.database());
        served = FeedStore(db).addFeed(server.url("/atom"), "Lokaal", "Test", 1769200000);
        ArticleStore(db).markAllRead({}, 1769200000); // read long ago: retention removes them
        db.execute("CREATE TRIGGER keep BEFORE DELETE ON articles "
                   "BEGIN SELECT RAISE(ABORT, 'kept'); END");
    }
    auto w = makeWindow();
    w->show();
    RefreshOptions options;
    options.feedIds = {served};
    options.retentionSeconds = 7 * 86400;
    w->refresher()->start(options);
    ASSERT_TRUE(test::waitFor(
        [&] {
            return w->storeErrors()->messageBox() && w->storeErrors()->messageBox()->isVisible();
        },
        10000))
        << "the failure is told";
    QMessageBox* box = w->storeErrors()->messageBox();
    EXPECT_EQ(box->text(),
              dutch("heraut::app::MainWindow", "Heraut could not remove old articles from its "
                                               "news cache; they stay until a later refresh can."));
    QString rule = dutch("heraut::app::StoreErrors", "the change breaks a rule of the database");
    EXPECT_NE(rule, QStringLiteral("the change breaks a rule of the database"));
    EXPECT_TRUE(box->detailedText().startsWith(
        dutch("heraut::app::StoreErrors", "SQLite says: %1 (code %2).")
            .arg(rule, QStringLiteral("1811"))))
        << box->detailedText().toStdString();
    w->refresher()->wait();
}

// What the start-up dialog's check found, in Dutch: SQLite's English lines worded by kind,
// with numbers; none of "Tree 4 page 9 cell 2" or "never used" on screen.
TEST_F(StoreMessagesTest, TheChecksFindingsAreToldInDutch) {
    test::damagePages(dir.database(), test::pagesOf(dir.database(), "article_bodies", "leaf"));
    IntegrityReport report = checkDatabase(dir.database());
    ASSERT_FALSE(report.ok);
    QString text = app::DatabaseRescueDialog::checkText(report);
    EXPECT_TRUE(text.startsWith(QStringLiteral("Controle: SQLite vond "))) << text.toStdString();
    for (const char* english : {"page", "Page", "never used", "Tree", "***", "(s)", "found"})
        EXPECT_FALSE(text.contains(QString::fromLatin1(english)))
            << english << " in " << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Pagina "))) << text.toStdString();
    EXPECT_LE(text.count(QLatin1Char('\n')), 6) << "five findings at most, then how many more";
}

TEST_F(StoreMessagesTest, TheRepairsCountsHaveRealPluralsInBothLanguages) {
    RepairReport one;
    one.feeds = 1;
    one.articles = 1;
    one.read = 1;
    one.damagedCopy = "/tmp/heraut.sqlite.damaged";
    one.articlesWithoutBody = 1;
    one.placeholderFeeds = 1;
    RepairReport many = one;
    many.feeds = 3;
    many.articles = 14;
    many.articlesWithoutBody = 2;
    many.articlesWithoutStatus = 5;
    QString dutchOne = app::DatabaseRescueDialog::repairText(one);
    QString dutchMany = app::DatabaseRescueDialog::repairText(many);
    EXPECT_TRUE(dutchOne.startsWith(QStringLiteral("Hersteld. 1 feed en 1 artikel teruggehaald")))
        << dutchOne.toStdString();
    EXPECT_TRUE(dutchOne.contains(QStringLiteral("1 artikel is zijn tekst kwijt")));
    EXPECT_TRUE(
        dutchMany.startsWith(QStringLiteral("Hersteld. 3 feeds en 14 artikelen teruggehaald")))
        << dutchMany.toStdString();
    EXPECT_TRUE(dutchMany.contains(QStringLiteral("5 artikelen zijn hun markeringen")));
    test::useLanguage(QStringLiteral("en"));
    QString englishOne = app::DatabaseRescueDialog::repairText(one);
    EXPECT_TRUE(englishOne.startsWith(QStringLiteral("Repaired. Recovered 1 feed and 1 article ")))
        << englishOne.toStdString();
    EXPECT_TRUE(englishOne.contains(QStringLiteral("1 article lost its text")));
    EXPECT_TRUE(englishOne.contains(QStringLiteral("1 feed was lost; its articles")));
    EXPECT_TRUE(app::DatabaseRescueDialog::repairText(many).startsWith(
        QStringLiteral("Repaired. Recovered 3 feeds and 14 articles ")));
    for (const QString& text : {dutchOne, dutchMany, englishOne})
        EXPECT_FALSE(text.contains(QStringLiteral("(s)"))) << text.toStdString();
}

} // namespace
} // namespace heraut
