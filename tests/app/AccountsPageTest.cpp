// SPDX-License-Identifier: GPL-3.0-or-later
// The "Accounts" settings page against a real Tiny Tiny RSS (support/TtrssServer.h): adding an
// account keeps its password out of the database, testing a connection tells a right password
// from a wrong one, removing forgets both.
#include "AccountsPage.h"
#include "SettingsDialog.h"
#include "TempDatabase.h"
#include "app/AppFixture.h"
#include "heraut/AccountStore.h"
#include "heraut/CredentialStore.h"
#include "support/TtrssServer.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>

using namespace heraut;
using heraut::test::TempDir;
using heraut::test::TtrssServer;
using heraut::test::waitFor;

namespace {

constexpr int kTinyTinyRss =
    4; // the page's kind box: FreshRSS, Miniflux, Inoreader, GReader, tt-rss

class AccountsPageTest : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!server().available()) GTEST_SKIP() << server().unavailableReason();
        qputenv("HERAUT_CREDENTIALS", "file"); // no keyring on a test machine
        m_user = server().uniqueUser("wachtwoord-42");
        Database db(m_dir.database()); // the file the reader would have made
    }

    static TtrssServer& server() { return TtrssServer::shared(); }

    void fill(app::AccountsPage& page, const std::string& password) {
        page.kindBox()->setCurrentIndex(kTinyTinyRss);
        page.urlEdit()->setText(QString::fromStdString(server().url()));
        page.userEdit()->setText(QString::fromStdString(m_user));
        page.passwordEdit()->setText(QString::fromStdString(password));
    }

    std::vector<Account> accounts() {
        Database db(m_dir.database());
        return AccountStore(db).accounts();
    }

    std::string fileBytes(const std::string& path) {
        std::ifstream file(path, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(file), {});
    }

    TempDir m_dir;
    std::string m_user;
};

} // namespace

TEST_F(AccountsPageTest, AddsAnAccountWithItsPasswordOutsideTheDatabase) {
    app::AccountsPage page(QString::fromStdString(m_dir.database()));
    fill(page, "wachtwoord-42");
    EXPECT_EQ(page.passwordEdit()->echoMode(), QLineEdit::Password);
    ASSERT_TRUE(page.addAccount()) << page.statusLabel()->text().toStdString();

    std::vector<Account> all = accounts();
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].kind, AccountKind::TinyTinyRss);
    EXPECT_EQ(all[0].user, m_user);
    EXPECT_EQ(page.accountList()->count(), 1);
    EXPECT_TRUE(page.accountList()->item(0)->text().contains(QString::fromStdString(m_user)));
    EXPECT_TRUE(page.passwordEdit()->text().isEmpty());
    EXPECT_EQ(CredentialStore(m_dir.database()).password(all[0]), "wachtwoord-42");
    {
        Database checkpoint(m_dir.database());
        checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    for (const char* suffix : {"", "-wal"})
        EXPECT_EQ(fileBytes(m_dir.database() + suffix).find("wachtwoord-42"), std::string::npos)
            << "password found in the database" << suffix;
}

TEST_F(AccountsPageTest, RefusesAnAccountWithoutPasswordAndSaysWhy) {
    app::AccountsPage page(QString::fromStdString(m_dir.database()));
    fill(page, "");
    EXPECT_FALSE(page.addAccount());
    EXPECT_FALSE(page.statusLabel()->text().isEmpty());
    EXPECT_TRUE(accounts().empty());
}

TEST_F(AccountsPageTest, TestsTheConnectionWithoutAddingAnything) {
    app::AccountsPage page(QString::fromStdString(m_dir.database()));
    QSignalSpy tested(&page, &app::AccountsPage::connectionTested);
    fill(page, "wachtwoord-42");
    page.testConnection();
    ASSERT_TRUE(waitFor([&] { return tested.count() == 1; }, 30000));
    EXPECT_TRUE(tested.at(0).at(0).toBool()) << tested.at(0).at(1).toString().toStdString();

    fill(page, "fout");
    page.testConnection();
    ASSERT_TRUE(waitFor([&] { return tested.count() == 2; }, 30000));
    EXPECT_FALSE(tested.at(1).at(0).toBool());
    EXPECT_TRUE(
        page.statusLabel()->text().contains(QStringLiteral("refused the user name or password")))
        << page.statusLabel()->text().toStdString();
    EXPECT_TRUE(accounts().empty());
}

TEST_F(AccountsPageTest, RemovesTheAccountAndItsPassword) {
    app::AccountsPage page(QString::fromStdString(m_dir.database()));
    fill(page, "wachtwoord-42");
    ASSERT_TRUE(page.addAccount());
    Account added = accounts().at(0);
    page.accountList()->setCurrentRow(0);
    EXPECT_TRUE(page.removeSelected());
    EXPECT_TRUE(accounts().empty());
    EXPECT_EQ(page.accountList()->count(), 0);
    EXPECT_FALSE(CredentialStore(m_dir.database()).password(added));
}

TEST_F(AccountsPageTest, IsAPageOfTheSettingsDialog) {
    app::SettingsDialog dialog(app::AppSettings{}, nullptr,
                               QString::fromStdString(m_dir.database()));
    EXPECT_NE(dialog.accountsPage(), nullptr);
    app::SettingsDialog withoutDatabase(app::AppSettings{});
    EXPECT_EQ(withoutDatabase.accountsPage(), nullptr);
}
