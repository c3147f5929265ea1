// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TempDatabase.h"
#include "heraut/Refresher.h"
#include "support/TestHttpServer.h"

#include <atomic>
#include <cstdint>
#include <gtest/gtest.h>

namespace heraut::test {

// The refresh tests' clock: a Thursday in January 2026, when the fixture feeds are dated.
inline constexpr std::int64_t kRefreshNow = 1769100000;

// A refresh test's database file and the refresh of it; each test brings its own server.
class RefreshFixture : public testing::Test {
  protected:
    TempDir dir;

    // At `now`, of the due feeds or with `force` of all.
    static RefreshOptions refreshOptions(std::int64_t now = kRefreshNow, bool force = false) {
        RefreshOptions options;
        options.now = now;
        options.force = force;
        return options;
    }

    RefreshSummary runRefresh(const RefreshOptions& options, RefreshObserver* observer = nullptr,
                              const std::atomic<bool>* cancelled = nullptr) {
        return Refresher(dir.database()).run(options, observer, cancelled);
    }
};

} // namespace heraut::test
