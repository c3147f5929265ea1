// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Account.h"
#include "heraut/Article.h"
#include "heraut/FailureKind.h"
#include "heraut/Fetcher.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace heraut {

// Why talking to a server reader failed. The message names the server and the cause in words
// a reader can act on ("wrong user name or password for https://rss.example/api/greader.php").
class SyncError : public std::runtime_error {
  public:
    enum class Kind {
        WrongPassword,  // the server refused the login
        ApiDisabled,    // the login is right but the API is off for this user (tt-rss, FreshRSS)
        Unreachable,    // no answer: host unknown, connection refused, timeout
        Tls,            // the certificate could not be verified
        NotTheProtocol, // an answer, but not this protocol's (a web page, a 404 where the API is)
        Server,         // the server answered with an error (5xx, "ERR")
        NoPassword,     // nothing stored for the account (CredentialStore)
        Refused, // the server answered, and will not make this one change (not a feed, no such
                 // folder, no API call for it): sending it again cannot help
        Other,
        Cancelled, // the reader stopped the sync
    };
    // `cause`: for Unreachable and Tls, what the transfer met (host not found, timed out, ...),
    // so that a reader's language can word it; {None, 0} otherwise.
    SyncError(Kind kind, const std::string& message, Failure cause = {})
        : std::runtime_error(message), m_kind(kind), m_cause(cause) {}
    Kind kind() const { return m_kind; }
    Failure cause() const { return m_cause; }

  private:
    Kind m_kind;
    Failure m_cause;
};

// "wrong-password", "api-disabled", ...: for JSON output and Account::lastErrorKind.
const char* syncErrorKindName(SyncError::Kind kind);
std::optional<SyncError::Kind> parseSyncErrorKind(std::string_view name);

struct RemoteFolder {
    std::string id = {};   // the server's: "user/-/label/Defensie" (GReader), "12" (tt-rss)
    std::string name = {}; // as the reader sees it
};

struct RemoteSubscription {
    std::string id =
        {}; // the server's: "feed/12" (FreshRSS, Miniflux), "feed/https://..." (Inoreader)
    std::string url = {}; // the feed's own URL
    std::string title = {};
    std::optional<std::string> siteLink = {};
    std::optional<std::string> folderId =
        {}; // RemoteFolder::id; a feed in several labels: the first
};

// One article as the server holds it.
struct RemoteItem {
    std::string id;     // canonical remote id (GReader: "tag:google.com,2005:reader/item/<16 hex>")
    std::string feedId; // RemoteSubscription::id
    Article
        article; // normalised as a feed's article is (sanitised HTML, plain text); id == this id
    bool read = false;
    bool starred = false;
};

// Which id set itemIds() lists.
enum class ItemSet {
    All,     // every item of the reading list, newest first, within `newerThan`
    Unread,  // every unread item (reading-list minus read, never the "read" stream: §1.3)
    Starred, // every starred item
};

// One protocol, one account's session with its server. Every call blocks, throws SyncError on
// failure, and follows paging ("continuation") to the end itself. Implementations:
// GoogleReaderClient.h, TinyTinyRssClient.h. Not thread-safe: one sync at a time per client.
class SyncClient {
  public:
    virtual ~SyncClient() = default;

    // Logs in (or checks the session). WrongPassword / ApiDisabled / NotTheProtocol are
    // distinguished here, before anything else is asked.
    virtual void login() = 0;

    virtual std::vector<RemoteFolder> folders() = 0;
    virtual std::vector<RemoteSubscription> subscriptions() = 0;

    // Canonical item ids (RemoteItem::id form). `newerThan` (epoch seconds) narrows All only; a
    // coarse window (servers differ on publication vs crawl time, §1.2 ot/nt).
    virtual std::vector<std::string> itemIds(ItemSet set, Timestamp newerThan = {}) = 0;

    // Contents of at most itemBatchSize() items. Ids the server no longer has are left out.
    virtual std::vector<RemoteItem> items(const std::vector<std::string>& ids) = 0;
    virtual std::size_t itemBatchSize() const = 0;

    // State changes, at most editBatchSize() ids a call. Return only when the server confirmed.
    virtual void setRead(const std::vector<std::string>& ids, bool read) = 0;
    virtual void setStarred(const std::vector<std::string>& ids, bool starred) = 0;
    virtual std::size_t editBatchSize() const = 0;
    // Everything of one subscription (or, with no id, of the account) dated up to `olderThan`.
    virtual void markAllRead(const std::optional<std::string>& subscriptionId,
                             std::int64_t olderThan) = 0;

    // Subscriptions. subscribe returns the new RemoteSubscription::id. `folder` is a folder name;
    // absent: top level.
    virtual std::string subscribe(const std::string& url,
                                  const std::optional<std::string>& folder) = 0;
    virtual void unsubscribe(const std::string& subscriptionId) = 0;
    virtual void rename(const std::string& subscriptionId, const std::string& title) = 0;
    virtual void move(const std::string& subscriptionId,
                      const std::optional<std::string>& folder) = 0;
};

// The client for the account's kind and dialect. Throws SyncError when it cannot be made.
std::unique_ptr<SyncClient> makeSyncClient(const Account& account, const std::string& password,
                                           const FetchOptions& fetch);

} // namespace heraut
