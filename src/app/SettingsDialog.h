// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace heraut::app {

class SettingsDialog : public QDialog {
    Q_OBJECT

  public:
    SettingsDialog(const AppSettings& current, QWidget* parent = nullptr);
    AppSettings chosen() const;

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
};

} // namespace heraut::app
