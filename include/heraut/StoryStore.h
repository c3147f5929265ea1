// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Article.h"
#include "heraut/ArticleStore.h"
#include "heraut/Database.h"
#include "heraut/StoryFeatures.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace heraut {

// What story grouping reads of an article: its words and where and when it appeared.
struct StoryArticleText {
    std::int64_t id = 0;
    std::int64_t feedId = 0;
    std::int64_t sortDate = 0; // seconds since the epoch, UTC
    std::int64_t storyId = 0;  // the story it is in; its own id while it waits or stands alone
    std::string guid;
    std::optional<std::string> link;
    std::string title;
    std::vector<std::string> keyTakeaways;
    std::string text; // the opening of the plain text: enough to tell events apart
    // The features stored for it, when they are still current; guid, link, title, takeaways
    // and text are then left empty, as grouping does not need them.
    std::optional<StoryFeatures> features;
};

// What waiting() reads of an article, taken from the article before it is stored: the same
// fields, and the plain text of the same openings of its summary and content (2 000 and 3 000
// characters, counted as SQLite's substr() counts them), so that features computed from it
// equal those computed from the stored row. `id`, `feedId`, `sortDate` and `storyId` stay 0.
StoryArticleText storyTextOf(const Article& article);

// Articles by sort date, as story grouping reads them (StoryStore::window).
struct StoryWindow {
    std::int64_t from = 0; // sort dates, seconds since the epoch, inclusive
    std::int64_t to = 0;
    std::int64_t articles = 0; // how many have a sort date in [from, to]
    std::int64_t firstId = 0;  // their smallest and largest id
    std::int64_t lastId = 0;
};

// A story as lists show it: the same event from one or more outlets.
struct StorySummary {
    std::int64_t id = 0;
    std::string title;                  // the headline of its earliest article
    std::vector<std::int64_t> articles; // oldest first
    std::vector<std::int64_t> feeds;    // each once, in the order they reported it
    std::int64_t firstSeen = 0;         // when the first article was cached (epoch seconds)
    std::int64_t newest = 0;            // the newest article's sort date (epoch seconds)
    int unread = 0;                     // unread articles in it
};

// Which stories a list shows: those with at least one article passing the filters, newest
// story first.
struct StoryQuery {
    std::optional<std::int64_t> feedId = {};
    std::optional<std::string> folder = {};
    bool unreadOnly = false;
    Timestamp since = {};
    int limit = 100;
};

// Stories in the cache: articles.story_id names each article's story, NULL while the article
// stands alone (its story id is then its own id). A story's id is the smallest id of its
// articles; when that article is removed the story takes its next one's (a trigger keeps it),
// so a story id always names an article of the story. New articles wait in story_backlog,
// filled by a trigger on every insert (refresh, sync, import alike), until they are grouped.
// What grouping reads of an article is stored once in story_features; a trigger drops the row
// when the article's text, link or guid changes, and when the article goes.
// The only code with story SQL; the grouping itself is StoryGrouper.h's.
class StoryStore {
  public:
    explicit StoryStore(Database& db);

    // Up to `limit` articles waiting to be grouped, oldest first: with their stored features
    // when they are current (a refresh computes those of its new articles, storyTextOf),
    // else with their text.
    std::vector<StoryArticleText> waiting(int limit);
    // The same articles in the same order, handed to `each` as they are read (the same object,
    // refilled, as grouped() does: copy what is kept), so that a batch's features need not be
    // held all at once: grouping 10 000 new articles held 15 MB of them (heaptrack).
    void waiting(int limit, const std::function<void(StoryArticleText&)>& each);
    // The articles whose sort date lies in [from, to], waiting ones included: how many, and
    // their smallest and largest ids (0 when none). A walk of the date index: a few ms for
    // 100 000.
    StoryWindow window(std::int64_t from, std::int64_t to);
    // Each article already grouped in the window, with its story id, handed to `each` (the
    // same object, refilled: copy what is kept): with its stored features when they are
    // current, else with its text; in no particular order.
    void grouped(const StoryWindow& window, const std::function<void(StoryArticleText&)>& each);
    // Stores each article's features (kStoryFeaturesVersion), replacing what it had. Call
    // inside a transaction.
    void saveFeatures(const std::vector<std::pair<std::int64_t, StoryFeatures>>& features);
    // Puts each (article, story) pair's article into the story and takes `done` off the
    // backlog. An article whose story is its own id stays alone. Call inside a transaction.
    void assign(const std::vector<std::pair<std::int64_t, std::int64_t>>& joins,
                const std::vector<std::int64_t>& done);
    int waitingCount();

    std::vector<StorySummary> list(const StoryQuery& query);
    // Nothing when no article has this story id.
    std::optional<StorySummary> story(std::int64_t id);
    // The same for each id, in the same order, read through one statement: for a list's page.
    std::vector<std::optional<StorySummary>> stories(const std::vector<std::int64_t>& ids);
    // The story the article is in; nothing when there is no such article.
    std::optional<std::int64_t> storyOf(std::int64_t articleId);
    // The ids of the story's articles, oldest first.
    std::vector<std::int64_t> articlesOf(std::int64_t storyId);
    // The story of each article, in the same order (0 for an id that is no article).
    std::vector<std::int64_t> storiesOf(const std::vector<std::int64_t>& articleIds);
    // Unread counts in stories, for a list in story mode: per feed the stories with an unread
    // article of that feed, per folder likewise, and in all. Starred counts articles.
    UnreadCounts unreadCounts();

  private:
    Database& m_db;
};

} // namespace heraut
