// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Article.h"
#include "heraut/Database.h"
#include "heraut/SearchQuery.h"

#include <map>
#include <string>
#include <vector>

namespace heraut {

// An article as the cache holds it: what the feed said plus what the reader did with it.
struct StoredArticle {
    std::int64_t id = 0;
    std::int64_t feedId = 0;
    std::string feedTitle;
    Article article;
    std::int64_t sortDate = 0; // published, else first seen; never in the future
    std::int64_t firstSeen = 0;
    bool read = false;
    bool starred = false;
};

// A row of an article list: enough to draw it, nothing more.
struct ArticleHeadline {
    std::int64_t id = 0;
    std::int64_t feedId = 0;
    std::string feedTitle;
    std::string title;
    std::optional<std::string> link;
    Timestamp published;
    std::int64_t sortDate = 0;
    bool read = false;
    bool starred = false;
    std::vector<std::string> keyTakeaways;
};

// What one feed update did; the GUI's "3 new" and the CLI's JSON read the same numbers.
struct ArticleChanges {
    int added = 0;
    int updated = 0;
    std::vector<std::int64_t> updatedIds = {}; // the changed ones: their pages are checked again
    // (index in the articles given, id) of each new one: a refresh computes their story
    // features while it still holds their text (StoryStore.h, storyTextOf).
    std::vector<std::pair<std::size_t, std::int64_t>> addedIds = {};
};

// The order of a list. Newest walks the date index and pages with `before`; the others sort
// the whole matching set in SQL (titles and sources case-insensitively, COLLATE NOCASE; the
// newest first among equals) and page with `offset`.
enum class ArticleOrder { Newest, Oldest, Title, TitleDescending, Source, SourceDescending };

// Which articles a list shows. Lists run newest first; `before` continues a list after its
// last row (sortDate, id), so long lists page without OFFSET scans.
struct ArticleQuery {
    std::optional<std::int64_t> feedId = {};
    std::optional<std::string> folder = {};
    bool unreadOnly = false;
    bool starredOnly = false;
    bool readOnly = false;
    // Articles a mute rule marked read or hid (MuteRules.h); without it, hidden ones are left
    // out of every list.
    bool mutedOnly = false;
    std::optional<std::int64_t> watchListId = {}; // only the watch-list's matches (WatchLists.h)
    Timestamp since = {};
    std::optional<std::pair<std::int64_t, std::int64_t>> before = {};
    int limit = 100;
    bool withTakeaways = false; // a list view needs none; scripts and previews do
    bool fewUnread = false;     // set by the store itself: picks the faster plan
    ArticleOrder order = ArticleOrder::Newest;
    int offset = 0; // rows of the ordered list to skip: the pages of orders other than Newest
};

struct UnreadCounts {
    std::map<std::int64_t, int> byFeed;
    std::map<std::string, int> byFolder;
    int total = 0;
    int starred = 0;
};

// Which articles "mark all read" covers.
struct MarkScope {
    std::optional<std::int64_t> feedId = {};
    std::optional<std::string> folder = {};
    Timestamp olderThan = {}; // only articles dated before this
};

// Articles and their read state: the only code with article SQL.
class ArticleStore {
  public:
    explicit ArticleStore(Database& db);

    // Inserts new articles and updates changed ones of one feed; read and starred flags are
    // never touched, articles that left the feed stay. Call inside a transaction.
    ArticleChanges storeArticles(std::int64_t feedId, const std::vector<Article>& articles,
                                 std::int64_t now);

    // What storeArticles would do with these articles, without writing: after a write that
    // failed, how many were new or changed and are not stored.
    ArticleChanges pendingChanges(std::int64_t feedId, const std::vector<Article>& articles);

    std::optional<StoredArticle> article(std::int64_t id);
    std::vector<ArticleHeadline> list(const ArticleQuery& query);
    int count(const ArticleQuery& query);

    // Each returns how many articles changed; durable when it returns.
    int setRead(const std::vector<std::int64_t>& ids, bool read, std::int64_t now);
    // Removing a star counts as reading again for retention; `now` 0 is the system clock.
    int setStarred(const std::vector<std::int64_t>& ids, bool starred, std::int64_t now = 0);
    // Whether the reader allowed remote images for this one article ("Load images"); false
    // for an article that is not stored. Kept across restarts, gone with the article.
    bool imagesAllowed(std::int64_t id);
    // Returns how many articles changed; durable when it returns.
    int setImagesAllowed(std::int64_t id, bool allowed);
    // Returns the ids it marked, so the change can be undone with setRead(ids, false).
    std::vector<std::int64_t> markAllRead(const MarkScope& scope, std::int64_t now);

    // Full-text search: words (case, diacritics and strokes ignored, SearchFolding.h),
    // "phrases", prefix*, -exclusions, and the filters is:unread, is:read, is:starred,
    // feed:ID, folder:NAME, since:DATE (SearchQuery.h). The filters narrow the matches first;
    // ranked by relevance, then date; when more than 1000 matches pass the filters, the 1000
    // most recently cached of them are ranked. Exclusions alone ("-drone") list everything
    // else, newest first; no words and no filters list everything.
    // The text form throws SearchQueryError for a filter it cannot read.
    // IndexFirst indexes what waits first (indexBacklog), so nothing stored is missed.
    // LeaveToWriter searches what is indexed and leaves the rest to the refresh that stored
    // it, which indexes as it goes: for a reader's reloads while a refresh writes, which would
    // otherwise wait for the write lock and index up to a batch on the reader's thread.
    enum class Backlog { IndexFirst, LeaveToWriter };
    std::vector<ArticleHeadline> search(const std::string& query, int limit = 100,
                                        Backlog backlog = Backlog::IndexFirst);
    std::vector<ArticleHeadline> search(const SearchQuery& query, int limit = 100,
                                        Backlog backlog = Backlog::IndexFirst);

    // Articles stored or changed join the search index in batches, which costs FTS5 half as
    // much as one feed's fifty at a time. A refresh calls this as it goes and when it ends;
    // search() calls it first, so it never misses what is stored. Returns how many it indexed.
    int indexBacklog();
    UnreadCounts unreadCounts();

    // Drops read, unstarred articles read before `now - maxAgeSeconds` (their own date does not
    // count); unread and starred ones stay whatever their age. What goes leaves a note
    // (retired_articles), so the same item still in its feed is not stored again as unread.
    // Returns how many went.
    int applyRetention(std::int64_t maxAgeSeconds, std::int64_t now);

  private:
    struct BodyColumns;
    enum class Stored { Same, Changed, Absent, Retired };
    Stored lookUp(std::int64_t feedId, const std::string& guid, std::int64_t fingerprint,
                  std::int64_t& existingId);
    std::int64_t insertArticle(std::int64_t feedId, const BodyColumns& body,
                               std::int64_t fingerprint, std::int64_t now);
    void updateArticle(std::int64_t id, const BodyColumns& body, std::int64_t fingerprint);
    void addTakeaways(std::vector<ArticleHeadline>& rows);
    // The feeds a search's feed: and folder: filters leave; both must hold.
    std::vector<std::int64_t> feedsOf(const SearchQuery& query);
    // list(), less the articles matching the FTS5 expression `excluding` (when not empty).
    std::vector<ArticleHeadline> listExcluding(const ArticleQuery& query,
                                               const std::string& excluding);

    Database& m_db;
    Statement m_findExisting;
    Statement m_isRetired;
    Statement m_insert;
    Statement m_insertBody;
    Statement m_insertStatus;
    Statement m_update;
    Statement m_updateBody;
    Statement m_unindex;
    Statement m_toBacklog;
    Statement m_takeaways;
};

} // namespace heraut
