// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/Subscriptions.h"

#include "heraut/ArrivalRules.h"
#include "heraut/ArticlePages.h"
#include "heraut/ArticleStore.h"
#include "heraut/BodyHash.h"
#include "heraut/FeedParser.h"
#include "heraut/FeedStore.h"
#include "heraut/FeedUrl.h"
#include "heraut/Opml.h"

#include <cstdlib>
#include <map>

namespace heraut {
namespace {

FetchResult fetchOrThrow(Fetcher& fetcher, const std::string& url) {
    FetchResult response = fetcher.fetchOne({0, url, std::nullopt, std::nullopt});
    if (!response.error.empty())
        throw SubscribeError(withoutPasswords(url) + ": " + response.error,
                             SubscribeError::Cause::Fetch, response.failure);
    if (!response.ok())
        throw SubscribeError(withoutPasswords(url) + ": the server answered HTTP " +
                                 std::to_string(response.status),
                             SubscribeError::Cause::Fetch,
                             Failure{.kind = FailureKind::Http, .code = response.status});
    return response;
}

} // namespace

SubscribeResult subscribe(Database& db, Fetcher& fetcher, const SubscribeRequest& request,
                          std::int64_t now) {
    if (auto problem = feedUrlProblemKind(request.url))
        throw SubscribeError(withoutPasswords(request.url) + ": " + describe(*problem),
                             SubscribeError::Cause::BadRequest, {}, problem);
    SubscribeResult result;
    FetchResult response = fetchOrThrow(fetcher, request.url);
    ParsedFeed parsed;
    try {
        // Links resolve against the URL without its login: an article link must not carry it.
        parsed = parseFeed(response.body, {withoutLogin(response.finalUrl), response.charset});
    } catch (const NotAFeedError& error) {
        result.alternatives = error.discoveredFeeds();
        if (result.alternatives.empty())
            throw SubscribeError(withoutPasswords(request.url) + ": " + error.what(),
                                 SubscribeError::Cause::Fetch,
                                 Failure{.kind = FailureKind::NotAFeed});
        if (request.choice >= result.alternatives.size())
            throw SubscribeError(withoutPasswords(request.url) + ": the page offers only " +
                                     std::to_string(result.alternatives.size()) + " feeds",
                                 SubscribeError::Cause::BadRequest);
        response = fetchOrThrow(fetcher, result.alternatives[request.choice].url);
        try {
            parsed = parseFeed(response.body, {withoutLogin(response.finalUrl), response.charset});
        } catch (const NotAFeedError& inner) {
            throw SubscribeError(withoutPasswords(response.url) + ": " + inner.what(),
                                 SubscribeError::Cause::Fetch,
                                 Failure{.kind = FailureKind::NotAFeed});
        }
    }
    // A permanent redirect is where the feed lives now; a temporary one is not.
    result.url = response.permanentRedirect ? response.finalUrl : response.url;
    result.title = request.title ? *request.title : parsed.title;
    FeedStore feeds(db);
    ArticleStore articles(db);
    Transaction transaction(db);
    result.feedId =
        feeds.addFeed(result.url, result.title, request.folder, now, request.title.has_value());
    feeds.updateFeedInfo(result.feedId, result.title, parsed.link);
    FullArticleStore pages(db);
    std::int64_t lastBefore = pages.lastArticleId();
    result.newArticles = articles.storeArticles(result.feedId, parsed.articles, now).added;
    pages.setMode(result.feedId, request.fullArticles);
    pages.setExcerptOnly(result.feedId, isExcerptOnly(parsed.articles));
    if (pages.fetchesPages(result.feedId))
        pages.queueNewArticles(result.feedId, lastBefore, PageFetchOptions{}.firstRefreshPages);
    Feed added = *feeds.feed(result.feedId);
    feeds.recordSuccess(result.feedId,
                        {response.etag, response.lastModified, bodyHash(response.body)}, now,
                        now + added.refreshInterval);
    transaction.commit();
    try {
        applyArrivalRules(db, now);
    } catch (const StoreError&) {
        // Subscribed and stored all the same; the next refresh applies them (ArrivalRules.h).
    }
    return result;
}

std::vector<DiscoveredFeed> discoverFeeds(Fetcher& fetcher, const std::string& url) {
    FetchResult response = fetchOrThrow(fetcher, url);
    try {
        ParsedFeed parsed = parseFeed(response.body, {response.finalUrl, response.charset});
        // Typed without a scheme ("nos.nl/rss"), the URL was fetched as curl completed it; the
        // completed one is what subscribe() accepts (feedUrlProblem).
        std::string feedUrl = feedUrlProblem(response.url) ? response.finalUrl : response.url;
        return {{feedUrl, std::string(feedFormatName(parsed.format)), parsed.title}};
    } catch (const NotAFeedError& error) {
        if (error.discoveredFeeds().empty())
            throw SubscribeError(withoutPasswords(url) + ": " + error.what(),
                                 SubscribeError::Cause::Fetch,
                                 Failure{.kind = FailureKind::NotAFeed});
        return error.discoveredFeeds();
    }
}

namespace {

// The innermost folder of `path`, each made inside the one before it when it is new; a name
// that exists already is that folder, wherever it is (names are unique across the tree).
std::string folderOf(FeedStore& feeds, const std::vector<std::string>& path) {
    std::optional<std::int64_t> parent;
    for (const std::string& name : path)
        parent = feeds.folderIn(name, parent);
    return path.back();
}

} // namespace

ImportResult importOpml(Database& db, std::string_view opml, std::int64_t now) {
    OpmlDocument document = parseOpml(opml);
    FeedStore feeds(db);
    ImportResult result;
    result.warnings = std::move(document.warnings);
    result.notes = std::move(document.notes);
    Transaction transaction(db);
    for (const OpmlOutline& outline : document.outlines) {
        if (auto problem = feedUrlProblemKind(outline.xmlUrl)) {
            result.rejected.push_back(
                {outline.title, outline.xmlUrl, describe(*problem), *problem});
            continue;
        }
        if (feeds.feedByUrl(outline.xmlUrl)) {
            ++result.alreadySubscribed;
            continue;
        }
        std::int64_t id = feeds.addFeed(outline.xmlUrl, outline.title, std::nullopt, now);
        if (!outline.folderPath.empty())
            feeds.moveFeed(id, folderOf(feeds, outline.folderPath));
        else if (outline.folder)
            feeds.moveFeed(id, outline.folder);
        if (outline.htmlUrl) feeds.updateFeedInfo(id, outline.title, outline.htmlUrl);
        ++result.added;
    }
    transaction.commit();
    return result;
}

std::string exportOpml(Database& db) {
    FeedStore store(db);
    std::map<std::int64_t, Folder> folders;
    for (const Folder& folder : store.folders())
        folders[folder.id] = folder;
    std::vector<OpmlOutline> outlines;
    for (const Feed& feed : store.feeds()) {
        std::vector<std::string> path;
        // Outward from the feed's folder; the depth guard holds even in a damaged file.
        for (std::optional<std::int64_t> id = feed.folderId;
             id && folders.contains(*id) && path.size() <= folders.size();
             id = folders[*id].parentId)
            path.insert(path.begin(), folders[*id].name);
        outlines.push_back({feed.displayTitle(), feed.url, feed.siteLink, feed.folderName, path});
    }
    return writeOpml(outlines, "Heraut");
}

void addDefaultFeeds(Database& db, std::int64_t now) {
    importOpml(db, defaultFeedsOpml(), now);
}

std::string defaultDatabasePath() {
    if (const char* path = std::getenv("HERAUT_DB"); path && *path) return path;
    if (const char* data = std::getenv("XDG_DATA_HOME"); data && *data)
        return std::string(data) + "/heraut/heraut.sqlite";
    const char* home = std::getenv("HOME");
    return std::string(home ? home : ".") + "/.local/share/heraut/heraut.sqlite";
}

} // namespace heraut
