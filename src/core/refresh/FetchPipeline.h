// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Fetcher.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace heraut {

// Hands work from one thread to the next: responses from the fetch loop to the preparers,
// prepared ones to the worker that stores them. Bounded, so that a slow disk makes the network
// wait instead of piling up bodies in memory.
template <typename Item> class BoundedQueue {
  public:
    explicit BoundedQueue(std::size_t capacity) : m_capacity(capacity) {}

    void push(Item&& item) {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_items.size() < m_capacity || m_closed; });
        if (m_closed) return;
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
    }

    // False once finished and empty, or closed.
    bool pop(Item& out) {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return ready(); });
        return take(out);
    }

    // As pop, but gives up at `until` (TimedOut, the queue still open); Done as pop's false.
    enum class Wait { Popped, TimedOut, Done };
    Wait popUntil(Item& out, std::chrono::steady_clock::time_point until) {
        std::unique_lock lock(m_mutex);
        if (!m_notEmpty.wait_until(lock, until, [&] { return ready(); })) return Wait::TimedOut;
        return take(out) ? Wait::Popped : Wait::Done;
    }

    void finish() { // no more items will come
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_notEmpty.notify_all();
    }

    void close() { // stop now, dropping what is queued
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
        m_notFull.notify_all();
    }

  private:
    bool ready() const { return !m_items.empty() || m_finished || m_closed; }

    bool take(Item& out) { // with m_mutex held
        if (m_items.empty() || m_closed) return false;
        out = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return true;
    }

    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<Item> m_items;
    std::size_t m_capacity;
    bool m_finished = false;
    bool m_closed = false;
};

// What a refresh says of an HTTP status a feed or a page answered with, in its own words.
struct StatusWords {
    long status;
    std::string_view words;
};

// "HTTP 404: " and the words `table` has for the status, else for any 5xx `serverError` when
// given, else "HTTP 404" alone.
inline std::string statusMessage(long status, std::span<const StatusWords> table,
                                 std::string_view serverError = {}) {
    std::string text = "HTTP " + std::to_string(status);
    auto found = std::find_if(table.begin(), table.end(),
                              [&](const StatusWords& entry) { return entry.status == status; });
    std::string_view words = found != table.end() ? found->words
                             : status >= 500      ? serverError
                                                  : std::string_view();
    return words.empty() ? text : text.append(": ").append(words);
}

inline bool isCancelled(const std::atomic<bool>* cancelled) {
    return cancelled && cancelled->load();
}

// Prepared responses waiting for the worker: enough to keep it busy while the preparers parse,
// few enough that their bodies do not add up in memory.
inline constexpr std::size_t kPreparedQueue = 8;

// The refresh's pipeline for feeds and for article pages alike: the fetcher runs the requests
// on one libcurl multi handle (with `fetch`'s connection limits), a thread per core (at most 4)
// prepares each response as it completes (`prepare(FetchResult&&) -> Prepared`: parsing or
// extracting, CPU only, no database), and one worker thread stores them
// (`store(BoundedQueue<Prepared>&)` pops until the queue is done: the only code that writes).
// Every core has work whether preparing or storing is the slower part at the moment.
// Cancelled, the fetcher stops, what waits in the queues is dropped and what the worker stored
// stays stored. When the fetcher throws (curl cannot be set up), the threads stop first.
template <typename Prepared, typename Prepare, typename Store>
void runFetchPipeline(const FetchOptions& fetch, const std::vector<FetchRequest>& requests,
                      Prepare prepare, Store store, const std::atomic<bool>* cancelled) {
    BoundedQueue<Prepared> prepared(kPreparedQueue);
    std::thread worker([&] { store(prepared); });
    unsigned preparerCount = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
    BoundedQueue<FetchResult> fetched(2 * preparerCount);
    std::vector<std::thread> preparers;
    for (unsigned i = 0; i < preparerCount; ++i)
        preparers.emplace_back([&] {
            FetchResult response;
            while (fetched.pop(response))
                prepared.push(prepare(std::move(response)));
        });
    auto finish = [&](bool stopNow) {
        if (stopNow) {
            fetched.close();
            prepared.close();
        }
        fetched.finish();
        for (std::thread& preparer : preparers)
            preparer.join();
        prepared.finish();
        worker.join();
    };
    try {
        Fetcher fetcher(fetch);
        fetcher.fetchAll(
            requests, [&](FetchResult&& r) { fetched.push(std::move(r)); }, cancelled);
    } catch (...) {
        finish(true);
        throw;
    }
    finish(isCancelled(cancelled));
}

} // namespace heraut
