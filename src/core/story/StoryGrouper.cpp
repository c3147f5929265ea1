// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/StoryGrouper.h"

#include "StoryText.h"
#include "heraut/Fnv1a.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <string>
#include <tuple>
#include <unordered_map>

namespace heraut {
namespace {

// Words read from an article: a headline and takeaways say what the event is, the body's
// opening who and where; later paragraphs are background that other events share.
constexpr size_t kTitleWords = 40;
constexpr size_t kTakeawayWords = 80;
constexpr size_t kBodyWords = 160;
constexpr float kTitleWeight = 3.0f;
constexpr float kTakeawayWeight = 2.0f;
constexpr float kEntityWeight = 3.0f;
constexpr float kGeneralWeight = 0.35f;
// Near copies: SimHash of word 3-shingles at most this many bits apart, on texts of at least
// kMinShingles shingles (shorter ones share their few shingles by chance).
constexpr int kNearCopyBits = 3;
constexpr int kMinShingles = 24;
constexpr double kPriorDocuments = 100;
// Postings read per word when an article is placed, newest first.
constexpr size_t kMaxScanned = 256;

struct Posting {
    std::uint32_t doc;
    float weight;
};

struct Document {
    std::int64_t id = 0;
    std::int64_t feed = 0;
    std::int64_t time = 0;
    std::int64_t story = 0;
    std::string link;
    std::string guid;
    std::uint64_t simHash = 0;
    int shingles = 0;
    std::vector<std::pair<std::uint32_t, float>> terms; // raw weights, then TF-IDF, unit length
};

std::uint64_t simHashOf(const std::vector<story::Word>& words, int& shingles) {
    std::array<int, 64> votes{};
    shingles = 0;
    for (size_t i = 0; i + 2 < words.size(); ++i) {
        std::uint64_t h =
            Fnv1a().add(words[i].text).add(words[i + 1].text).add(words[i + 2].text).value();
        // FNV's high bits hardly change with the last bytes; a SimHash votes with every bit.
        h = (h ^ (h >> 31)) * 0xBF58476D1CE4E5B9ULL;
        h ^= h >> 29;
        for (int bit = 0; bit < 64; ++bit)
            votes[static_cast<size_t>(bit)] += (h >> bit) & 1 ? 1 : -1;
        ++shingles;
    }
    std::uint64_t hash = 0;
    for (int bit = 0; bit < 64; ++bit)
        if (votes[static_cast<size_t>(bit)] > 0) hash |= std::uint64_t{1} << bit;
    return hash;
}

// A guid names an article across feeds only when it is a URL or URN, not "123".
bool isGlobalGuid(const std::string& guid) {
    return guid.size() >= 16 && guid.find(':') != std::string::npos;
}

} // namespace

struct StoryGrouper::Impl {
    StoryOptions options;
    std::unordered_map<std::string, std::uint32_t> termIds;
    std::vector<int> documentFrequency;
    std::vector<bool> general;
    std::vector<Document> documents;
    std::vector<std::uint32_t> fresh; // documents to place
    std::vector<std::vector<Posting>> postings;
    std::unordered_map<std::string, std::uint32_t> byLink;
    std::unordered_map<std::string, std::uint32_t> byGuid;
    std::vector<float> dot;  // per document, while one is being placed
    std::vector<int> shared; // distinctive words in common, likewise
    std::vector<std::uint32_t> touched;
    std::unordered_map<std::int64_t, std::vector<std::uint32_t>> members; // of each story

    std::uint32_t termId(const std::string& word) {
        auto [it, inserted] = termIds.try_emplace(word, static_cast<std::uint32_t>(termIds.size()));
        if (inserted) {
            documentFrequency.push_back(0);
            general.push_back(story::isGeneralWord(word));
            postings.emplace_back();
        }
        return it->second;
    }

    void add(const StoryArticleText& a, std::int64_t story) {
        Document d{a.id, a.feedId, a.sortDate, story, {}, a.guid, 0, 0, {}};
        if (a.link) d.link = story::canonicalLink(*a.link);
        std::vector<story::Word> title, takeaways, body;
        story::appendWords(a.title, title, kTitleWords);
        for (const std::string& t : a.keyTakeaways)
            story::appendWords(t, takeaways,
                               kTakeawayWords - std::min(kTakeawayWords, takeaways.size()));
        story::appendWords(a.text, body, kBodyWords);
        std::unordered_map<std::uint32_t, float> weights;
        auto count = [&](const std::vector<story::Word>& words, float weight) {
            for (const story::Word& w : words)
                weights[termId(w.text)] += weight * (w.entity ? kEntityWeight : 1.0f);
        };
        count(title, kTitleWeight);
        count(takeaways, kTakeawayWeight);
        count(body, 1.0f);
        for (const auto& [term, weight] : weights) {
            ++documentFrequency[term];
            d.terms.emplace_back(term, weight);
        }
        std::vector<story::Word> sequence = std::move(title);
        sequence.insert(sequence.end(), body.begin(), body.end());
        d.simHash = simHashOf(sequence, d.shingles);
        documents.push_back(std::move(d));
    }

    void weigh() {
        // Counted as at least kPriorDocuments, as if the rest were about other things: in a
        // handful of articles two that share a word would otherwise weigh it as common.
        double n = std::max(static_cast<double>(documents.size()), kPriorDocuments);
        for (Document& d : documents) {
            double norm = 0;
            for (auto& [term, weight] : d.terms) {
                double idf = std::log((n + 1.0) / (documentFrequency[term] + 0.5));
                double w = std::log1p(weight) * std::max(idf, 0.0) *
                           (general[term] ? kGeneralWeight : 1.0);
                weight = static_cast<float>(w);
                norm += w * w;
            }
            float scale = norm > 0 ? static_cast<float>(1.0 / std::sqrt(norm)) : 0.0f;
            for (auto& term : d.terms)
                term.second *= scale;
        }
        dot.assign(documents.size(), 0.0f);
        shared.assign(documents.size(), 0);
    }

    void index(std::uint32_t doc) {
        const Document& d = documents[doc];
        for (const auto& [term, weight] : d.terms)
            postings[term].push_back({doc, weight});
        members[d.story].push_back(doc);
        if (!d.link.empty()) byLink.try_emplace(d.link, doc);
        if (isGlobalGuid(d.guid)) byGuid.try_emplace(d.guid, doc);
    }

    // A word in more than this many documents is too common to find candidates by; its share
    // of any cosine is small, as its weight is. Together with kMaxScanned this bounds the work
    // per article whatever the cache holds: a cache where every article resembles thousands of
    // others (a wire story copied by 200 feeds) costs no more than ordinary news.
    int commonFrequency() const { return std::max(50, static_cast<int>(documents.size() / 100)); }

    std::int64_t storyFor(std::uint32_t doc) {
        const Document& d = documents[doc];
        if (auto it = byLink.find(d.link); !d.link.empty() && it != byLink.end())
            return documents[it->second].story;
        if (auto it = byGuid.find(d.guid); isGlobalGuid(d.guid) && it != byGuid.end())
            return documents[it->second].story;
        int common = commonFrequency();
        for (const auto& [term, weight] : d.terms) {
            if (documentFrequency[term] > common) continue;
            const std::vector<Posting>& list = postings[term];
            // Newest first: what a new article reports on was last reported recently.
            size_t last = list.size() > kMaxScanned ? list.size() - kMaxScanned : 0;
            for (size_t i = list.size(); i-- > last;) {
                const Posting& p = list[i];
                const Document& other = documents[p.doc];
                if (other.feed == d.feed || std::llabs(other.time - d.time) > options.windowSeconds)
                    continue;
                if (dot[p.doc] == 0.0f && shared[p.doc] == 0) touched.push_back(p.doc);
                dot[p.doc] += weight * p.weight;
                if (!general[term]) ++shared[p.doc];
            }
        }
        // Per story: how many of its articles this one matches, and how well the best.
        std::unordered_map<std::int64_t, std::pair<int, float>> matches;
        for (std::uint32_t other : touched) {
            bool enoughWords = shared[other] >= options.minSharedTerms;
            bool nearCopy = d.shingles >= kMinShingles &&
                            documents[other].shingles >= kMinShingles &&
                            std::popcount(d.simHash ^ documents[other].simHash) <= kNearCopyBits;
            bool similar = dot[other] >= options.minSimilarity;
            if (enoughWords && (similar || nearCopy)) {
                auto& [count, best] = matches[documents[other].story];
                ++count;
                best = std::max(best, nearCopy ? 1.0f + dot[other] : dot[other]);
            }
            dot[other] = 0;
            shared[other] = 0;
        }
        // A story is joined when the article matches at least half of the story's articles it
        // can be compared with, not one of them: two events about one system each have a
        // report that resembles the other's, and one such pair must not chain them together.
        std::int64_t best = d.id;
        float bestScore = 0;
        for (const auto& [story, match] : matches) {
            int comparable = 0;
            for (std::uint32_t member : members[story])
                comparable += documents[member].feed != d.feed &&
                              std::llabs(documents[member].time - d.time) <= options.windowSeconds;
            if (2 * match.first >= comparable && match.second > bestScore) {
                bestScore = match.second;
                best = story;
            }
        }
        touched.clear();
        return best;
    }
};

StoryGrouper::StoryGrouper(StoryOptions options) : m_impl(std::make_unique<Impl>()) {
    m_impl->options = options;
}

StoryGrouper::~StoryGrouper() = default;

void StoryGrouper::addKnown(const StoryArticleText& article) {
    m_impl->add(article, article.storyId);
}

void StoryGrouper::addNew(const StoryArticleText& article) {
    m_impl->fresh.push_back(static_cast<std::uint32_t>(m_impl->documents.size()));
    m_impl->add(article, article.id);
}

std::vector<std::pair<std::int64_t, std::int64_t>> StoryGrouper::group() {
    Impl& g = *m_impl;
    g.weigh();
    std::vector<bool> isFresh(g.documents.size(), false);
    for (std::uint32_t doc : g.fresh)
        isFresh[doc] = true;
    for (std::uint32_t doc = 0; doc < g.documents.size(); ++doc)
        if (!isFresh[doc]) g.index(doc);
    std::stable_sort(g.fresh.begin(), g.fresh.end(), [&](std::uint32_t a, std::uint32_t b) {
        const Document& x = g.documents[a];
        const Document& y = g.documents[b];
        return std::tie(x.time, x.id) < std::tie(y.time, y.id);
    });
    std::vector<std::pair<std::int64_t, std::int64_t>> placed;
    placed.reserve(g.fresh.size());
    for (std::uint32_t doc : g.fresh) {
        g.documents[doc].story = g.storyFor(doc);
        g.index(doc);
        placed.emplace_back(g.documents[doc].id, g.documents[doc].story);
    }
    g.fresh.clear();
    return placed;
}

// Grouping reads each batch's neighbours within the window once; a batch bounds the memory
// an existing cache of 100 000 takes when a migration queues it whole.
constexpr int kGroupingBatch = 20000;

int groupWaitingStories(Database& db, const StoryOptions& options) {
    StoryStore store(db);
    int placed = 0;
    for (;;) {
        std::vector<StoryArticleText> batch = store.waiting(kGroupingBatch);
        if (batch.empty()) break;
        StoryGrouper grouper(options);
        for (const StoryArticleText& known :
             store.grouped(batch.front().sortDate - options.windowSeconds,
                           batch.back().sortDate + options.windowSeconds))
            grouper.addKnown(known);
        std::vector<std::int64_t> done;
        for (const StoryArticleText& article : batch) {
            grouper.addNew(article);
            done.push_back(article.id);
        }
        auto joins = grouper.group();
        Transaction transaction(db);
        store.assign(joins, done);
        transaction.commit();
        placed += static_cast<int>(batch.size());
        if (batch.size() < static_cast<size_t>(kGroupingBatch)) break;
    }
    return placed;
}

} // namespace heraut
