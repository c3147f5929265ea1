// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorySet.h"

#include "heraut/StoryGrouper.h"

#include <ctime>
#include <fstream>
#include <stdexcept>

namespace heraut::test {
namespace {

std::string trimmed(std::string s) {
    size_t first = s.find_first_not_of(' ');
    size_t last = s.find_last_not_of(' ');
    return first == std::string::npos ? std::string() : s.substr(first, last - first + 1);
}

std::vector<std::string> fields(const std::string& line) {
    std::vector<std::string> out;
    size_t start = 0;
    for (;;) {
        size_t bar = line.find(" | ", start);
        out.push_back(trimmed(line.substr(start, bar - start)));
        if (bar == std::string::npos) return out;
        start = bar + 3;
    }
}

std::int64_t utc(const std::string& when) {
    std::tm tm{};
    if (std::sscanf(when.c_str(), "%d-%d-%d %d:%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
                    &tm.tm_hour, &tm.tm_min) != 5)
        throw std::runtime_error("not a date: " + when);
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    return static_cast<std::int64_t>(timegm(&tm));
}

} // namespace

std::vector<LabelledArticle> readStorySet(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot be read");
    std::vector<LabelledArticle> set;
    std::map<std::string, std::int64_t> feedIds;
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        try {
            if (line.starts_with("== ")) {
                auto f = fields(line.substr(3));
                if (f.size() != 5)
                    throw std::runtime_error("expected ID | EVENT | FEED | DATE | LINK");
                LabelledArticle a;
                a.article.id = std::stoll(f[0]);
                a.article.storyId = a.article.id;
                a.event = f[1];
                a.feed = f[2];
                a.article.feedId =
                    feedIds.try_emplace(f[2], static_cast<std::int64_t>(feedIds.size() + 1))
                        .first->second;
                a.article.sortDate = utc(f[3]);
                a.article.link = f[4];
                a.article.guid = f[4];
                set.push_back(std::move(a));
            } else if (line.starts_with("T: ") && !set.empty()) {
                set.back().article.title = line.substr(3);
            } else if (line.starts_with("K: ") && !set.empty()) {
                set.back().article.keyTakeaways.push_back(line.substr(3));
            } else if (line.starts_with("B: ") && !set.empty()) {
                set.back().article.text = line.substr(3);
            } else if (!line.empty() && !line.starts_with('#')) {
                throw std::runtime_error("not a line of the format");
            }
        } catch (const std::exception& error) {
            throw std::runtime_error(path + ":" + std::to_string(number) + ": " + error.what());
        }
    }
    return set;
}

PairScores scorePairs(const std::vector<LabelledArticle>& set,
                      const std::map<std::int64_t, std::int64_t>& storyOf) {
    PairScores scores;
    for (size_t i = 0; i < set.size(); ++i)
        for (size_t j = i + 1; j < set.size(); ++j) {
            bool sameEvent = set[i].event == set[j].event;
            bool sameStory = storyOf.at(set[i].article.id) == storyOf.at(set[j].article.id);
            scores.goldPairs += sameEvent;
            scores.predictedPairs += sameStory;
            scores.truePairs += sameEvent && sameStory;
        }
    return scores;
}

std::string wrongPairs(const std::vector<LabelledArticle>& set,
                       const std::map<std::int64_t, std::int64_t>& storyOf) {
    std::string out;
    for (size_t i = 0; i < set.size(); ++i)
        for (size_t j = i + 1; j < set.size(); ++j) {
            bool sameEvent = set[i].event == set[j].event;
            bool sameStory = storyOf.at(set[i].article.id) == storyOf.at(set[j].article.id);
            if (sameEvent == sameStory) continue;
            out += sameEvent ? "apart: " : "together: ";
            out += std::to_string(set[i].article.id) + " " + std::to_string(set[j].article.id) +
                   " (" + set[i].event + " / " + set[j].event + ")\n";
        }
    return out;
}

std::map<std::int64_t, std::int64_t> groupStorySet(const std::vector<LabelledArticle>& set,
                                                   const StoryOptions& options) {
    StoryGrouper grouper(options);
    for (const LabelledArticle& a : set)
        grouper.addNew(a.article);
    std::map<std::int64_t, std::int64_t> storyOf;
    for (const auto& [article, story] : grouper.group())
        storyOf[article] = story;
    return storyOf;
}

} // namespace heraut::test
