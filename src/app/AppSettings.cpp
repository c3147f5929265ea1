// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

namespace heraut::app {

AppSettings AppSettings::load(QSettings& s) {
    AppSettings a;
    a.refreshIntervalMinutes = s.value("refresh/intervalMinutes", a.refreshIntervalMinutes).toInt();
    a.refreshOnStart = s.value("refresh/onStart", a.refreshOnStart).toBool();
    a.markReadDelayMs = s.value("reading/markReadDelayMs", a.markReadDelayMs).toInt();
    a.retentionDays = s.value("cache/retentionDays", a.retentionDays).toInt();
    a.loadRemoteImages = s.value("reading/loadRemoteImages", a.loadRemoteImages).toBool();
    a.articlePaneBelow = s.value("layout/articlePaneBelow", a.articlePaneBelow).toBool();
    a.language = s.value("ui/language", a.language).toString();
    a.fontPointSize = s.value("ui/fontPointSize", a.fontPointSize).toInt();
    a.notifications = s.value("ui/notifications", a.notifications).toBool();
    return a;
}

void AppSettings::save(QSettings& s) const {
    s.setValue("refresh/intervalMinutes", refreshIntervalMinutes);
    s.setValue("refresh/onStart", refreshOnStart);
    s.setValue("reading/markReadDelayMs", markReadDelayMs);
    s.setValue("cache/retentionDays", retentionDays);
    s.setValue("reading/loadRemoteImages", loadRemoteImages);
    s.setValue("layout/articlePaneBelow", articlePaneBelow);
    s.setValue("ui/language", language);
    s.setValue("ui/fontPointSize", fontPointSize);
    s.setValue("ui/notifications", notifications);
}

} // namespace heraut::app
