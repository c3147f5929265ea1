// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Account.h"

#include <QWidget>
#include <atomic>
#include <thread>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace heraut::app {

// The "Accounts" settings page: the server reader accounts (Google Reader API servers such as
// FreshRSS and Miniflux, and Tiny Tiny RSS) with buttons to add one, test a connection and
// remove one. Accounts are written to the database at once; passwords only ever go to the
// CredentialStore (the desktop keyring, else a user-only file), never to the database.
class AccountsPage : public QWidget {
    Q_OBJECT

  public:
    explicit AccountsPage(QString databasePath, QWidget* parent = nullptr);
    ~AccountsPage() override;

    // Adds the account the fields describe; false, with the reason shown, when it cannot.
    bool addAccount();
    // Logs in with the fields' server, user and password on a worker thread; the answer comes
    // through connectionTested and is shown under the fields.
    void testConnection();
    // Removes the selected account, its feeds and articles here (not on the server) and its
    // stored password.
    bool removeSelected();
    void reload();

    QListWidget* accountList() const { return m_list; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLabel* statusLabel() const { return m_status; }

  signals:
    void connectionTested(bool ok, const QString& message);
    void accountsChanged();

  private:
    void showStatus(const QString& text, bool error);
    Account accountFromForm() const; // kind, dialect, address and user; no id, no password
    static QString lastFailure(const Account& account);

    QString m_databasePath;
    QListWidget* m_list;
    QComboBox* m_kind;
    QLineEdit* m_url;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QPushButton* m_test;
    QLabel* m_status;
    std::thread m_tester;
    std::atomic<bool> m_testing{false};
};

} // namespace heraut::app
