// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/FeedParser.h"
#include "heraut/StoryFeatures.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace heraut {

// Computes the story features of a refresh's new articles on a thread of its own while the
// refresh still fetches, so that grouping at its end reads them (StoryStore::waiting) instead
// of deriving them again from the stored text: on a cold refresh that was most of grouping's
// time and memory. The writer hands over each stored feed's parse with the ids its new
// articles got, and saves what is ready in its own transactions.
// Holds at most kMaxWaitingFeeds parses: past that, the writer computes a feed's features
// itself, which bounds the memory when the thread falls behind (a loaded machine) and still
// spares grouping the work.
class StoryFeaturesAhead {
  public:
    using Computed = std::vector<std::pair<std::int64_t, StoryFeatures>>;

    StoryFeaturesAhead();
    ~StoryFeaturesAhead(); // stops; what still waits is dropped
    StoryFeaturesAhead(const StoryFeaturesAhead&) = delete;
    StoryFeaturesAhead& operator=(const StoryFeaturesAhead&) = delete;

    // `added`: (index in parsed.articles, article id) of each new article.
    void add(ParsedFeed&& parsed, std::vector<std::pair<std::size_t, std::int64_t>>&& added);
    // The features computed so far, once at least `atLeast` are; else nothing.
    Computed take(std::size_t atLeast);
    // Everything handed over, computed: waits for the thread to finish what waits.
    Computed takeAll();

    static constexpr std::size_t kMaxWaitingFeeds = 8;

  private:
    struct Job {
        ParsedFeed parsed;
        std::vector<std::pair<std::size_t, std::int64_t>> added;
    };
    void keep(Computed&& computed);
    void run(std::stop_token stop);

    std::mutex m_mutex;
    std::condition_variable_any m_changed;
    std::deque<Job> m_jobs;
    bool m_busy = false;
    Computed m_ready;
    std::jthread m_thread; // last: starts once the members above exist
};

} // namespace heraut
