// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace heraut::app {

SettingsDialog::SettingsDialog(const AppSettings& current, QWidget* parent,
                               const QString& databasePath)
    : QDialog(parent) {
    setWindowTitle(tr("Settings"));
    auto* general = new QWidget;
    auto* form = new QFormLayout(general);
    m_interval = new QSpinBox;
    m_interval->setRange(5, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setValue(current.refreshIntervalMinutes);
    form->addRow(tr("Refresh every"), m_interval);
    m_refreshOnStart = new QCheckBox(tr("Refresh when Heraut starts"));
    m_refreshOnStart->setChecked(current.refreshOnStart);
    form->addRow(QString(), m_refreshOnStart);
    m_markReadDelay = new QSpinBox;
    m_markReadDelay->setRange(-1, 60);
    m_markReadDelay->setSpecialValueText(tr("never"));
    m_markReadDelay->setSuffix(tr(" s"));
    m_markReadDelay->setValue(current.markReadDelayMs < 0 ? -1 : current.markReadDelayMs / 1000);
    form->addRow(tr("Mark read after"), m_markReadDelay);
    m_markScrolledPast = new QCheckBox(tr("Mark articles read when scrolled past"));
    m_markScrolledPast->setObjectName(QStringLiteral("markScrolledPast"));
    m_markScrolledPast->setChecked(current.markReadScrolledPast);
    form->addRow(QString(), m_markScrolledPast);
    m_retention = new QSpinBox;
    m_retention->setRange(7, 3650);
    m_retention->setSuffix(tr(" days"));
    m_retention->setValue(current.retentionDays);
    form->addRow(tr("Keep read articles for"), m_retention);
    m_images = new QCheckBox(tr("Load remote images (sites see that you read)"));
    m_images->setChecked(current.loadRemoteImages);
    form->addRow(QString(), m_images);
    m_pane = new QComboBox;
    m_pane->addItem(tr("Beside the list"), false);
    m_pane->addItem(tr("Below the list"), true);
    m_pane->setCurrentIndex(current.articlePaneBelow ? 1 : 0);
    form->addRow(tr("Article pane"), m_pane);
    m_language = new QComboBox;
    m_language->addItem(tr("System language"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    form->addRow(tr("Language (after a restart)"), m_language);
    m_fontSize = new QSpinBox;
    m_fontSize->setRange(0, 32);
    m_fontSize->setSpecialValueText(tr("system"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(current.fontPointSize);
    form->addRow(tr("Article font size"), m_fontSize);
    m_notifications = new QCheckBox(tr("Notify me of new articles"));
    m_notifications->setChecked(current.notifications);
    form->addRow(QString(), m_notifications);
    m_siteIcons = new QCheckBox(tr("Show site icons (fetched from each site once a week)"));
    m_siteIcons->setObjectName(QStringLiteral("siteIcons"));
    m_siteIcons->setChecked(current.siteIcons);
    form->addRow(QString(), m_siteIcons);
    m_keepRunning = new QCheckBox(tr("Keep running in the tray when the window is closed"));
    m_keepRunning->setObjectName(QStringLiteral("keepRunningInTray"));
    m_keepRunning->setChecked(current.keepRunningInTray);
    form->addRow(QString(), m_keepRunning);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* outer = new QVBoxLayout(this);
    if (databasePath.isEmpty()) {
        outer->addWidget(general);
    } else {
        auto* tabs = new QTabWidget;
        tabs->addTab(general, tr("General"));
        m_accounts = new AccountsPage(databasePath);
        tabs->addTab(m_accounts, tr("Accounts"));
        m_muteRules = new MuteRulesPage(databasePath);
        tabs->addTab(m_muteRules, tr("Mute rules"));
        outer->addWidget(tabs);
    }
    outer->addWidget(buttons);
}

AppSettings SettingsDialog::chosen() const {
    AppSettings s;
    s.refreshIntervalMinutes = m_interval->value();
    s.refreshOnStart = m_refreshOnStart->isChecked();
    s.markReadDelayMs = m_markReadDelay->value() < 0 ? -1 : m_markReadDelay->value() * 1000;
    s.markReadScrolledPast = m_markScrolledPast->isChecked();
    s.retentionDays = m_retention->value();
    s.loadRemoteImages = m_images->isChecked();
    s.articlePaneBelow = m_pane->currentData().toBool();
    s.language = m_language->currentData().toString();
    s.fontPointSize = m_fontSize->value();
    s.notifications = m_notifications->isChecked();
    s.siteIcons = m_siteIcons->isChecked();
    s.keepRunningInTray = m_keepRunning->isChecked();
    return s;
}

} // namespace heraut::app
