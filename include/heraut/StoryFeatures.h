// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

namespace heraut {

// Raise when what grouping reads of an article changes (word lists, weights, hashes in
// src/core/story/): stored features of another version are computed again from the text.
constexpr int kStoryFeaturesVersion = 9;

// The language an article is written in, as its function words tell (Unknown: neither tells).
enum class StoryLanguage : std::uint8_t { Unknown = 0, Dutch = 1, English = 2 };

// A word of an article as grouping weighs it, without the word itself: a 64-bit hash of the
// word (two words sharing one are taken as the same; at 64 bits that is negligible) whose
// lowest bit is set for a word every defence outlet uses every day, and log(1 + w) of the
// word's raw weight w in the article (the headline's words and names count more).
struct StoryTerm {
    std::uint64_t word = 0;
    float weight = 0;
    // A name in the headline (a place, unit, system, number; not a general word): a report of
    // the same event names one of the headline's names somewhere (StoryGrouper.h).
    bool headlineName = false;
};

// What grouping needs of one article, computed once from its text and stored with it
// (StoryStore.h), so that the articles already grouped are never read or split into words
// again. Depends on the article alone; document frequencies are counted per grouping run.
struct StoryFeatures {
    std::uint64_t link = 0;       // hash of the canonical link; 0: no link naming a page
    std::uint64_t guid = 0;       // hash of the guid when it names the article across feeds; else 0
    std::uint64_t simHash = 0;    // SimHash of the word 3-shingles of headline and body
    int shingles = 0;             // how many shingles the SimHash votes over
    std::vector<StoryTerm> terms; // each word once, ordered by hash
    // The headline reports a suspension (a fleet grounded, training halted): a decision that
    // joins no story of the incident that caused it, only one that reports a suspension too.
    bool suspension = false;
    // The headline reports a repeat (another incident like one shortly before it: "Weer
    // inbraak bij Defensie, nu in Vredepeel"): it joins no story of the earlier incident, only
    // one that reports a repeat too or began just before it (StoryGrouper.cpp).
    bool repeat = false;
    // The headline reports a protest (a blockade, a demonstration, a strike): it joins no story
    // of the fair, base or plan it is against, only one that reports a protest too.
    bool protest = false;
    // The outlet marks it as commentary (a column, opinion piece, newsletter, analysis): it
    // names several events and reports none, a story of its own that no report joins.
    bool commentary = false;
    // A Dutch and an English report of one event share fewer words than two Dutch ones: the
    // names, numbers and terms the name table reads alike, not the rest (StoryOptions).
    StoryLanguage language = StoryLanguage::Unknown;
};

} // namespace heraut
