// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/StoryGrouper.h"

#include "CommentaryMarker.h"
#include "KeyIndex.h"
#include "ProtestHeadline.h"
#include "RepeatHeadline.h"
#include "StoryText.h"
#include "SuspensionHeadline.h"
#include "TextLanguage.h"
#include "heraut/Fnv1a.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <string>
#include <thread>
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
// A report whose headline has at least this many names joins a story only when one of them
// occurs in one of the story's reports: the second of two similar incidents (a laser aimed at
// a helicopter over another town the next day) names its own place, unit and system.
constexpr std::uint32_t kMinHeadlineNames = 2;
// A report whose headline says it is a repeat ("Weer inbraak bij Defensie, nu in Vredepeel")
// joins a story without such a headline only when that story began at most this long before it:
// then it is its own event's, whose first reports said no "weer" (a stray bullet found at 15:10,
// "Weer verdwaalde kogel ..." at 17:55). The earlier incident it names began the day before
// (23 h in every such pair of tests/data/stories/); from 6 to 20 h gave the same groups there.
constexpr std::int64_t kRepeatWindowSeconds = 12 * 3600;
constexpr double kPriorDocuments = 100;
// Postings read per word when an article is placed, newest first.
constexpr size_t kMaxScanned = 256;

struct Posting {
    std::uint32_t doc;
    float weight;
};

// A word of a document: the word's id in Impl::termKeys and its weight there.
struct DocumentTerm {
    std::uint32_t term;
    float weight; // raw, then TF-IDF, unit length per document
};

// Documents added before the word array is sized for all of them (StoryGrouper::reserve):
// enough to tell how many words a document of this run has.
constexpr size_t kSizingSample = 256;

constexpr std::uint32_t kNone = story::KeyIndex::kNone;

struct Document {
    std::int64_t id = 0;
    std::int64_t feed = 0;
    std::int64_t time = 0;
    std::int64_t story = 0;
    std::uint64_t link = 0;
    std::uint64_t guid = 0;
    std::uint64_t simHash = 0;
    int shingles = 0;
    bool suspension = false;                         // StoryFeatures::suspension
    bool repeat = false;                             // StoryFeatures::repeat
    bool protest = false;                            // StoryFeatures::protest
    bool commentary = false;                         // StoryFeatures::commentary
    StoryLanguage language = StoryLanguage::Unknown; // StoryFeatures::language
    std::uint32_t firstTerm = 0;                     // its terms in Impl::terms
    std::uint32_t termCount = 0;
    std::uint32_t firstName = 0; // its headline's names (StoryTerm::headlineName) in Impl::names
    std::uint32_t nameCount = 0;
    std::uint32_t previousInStory = kNone; // the story's members, newest indexed first
};

// A stable nonzero key for a text: 0 means "none" in StoryFeatures.
std::uint64_t keyOf(std::string_view text) {
    std::uint64_t key = Fnv1a().add(text).value();
    return key == 0 ? 1 : key;
}

std::uint64_t mix(std::uint64_t h) {
    h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ULL;
    h = (h ^ (h >> 27)) * 0x94D049BB133111EBULL;
    return h ^ (h >> 31);
}

std::uint64_t simHashOf(const std::vector<story::Word>& words, int& shingles) {
    std::array<int, 64> votes{};
    shingles = 0;
    for (size_t i = 0; i + 2 < words.size(); ++i) {
        // The shingle's hash from its three words' keys; mixed, as a SimHash votes with every
        // bit and word keys (FNV) differ little in their high bits for similar words.
        std::uint64_t h = words[i].key * 0x9E3779B97F4A7C15ULL + words[i + 1].key;
        h = mix(h * 0x9E3779B97F4A7C15ULL + words[i + 2].key);
        for (int bit = 0; bit < 64; ++bit)
            votes[static_cast<size_t>(bit)] += static_cast<int>((h >> bit) & 1);
        ++shingles;
    }
    std::uint64_t hash = 0;
    for (int bit = 0; bit < 64; ++bit)
        if (2 * votes[static_cast<size_t>(bit)] > shingles) hash |= std::uint64_t{1} << bit;
    return hash;
}

// A guid names an article across feeds only when it is a URL or URN, not "123".
bool isGlobalGuid(const std::string& guid) {
    return guid.size() >= 16 && guid.find(':') != std::string::npos;
}

// Each word's raw weight in the article, summed over its occurrences in headline, takeaways
// and body, in that order; `entries` holds one occurrence each and is reused.
std::vector<StoryTerm> termsOf(std::vector<StoryTerm>& entries) {
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto& x, const auto& y) { return x.word < y.word; });
    std::vector<StoryTerm> terms;
    for (size_t i = 0; i < entries.size();) {
        float sum = 0;
        size_t j = i;
        bool headlineName = false;
        for (; j < entries.size() && entries[j].word == entries[i].word; ++j) {
            sum += entries[j].weight;
            headlineName = headlineName || entries[j].headlineName;
        }
        terms.push_back({entries[i].word, static_cast<float>(std::log1p(sum)), headlineName});
        i = j;
    }
    return terms;
}

} // namespace

StoryFeatures storyFeatures(const StoryArticleText& a) {
    StoryFeatures f;
    if (a.link) {
        std::string link = story::canonicalLink(*a.link);
        if (!link.empty()) f.link = keyOf(link);
    }
    if (isGlobalGuid(a.guid)) f.guid = keyOf(a.guid);
    // Reused between articles: a grouping run reads thousands.
    thread_local std::vector<story::Word> title, takeaways, body;
    thread_local std::vector<StoryTerm> entries;
    title.clear();
    takeaways.clear();
    body.clear();
    entries.clear();
    story::appendWords(a.title, title, kTitleWords);
    for (const std::string& t : a.keyTakeaways)
        story::appendWords(t, takeaways,
                           kTakeawayWords - std::min(kTakeawayWords, takeaways.size()));
    story::appendWords(a.text, body, kBodyWords);
    auto count = [&](const std::vector<story::Word>& words, float weight) {
        for (const story::Word& w : words)
            entries.push_back({w.key, weight * (w.entity ? kEntityWeight : 1.0f), false});
    };
    for (const story::Word& w : title)
        entries.push_back({w.key, kTitleWeight * (w.entity ? kEntityWeight : 1.0f),
                           w.entity && !story::isGeneral(w.key)});
    count(takeaways, kTakeawayWeight);
    count(body, 1.0f);
    f.terms = termsOf(entries);
    title.insert(title.end(), body.begin(), body.end());
    f.simHash = simHashOf(title, f.shingles);
    f.suspension = story::reportsSuspension(a.title);
    f.repeat = story::reportsRepeat(a.title);
    f.protest = story::reportsProtest(a.title);
    f.commentary = story::isCommentary(a.title, a.keyTakeaways, a.link);
    f.language = story::guessLanguage(a.title, a.text);
    return f;
}

struct StoryGrouper::Impl {
    StoryOptions options;
    story::KeyIndex termIds{4096};
    std::vector<std::uint64_t> termKeys; // per term id
    std::vector<int> documentFrequency;
    std::vector<Document> documents;
    // Every document's words, one after another. Sized for the run once kSizingSample
    // documents tell how many words one has: grown as they came, the array of some ten
    // million words was copied a dozen times and its pages faulted in twice (perf: a tenth
    // of a run in memcpy and page faults under add()).
    std::vector<DocumentTerm> terms;
    std::vector<std::uint32_t> names; // term ids of each document's headline names
    size_t expectedDocuments = 0;
    std::vector<std::uint32_t> fresh; // documents to place
    // Per term its postings, oldest document first, in one array: only terms that find
    // candidates have any (see commonFrequency()).
    std::vector<std::uint32_t> postingStart;
    std::vector<std::uint32_t> postingCount;
    std::vector<Posting> postings;
    story::KeyIndex byLink;
    story::KeyIndex byGuid;
    story::KeyIndex lastOfStory; // the last document indexed of each story
    std::vector<float> dot;      // per document, while one is being placed
    std::vector<int> shared;     // distinctive words in common, likewise
    std::vector<std::uint32_t> touched;
    int common = 0;

    void add(const StoryArticleText& a, std::int64_t story) {
        StoryFeatures computed;
        const StoryFeatures& f = a.features ? *a.features : (computed = storyFeatures(a));
        Document d;
        d.id = a.id;
        d.feed = a.feedId;
        d.time = a.sortDate;
        d.story = story;
        d.link = f.link;
        d.guid = f.guid;
        d.simHash = f.simHash;
        d.shingles = f.shingles;
        d.suspension = f.suspension;
        d.repeat = f.repeat;
        d.protest = f.protest;
        d.commentary = f.commentary;
        d.language = f.language;
        if (documents.size() == kSizingSample) sizeTerms();
        d.firstTerm = static_cast<std::uint32_t>(terms.size());
        d.termCount = static_cast<std::uint32_t>(f.terms.size());
        d.firstName = static_cast<std::uint32_t>(names.size());
        for (const StoryTerm& t : f.terms) {
            auto next = static_cast<std::uint32_t>(termKeys.size());
            std::uint32_t term = termIds.tryEmplace(t.word, next);
            if (term == next) {
                termKeys.push_back(t.word);
                documentFrequency.push_back(0);
            }
            ++documentFrequency[term];
            terms.push_back({term, t.weight});
            if (t.headlineName) names.push_back(term);
        }
        d.nameCount = static_cast<std::uint32_t>(names.size()) - d.firstName;
        documents.push_back(d);
    }

    // Room for the words of expectedDocuments, an eighth more than the documents so far suggest.
    void sizeTerms() {
        if (documents.size() >= kSizingSample && expectedDocuments > documents.size())
            terms.reserve(terms.size() * expectedDocuments / documents.size() * 9 / 8);
    }

    void weigh() {
        // Counted as at least kPriorDocuments, as if the rest were about other things: in a
        // handful of articles two that share a word would otherwise weigh it as common.
        double n = std::max(static_cast<double>(documents.size()), kPriorDocuments);
        std::vector<double> factor(termKeys.size());
        for (size_t term = 0; term < termKeys.size(); ++term) {
            double idf = std::log((n + 1.0) / (documentFrequency[term] + 0.5));
            factor[term] =
                std::max(idf, 0.0) * (story::isGeneral(termKeys[term]) ? kGeneralWeight : 1.0);
        }
        for (const Document& d : documents) {
            double norm = 0;
            for (std::uint32_t i = d.firstTerm; i < d.firstTerm + d.termCount; ++i) {
                double w = terms[i].weight * factor[terms[i].term];
                terms[i].weight = static_cast<float>(w);
                norm += w * w;
            }
            float scale = norm > 0 ? static_cast<float>(1.0 / std::sqrt(norm)) : 0.0f;
            for (std::uint32_t i = d.firstTerm; i < d.firstTerm + d.termCount; ++i)
                terms[i].weight *= scale;
        }
        dot.assign(documents.size(), 0.0f);
        shared.assign(documents.size(), 0);
        common = std::max(50, static_cast<int>(documents.size() / 100));
        postingStart.assign(termKeys.size(), 0);
        postingCount.assign(termKeys.size(), 0);
        std::uint32_t total = 0;
        for (size_t term = 0; term < termKeys.size(); ++term) {
            postingStart[term] = total;
            if (documentFrequency[term] <= common)
                total += static_cast<std::uint32_t>(documentFrequency[term]);
        }
        postings.resize(total);
    }

    void index(std::uint32_t doc) {
        Document& d = documents[doc];
        for (std::uint32_t i = d.firstTerm; i < d.firstTerm + d.termCount; ++i) {
            std::uint32_t term = terms[i].term;
            if (documentFrequency[term] <= common)
                postings[postingStart[term] + postingCount[term]++] = {doc, terms[i].weight};
        }
        auto story = static_cast<std::uint64_t>(d.story);
        d.previousInStory = lastOfStory.at(story);
        lastOfStory.assign(story, doc);
        if (d.link != 0) byLink.tryEmplace(d.link, doc);
        if (d.guid != 0) byGuid.tryEmplace(d.guid, doc);
    }

    // A word in more than `common` documents (1 % of them, at least 50) is too common to find
    // candidates by; its share of any cosine is small, as its weight is. Together with
    // kMaxScanned this bounds the work per article whatever the cache holds: a cache where
    // every article resembles thousands of others (a wire story copied by 200 feeds) costs no
    // more than ordinary news.
    void scan(const Document& d) {
        for (std::uint32_t i = d.firstTerm; i < d.firstTerm + d.termCount; ++i) {
            std::uint32_t term = terms[i].term;
            if (documentFrequency[term] > common) continue;
            const Posting* list = postings.data() + postingStart[term];
            size_t size = postingCount[term];
            // Newest first: what a new article reports on was last reported recently.
            size_t last = size > kMaxScanned ? size - kMaxScanned : 0;
            bool distinctive =
                !story::isGeneral(termKeys[term]) && !story::isHomeCountry(termKeys[term]);
            for (size_t k = size; k-- > last;) {
                const Posting& p = list[k];
                const Document& other = documents[p.doc];
                if (other.feed == d.feed || std::llabs(other.time - d.time) > options.windowSeconds)
                    continue;
                if (dot[p.doc] == 0.0f && shared[p.doc] == 0) touched.push_back(p.doc);
                dot[p.doc] += terms[i].weight * p.weight;
                if (distinctive) ++shared[p.doc];
            }
        }
    }

    // Per story: how many of its articles the article being placed matches, and how well the
    // best (a cosine; above 1 for a near copy).
    struct StoryMatch {
        int matched = 0;
        float best = 0;
    };

    // Whether `d` is alike enough to the document `other` to join its story (from what scan()
    // summed), and how alike: 0 when it is not.
    float likeness(const Document& d, std::uint32_t other) const {
        const Document& o = documents[other];
        if (shared[other] < options.minSharedTerms) return 0;
        bool nearCopy = d.shingles >= kMinShingles && o.shingles >= kMinShingles &&
                        std::popcount(d.simHash ^ o.simHash) <= kNearCopyBits;
        if (nearCopy) return 1.0f + dot[other];
        double days = static_cast<double>(std::llabs(d.time - o.time)) / (24 * 3600);
        double score = options.cosineWeight * dot[other] / (1 + days) +
                       options.sharedWeight * std::log1p(shared[other]) + options.daysWeight * days;
        if (inOtherLanguages(d, o)) score += options.crossLanguageWeight;
        return score >= options.minScore ? dot[other] : 0;
    }

    static bool inOtherLanguages(const Document& d, const Document& o) {
        return d.language != StoryLanguage::Unknown && o.language != StoryLanguage::Unknown &&
               d.language != o.language;
    }

    // Whether the document `member` has one of the headline names of `d`.
    bool namesOneOf(const Document& member, const Document& d) const {
        const std::uint32_t* first = names.data() + d.firstName;
        const std::uint32_t* last = first + d.nameCount;
        for (std::uint32_t i = member.firstTerm; i < member.firstTerm + member.termCount; ++i)
            if (std::find(first, last, terms[i].term) != last) return true;
        return false;
    }

    // Whether `d` may join `story` whatever its words say, and how many of the story's reports it
    // can be compared with; one pass over the story's members gives both. A report of a
    // suspension joins only a story that reports one: the grounding after a crash names the
    // crash in nearly all its words, and is an event of its own; so does a report of a protest
    // (against the fair, the base or the plan its words name). So does a report of a repeat,
    // unless the story began just before it (kRepeatWindowSeconds). A report whose headline has
    // names joins only a story that has one of them (kMinHeadlineNames). Commentary joins no
    // story, and no report joins it.
    struct JoinCheck {
        bool allowed = false; // may join, whatever its words say
        int comparable = 0;   // the story's reports of other feeds within the window
    };

    JoinCheck checkJoin(const Document& d, std::int64_t story) const {
        int comparable = 0;
        bool suspension = false;
        bool repeat = false;
        bool protest = false;
        std::int64_t first = d.time;
        bool named = d.nameCount < kMinHeadlineNames;
        bool commentary = false;
        for (std::uint32_t m = lastOfStory.at(static_cast<std::uint64_t>(story)); m != kNone;
             m = documents[m].previousInStory) {
            const Document& member = documents[m];
            comparable +=
                member.feed != d.feed && std::llabs(member.time - d.time) <= options.windowSeconds;
            suspension = suspension || member.suspension;
            repeat = repeat || member.repeat;
            protest = protest || member.protest;
            first = std::min(first, member.time);
            named = named || namesOneOf(member, d);
            commentary = commentary || member.commentary;
        }
        bool earlierIncident = d.repeat && !repeat && d.time - first > kRepeatWindowSeconds;
        bool allowed = !(d.suspension && !suspension) && !(d.protest && !protest) &&
                       !earlierIncident && named && !commentary;
        return {allowed, comparable};
    }

    std::int64_t storyFor(std::uint32_t doc) {
        const Document& d = documents[doc];
        if (std::uint32_t o = d.link ? byLink.at(d.link) : kNone; o != kNone)
            return documents[o].story;
        if (std::uint32_t o = d.guid ? byGuid.at(d.guid) : kNone; o != kNone)
            return documents[o].story;
        if (d.commentary) return d.id;
        scan(d);
        std::unordered_map<std::int64_t, StoryMatch> matches;
        for (std::uint32_t other : touched) {
            if (float score = likeness(d, other); score > 0) {
                StoryMatch& m = matches[documents[other].story];
                ++m.matched;
                m.best = std::max(m.best, score);
            }
            dot[other] = 0;
            shared[other] = 0;
        }
        touched.clear();
        // A story is joined when the article matches at least half of the story's articles it
        // can be compared with, not one of them: two events about one system each have a
        // report that resembles the other's, and one such pair must not chain them together.
        std::int64_t best = d.id;
        float bestScore = 0;
        for (const auto& [story, match] : matches) {
            JoinCheck check = checkJoin(d, story);
            if (!check.allowed) continue;
            if (2 * match.matched >= check.comparable && match.best > bestScore) {
                bestScore = match.best;
                best = story;
            }
        }
        return best;
    }

    // Oldest first (then by id), the order postings are read newest first in.
    void sortByTime(std::vector<std::uint32_t>& docs) const {
        std::stable_sort(docs.begin(), docs.end(), [&](std::uint32_t a, std::uint32_t b) {
            const Document& x = documents[a];
            const Document& y = documents[b];
            return std::tie(x.time, x.id) < std::tie(y.time, y.id);
        });
    }
};

StoryGrouper::StoryGrouper(StoryOptions options) : m_impl(std::make_unique<Impl>()) {
    m_impl->options = options;
}

StoryGrouper::~StoryGrouper() = default;

void StoryGrouper::reserve(size_t articles) {
    m_impl->documents.reserve(articles);
    m_impl->expectedDocuments = articles;
    m_impl->sizeTerms();
}

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
    std::vector<std::uint32_t> known;
    for (std::uint32_t doc = 0; doc < g.documents.size(); ++doc)
        if (!isFresh[doc]) known.push_back(doc);
    g.sortByTime(known);
    for (std::uint32_t doc : known)
        g.index(doc);
    g.sortByTime(g.fresh);
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

// The batch's features on two threads: splitting text into words is most of what is left of a
// run's work once the known articles are read from their stored features.
// Features of the articles that came without them (a refresh stores those of its new ones).
void computeFeatures(std::vector<StoryArticleText>& batch) {
    auto compute = [&batch](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i)
            if (!batch[i].features) batch[i].features = storyFeatures(batch[i]);
    };
    size_t half = batch.size() / 2;
    if (half < 64 || std::thread::hardware_concurrency() < 2) {
        compute(0, batch.size());
        return;
    }
    std::thread other(compute, half, batch.size());
    compute(0, half);
    other.join();
}

namespace {

// What a batch read of the waiting articles, beyond what went into the grouper.
struct WaitingBatch {
    std::vector<std::int64_t> ids; // every article read, oldest first
    std::int64_t first = 0;        // its oldest and newest sort dates
    std::int64_t last = 0;
    std::vector<StoryArticleText> withoutFeatures; // read with their text, not yet added
};

// Hands the articles waiting with stored features to the grouper as they are read, and keeps
// only those that came with their text, whose features are computed together (two threads).
WaitingBatch readWaiting(StoryStore& store, StoryGrouper& grouper) {
    WaitingBatch batch;
    store.waiting(kGroupingBatch, [&](StoryArticleText& article) {
        if (batch.ids.empty()) batch.first = article.sortDate;
        batch.last = article.sortDate;
        batch.ids.push_back(article.id);
        if (article.features)
            grouper.addNew(article);
        else
            batch.withoutFeatures.push_back(std::move(article));
    });
    return batch;
}

} // namespace

int groupWaitingStories(Database& db, const StoryOptions& options) {
    StoryStore store(db);
    int placed = 0;
    for (;;) {
        // Placing an article does not depend on the order the grouper was given them in (it
        // sorts them by date), so the new ones go in first, as they are read.
        StoryGrouper grouper(options);
        WaitingBatch batch = readWaiting(store, grouper);
        if (batch.ids.empty()) break;
        // Features computed now, stored with the batch: the new articles' and those of known
        // articles whose text changed since they were stored.
        std::vector<std::pair<std::int64_t, StoryFeatures>> computed;
        computeFeatures(batch.withoutFeatures);
        for (StoryArticleText& article : batch.withoutFeatures) {
            grouper.addNew(article);
            computed.emplace_back(article.id, std::move(*article.features));
        }
        batch.withoutFeatures = {};
        StoryWindow window =
            store.window(batch.first - options.windowSeconds, batch.last + options.windowSeconds);
        grouper.reserve(static_cast<size_t>(window.articles));
        store.grouped(window, [&](StoryArticleText& known) {
            if (!known.features)
                known.features = computed.emplace_back(known.id, storyFeatures(known)).second;
            grouper.addKnown(known);
        });
        auto joins = grouper.group();
        Transaction transaction(db);
        store.assign(joins, batch.ids);
        store.saveFeatures(computed);
        transaction.commit();
        placed += static_cast<int>(batch.ids.size());
        if (batch.ids.size() < static_cast<size_t>(kGroupingBatch)) break;
    }
    return placed;
}

} // namespace heraut
