// SPDX-License-Identifier: GPL-3.0-or-later
// What SQLite reports, told in the Dutch window: a database another program keeps locked, a
// file that is no database at all. The app words SQLite's result code itself; SQLite's and the
// core's English text is at most a secondary detail, never the message.
#include "AppFixture.h"
#include "DatabaseRescueDialog.h"
#include "ReaderLook.h"
#include "StoreErrors.h"

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

} // namespace
} // namespace heraut
