// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Article.h"
#include "heraut/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace heraut {

// Whether a feed's article pages are fetched for reading offline. Auto fetches them for feeds
// whose items carry only excerpts (isExcerptOnly, ArticlePages.h) and leaves complete ones alone.
enum class FullArticlesMode { Auto = 0, Always = 1, Never = 2 };

// "auto", "always", "never": the CLI's words and the values scripts see.
std::string_view fullArticlesModeName(FullArticlesMode mode);
std::optional<FullArticlesMode> parseFullArticlesMode(std::string_view name);

// An article's own web page, as the extractor read it (ArticleExtractor.h).
struct FullArticle {
    std::string content; // the body as sanitised HTML, links absolute; remote images not loaded
    std::string text;    // its plain text
    std::vector<std::string> keyTakeaways; // the page's own list; empty when it has none
    std::string image;                     // lead image URL, absolute http(s); empty if none
    std::string pageUrl;                   // where the page was read, after redirects
    std::int64_t fetchedAt = 0;            // seconds since the epoch, when the page was read
};

// Where an article's page stands.
enum class PageState {
    None = -1,     // never asked for (a complete feed, an article from before)
    Waiting = 0,   // to be fetched by the next refresh (new, asked for, or the feed changed it)
    Done = 1,      // fetched; nothing to do until the feed changes the article
    Failed = 2,    // the last attempt failed; retried after nextAttempt
    NoArticle = 3, // the page holds no article (front page, paywall, video): not retried
};

struct PageStatus {
    PageState state = PageState::None;
    int failures = 0;             // attempts that failed in a row
    std::int64_t nextAttempt = 0; // not before this (seconds since the epoch)
    std::string lastError;        // for Failed and NoArticle: why, for a person
};

// A page a refresh is to fetch.
struct PageJob {
    std::int64_t articleId = 0;
    std::int64_t feedId = 0;
    std::string url; // the article's link
    std::optional<std::string> etag;
    std::optional<std::string> lastModified;
    std::optional<std::string> bodyHash; // of the page last extracted
    int failures = 0;
};

// Full articles and each feed's setting for them. The only code with article_pages SQL.
// Writes are single statements or run inside the caller's transaction.
class FullArticleStore {
  public:
    explicit FullArticleStore(Database& db) : m_db(db) {}

    // The feed's setting; Auto for a feed that does not exist.
    FullArticlesMode mode(std::int64_t feedId);
    // Throws StoreError when there is no such feed.
    void setMode(std::int64_t feedId, FullArticlesMode mode);
    // What the last refresh of the feed found: only excerpts (turns Auto on).
    bool excerptOnly(std::int64_t feedId);
    void setExcerptOnly(std::int64_t feedId, bool excerptOnly);
    // Always, or Auto on a feed found excerpt-only.
    bool fetchesPages(std::int64_t feedId);

    // The article's full text, or nullopt when no page was read for it (yet).
    std::optional<FullArticle> fullArticle(std::int64_t articleId);
    PageStatus pageStatus(std::int64_t articleId);
    // Those of `articleIds` that have a full text: one indexed query, for a list's icons.
    std::vector<std::int64_t> withFullText(const std::vector<std::int64_t>& articleIds);

    // Marks the feed's articles stored after `afterArticleId` as waiting, newest first, at most
    // `limit` of them (-1: all); articles without a link are skipped. Returns how many.
    int queueNewArticles(std::int64_t feedId, std::int64_t afterArticleId, int limit);
    // Marks one article as waiting now (a reader's request, "fetch full article"), whatever
    // its state; what it has stays until a new page replaces it. False when no such article.
    bool queue(std::int64_t articleId);
    // A page the feed changed the article of is checked again (conditional GET): its text is
    // kept unless the page changed too.
    void recheck(const std::vector<std::int64_t>& articleIds);
    // Waiting pages of these feeds, due at `now`, oldest article first; at most `limit`.
    std::vector<PageJob> duePages(const std::vector<std::int64_t>& feedIds, std::int64_t now,
                                  int limit = 100000);
    // The page fetch of one article with a link, whatever its state; nullopt when there is no
    // such article or it has no link.
    std::optional<PageJob> pageJob(std::int64_t articleId);
    // Highest article id stored, 0 when none: what queueNewArticles counts from.
    std::int64_t lastArticleId();

    // A page read: the article replaces what there was, the search index follows.
    // Call inside a transaction.
    void storePage(std::int64_t articleId, const FullArticle& page,
                   const std::optional<std::string>& etag,
                   const std::optional<std::string>& lastModified, const std::string& bodyHash);
    // The page answered 304 or sent the same bytes: what was extracted stays.
    void recordUnchanged(std::int64_t articleId, std::int64_t now);
    // The attempt failed; the excerpt stays and the page is tried again at `nextAttempt`, or,
    // with `giveUp` (no article on the page), not again unless asked.
    void recordFailure(std::int64_t articleId, const std::string& error, std::int64_t nextAttempt,
                       bool giveUp);

  private:
    // A statement prepared once per store: storePage runs for every page of a refresh, and
    // preparing its four statements (one expands the search source view) cost more than
    // running them. Index into m_statements.
    Statement& cached(size_t slot, std::string_view sql);

    Database& m_db;
    std::vector<std::optional<Statement>> m_statements;
};

} // namespace heraut
