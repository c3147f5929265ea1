// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>

namespace heraut::app {

// What the reader chose in the settings dialog, read from and written to QSettings.
struct AppSettings {
    int refreshIntervalMinutes = 30;
    bool refreshOnStart = true;
    int markReadDelayMs = 1000; // 0: at once; -1: never
    int retentionDays = 180;
    bool loadRemoteImages = false;
    bool articlePaneBelow = false;
    QString language = QStringLiteral("system"); // "system", "nl", "en"
    int fontPointSize = 0;                       // 0: the system's
    bool notifications = true;

    static AppSettings load(QSettings& settings);
    void save(QSettings& settings) const;
};

} // namespace heraut::app
