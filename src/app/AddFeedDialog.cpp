// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddFeedDialog.h"

#include "FullArticlesSetting.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace heraut::app {

AddFeedDialog::AddFeedDialog(const QStringList& folders, const QString& currentFolder,
                             QWidget* parent)
    : QDialog(parent), m_url(new QLineEdit), m_title(new QLineEdit), m_folder(new QComboBox),
      m_fullArticles(FullArticlesSetting::box()) {
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
}

std::string AddFeedDialog::url() const {
    return m_url->text().trimmed().toStdString();
}

std::optional<std::string> AddFeedDialog::title() const {
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
