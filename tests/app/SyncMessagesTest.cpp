// SPDX-License-Identifier: GPL-3.0-or-later
// A sync with a server reader that goes wrong, told in the Dutch window: a server that refuses
// the password (401), one that cannot be reached, a change the server refuses. The status bar,
// its tooltip, the stage shown while syncing and the accounts page speak Dutch, worded by the
// app from the kind the core reports; none of the core's English (meant for heraut-cli) shows.
#include "AccountsPage.h"
#include "AppFixture.h"
#include "GoogleReaderServer.h"
#include "ReaderLook.h"
#include "SyncController.h"
#include "heraut/AccountStore.h"
#include "heraut/CredentialStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStatusBar>
#include <cstdlib>

namespace heraut {
namespace {

using test::GoogleReaderServer;

QString dutch(const char* context, const char* source, int n = -1) {
    return QCoreApplication::translate(context, source, nullptr, n);
}

class SyncMessagesTest : public testing::Test {
  protected:
    void SetUp() override {
        ::setenv("HERAUT_CREDENTIALS", "file", 1);
        test::useLanguage(QStringLiteral("nl"));
        server.addFeed("https://defensie.example/feed", "Defensie", "Nieuws");
        controller.attach(&bar, &messages);
    }
    void TearDown() override { test::useLanguage(QStringLiteral("en")); }

    Account addAccount(const std::string& url, const std::string& password) {
        Database db(dir.database());
        Account account;
        account.url = url;
        account.user = "lezer";
        account.dialect = ReaderDialect::FreshRss;
        account.id = AccountStore(db).addAccount(account);
        CredentialStore(dir.database()).save(account, password);
        return account;
    }

    // Runs a sync of every account to its end; the stages it showed on the way.
    QStringList syncAll() {
        QSignalSpy finished(&controller, &app::SyncController::finished);
        QSignalSpy progress(&controller, &app::SyncController::progress);
        controller.start(true);
        EXPECT_TRUE(test::waitFor([&] { return finished.count() == 1; }, 30000));
        controller.wait();
        QStringList stages;
        for (const QList<QVariant>& call : progress)
            stages << call.at(1).toString();
        return stages;
    }

    // The English the core wrote for heraut-cli about the account's last sync.
    std::string coreError(std::int64_t accountId) {
        Database db(dir.database());
        return AccountStore(db).account(accountId)->lastError.value_or("");
    }

    QStringList accountsPageLines() {
        app::AccountsPage page(QString::fromStdString(dir.database()));
        QStringList lines;
        for (int i = 0; i < page.findChild<QListWidget*>()->count(); ++i)
            lines << page.findChild<QListWidget*>()->item(i)->text();
        return lines;
    }

    static void expectNoCoreEnglish(const QString& shown, const std::string& core) {
        EXPECT_FALSE(core.empty());
        // The core's text names the server first ("http://…: wrong user name …"): what follows
        // the address is its English.
        QString english = QString::fromStdString(core).section(QStringLiteral(": "), -1);
        EXPECT_FALSE(shown.contains(english)) << shown.toStdString() << "\n  holds: " << core;
    }

    GoogleReaderServer server{GoogleReaderServer::Dialect::FreshRss};
    test::TempDir dir;
    QStatusBar bar;
    QLabel messages;
    app::SyncController controller{QString::fromStdString(dir.database())};
};

TEST_F(SyncMessagesTest, AServerThatRefusesThePasswordIsToldInDutch) {
    Account account = addAccount(server.baseUrl(), "fout-wachtwoord");
    QString name = QString::fromStdString(account.displayTitle());

    QStringList stages = syncAll();

    std::string core = coreError(account.id);
    ASSERT_NE(core.find("wrong user name or password"), std::string::npos) << core;
    QString why = dutch("SyncErrorText", "%1 refused the user name or password. FreshRSS and "
                                         "Miniflux want the API password set in their settings, "
                                         "not the one for the website.")
                      .arg(name);
    EXPECT_TRUE(why.contains(QStringLiteral("wachtwoord"))) << why.toStdString();
    EXPECT_EQ(messages.text(), dutch("heraut::app::SyncController", "Sync failed: %1").arg(why));
    EXPECT_EQ(messages.toolTip(), why);
    expectNoCoreEnglish(messages.text(), core);
    EXPECT_FALSE(messages.text().contains(QStringLiteral("HTTP 401")));
    ASSERT_FALSE(stages.isEmpty());
    // The progress signal carries the stage; the label puts "Syncing <name>: " before it.
    EXPECT_EQ(stages.front(), dutch("SyncErrorText", "logging in"));
    EXPECT_NE(stages.front(), QStringLiteral("logging in"));

    // The accounts page words the failure it finds stored, after a restart as well.
    QStringList lines = accountsPageLines();
    ASSERT_EQ(lines.size(), 1);
    EXPECT_TRUE(
        lines.front().contains(dutch("heraut::app::AccountsPage", "Last sync failed: %1").arg(why)))
        << lines.front().toStdString();
    expectNoCoreEnglish(lines.front(), core);
}

TEST_F(SyncMessagesTest, TestingTheConnectionWithAWrongPasswordAnswersInDutch) {
    app::AccountsPage page(QString::fromStdString(dir.database()));
    QList<QLineEdit*> edits = page.findChildren<QLineEdit*>();
    ASSERT_EQ(edits.size(), 3); // address, user, password
    edits[0]->setText(QString::fromStdString(server.baseUrl()));
    edits[1]->setText(QStringLiteral("lezer"));
    edits[2]->setText(QStringLiteral("fout-wachtwoord"));
    QSignalSpy tested(&page, &app::AccountsPage::connectionTested);

    page.testConnection();

    ASSERT_TRUE(test::waitFor([&] { return tested.count() == 1; }, 20000));
    EXPECT_FALSE(tested.at(0).at(0).toBool());
    QString shown = page.statusLabel()->text();
    EXPECT_TRUE(shown.contains(QStringLiteral("geweigerd"))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("wrong user name"))) << shown.toStdString();
}

TEST_F(SyncMessagesTest, AnUnreachableServerIsToldInDutchWithItsCause) {
    // Nothing listens on port 1 of this machine: the connection is refused at once.
    Account account = addAccount("http://127.0.0.1:1/api/greader.php", "geheim-api");
    QString name = QString::fromStdString(account.displayTitle());

    syncAll();

    std::string core = coreError(account.id);
    QString why = dutch("SyncErrorText", "%1 cannot be reached. %2")
                      .arg(name, dutch("FeedErrorText", "Could not connect: the server is down "
                                                        "or cannot be reached."));
    EXPECT_EQ(messages.text(), dutch("heraut::app::SyncController", "Sync failed: %1").arg(why));
    EXPECT_TRUE(messages.text().contains(QStringLiteral("onbereikbaar")))
        << messages.text().toStdString();
    expectNoCoreEnglish(messages.text(), core);
    QStringList lines = accountsPageLines();
    ASSERT_EQ(lines.size(), 1);
    EXPECT_TRUE(lines.front().contains(QStringLiteral("Laatste synchronisatie mislukt")))
        << lines.front().toStdString();
    expectNoCoreEnglish(lines.front(), core);
}

TEST_F(SyncMessagesTest, AChangeTheServerRefusesIsToldInDutch) {
    Account account = addAccount(server.baseUrl(), "geheim-api");
    QSignalSpy refused(&controller, &app::SyncController::subscribeRefused);
    std::string url = std::string("https://web.example/") + GoogleReaderServer::kNotAFeed;

    controller.subscribe(account.id, url, std::nullopt);

    ASSERT_TRUE(test::waitFor([&] { return refused.count() == 1; }, 20000));
    controller.wait();
    QString why =
        dutch("SyncErrorText",
              "%1 would not subscribe to %2; perhaps it is no feed the server can read.")
            .arg(QString::fromStdString(account.displayTitle()), QString::fromStdString(url));
    EXPECT_TRUE(why.contains(QStringLiteral("abonneren"))) << why.toStdString();
    EXPECT_EQ(refused.at(0).at(1).toString(), why);
    EXPECT_EQ(messages.text(), why);
    EXPECT_FALSE(messages.text().contains(QStringLiteral("did not subscribe")));
    EXPECT_FALSE(messages.text().contains(QStringLiteral("not a feed it can read")));
}

} // namespace
} // namespace heraut
