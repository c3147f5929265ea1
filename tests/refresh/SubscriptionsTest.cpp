// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/Subscriptions.h"
#include "TempDatabase.h"
#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"
#include "heraut/MuteRules.h"
#include "heraut/WatchLists.h"
#include "support/TestHttpServer.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

using test::HttpRequest;
using test::HttpResponse;

constexpr std::int64_t kNow = 1769100000;

class SubscriptionsTest : public testing::Test {
  protected:
    test::TempDir dir;
    test::TestHttpServer server{[](const HttpRequest& request) {
        if (request.path == "/feed")
            return HttpResponse::ok("<rss><channel><title>Feed</title><item><guid>1</guid>"
                                    "<title>Een</title></item></channel></rss>");
        return HttpResponse::withStatus(404);
    }};
    Database db{dir.database()};
    Fetcher fetcher;
};

// A subscription's first articles arrive as a refresh's do: the mute rules and watch-lists look
// at them at once, not at the next refresh (when a rule made since would catch them too).
TEST_F(SubscriptionsTest, TheFirstArticlesMeetTheMuteRulesAndWatchListsAtOnce) {
    MuteRule hide;
    hide.pattern = "een";
    hide.action = MuteRule::Action::Hide;
    MuteRuleStore(db).add(hide, kNow - 60);
    WatchList list = WatchListStore(db).add("Een", "een", false, kNow - 60);
    subscribe(db, fetcher, {server.url("/feed"), std::nullopt, std::nullopt, 0}, kNow);
    ArticleStore articles(db);
    EXPECT_TRUE(articles.list({}).empty()) << "hidden on arrival";
    ArticleQuery muted;
    muted.mutedOnly = true;
    EXPECT_EQ(articles.list(muted).size(), 1u);
    EXPECT_EQ(WatchListStore(db).counts(kNow).at(list.id).total, 0) << "hidden: not counted";
}

// add and OPML import share one rule; a refused URL is the request's fault and is never fetched.
TEST_F(SubscriptionsTest, AddRefusesTheUrlsImportRefusesWithoutFetching) {
    for (const char* url : {"ftp://ftp.nl/feed", "file:///etc/passwd", "geen url", "http://"}) {
        try {
            subscribe(db, fetcher, {url, std::nullopt, std::nullopt, 0}, kNow);
            ADD_FAILURE() << url << " was accepted";
        } catch (const SubscribeError& error) {
            EXPECT_EQ(error.cause(), SubscribeError::Cause::BadRequest) << url;
        }
    }
    EXPECT_TRUE(server.requests().empty());
    ImportResult imported =
        importOpml(db,
                   "<opml><body><outline text=\"a\" xmlUrl=\"ftp://ftp.nl/feed\"/>"
                   "<outline text=\"b\" xmlUrl=\"" +
                       server.url("/feed") + "\"/></body></opml>",
                   kNow);
    EXPECT_EQ(imported.added, 1);
    ASSERT_EQ(imported.rejected.size(), 1u);
    EXPECT_EQ(imported.rejected[0].url, "ftp://ftp.nl/feed");
    EXPECT_NE(imported.rejected[0].problem.find("not ftp:"), std::string::npos);
}

// The reader's window words these itself (CoreMessages, FeedErrorText): why the URL cannot be
// added, or how the fetch failed, comes as a kind.
TEST_F(SubscriptionsTest, ErrorsSayTheirKind) {
    auto caught = [&](const std::string& url) -> SubscribeError {
        try {
            subscribe(db, fetcher, {url, std::nullopt, std::nullopt, 0}, kNow);
        } catch (const SubscribeError& error) {
            return error;
        }
        ADD_FAILURE() << url << " was accepted";
        return SubscribeError("");
    };
    SubscribeError scheme = caught("ftp://ftp.nl/feed");
    ASSERT_TRUE(scheme.urlProblem().has_value());
    EXPECT_EQ(scheme.urlProblem()->kind, UrlProblem::Kind::Scheme);
    EXPECT_EQ(scheme.urlProblem()->detail, "ftp");
    SubscribeError missing = caught(server.url("/nergens"));
    EXPECT_EQ(missing.failure().kind, FailureKind::Http);
    EXPECT_EQ(missing.failure().code, 404);
    EXPECT_FALSE(missing.urlProblem().has_value());
    SubscribeError refused = caught("http://127.0.0.1:1/feed");
    EXPECT_EQ(refused.failure().kind, FailureKind::CouldNotConnect);
    try {
        discoverFeeds(fetcher, server.url("/feed") + "x");
        ADD_FAILURE();
    } catch (const SubscribeError& error) {
        EXPECT_EQ(error.failure().kind, FailureKind::Http);
    }
    ImportResult imported =
        importOpml(db, "<opml><body><outline text=\"a\" xmlUrl=\"geen url\"/></body></opml>", kNow);
    ASSERT_EQ(imported.rejected.size(), 1u);
    EXPECT_EQ(imported.rejected[0].kind.kind, UrlProblem::Kind::SpacesOrControls);
}

// The reader's add dialog passes what was typed; "host/path" without a scheme worked before
// the shared rule, and still does: discovery hands back the URL as it was fetched.
TEST_F(SubscriptionsTest, AnAddressTypedWithoutSchemeIsCompletedByDiscovery) {
    std::string typed = server.url("/feed").substr(std::string("http://").size());
    std::vector<DiscoveredFeed> found = discoverFeeds(fetcher, typed);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].url, server.url("/feed"));
    SubscribeResult added =
        subscribe(db, fetcher, {found[0].url, std::nullopt, std::nullopt, 0}, kNow);
    EXPECT_EQ(added.newArticles, 1);
}

} // namespace
} // namespace heraut
