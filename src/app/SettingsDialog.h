// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountsPage.h"
#include "AppSettings.h"
#include "MuteRulesPage.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace heraut::app {

class SettingsDialog : public QDialog {
    Q_OBJECT

  public:
    // With a database path, an "Accounts" page (server reader accounts) and a "Mute rules"
    // page (MuteRulesPage.h) beside the settings.
    SettingsDialog(const AppSettings& current, QWidget* parent = nullptr,
                   const QString& databasePath = {});
    AppSettings chosen() const;
    AccountsPage* accountsPage() const { return m_accounts; }
    MuteRulesPage* muteRulesPage() const { return m_muteRules; }

  private:
    QSpinBox* m_interval;
    QCheckBox* m_refreshOnStart;
    QSpinBox* m_markReadDelay;
    QSpinBox* m_retention;
    QCheckBox* m_images;
    QComboBox* m_pane;
    QComboBox* m_language;
    QSpinBox* m_fontSize;
    QCheckBox* m_notifications;
    QCheckBox* m_siteIcons;
    QCheckBox* m_keepRunning;
    AccountsPage* m_accounts = nullptr;
    MuteRulesPage* m_muteRules = nullptr;
    QCheckBox* m_markScrolledPast;
};

} // namespace heraut::app
