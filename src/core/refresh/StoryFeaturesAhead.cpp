// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoryFeaturesAhead.h"

#include "heraut/StoryGrouper.h"
#include "heraut/StoryStore.h"

namespace heraut {

StoryFeaturesAhead::StoryFeaturesAhead() : m_thread([this](std::stop_token stop) { run(stop); }) {}

StoryFeaturesAhead::~StoryFeaturesAhead() {
    m_thread.request_stop();
}

namespace {

StoryFeaturesAhead::Computed
compute(const ParsedFeed& parsed, const std::vector<std::pair<std::size_t, std::int64_t>>& added) {
    StoryFeaturesAhead::Computed computed;
    for (auto [index, id] : added)
        if (index < parsed.articles.size())
            computed.emplace_back(id, storyFeatures(storyTextOf(parsed.articles[index])));
    return computed;
}

} // namespace

void StoryFeaturesAhead::add(ParsedFeed&& parsed,
                             std::vector<std::pair<std::size_t, std::int64_t>>&& added) {
    if (added.empty()) return;
    {
        std::lock_guard lock(m_mutex);
        if (m_jobs.size() < kMaxWaitingFeeds) {
            m_jobs.push_back({std::move(parsed), std::move(added)});
            m_changed.notify_all();
            return;
        }
    }
    keep(compute(parsed, added));
}

void StoryFeaturesAhead::keep(Computed&& computed) {
    std::lock_guard lock(m_mutex);
    m_ready.insert(m_ready.end(), std::make_move_iterator(computed.begin()),
                   std::make_move_iterator(computed.end()));
}

StoryFeaturesAhead::Computed StoryFeaturesAhead::take(std::size_t atLeast) {
    std::lock_guard lock(m_mutex);
    if (m_ready.size() < atLeast) return {};
    return std::exchange(m_ready, {});
}

StoryFeaturesAhead::Computed StoryFeaturesAhead::takeAll() {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_jobs.empty() && !m_busy; });
    return std::exchange(m_ready, {});
}

void StoryFeaturesAhead::run(std::stop_token stop) {
    std::unique_lock lock(m_mutex);
    while (m_changed.wait(lock, stop, [this] { return !m_jobs.empty(); })) {
        Job job = std::move(m_jobs.front());
        m_jobs.pop_front();
        m_busy = true;
        lock.unlock();
        keep(compute(job.parsed, job.added));
        lock.lock();
        m_busy = false;
        m_changed.notify_all();
    }
}

} // namespace heraut
