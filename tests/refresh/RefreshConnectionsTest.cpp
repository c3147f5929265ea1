// SPDX-License-Identifier: GPL-3.0-or-later
// How many feeds a refresh asks at once: the fetcher's 32 when it downloads bodies, twice that
// when every request is conditional and mostly comes back 304 without one.
#include "RefreshFixture.h"
#include "heraut/FeedStore.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <string>
#include <thread>

namespace heraut {
namespace {

using test::HttpRequest;
using test::HttpResponse;
using test::TestHttpServer;
constexpr int kFeeds = 96;     // more than 64, over enough hosts that 4 per host allow it
constexpr int kAddresses = 24; // 127.0.0.1 to 127.0.0.24

const std::string kFeed = "<rss version=\"2.0\"><channel><title>T</title><item><guid>g</guid>"
                          "<title>Een bericht</title></item></channel></rss>";

// Each request waits long enough for the others of its wave to arrive; the most at once is
// the number of transfers the refresh ran together.
class Concurrency {
  public:
    HttpResponse answer(const HttpRequest& request) {
        int now = ++m_inFlight;
        int seen = m_most.load();
        while (now > seen && !m_most.compare_exchange_weak(seen, now)) {
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(150));
        --m_inFlight;
        if (request.header("if-none-match") == "\"v1\"") return HttpResponse::withStatus(304);
        return HttpResponse::ok(kFeed).header("ETag", "\"v1\"");
    }
    int most() const { return m_most.load(); }
    void reset() { m_most = 0; }

  private:
    std::atomic<int> m_inFlight{0};
    std::atomic<int> m_most{0};
};

std::vector<std::string> addresses() {
    std::vector<std::string> list;
    for (int i = 1; i <= kAddresses; ++i)
        list.push_back("127.0.0." + std::to_string(i));
    return list;
}

class RefreshConnectionsTest : public test::RefreshFixture {
  protected:
    Concurrency concurrency;
    TestHttpServer server{[this](const HttpRequest& r) { return concurrency.answer(r); },
                          addresses()};

    void SetUp() override {
        Database db(dir.database());
        FeedStore feeds(db);
        for (int i = 0; i < kFeeds; ++i)
            feeds.addFeed(server.url("/feed/" + std::to_string(i),
                                     "127.0.0." + std::to_string(1 + i % kAddresses)),
                          "", std::nullopt, test::kRefreshNow);
    }

    RefreshSummary refresh() {
        RefreshOptions options = refreshOptions(test::kRefreshNow, true);
        options.pages.enabled = false;
        return runRefresh(options);
    }
};

TEST_F(RefreshConnectionsTest, ConditionalRequestsRunTwiceTheTransfersBodiesDo) {
    RefreshSummary first = refresh(); // no validators yet: bodies come back
    EXPECT_EQ(first.ok, kFeeds);
    EXPECT_LE(concurrency.most(), FetchOptions{}.maxConnections);
    EXPECT_GT(concurrency.most(), FetchOptions{}.maxConnections / 2);

    concurrency.reset();
    RefreshSummary second = refresh(); // every feed sends its ETag: 304s
    EXPECT_EQ(second.notModified, kFeeds);
    EXPECT_GT(concurrency.most(), FetchOptions{}.maxConnections);
    EXPECT_LE(concurrency.most(), 2 * FetchOptions{}.maxConnections);
}

} // namespace
} // namespace heraut
