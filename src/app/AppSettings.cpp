// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

namespace heraut::app {

AppSettings AppSettings::load(QSettings& s) {
    AppSettings a;
    a.refreshIntervalMinutes = s.value("refresh/intervalMinutes", a.refreshIntervalMinutes).toInt();
    a.refreshOnStart = s.value("refresh/onStart", a.refreshOnStart).toBool();
    a.markReadDelayMs = s.value("reading/markReadDelayMs", a.markReadDelayMs).toInt();
    a.markReadScrolledPast =
        s.value("reading/markReadScrolledPast", a.markReadScrolledPast).toBool();
    a.retentionDays = s.value("cache/retentionDays", a.retentionDays).toInt();
    a.loadRemoteImages = s.value("reading/loadRemoteImages", a.loadRemoteImages).toBool();
    a.articlePaneBelow = s.value("layout/articlePaneBelow", a.articlePaneBelow).toBool();
    a.language = s.value("ui/language", a.language).toString();
    a.fontPointSize = s.value("ui/fontPointSize", a.fontPointSize).toInt();
    a.notifications = s.value("ui/notifications", a.notifications).toBool();
    a.siteIcons = s.value("ui/siteIcons", a.siteIcons).toBool();
    a.keepRunningInTray = s.value("ui/keepRunningInTray", a.keepRunningInTray).toBool();
    return a;
}

void AppSettings::save(QSettings& s) const {
    s.setValue("refresh/intervalMinutes", refreshIntervalMinutes);
    s.setValue("refresh/onStart", refreshOnStart);
    s.setValue("reading/markReadDelayMs", markReadDelayMs);
    s.setValue("reading/markReadScrolledPast", markReadScrolledPast);
    s.setValue("cache/retentionDays", retentionDays);
    s.setValue("reading/loadRemoteImages", loadRemoteImages);
    s.setValue("layout/articlePaneBelow", articlePaneBelow);
    s.setValue("ui/language", language);
    s.setValue("ui/fontPointSize", fontPointSize);
    s.setValue("ui/notifications", notifications);
    s.setValue("ui/siteIcons", siteIcons);
    s.setValue("ui/keepRunningInTray", keepRunningInTray);
}

void moveFeedImageSettingsToDatabase(QSettings& settings, FeedStore& feeds) {
    const QString group = QStringLiteral("images/feed");
    settings.beginGroup(group);
    const QStringList keys = settings.childKeys();
    std::vector<std::int64_t> allowed;
    for (const QString& key : keys)
        if (settings.value(key).toBool()) allowed.push_back(key.toLongLong());
    settings.endGroup();
    if (keys.isEmpty()) return;
    for (std::int64_t id : allowed)
        if (feeds.feed(id)) feeds.setLoadImages(id, true);
    settings.remove(group);
}

} // namespace heraut::app
