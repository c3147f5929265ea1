// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Database.h"
#include "heraut/FailureKind.h"
#include "heraut/FeedDiscovery.h"
#include "heraut/FeedUrl.h"
#include "heraut/Fetcher.h"
#include "heraut/FullArticleStore.h"
#include "heraut/Opml.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace heraut {

// Subscribing failed: the URL could not be fetched, or neither it nor any feed it advertises
// is a feed, or the request itself was wrong. The message says which.
class SubscribeError : public std::runtime_error {
  public:
    enum class Cause {
        Fetch,      // the network, the server or what it sent
        BadRequest, // no http(s) URL (feedUrlProblem), or a choice the page does not offer
    };
    explicit SubscribeError(const std::string& message, Cause cause = Cause::Fetch,
                            Failure failure = {}, std::optional<UrlProblem> urlProblem = {})
        : std::runtime_error(message), m_cause(cause), m_failure(failure),
          m_urlProblem(std::move(urlProblem)) {}
    Cause cause() const { return m_cause; }
    // The message as a kind, for a GUI's own words: the fetch's failure (NotAFeed when neither
    // the URL nor a feed its page offers is one), or why the URL cannot be a subscription.
    // Neither: only the English message says what.
    Failure failure() const { return m_failure; }
    const std::optional<UrlProblem>& urlProblem() const { return m_urlProblem; }

  private:
    Cause m_cause;
    Failure m_failure;
    std::optional<UrlProblem> m_urlProblem;
};

struct SubscribeRequest {
    std::string url;
    std::optional<std::string> folder;
    std::optional<std::string> title; // the reader's own name for it
    // Which of several advertised feeds to take (an index into what the page lists).
    size_t choice = 0;
    // Whether article pages are fetched; the newest of the articles stored now wait for the
    // next refresh to fetch their pages (ArticlePages.h).
    FullArticlesMode fullArticles = FullArticlesMode::Auto;
};

struct SubscribeResult {
    std::int64_t feedId = 0;
    std::string url; // the feed's URL, which differs from the request after autodiscovery
    std::string title;
    int newArticles = 0;
    std::vector<DiscoveredFeed> alternatives; // everything the page advertised
};

// Fetches the URL; an HTML page is searched for the feeds it advertises and the chosen one is
// taken. The feed is added with its articles stored at once.
SubscribeResult subscribe(Database& db, Fetcher& fetcher, const SubscribeRequest& request,
                          std::int64_t now);

// Only looks: the feeds an URL offers (itself when it is a feed). For "add feed" dialogs.
std::vector<DiscoveredFeed> discoverFeeds(Fetcher& fetcher, const std::string& url);

// An outline whose URL no subscription may have (feedUrlProblem), as the file gave it.
struct RejectedOutline {
    std::string title;
    std::string url;
    std::string problem; // in English, for the CLI
    UrlProblem kind = {};
};

struct ImportResult {
    int added = 0;
    int alreadySubscribed = 0;
    std::vector<RejectedOutline> rejected; // not imported; the rest were
    std::vector<std::string> warnings;     // what parseOpml had to change (nesting, skips)
    std::vector<OpmlNote> notes;           // the same as kinds, for a GUI's words
};

// Adds the outlines' feeds in one transaction; an outline `add` would refuse is listed in
// `rejected`, not stored. Throws OpmlError when the text is no OPML.
ImportResult importOpml(Database& db, std::string_view opml, std::int64_t now);
// Feed URLs are written whole, with any login in them: the file is for importing again.
std::string exportOpml(Database& db);

// A new database starts with the bundled Dutch and Flemish defence sources.
void addDefaultFeeds(Database& db, std::int64_t now);

// $HERAUT_DB, else $XDG_DATA_HOME/heraut/heraut.sqlite, else ~/.local/share/heraut/heraut.sqlite
std::string defaultDatabasePath();

} // namespace heraut
