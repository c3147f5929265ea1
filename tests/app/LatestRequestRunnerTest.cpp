// SPDX-License-Identifier: GPL-3.0-or-later
// The runner under the reader's searches and briefings: only the latest request's result is
// delivered, on the owner's thread; a request replaced while it runs is interrupted; destroying
// the runner while a job runs is safe. A real database file, a real event loop.
#include "LatestRequestRunner.h"
#include "AppFixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <atomic>
#include <chrono>
#include <fstream>
#include <gtest/gtest.h>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace heraut {
namespace {

using app::LatestRequestRunner;
using test::waitFor;
using Connection = LatestRequestRunner::Connection;
using Delivery = LatestRequestRunner::Delivery;

// Turns the event loop for a while, for what should not come.
void settle(int ms = 300) {
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

// Waits on this thread alone: what the runner posts stays queued.
void waitWithoutEvents(const std::atomic<bool>& flag) {
    for (int i = 0; i < 1000 && !flag; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    std::this_thread::sleep_for(std::chrono::milliseconds(100)); // the job returns and posts
}

// A statement that runs for minutes unless interrupted.
constexpr const char* kEndlessQuery =
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 5000000000) "
    "SELECT count(*) FROM n";

struct Delivered {
    std::string what;
    std::uint64_t ticket = 0;
    std::thread::id thread;
};

class LatestRequestRunnerTest : public testing::Test {
  protected:
    test::TempDir dir;
    std::vector<Delivered> delivered;

    std::unique_ptr<LatestRequestRunner> makeRunner() {
        return std::make_unique<LatestRequestRunner>(dir.database(), Database::Access::ReadWrite,
                                                     LatestRequestRunner::Open::OnFirstJob);
    }

    // A job that answers `what` at once, after setting `done` when given.
    LatestRequestRunner::Job answer(std::string what, std::atomic<bool>* done = nullptr) {
        return [this, what, done](const Connection&) -> Delivery {
            if (done) *done = true;
            return deliverer(what);
        };
    }

    // A job that runs the endless query; what it delivers says how the query ended.
    LatestRequestRunner::Job endless(std::atomic<bool>& started) {
        return [this, &started](const Connection& connection) -> Delivery {
            std::string what = "finished";
            try {
                Database& db = connection();
                started = true;
                Statement statement = db.prepare(kEndlessQuery);
                statement.step();
            } catch (const StoreError&) {
                what = "interrupted";
            }
            return deliverer(what);
        };
    }

    Delivery deliverer(const std::string& what) {
        return [this, what](std::uint64_t ticket) {
            delivered.push_back({what, ticket, std::this_thread::get_id()});
        };
    }
};

TEST_F(LatestRequestRunnerTest, DeliversOnTheOwnersThreadWithItsTicket) {
    auto runner = makeRunner();
    std::uint64_t ticket = runner->start(answer("een"));
    ASSERT_TRUE(waitFor([&] { return !delivered.empty(); }));
    settle(100);
    ASSERT_EQ(delivered.size(), 1u);
    EXPECT_EQ(delivered[0].what, "een");
    EXPECT_EQ(delivered[0].ticket, ticket);
    EXPECT_EQ(delivered[0].thread, std::this_thread::get_id());
}

// The older job finished and its result is on its way to the owner's thread when the newer
// request comes: it is dropped there, and only the newer one arrives.
TEST_F(LatestRequestRunnerTest, AResultOnItsWayIsDroppedForANewerRequest) {
    auto runner = makeRunner();
    std::atomic<bool> firstDone{false};
    runner->start(answer("oud", &firstDone));
    waitWithoutEvents(firstDone);
    ASSERT_TRUE(firstDone);
    std::uint64_t newest = runner->start(answer("nieuw"));
    ASSERT_TRUE(waitFor([&] { return !delivered.empty(); }));
    settle();
    ASSERT_EQ(delivered.size(), 1u);
    EXPECT_EQ(delivered[0].what, "nieuw");
    EXPECT_EQ(delivered[0].ticket, newest);
}

// A newer request interrupts the statement the older one runs: the newer result comes at once,
// not after the older query, and the older one's is never delivered.
TEST_F(LatestRequestRunnerTest, ANewerRequestInterruptsTheRunningOne) {
    auto runner = makeRunner();
    std::atomic<bool> started{false};
    runner->start(endless(started));
    waitWithoutEvents(started);
    ASSERT_TRUE(started);
    std::uint64_t newest = runner->start(answer("nieuw"));
    ASSERT_TRUE(waitFor([&] { return !delivered.empty(); }, 5000));
    settle();
    ASSERT_EQ(delivered.size(), 1u);
    EXPECT_EQ(delivered[0].what, "nieuw");
    EXPECT_EQ(delivered[0].ticket, newest);
}

TEST_F(LatestRequestRunnerTest, CancelDropsTheRunningRequest) {
    auto runner = makeRunner();
    std::atomic<bool> started{false};
    runner->start(endless(started));
    waitWithoutEvents(started);
    runner->cancel();
    settle(500);
    EXPECT_TRUE(delivered.empty());
    runner->start(answer("daarna"));
    ASSERT_TRUE(waitFor([&] { return !delivered.empty(); }));
    EXPECT_EQ(delivered[0].what, "daarna") << "the runner still works after a cancel";
}

// The reader closes while a search or briefing runs: the destructor interrupts it, waits for
// its thread and nothing arrives afterwards (ASan would see a delivery to the freed runner).
TEST_F(LatestRequestRunnerTest, DestroyingWhileAJobRunsIsSafeAndQuick) {
    auto runner = makeRunner();
    std::atomic<bool> started{false};
    runner->start(endless(started));
    waitWithoutEvents(started);
    ASSERT_TRUE(started);
    auto before = std::chrono::steady_clock::now();
    runner.reset();
    EXPECT_LT(std::chrono::steady_clock::now() - before, std::chrono::seconds(3));
    settle();
    EXPECT_TRUE(delivered.empty());
}

// A job that does not touch the database cannot be interrupted: the destructor waits for it,
// and its result, finished meanwhile, is not delivered.
TEST_F(LatestRequestRunnerTest, DestroyingWaitsForAJobOutsideTheDatabase) {
    auto runner = makeRunner();
    std::atomic<bool> started{false};
    std::atomic<bool> finished{false};
    runner->start([&](const Connection&) -> Delivery {
        started = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        finished = true;
        return deliverer("te laat");
    });
    for (int i = 0; i < 500 && !started; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    runner.reset();
    EXPECT_TRUE(finished);
    settle();
    EXPECT_TRUE(delivered.empty());
}

// A file that cannot be opened reaches the job as a StoreError, to word as it likes; the
// runner keeps going.
TEST_F(LatestRequestRunnerTest, AConnectionThatCannotOpenIsTheJobsError) {
    std::ofstream(dir.file("plain")) << "a file, not a folder";
    LatestRequestRunner runner(dir.file("plain/heraut.sqlite"), Database::Access::ReadWrite,
                               LatestRequestRunner::Open::AtOnce);
    runner.start([&](const Connection& connection) -> Delivery {
        try {
            connection();
            return deliverer("opened");
        } catch (const StoreError&) {
            return deliverer("not opened");
        }
    });
    ASSERT_TRUE(waitFor([&] { return !delivered.empty(); }));
    EXPECT_EQ(delivered[0].what, "not opened");
}

} // namespace
} // namespace heraut
