// SPDX-License-Identifier: GPL-3.0-or-later
// The reader with a Tiny Tiny RSS account (a real tt-rss, support/TtrssServer.h): it syncs on
// start on its own thread, shows the account as a top-level node of the feed tree with its
// folders and feeds, keeps the reader's own feeds where they were, and tells in the status bar
// how a sync went and how many changes wait for the server.
#include "app/AppFixture.h"
#include "heraut/AccountStore.h"
#include "heraut/CredentialStore.h"
#include "support/TtrssServer.h"

#include <QLabel>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace heraut;
using heraut::test::sampleRssFeed;
using heraut::test::TtrssApi;
using heraut::test::TtrssServer;
using heraut::test::waitFor;

namespace {

class SyncedFeedTreeTest : public heraut::test::AppFixture {
  protected:
    void SetUp() override {
        if (!server().available()) GTEST_SKIP() << server().unavailableReason();
        AppFixture::SetUp();
        qputenv("HERAUT_CREDENTIALS", "file");
        m_user = server().uniqueUser("geheim");
        m_api.login(m_user, "geheim");
        int folder = std::stoi(server().sql(
            "insert into ttrss_feed_categories (owner_uid, title) select id, 'Defensie' from "
            "ttrss_users where login = '" +
            m_user + "' returning id"));
        m_api.subscribeAndUpdate(
            server().publishFeed(m_user + "-landmacht.xml", sampleRssFeed("landmacht", 3)), folder);
        m_api.subscribeAndUpdate(
            server().publishFeed(m_user + "-navo.xml", sampleRssFeed("navo", 2)));
    }

    static TtrssServer& server() { return TtrssServer::shared(); }

    void addAccount(const std::string& password) {
        Database db(dir.database());
        Account account;
        account.kind = AccountKind::TinyTinyRss;
        account.url = server().url();
        account.user = m_user;
        account.id = AccountStore(db).addAccount(account);
        CredentialStore(dir.database()).save(account, password);
    }

    // The window after its start-up sync ended.
    std::unique_ptr<app::MainWindow> syncedWindow() {
        auto window = makeWindow();
        QSignalSpy done(window->syncController(), &app::SyncController::finished);
        EXPECT_TRUE(waitFor([&] { return done.count() == 1; }, 60000)) << "no sync at start";
        return window;
    }

    QModelIndex accountNode(app::MainWindow& window) {
        QAbstractItemModel* model = window.treeModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            QModelIndex index = model->index(row, 0);
            if (index.data().toString().contains(QString::fromStdString(m_user))) return index;
        }
        return {};
    }

    std::string m_user;
    TtrssApi m_api{TtrssServer::shared().apiUrl()};
};

QStringList childNames(const QAbstractItemModel& model, const QModelIndex& parent) {
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names << model.index(row, 0, parent).data().toString();
    return names;
}

} // namespace

TEST_F(SyncedFeedTreeTest, SyncsAtStartAndShowsTheAccountWithItsFoldersAndFeeds) {
    addAccount("geheim");
    auto window = syncedWindow();
    // The tree follows the database every 1.5 s; the sync wrote subscriptions, then articles.
    ASSERT_TRUE(waitFor(
        [&] {
            QModelIndex node = accountNode(*window);
            return node.isValid() && node.data(app::FeedTreeModel::UnreadRole).toInt() == 5;
        },
        10000));
    QModelIndex account = accountNode(*window);
    QStringList children = childNames(*window->treeModel(), account);
    children.sort();
    EXPECT_EQ(children, (QStringList{"Defensie", "navo"}));
    QModelIndex folder = window->treeModel()->index(
        childNames(*window->treeModel(), account).indexOf("Defensie"), 0, account);
    EXPECT_EQ(childNames(*window->treeModel(), folder), QStringList{"landmacht"});
    // The reader's own feeds stay outside the account.
    QStringList topLevel = childNames(*window->treeModel(), QModelIndex());
    EXPECT_TRUE(topLevel.contains("Defensie") || topLevel.contains("Nieuws Vlaanderen"))
        << topLevel.join(", ").toStdString();
    EXPECT_TRUE(window->statusLabel()->text().contains("Synced"))
        << window->statusLabel()->text().toStdString();
}

TEST_F(SyncedFeedTreeTest, ShowsChangesWaitingForTheServerUntilTheySyncedAway) {
    addAccount("geheim");
    auto window = syncedWindow();
    app::SyncController* sync = window->syncController();
    EXPECT_FALSE(sync->pendingLabel()->isVisibleTo(window.get()));
    {
        Database db(dir.database());
        ArticleStore articles(db);
        AccountStore accounts(db);
        std::vector<std::int64_t> synced;
        ArticleQuery query;
        for (const ArticleHeadline& h : articles.list(query))
            if (accounts.accountOfArticle(h.id)) synced.push_back(h.id);
        ASSERT_EQ(synced.size(), 5u);
        articles.setRead({synced[0], synced[1], synced[2]}, true, 1'800'000'000);
    }
    EXPECT_EQ(sync->updatePending(), 3);
    EXPECT_TRUE(sync->pendingLabel()->isVisibleTo(window.get()));
    EXPECT_TRUE(sync->pendingLabel()->text().startsWith("3 "))
        << sync->pendingLabel()->text().toStdString();
    EXPECT_TRUE(sync->pendingLabel()->text().contains("waiting to sync"));

    QSignalSpy done(sync, &app::SyncController::finished);
    sync->start(true);
    ASSERT_TRUE(waitFor([&] { return done.count() == 1; }, 60000));
    EXPECT_FALSE(sync->pendingLabel()->isVisibleTo(window.get()));
    EXPECT_EQ(m_api.content("getHeadlines", {{"feed_id", -4}, {"view_mode", "unread"}}).size(), 2u);
}

TEST_F(SyncedFeedTreeTest, AFailedSyncSaysWhyInTheStatusBar) {
    addAccount("verkeerd");
    auto window = syncedWindow();
    QString status = window->statusLabel()->text();
    EXPECT_TRUE(status.contains("Sync failed")) << status.toStdString();
    // The app's words for the kind, not the core's English for heraut-cli.
    EXPECT_TRUE(status.contains("refused the user name or password")) << status.toStdString();
    EXPECT_FALSE(status.contains("wrong user name or password")) << status.toStdString();
    EXPECT_FALSE(accountNode(*window).isValid()); // nothing synced, nothing shown
}

TEST_F(SyncedFeedTreeTest, WithoutAccountsNothingSyncsAndNothingIsShown) {
    auto window = makeWindow();
    QApplication::processEvents();
    EXPECT_FALSE(window->syncController()->isRunning());
    EXPECT_FALSE(window->syncController()->pendingLabel()->isVisibleTo(window.get()));
}
