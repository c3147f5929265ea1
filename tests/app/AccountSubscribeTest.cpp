// SPDX-License-Identifier: GPL-3.0-or-later
// Adding a feed to a server reader account from the reader: the Add feed dialog's account
// choice, and the subscription going to the server (the Google Reader API test server) through
// the sync controller, offscreen.
#include "AddFeedDialog.h"
#include "AppFixture.h"
#include "GoogleReaderServer.h"
#include "SyncController.h"
#include "heraut/AccountStore.h"
#include "heraut/CredentialStore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <cstdlib>

namespace heraut {
namespace {

using test::GoogleReaderServer;

class AccountSubscribeTest : public testing::Test {
  protected:
    void SetUp() override {
        ::setenv("HERAUT_CREDENTIALS", "file", 1);
        server.addFeed("https://defensie.example/feed", "Defensie", "Nieuws");
        Database db(dir.database());
        account.url = server.baseUrl();
        account.user = "lezer";
        account.dialect = ReaderDialect::FreshRss;
        account.id = AccountStore(db).addAccount(account);
        CredentialStore(dir.database()).save(account, "geheim-api");
        controller.attach(&bar, &messages);
    }

    GoogleReaderServer server{GoogleReaderServer::Dialect::FreshRss};
    test::TempDir dir;
    Account account;
    QStatusBar bar;
    QLabel messages;
    app::SyncController controller{QString::fromStdString(dir.database())};
};

TEST_F(AccountSubscribeTest, TheDialogOffersTheAccountsOnlyWhenThereAreAny) {
    app::AddFeedDialog local({"Defensie"}, QString());
    EXPECT_TRUE(local.accountBox()->isHidden());
    EXPECT_EQ(local.account(), std::nullopt);

    app::AddFeedDialog dialog({"Defensie"}, QString());
    Database db(dir.database());
    dialog.setAccounts(app::accountChoices(db));
    ASSERT_FALSE(dialog.accountBox()->isHidden());
    ASSERT_EQ(dialog.accountBox()->count(), 2); // this computer, the account
    EXPECT_EQ(dialog.accountBox()->itemText(1), QString::fromStdString(account.displayTitle()));
    dialog.titleEdit()->setText(QStringLiteral("Mijn titel"));
    dialog.accountBox()->setCurrentIndex(1);
    EXPECT_EQ(dialog.account(), account.id);
    EXPECT_FALSE(dialog.titleEdit()->isEnabled()); // the server names the feed
    EXPECT_EQ(dialog.title(), std::nullopt);
    dialog.accountBox()->setCurrentIndex(0);
    EXPECT_EQ(dialog.account(), std::nullopt);
    EXPECT_TRUE(dialog.titleEdit()->isEnabled());
}

TEST_F(AccountSubscribeTest, ASubscriptionGoesToTheServerAndTheFeedArrives) {
    QSignalSpy done(&controller, &app::SyncController::subscribed);

    controller.subscribe(account.id, "https://nieuw.example/feed", std::string("Oekraïne"));

    ASSERT_TRUE(test::waitFor([&] { return done.count() == 1; }, 20000));
    controller.wait();
    auto feedId = done.at(0).at(0).toLongLong();
    ASSERT_GT(feedId, 0);
    Database db(dir.database());
    auto feed = FeedStore(db).feed(feedId);
    ASSERT_TRUE(feed.has_value());
    EXPECT_EQ(feed->url, "https://nieuw.example/feed");
    EXPECT_EQ(AccountStore(db).accountOfFeed(feedId), account.id);
    EXPECT_EQ(server.subscriptionFolder(server.subscriptionIds().back()), "Oekraïne");
    EXPECT_EQ(AccountStore(db).pendingCount(), 0);
    EXPECT_TRUE(messages.text().contains(QStringLiteral("https://nieuw.example/feed")))
        << messages.text().toStdString();
}

TEST_F(AccountSubscribeTest, AUrlTheServerRefusesIsSaidAndLeavesNothingQueued) {
    QSignalSpy refused(&controller, &app::SyncController::subscribeRefused);

    controller.subscribe(account.id,
                         std::string("https://web.example/") + GoogleReaderServer::kNotAFeed,
                         std::nullopt);

    ASSERT_TRUE(test::waitFor([&] { return refused.count() == 1; }, 20000));
    controller.wait();
    EXPECT_TRUE(refused.at(0).at(1).toString().contains(QStringLiteral("would not subscribe")))
        << refused.at(0).at(1).toString().toStdString();
    EXPECT_TRUE(messages.text().contains(QString::fromUtf8(GoogleReaderServer::kNotAFeed)));
    Database db(dir.database());
    EXPECT_EQ(AccountStore(db).pendingCount(), 0);
}

TEST_F(AccountSubscribeTest, WithTheServerDownTheSubscriptionWaitsAndGoesOutLater) {
    server.setDown(true);
    QSignalSpy waiting(&controller, &app::SyncController::subscribeWaiting);

    controller.subscribe(account.id, "https://later.example/feed", std::nullopt);

    ASSERT_TRUE(test::waitFor([&] { return waiting.count() == 1; }, 30000));
    controller.wait();
    EXPECT_EQ(controller.updatePending(), 1);
    EXPECT_FALSE(controller.pendingLabel()->isHidden());

    server.setDown(false);
    QSignalSpy finished(&controller, &app::SyncController::finished);
    controller.start(true);
    ASSERT_TRUE(test::waitFor([&] { return finished.count() == 1; }, 20000));
    controller.wait();
    EXPECT_EQ(controller.updatePending(), 0);
    EXPECT_EQ(server.subscriptionIds().size(), 2u);
}

} // namespace
} // namespace heraut
