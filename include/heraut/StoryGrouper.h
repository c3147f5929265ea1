// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Database.h"
#include "heraut/StoryFeatures.h"
#include "heraut/StoryStore.h"

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace heraut {

struct StoryOptions {
    // Articles further apart than this are never the same event (72 h: outlets report an
    // event within a day or two; later pieces are follow-ups, a story of their own).
    std::int64_t windowSeconds = 72 * 3600;
    // Whether two reports of other feeds within the window are the same event: they share at
    // least minSharedTerms words that are not common in defence news (one shared "NAVO" or
    // "Oekraïne" never suffices), and
    //   cosineWeight * cosine / (1 + days) + sharedWeight * ln(1 + shared) + daysWeight * days
    //     + crossLanguageWeight * (one is Dutch, the other English)
    // reaches minScore. cosine is that of the TF-IDF vectors (title weighs 3, takeaways 2, the
    // body's opening 1; names 3 times a word), shared the distinctive words in common, days
    // the hours between them / 24. The first three weights are a logistic regression's
    // (log-odds, classes weighed alike) fitted on the pairs of articles sharing a word in the
    // first four weeks of tests/data/stories/, 3 758 pairs, 309 of one event.
    // A Dutch and an English report of one event share its names, numbers and the terms the
    // name table reads alike, but few other words: a regression with the language term, fitted
    // on the pairs of the twenty-eight weeks there were then, gave it +1.6 to +2.0 in these
    // units. crossLanguageWeight and minScore were chosen together on a grid over those weeks
    // (the best precision with recall >= 0.85, pooled); leaving each week out in turn chose
    // this pair on the other twenty-seven for twenty of them. Two weeks written after the
    // choice measured it once (README.md there).
    // What it says: a report hours after another needs few words in common, worded its own
    // way (a Dutch report and an English one, a two-line wire item and an analysis); a day or
    // two later, when follow-ups (a new decision, a second incident) name the same system and
    // place, the words must say it is the same event.
    int minSharedTerms = 2;
    double cosineWeight = 31.0;
    double sharedWeight = 1.85;
    double daysWeight = -2.08;
    double minScore = 6.5;
    double crossLanguageWeight = 1.5; // StoryFeatures::language
};

// Groups articles into stories, the same event from several outlets. Exact keys first (the
// same link once tracking parameters, "www." and the scheme are set aside; the same guid),
// then near copies (SimHash of word 3-shingles, a wire story republished), then differently
// worded reports (TF-IDF cosine over Dutch and English words without stop words, names and
// numbers weighing more, Dutch names of countries, organisations and general defence terms
// read as their English ones; reports close in time need fewer words in common: StoryOptions).
// Only articles of other feeds within the window are compared. A new article joins at most
// one story, the one of its best match, when it also matches half of the story's articles;
// stories are never merged with each other, so a later article cannot pull two events
// together. Some reports are kept from a story their words would join: one whose headline
// reports a suspension or like measure (a fleet grounded, a ship kept in port, training halted,
// inspections ordered) or a protest, from a story that reports none (the incident that caused
// it, the fair it is against); one whose headline says it is a repeat ("Weer inbraak ..."),
// from a story that began more than 12 h before it and says no such thing (the earlier
// incident); one whose headline has two or more names, from a story none of whose reports has
// one of them (a similar incident elsewhere the next day). What its outlet marks as commentary
// (a column, a newsletter, a piece on the sector's shares) is a story of its own. The rule for
// what one event is: tests/data/stories/README.md.
// Usage: add what is grouped already (known), then what is new; group() places the new ones,
// oldest first, each against everything before it. An article is read through its stored
// features when it has them (StoryArticleText::features), else through its text.
class StoryGrouper {
  public:
    explicit StoryGrouper(StoryOptions options = {});
    ~StoryGrouper();
    StoryGrouper(const StoryGrouper&) = delete;
    StoryGrouper& operator=(const StoryGrouper&) = delete;

    // Room for about this many articles, known and new, in all: a run over a cache of 100 000
    // holds some ten million words, and growing their array as they came copied it a dozen
    // times. Only a size hint; adding more still works.
    void reserve(size_t articles);
    void addKnown(const StoryArticleText& article); // storyId says its story
    void addNew(const StoryArticleText& article);   // storyId is ignored
    // (article id, story id) for every new article, in the order they were placed; a story id
    // equal to the article's own id: it stands alone (for now).
    std::vector<std::pair<std::int64_t, std::int64_t>> group();

  private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// What grouping reads of an article's text (headline, takeaways, the body's opening, link and
// guid), to be stored with it: computed once, read by every later grouping run.
StoryFeatures storyFeatures(const StoryArticleText& article);

// Groups every article waiting in the store (StoryStore.h) against the articles already
// grouped within the window, in batches, one transaction each, storing the features of each
// article it reads from its text (the new ones; known ones whose text changed since). Refresh
// calls it when it ends;
// a sync engine calls it after it has stored articles, the same way. Returns how many articles
// it placed. A database that refuses the write throws StoreError; the articles keep waiting.
int groupWaitingStories(Database& db, const StoryOptions& options = {});

} // namespace heraut
