// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountsPage.h"

#include "CoreMessages.h"
#include "SyncErrorText.h"
#include "heraut/AccountStore.h"
#include "heraut/CredentialStore.h"
#include "heraut/Fetcher.h"
#include "heraut/SyncClient.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMetaObject>
#include <QPushButton>
#include <QVBoxLayout>

namespace heraut::app {
namespace {

struct KindChoice {
    AccountKind kind;
    ReaderDialect dialect;
};

// The kinds the page offers, in the combo box's order.
const KindChoice kChoices[] = {
    {AccountKind::GoogleReader, ReaderDialect::FreshRss},
    {AccountKind::GoogleReader, ReaderDialect::Miniflux},
    {AccountKind::GoogleReader, ReaderDialect::Inoreader},
    {AccountKind::GoogleReader, ReaderDialect::Generic},
    {AccountKind::TinyTinyRss, ReaderDialect::Generic},
};

QString kindLabel(const Account& account) {
    if (account.kind == AccountKind::TinyTinyRss) return QStringLiteral("Tiny Tiny RSS");
    switch (account.dialect) {
    case ReaderDialect::FreshRss:
        return QStringLiteral("FreshRSS");
    case ReaderDialect::Miniflux:
        return QStringLiteral("Miniflux");
    case ReaderDialect::Inoreader:
        return QStringLiteral("Inoreader");
    case ReaderDialect::Generic:
        break;
    }
    return QStringLiteral("Google Reader API");
}

} // namespace

AccountsPage::AccountsPage(QString databasePath, QWidget* parent)
    : QWidget(parent), m_databasePath(std::move(databasePath)) {
    auto* layout = new QVBoxLayout(this);
    m_list = new QListWidget;
    layout->addWidget(m_list);
    auto* form = new QFormLayout;
    m_kind = new QComboBox;
    for (const KindChoice& choice : kChoices) {
        Account sample;
        sample.kind = choice.kind;
        sample.dialect = choice.dialect;
        m_kind->addItem(kindLabel(sample));
    }
    form->addRow(tr("Server kind"), m_kind);
    m_url = new QLineEdit;
    m_url->setPlaceholderText(tr("https://rss.example.org/api/greader.php"));
    form->addRow(tr("Server address"), m_url);
    m_user = new QLineEdit;
    form->addRow(tr("User name"), m_user);
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(
        tr("Kept in the desktop keyring, or else in a file only you can read; never in the news "
           "cache. FreshRSS and Miniflux want the API password set in their settings."));
    form->addRow(tr("Password"), m_password);
    layout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add account"));
    m_test = new QPushButton(tr("Test connection"));
    auto* remove = new QPushButton(tr("Remove account"));
    buttons->addWidget(add);
    buttons->addWidget(m_test);
    buttons->addStretch();
    buttons->addWidget(remove);
    layout->addLayout(buttons);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    connect(add, &QPushButton::clicked, this, &AccountsPage::addAccount);
    connect(m_test, &QPushButton::clicked, this, &AccountsPage::testConnection);
    connect(remove, &QPushButton::clicked, this, [this] {
        QListWidgetItem* item = m_list->currentItem();
        if (!item) return;
        // Its feeds and articles leave this computer; the reader should know before.
        if (QMessageBox::question(this, tr("Remove account"),
                                  tr("Remove %1 from Heraut? Its feeds and articles are removed "
                                     "here; on the server they stay.")
                                      .arg(item->text().section(QLatin1Char('\n'), 0, 0))) ==
            QMessageBox::Yes)
            removeSelected();
    });
    reload();
}

AccountsPage::~AccountsPage() {
    if (m_tester.joinable()) m_tester.join();
}

void AccountsPage::reload() {
    m_list->clear();
    try {
        Database db(m_databasePath.toStdString());
        for (const Account& a : AccountStore(db).accounts()) {
            QString line = tr("%1 (%2, %3)")
                               .arg(QString::fromStdString(a.displayTitle()), kindLabel(a),
                                    QString::fromStdString(a.url));
            if (a.lastError) line += QLatin1Char('\n') + lastFailure(a);
            auto* item = new QListWidgetItem(line, m_list);
            item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(a.id));
        }
    } catch (const std::exception& error) {
        showStatus(tr("Could not read the accounts: %1").arg(CoreMessages::failure(error)), true);
    }
}

// The stored English text is the CLI's; the kind kept beside it gets the reader's words.
QString AccountsPage::lastFailure(const Account& account) {
    std::optional<SyncError::Kind> kind;
    if (account.lastErrorKind) kind = parseSyncErrorKind(*account.lastErrorKind);
    QString why =
        kind ? SyncErrorText::describe(*kind, {}, QString::fromStdString(account.displayTitle()))
             : tr("the cause was not kept; the next sync tells it again.");
    return tr("Last sync failed: %1").arg(why);
}

void AccountsPage::showStatus(const QString& text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

Account AccountsPage::accountFromForm() const {
    const KindChoice& choice = kChoices[std::max(0, m_kind->currentIndex())];
    Account account;
    account.kind = choice.kind;
    account.dialect = choice.dialect;
    account.url = m_url->text().trimmed().toStdString();
    account.user = m_user->text().trimmed().toStdString();
    return account;
}

bool AccountsPage::addAccount() {
    Account account = accountFromForm();
    if (account.url.empty() || account.user.empty() || m_password->text().isEmpty()) {
        showStatus(tr("Give the server's address, your user name and your password."), true);
        return false;
    }
    try {
        Database db(m_databasePath.toStdString());
        AccountStore store(db);
        for (const Account& known : store.accounts()) {
            if (known.kind == account.kind && known.url == account.url &&
                known.user == account.user) {
                showStatus(tr("This account is already in Heraut."), true);
                return false;
            }
        }
        account.id = store.addAccount(account);
        try {
            CredentialStore(m_databasePath.toStdString())
                .save(account, m_password->text().toStdString());
        } catch (const std::exception&) {
            store.removeAccount(account.id); // an account without its password cannot sync
            throw;
        }
    } catch (const std::exception& error) {
        showStatus(tr("Could not add the account: %1").arg(CoreMessages::failure(error)), true);
        return false;
    }
    m_password->clear();
    showStatus(tr("Account added; it syncs in the background."), false);
    reload();
    emit accountsChanged();
    return true;
}

void AccountsPage::testConnection() {
    if (m_testing) return;
    if (m_tester.joinable()) m_tester.join();
    Account account = accountFromForm();
    std::string password = m_password->text().toStdString();
    m_testing = true;
    m_test->setEnabled(false);
    showStatus(tr("Connecting…"), false);
    m_tester = std::thread([this, account, password] {
        bool ok = false;
        QString message;
        try {
            makeSyncClient(account, password, FetchOptions{})->login();
            ok = true;
            message = tr("Connected: the server accepted the user name and password.");
        } catch (const SyncError& error) {
            message =
                SyncErrorText::describe(error, QString::fromStdString(account.displayTitle()));
        } catch (const std::exception& error) {
            message = CoreMessages::failure(error);
        }
        QMetaObject::invokeMethod(
            this,
            [this, ok, message] {
                m_testing = false;
                m_test->setEnabled(true);
                showStatus(message, !ok);
                emit connectionTested(ok, message);
            },
            Qt::QueuedConnection);
    });
}

bool AccountsPage::removeSelected() {
    QListWidgetItem* item = m_list->currentItem();
    if (!item) return false;
    std::int64_t id = item->data(Qt::UserRole).toLongLong();
    try {
        Database db(m_databasePath.toStdString());
        AccountStore store(db);
        std::optional<Account> account = store.account(id);
        store.removeAccount(id);
        if (account) CredentialStore(m_databasePath.toStdString()).remove(*account);
    } catch (const std::exception& error) {
        showStatus(tr("Could not remove the account: %1").arg(CoreMessages::failure(error)), true);
        return false;
    }
    showStatus(tr("Account removed from Heraut; it stays on the server."), false);
    reload();
    emit accountsChanged();
    return true;
}

} // namespace heraut::app
