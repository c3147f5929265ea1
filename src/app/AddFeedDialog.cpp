// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddFeedDialog.h"

#include "FullArticlesSetting.h"
#include "heraut/AccountStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>

namespace heraut::app {

AddFeedDialog::AddFeedDialog(const QStringList& folders, const QString& currentFolder,
                             QWidget* parent)
    : QDialog(parent), m_url(new QLineEdit), m_title(new QLineEdit), m_folder(new QComboBox),
      m_fullArticles(FullArticlesSetting::box()), m_account(new QComboBox) {
    setWindowTitle(tr("Add feed"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_title->setPlaceholderText(tr("The feed's own title"));
    m_folder->setEditable(true);
    m_folder->addItem(tr("(no folder)"));
    m_folder->addItems(folders);
    m_folder->setCurrentIndex(std::max(0, static_cast<int>(folders.indexOf(currentFolder)) + 1));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Feed or web page address:"), m_url);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Folder:"), m_folder);
    form->addRow(tr("Full articles:"), m_fullArticles);
    m_account->addItem(tr("This computer"));
    form->addRow(tr("Subscribe in:"), m_account);
    m_account->setVisible(false);
    form->labelForField(m_account)->setVisible(false);
    connect(m_account, &QComboBox::currentIndexChanged, this, [this] {
        bool local = !account();
        m_title->setEnabled(local);
        m_fullArticles->setEnabled(local);
        m_title->setPlaceholderText(local ? tr("The feed's own title")
                                          : tr("The server names the feed"));
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_url, &QLineEdit::textChanged, this,
            [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Wide enough for an address and for the title bar's text.
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    // A window's first size is at most 2/3 of the screen (QWidget::adjustSize): on 1024x700 at
    // scale 1.5 that cut the full-articles choice short. It gets what it asks for, up to the
    // screen's free area.
    if (QScreen* where = screen()) resize(sizeHint().boundedTo(where->availableGeometry().size()));
}

std::string AddFeedDialog::url() const {
    return m_url->text().trimmed().toStdString();
}

std::optional<std::string> AddFeedDialog::title() const {
    if (account()) return std::nullopt;
    QString title = m_title->text().trimmed();
    if (title.isEmpty()) return std::nullopt;
    return title.toStdString();
}

std::optional<std::string> AddFeedDialog::folder() const {
    QString folder = m_folder->currentText().trimmed();
    if (folder.isEmpty() || (m_folder->currentIndex() == 0 && folder == m_folder->itemText(0)))
        return std::nullopt;
    return folder.toStdString();
}

void AddFeedDialog::setAccounts(const std::vector<std::pair<std::int64_t, QString>>& accounts) {
    while (m_account->count() > 1)
        m_account->removeItem(1);
    for (const auto& [id, title] : accounts)
        m_account->addItem(title, QVariant::fromValue<qint64>(id));
    bool any = !accounts.empty();
    m_account->setVisible(any);
    if (auto* form = qobject_cast<QFormLayout*>(layout()))
        if (QWidget* label = form->labelForField(m_account)) label->setVisible(any);
}

std::optional<std::int64_t> AddFeedDialog::account() const {
    if (m_account->currentIndex() <= 0) return std::nullopt;
    return m_account->currentData().toLongLong();
}

std::vector<std::pair<std::int64_t, QString>> accountChoices(Database& db) {
    std::vector<std::pair<std::int64_t, QString>> choices;
    for (const Account& account : AccountStore(db).accounts())
        choices.emplace_back(account.id, QString::fromStdString(account.displayTitle()));
    return choices;
}

FullArticlesMode AddFeedDialog::fullArticles() const {
    return FullArticlesSetting::chosen(*m_fullArticles);
}

QString describeDiscoveredFeed(const DiscoveredFeed& feed) {
    QString format = QStringLiteral("RSS");
    if (feed.type.find("atom") != std::string::npos) format = QStringLiteral("Atom");
    if (feed.type.find("json") != std::string::npos) format = QStringLiteral("JSON Feed");
    QString name = QString::fromStdString(feed.title.empty() ? feed.url : feed.title);
    return QStringLiteral("%1 — %2").arg(name, format);
}

} // namespace heraut::app
