// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MainWindow.h"
#include "TempDatabase.h"
#include "TestData.h"
#include "heraut/FeedParser.h"
#include "heraut/FeedStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <gtest/gtest.h>

namespace heraut::test {

// Turns the event loop until the condition holds or the time is up.
template <typename Condition> bool waitFor(Condition condition, int timeoutMs = 5000) {
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs) return false;
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

// A real database file with the seed feed and the VRT Atom fixture in it, and settings in a
// file of their own; the window never touches the network unless a test asks.
class AppFixture : public testing::Test {
  protected:
    TempDir dir;
    QSettings settings{QString::fromStdString(dir.file("settings.ini")), QSettings::IniFormat};
    std::int64_t seedFeed = 0;
    std::int64_t atomFeed = 0;

    void SetUp() override {
        settings.setValue("refresh/onStart", false);
        settings.setValue("reading/markReadDelayMs", 0);
        Database db(dir.database());
        FeedStore feeds(db);
        ArticleStore articles(db);
        std::int64_t now = 1769200000; // 23 Jan 2026, after every fixture date
        seedFeed = feeds.addFeed("https://businessam.be/category/defensie/feed/",
                                 "Business AM Defensie", "Defensie", now);
        atomFeed = feeds.addFeed("https://www.vrt.be/vrtnws/nl.rss.articles.xml", "VRT NWS",
                                 "Nieuws Vlaanderen", now);
        Transaction t(db);
        articles.storeArticles(
            seedFeed, parseFeed(readData("businessam-defensie-wordpress.xml"), {}).articles, now);
        articles.storeArticles(atomFeed, parseFeed(readData("vrtnws-atom.xml"), {}).articles, now);
        feeds.updateFeedInfo(seedFeed, "", std::string("https://businessam.be"));
        t.commit();
    }

    std::unique_ptr<app::MainWindow> makeWindow() {
        return makeWindow(std::make_unique<Database>(dir.database()));
    }

    std::unique_ptr<app::MainWindow> makeWindow(std::unique_ptr<Database> db) {
        auto window = std::make_unique<app::MainWindow>(std::move(db), settings);
        window->setUrlOpener([this](const QUrl& url) {
            opened.push_back(url);
            return browserAvailable;
        });
        window->resize(1280, 800);
        return window;
    }

    std::vector<QUrl> opened;
    bool browserAvailable = true; // false: as a desktop without a browser answers
};

} // namespace heraut::test
