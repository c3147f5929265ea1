// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Database.h"
#include "heraut/WatchLists.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace heraut {

// A briefing that cannot be made as asked: its folder or watch-list is not there.
class BriefingError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// One outlet's report in a briefing item.
struct BriefingSource {
    std::int64_t articleId = 0;
    std::string feedTitle;
    std::optional<std::string> link;
};

// One event: an article, or every article of one story (BriefingOptions::storyOf).
struct BriefingItem {
    std::int64_t storyId = 0;            // 0: an article of its own
    std::string title;                   // the first report's headline
    std::vector<BriefingSource> sources; // first reported first
    std::vector<std::string> keyTakeaways;
    std::int64_t newest = 0; // the newest report's date, seconds since the epoch
};

struct BriefingSection {
    enum class Kind { WatchList, Folder, NoFolder };
    Kind kind = Kind::Folder;
    std::string name;                // the watch-list's or folder's; empty for NoFolder
    std::vector<BriefingItem> items; // newest first
};

// The day's essentials on one page: every article in the window once, under the first
// watch-list (in the feed tree's order) that matches it, else under its folder.
struct Briefing {
    std::int64_t since = 0;
    std::int64_t until = 0;
    std::vector<BriefingSection> sections; // watch-lists, then folders, then feeds in none
    int articles = 0;
};

struct BriefingOptions {
    std::int64_t since = 0;               // from this time (inclusive) ...
    std::int64_t until = 0;               // ... to this one (exclusive), by the articles' dates
    std::optional<std::string> folder;    // only this folder's feeds
    std::optional<std::string> watchList; // only this watch-list's section
    int maxArticles = 2000;               // the newest this many; a page, not an archive
    // The story an article belongs to, when stories are grouped (issue 13 §1): the articles of
    // one story become one item with a source each. Unset, or nullopt: one item per article.
    std::function<std::optional<std::int64_t>(std::int64_t articleId)> storyOf;
};

// Throws BriefingError when options.folder or options.watchList names nothing; StoreError when
// the cache cannot be read.
Briefing buildBriefing(Database& db, const BriefingOptions& options, std::int64_t now);

// The local day that holds `time`: [midnight, next midnight).
std::pair<std::int64_t, std::int64_t> localDay(std::int64_t time);

// The words a briefing is printed with, in the reader's language.
struct BriefingLabels {
    std::string language = "en"; // the HTML lang
    std::string title = "Briefing";
    std::string since = "from"; // "from 30 November 2026 00:00 to 1 December 2026 00:00"
    std::string until = "to";
    std::string watchList = "Watch-list";
    std::string noFolder = "Other sources";
    std::string sources = "Sources";
    std::string nothing = "Nothing new in this period.";
    std::string articlesWord = "articles";
    std::string articleWord = "article"; // for one
    std::vector<std::string> months;     // January..December, in the language
};
// The watch-list sections under the names `name` gives their lists (watchListName: the shipped
// lists in the reader's language); `lists` as the store has them, a section without its list
// (removed meanwhile) keeping its name.
void nameWatchListSections(Briefing& briefing, const std::vector<WatchList>& lists,
                           const std::function<std::string(const WatchList&)>& name);

// "nl" (or "nl_NL", "nl-BE") is Dutch; anything else English.
BriefingLabels briefingLabels(std::string_view language);

// "29 november 2026 14:05" in the local time zone, with the labels' month names.
std::string briefingTime(std::int64_t time, const BriefingLabels& labels);

// A standalone page, styled to print on A4, every text escaped.
std::string briefingHtml(const Briefing& briefing, const BriefingLabels& labels);
std::string briefingMarkdown(const Briefing& briefing, const BriefingLabels& labels);
// {"since", "until", "articles", "sections": [{"kind", "name", "items": [{"story_id", "title",
// "newest", "key_takeaways", "sources": [{"article_id", "feed_title", "link"}]}]}]}; times ISO
// 8601 UTC.
std::string briefingJson(const Briefing& briefing);

} // namespace heraut
