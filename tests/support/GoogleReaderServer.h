// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestHttpServer.h"

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace heraut::test {

// A Google Reader API server for tests and benchmarks, answering as the real ones do
// (research/sync-protocols.md §1.2-1.3). No server of this kind is packaged in Debian 12, so
// the suite brings its own. Per dialect:
// - FreshRSS: API under /api/greader.php; item ids are crawl times in µs (decimal in items/ids,
//   long hex elsewhere); feeds "feed/<n>"; continuation = the last entry id, given when a page is
//   full; ot/nt on crawl time; POSTs need the auth header *and* T; token = auth + "ZZZ…" padding;
//   API switched off: 503; unknown paths 400.
// - Miniflux: API at the root; small decimal ids; feeds "feed/<n>"; continuation = an SQL-style
//   offset; ot/nt on publication time; POSTs authenticate by T only (the header is ignored), GETs
//   by the header only; items/contents by POST only (GET: 405); a bad token: 401 +
//   X-Reader-Google-Bad-Token; unknown paths "[]" with 200; T == the auth token.
// - Inoreader: API at the root; feeds "feed/<url>"; tags and states with the user's number
//   ("user/1005921515/label/X"); an opaque continuation; at most 250 items a contents call.
// Every dialect: ClientLogin answers "SID=…\nLSID=…\nAuth=…" (FreshRSS: LSID=null), wrong
// password 401, pages of at most `idsPerPage` ids whatever n asks (so continuation is always
// exercised), edit-tag / mark-all-as-read / subscription/edit answer "OK".
class GoogleReaderServer {
  public:
    enum class Dialect { FreshRss, Miniflux, Inoreader };

    explicit GoogleReaderServer(Dialect dialect, std::string user = "lezer",
                                std::string password = "geheim-api");
    ~GoogleReaderServer();

    // What a client is configured with: FreshRSS ".../api/greader.php", others the root.
    std::string baseUrl() const;
    Dialect dialect() const { return m_dialect; }
    TestHttpServer& http() { return *m_http; }

    // The server's content, as another client or the server's own refresh would change it.
    // Returns the subscription id ("feed/3" or "feed/<url>").
    std::string addFeed(const std::string& url, const std::string& title,
                        const std::string& folder = {});
    void removeFeed(const std::string& subscriptionId);
    void renameFeedOnServer(const std::string& subscriptionId, const std::string& title);
    // Adds `count` items to a feed, newest last, published `published`, `published + 60`, ...
    // Returns their long ids.
    std::vector<std::string> addItems(const std::string& subscriptionId, int count,
                                      std::int64_t published, int bodyBytes = 1500);
    void setRead(const std::string& longId, bool read);
    void setStarred(const std::string& longId, bool starred);
    bool isRead(const std::string& longId) const;
    bool isStarred(const std::string& longId) const;
    int itemCount() const;
    std::vector<std::string> subscriptionIds() const;
    std::optional<std::string> subscriptionTitle(const std::string& id) const;
    std::optional<std::string> subscriptionFolder(const std::string& id) const;

    // Faults.
    void setIdsPerPage(int n);
    void setApiDisabled(bool disabled);
    void expireToken(); // the next authorised call gets the bad-token answer
    // After `requests` more requests every request is hung up on, until setDown(false).
    void setDownAfter(int requests);
    void setDown(bool down);
    // After `calls` more items/contents calls the server goes down (setDown(true)).
    void setDownAfterContents(int calls);
    // The `nth` next request whose path holds `pathPart` ("items/contents", "edit-tag") is
    // answered with HTTP `status` and nothing done; with `stallMs`, only after that long (a
    // client's timeout). Once; the requests after it are answered as usual.
    void failRequest(const std::string& pathPart, int nth, int status, int stallMs = 0);
    // Subscribing to a URL holding this answers as the servers do when the URL is no feed.
    static constexpr const char* kNotAFeed = "not-a-feed";

    // What clients asked for.
    int contentItemsServed() const; // items sent by items/contents
    int editTagCalls() const;
    std::vector<std::string> editTagBodies() const;

  private:
    struct Item {
        std::uint64_t id = 0;
        int feed = 0;
        std::string title;
        std::string link;
        std::string body;
        std::int64_t published = 0;
        std::int64_t crawled = 0; // µs
        bool read = false;
        bool starred = false;
    };
    struct Feed {
        int number = 0;
        std::string url;
        std::string title;
        std::string folder;
    };

    HttpResponse handle(const HttpRequest& request);
    HttpResponse route(const std::string& path, const std::map<std::string, std::string>& query,
                       const std::multimap<std::string, std::string>& form,
                       const HttpRequest& request);
    HttpResponse clientLogin(const std::multimap<std::string, std::string>& form);
    HttpResponse itemIds(const std::multimap<std::string, std::string>& params);
    HttpResponse contents(const std::multimap<std::string, std::string>& params);
    HttpResponse editTag(const std::multimap<std::string, std::string>& form);
    HttpResponse markAllRead(const std::multimap<std::string, std::string>& form);
    HttpResponse subscriptionList();
    HttpResponse tagList();
    HttpResponse quickAdd(const std::multimap<std::string, std::string>& form);
    HttpResponse editSubscription(const std::multimap<std::string, std::string>& form);
    std::string streamId(const Feed& feed) const;
    const Feed* feedOfStream(const std::string& stream) const;
    std::string userPart() const; // "-" or the user's number (Inoreader)
    Item* findItem(const std::string& id);
    std::string auth() const;
    std::string token() const;

    Dialect m_dialect;
    std::string m_user;
    std::string m_password;
    mutable std::mutex m_mutex;
    std::vector<Item> m_items; // ascending id
    std::vector<Feed> m_feeds;
    std::uint64_t m_nextId;
    int m_nextFeed = 1; // never reused, as the servers' own ids
    std::int64_t m_clock = 1764000000;
    int m_idsPerPage = 1000;
    bool m_apiDisabled = false;
    bool m_tokenExpired = false;
    int m_downAfter = -1;
    int m_contentsUntilDown = -1;
    bool m_down = false;
    struct Fault {
        std::string pathPart;
        int countdown = 0;
        int status = 500;
        int stallMs = 0;
    };
    std::vector<Fault> m_faults;
    int m_contentItems = 0;
    std::vector<std::string> m_editTags;
    std::unique_ptr<TestHttpServer> m_http; // last: stopped before the state it reads
};

} // namespace heraut::test
