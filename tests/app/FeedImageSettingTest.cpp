// SPDX-License-Identifier: GPL-3.0-or-later
// "Always load images" belongs to the feed, in the database: removing the feed takes it along,
// and the next feed, which SQLite gives the same id, does not load remote images unasked.
#include "AppFixture.h"

#include <QTest>

namespace heraut {
namespace {

class FeedImageSettingTest : public test::AppFixture {};

TEST_F(FeedImageSettingTest, SettingsKeptUnderFeedIdsMoveIntoTheDatabaseOnce) {
    settings.setValue(QStringLiteral("images/feed/%1").arg(seedFeed), true);
    settings.setValue(QStringLiteral("images/feed/%1").arg(atomFeed), false);
    settings.setValue(QStringLiteral("images/feed/999"), true); // a feed removed long ago
    { auto w = makeWindow(); }
    Database db(dir.database());
    FeedStore feeds(db);
    EXPECT_TRUE(feeds.feed(seedFeed)->loadImages);
    EXPECT_FALSE(feeds.feed(atomFeed)->loadImages);
    settings.beginGroup(QStringLiteral("images/feed"));
    EXPECT_TRUE(settings.childKeys().isEmpty()) << "moved, not copied";
    settings.endGroup();

    // Feed 999 is added now: the dropped key must not reach it.
    db.execute("INSERT INTO feeds(id, url) VALUES (999, 'https://nieuw.nl/feed')");
    { auto w = makeWindow(); }
    EXPECT_FALSE(feeds.feed(999)->loadImages);
}

TEST_F(FeedImageSettingTest, ANewFeedWithARemovedFeedsIdDoesNotLoadImages) {
    {
        Database db(dir.database());
        FeedStore feeds(db);
        feeds.setLoadImages(atomFeed, true); // the newest feed: its id is next to be handed out
        feeds.removeFeed(atomFeed);
        std::int64_t added = feeds.addFeed("https://nieuw.nl/feed", "Nieuw", std::nullopt, 1);
        ASSERT_EQ(added, atomFeed);
    }
    auto w = makeWindow();
    Database db(dir.database());
    EXPECT_FALSE(FeedStore(db).feed(atomFeed)->loadImages);
}

} // namespace
} // namespace heraut
