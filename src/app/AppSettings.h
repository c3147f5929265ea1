// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/FeedStore.h"

#include <QSettings>
#include <QString>

namespace heraut::app {

// What the reader chose in the settings dialog, read from and written to QSettings.
struct AppSettings {
    int refreshIntervalMinutes = 30;
    bool refreshOnStart = true;
    int markReadDelayMs = 1000;        // 0: at once; -1: never
    bool markReadScrolledPast = false; // rows scrolled above the list's top (ScrolledPastReader.h)
    int retentionDays = 180;
    bool loadRemoteImages = false;
    bool articlePaneBelow = false;
    QString language = QStringLiteral("system"); // "system", "nl", "en"
    int fontPointSize = 0;                       // 0: the system's
    bool notifications = true;
    bool siteIcons = true; // fetched during a refresh, shown beside feeds; off: none fetched
    // Closing the window hides it in the system tray (when there is one) and refreshes go on;
    // Quit ends the program.
    bool keepRunningInTray = false;

    static AppSettings load(QSettings& settings);
    void save(QSettings& settings) const;
};

// "Always load images" of a feed once lived here under images/feed/<id>, which outlived the
// feed while SQLite gave its id to the next feed added. Moves what is there into the feeds
// table and drops the keys, so it happens once; keys of feeds that are gone are dropped. (A key
// left by a removed feed whose id a new feed already took cannot be told apart, and moves too.)
// Throws StoreError, leaving the keys for the next try.
void moveFeedImageSettingsToDatabase(QSettings& settings, FeedStore& feeds);

} // namespace heraut::app
