// SPDX-License-Identifier: GPL-3.0-or-later
// The Tiny Tiny RSS JSON API: every call is a POST of {"op": ..., "sid": ...} to <base>/api/,
// every answer {"seq", "status": 0 ok | 1 error, "content"}, HTTP 200 either way (api.php).
// Quirks are from tt-rss's classes/api.php (API level 15, the Debian 12 build) and
// research/sync-protocols.md §1.5.
#include "heraut/TinyTinyRssClient.h"

#include "heraut/HtmlSanitizer.h"
#include "heraut/KeyTakeaways.h"
#include "heraut/PlainText.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

namespace heraut {
namespace {

using Json = nlohmann::json;

// getHeadlines returns at most 200 headlines whatever `limit` asks (api.php).
constexpr int kHeadlinesPage = 200;
// Ids joined into one "1,2,3" parameter; tt-rss sets no limit, this keeps requests small.
constexpr std::size_t kIdBatch = 200;

// Special feed ids of getHeadlines (tt-rss Feeds): -4 all articles, -1 starred.
constexpr int kAllArticles = -4;
constexpr int kStarred = -1;

// updateArticle's `field` and `mode` numbers.
enum class ArticleField { Starred = 0, Unread = 2 };

// The API answers at <base>/api/; a URL given with "api" at its end is taken as it is.
std::string apiUrlOf(std::string url) {
    while (!url.empty() && url.back() == '/')
        url.pop_back();
    if (url.ends_with("/api")) return url + "/";
    return url + "/api/";
}

// tt-rss sends ids and numbers as JSON numbers or, from some queries, as strings.
std::string idOf(const Json& value) {
    if (value.is_number_integer()) return std::to_string(value.get<std::int64_t>());
    if (value.is_string()) return value.get<std::string>();
    return {};
}

std::int64_t integerOf(const Json& value) {
    if (value.is_number_integer()) return value.get<std::int64_t>();
    if (value.is_string()) {
        try {
            return std::stoll(value.get<std::string>());
        } catch (const std::exception&) {
            return 0;
        }
    }
    return 0;
}

std::string stringOf(const Json& object, const char* key) {
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<std::string> nonEmpty(std::string text) {
    if (text.empty()) return std::nullopt;
    return text;
}

std::string joined(const std::vector<std::string>& ids) {
    std::string out;
    for (const std::string& id : ids) {
        if (!out.empty()) out += ',';
        out += id;
    }
    return out;
}

SyncError::Kind kindOfTransferError(const std::string& error) {
    if (error.find("TLS") != std::string::npos || error.find("SSL") != std::string::npos ||
        error.find("certificate") != std::string::npos)
        return SyncError::Kind::Tls;
    return SyncError::Kind::Unreachable;
}

std::vector<Enclosure> enclosuresOf(const Json& attachments) {
    std::vector<Enclosure> out;
    if (!attachments.is_array()) return out;
    for (const Json& a : attachments) {
        if (!a.is_object()) continue;
        std::string url = stringOf(a, "content_url");
        if (url.empty()) continue;
        out.push_back({url, nonEmpty(stringOf(a, "content_type")), std::nullopt});
    }
    return out;
}

// An article as getArticle gives it, normalised as a feed's article is (ArticleBuilder).
Article articleOf(const Json& a, const std::string& id) {
    Article article;
    article.id = id;
    article.title = plainTitle(stringOf(a, "title"));
    article.link = nonEmpty(stringOf(a, "link"));
    article.author = nonEmpty(plainLine(stringOf(a, "author")));
    // "updated" is the article's own date, to the minute (getArticle cuts it at 16 characters).
    if (std::int64_t updated = integerOf(a.value("updated", Json())); updated > 0)
        article.published = updated;
    SanitizedHtml body = sanitizeHtml(stringOf(a, "content"), article.link.value_or(""));
    article.keyTakeaways = std::move(body.keyTakeaways);
    // tt-rss keeps the feed's description as content when there is no full text: an excerpt
    // such as the seed's "Key takeaways ... […]".
    if (article.keyTakeaways.empty() && body.text.size() < 1500)
        article.keyTakeaways = takeawaysFromExcerpt(body.text);
    article.text = std::move(body.text);
    article.content = nonEmpty(std::move(body.html));
    article.enclosures = enclosuresOf(a.value("attachments", Json()));
    return article;
}

class TinyTinyRssClient final : public SyncClient {
  public:
    TinyTinyRssClient(const Account& account, std::string password, const FetchOptions& fetch)
        : m_apiUrl(apiUrlOf(account.url)), m_user(account.user), m_password(std::move(password)),
          m_fetcher(fetch) {}

    void login() override {
        m_session.clear();
        Json content = answerOf("login", {{"user", m_user}, {"password", m_password}});
        m_session = stringOf(content, "session_id");
        if (m_session.empty())
            fail(SyncError::Kind::NotTheProtocol, "the login answer carries no session id");
    }

    std::vector<RemoteFolder> folders() override {
        std::vector<RemoteFolder> out;
        Json categories = call("getCategories", {{"include_empty", true}});
        for (const Json& c : arrayOf(categories)) {
            // Ids 0, -1 and -2 are tt-rss's own: Uncategorized, Special, Labels.
            if (integerOf(c.value("id", Json())) <= 0) continue;
            out.push_back({idOf(c["id"]), stringOf(c, "title")});
        }
        return out;
    }

    std::vector<RemoteSubscription> subscriptions() override {
        std::vector<RemoteSubscription> out;
        // -3: every real feed of the user, in every category, without the virtual ones.
        Json feeds = call("getFeeds", {{"cat_id", -3}});
        for (const Json& f : arrayOf(feeds)) {
            RemoteSubscription s;
            s.id = idOf(f.value("id", Json()));
            s.url = stringOf(f, "feed_url");
            s.title = stringOf(f, "title");
            if (std::int64_t category = integerOf(f.value("cat_id", Json())); category > 0)
                s.folderId = std::to_string(category);
            if (!s.id.empty() && !s.url.empty()) out.push_back(std::move(s));
        }
        return out;
    }

    std::vector<std::string> itemIds(ItemSet set, Timestamp newerThan) override {
        std::optional<std::int64_t> expected;
        if (set != ItemSet::All) expected = counter(set);
        std::vector<std::string> ids;
        for (Headline& h : headlines(set == ItemSet::Starred ? kStarred : kAllArticles,
                                     set == ItemSet::Unread ? "unread" : "all_articles",
                                     set == ItemSet::All ? newerThan : std::nullopt, expected))
            ids.push_back(std::move(h.id));
        return ids;
    }

    std::vector<RemoteItem> items(const std::vector<std::string>& ids) override {
        std::vector<RemoteItem> out;
        if (ids.empty()) return out;
        Json articles = call("getArticle", {{"article_id", joined(ids)}});
        for (const Json& a : arrayOf(articles)) {
            RemoteItem item;
            item.id = idOf(a.value("id", Json()));
            item.feedId = idOf(a.value("feed_id", Json()));
            item.read = !a.value("unread", true);
            item.starred = a.value("marked", false);
            item.article = articleOf(a, item.id);
            if (!item.id.empty()) out.push_back(std::move(item));
        }
        return out;
    }
    std::size_t itemBatchSize() const override { return kIdBatch; }

    void setRead(const std::vector<std::string>& ids, bool read) override {
        updateArticles(ids, ArticleField::Unread, !read);
    }
    void setStarred(const std::vector<std::string>& ids, bool starred) override {
        updateArticles(ids, ArticleField::Starred, starred);
    }
    std::size_t editBatchSize() const override { return kIdBatch; }

    // catchupFeed marks everything, also what arrived after the reader's click (its only
    // windows are 1day/1week/2week), so the unread items dated up to `olderThan` are marked
    // one by one instead.
    void markAllRead(const std::optional<std::string>& subscriptionId,
                     std::int64_t olderThan) override {
        int feed =
            subscriptionId ? static_cast<int>(integerOf(Json(*subscriptionId))) : kAllArticles;
        std::vector<std::string> ids;
        for (Headline& h : headlines(feed, "unread", std::nullopt, std::nullopt))
            if (h.updated <= olderThan) ids.push_back(std::move(h.id));
        for (std::size_t i = 0; i < ids.size(); i += kIdBatch)
            setRead({ids.begin() + i, ids.begin() + std::min(ids.size(), i + kIdBatch)}, true);
    }

    std::string subscribe(const std::string& url,
                          const std::optional<std::string>& folder) override {
        std::int64_t category = folder ? categoryId(*folder) : 0;
        Json status = call("subscribeToFeed", {{"feed_url", url}, {"category_id", category}})
                          .value("status", Json::object());
        std::int64_t code = integerOf(status.value("code", Json()));
        // 0 already subscribed, 1 added; 2 bad URL, 3/4 a web page, 5 not fetched, 6 not a feed
        // (Feeds::subscribe_to_feed).
        if (code != 0 && code != 1) fail(SyncError::Kind::Refused, subscribeError(url, status));
        std::string id = idOf(status.value("feed_id", Json()));
        // Without its update daemon tt-rss fetches a new feed only later; asking now brings
        // its articles in with this sync. A failure here is the daemon's to retry.
        try {
            call("updateFeed", {{"feed_id", integerOf(Json(id))}});
        } catch (const SyncError&) {
        }
        return id;
    }

    void unsubscribe(const std::string& subscriptionId) override {
        try {
            call("unsubscribeFeed", {{"feed_id", integerOf(Json(subscriptionId))}});
        } catch (const SyncError&) {
            // Removed already (another device): what was asked for is so.
            if (m_lastError != "FEED_NOT_FOUND") throw;
        }
    }

    // API level 15 has no call to rename or move a feed (only its web preferences do).
    void rename(const std::string&, const std::string&) override {
        fail(SyncError::Kind::Refused, "its API cannot rename a feed; rename it in tt-rss itself");
    }
    void move(const std::string&, const std::optional<std::string>&) override {
        fail(SyncError::Kind::Refused,
             "its API cannot move a feed to another folder; move it in tt-rss itself");
    }

  private:
    [[noreturn]] void fail(SyncError::Kind kind, const std::string& what,
                           Failure cause = {}) const {
        throw SyncError(kind, "Tiny Tiny RSS at " + m_apiUrl + ": " + what, cause);
    }

    // Only ever called on a named variable: a temporary would die before the loop ends.
    static const Json& arrayOf(const Json& content) {
        static const Json empty = Json::array();
        return content.is_array() ? content : empty;
    }

    // One API call, logging in again once when the session has expired (tt-rss forgets
    // sessions after SESSION_COOKIE_LIFETIME, or on its own restart).
    Json call(const std::string& op, Json params = Json::object()) {
        if (m_session.empty()) login();
        try {
            return answerOf(op, params);
        } catch (const SyncError&) {
            if (m_lastError != "NOT_LOGGED_IN") throw;
        }
        login();
        return answerOf(op, std::move(params));
    }

    // POSTs the call; returns "content" of a status-0 answer, throws SyncError otherwise.
    Json answerOf(const std::string& op, Json params) {
        params["op"] = op;
        if (!m_session.empty() && op != "login") params["sid"] = m_session;
        FetchRequest request;
        request.url = m_apiUrl;
        request.postBody = params.dump();
        request.contentType = "application/json";
        request.headers = {"Accept: application/json"};
        FetchResult result = m_fetcher.fetchOne(request);
        if (!result.error.empty())
            fail(kindOfTransferError(result.error), result.error, result.failure);
        return contentOf(op, result);
    }

    Json contentOf(const std::string& op, const FetchResult& result) {
        m_lastError.clear();
        if (result.status >= 500)
            fail(SyncError::Kind::Server, "HTTP " + std::to_string(result.status));
        if (result.status == 401 || result.status == 403)
            fail(SyncError::Kind::WrongPassword,
                 "HTTP " + std::to_string(result.status) + ": the web server asks for a login");
        Json answer = Json::parse(result.body, nullptr, false);
        if (result.status != 200 || !answer.is_object() || !answer.contains("status") ||
            !answer.contains("content"))
            fail(SyncError::Kind::NotTheProtocol,
                 "HTTP " + std::to_string(result.status) + ", not a Tiny Tiny RSS API answer");
        if (integerOf(answer["status"]) == 0) return std::move(answer["content"]);
        m_lastError = stringOf(answer["content"], "error");
        if (m_lastError == "LOGIN_ERROR")
            fail(SyncError::Kind::WrongPassword, "wrong user name or password for " + m_user);
        if (m_lastError == "API_DISABLED")
            fail(SyncError::Kind::ApiDisabled, "the API is disabled for " + m_user +
                                                   " (Preferences > Enable API access, in tt-rss)");
        fail(SyncError::Kind::Server,
             op + " failed: " + (m_lastError.empty() ? "no reason given" : m_lastError));
    }

    struct Headline {
        std::string id;
        std::int64_t updated = 0; // the article's date, epoch seconds
    };

    // Every headline of a feed (no content). tt-rss orders only by dates and scores, never by
    // id, and articles of one feed update share their dates, so LIMIT/OFFSET pages overlap and
    // skip articles at random (PostgreSQL's top-N sort is not stable). So the pages are read
    // again in other orders until the count tt-rss gives (`expected`) is reached or, without
    // one, until a pass finds nothing new. An unread or starred list still short after that is
    // an error: applied as the truth it would mark unseen articles read here.
    std::vector<Headline> headlines(int feed, const char* viewMode, Timestamp newerThan,
                                    std::optional<std::int64_t> expected) {
        // "feed_dates" (newest first) lets the first pass stop at `newerThan`.
        static const char* const kOrders[] = {"feed_dates", "", "date_reverse", "title"};
        std::vector<Headline> out;
        std::set<std::string> seen;
        for (const char* order : kOrders) {
            std::size_t before = out.size();
            bool complete = readPass(feed, viewMode, order, newerThan, out, seen);
            if (expected ? static_cast<std::int64_t>(out.size()) >= *expected
                         : complete || (order != kOrders[0] && out.size() == before))
                return out;
        }
        if (expected)
            fail(SyncError::Kind::Server, "it listed " + std::to_string(out.size()) + " of the " +
                                              std::to_string(*expected) +
                                              " articles it counts as " + viewMode);
        return out;
    }

    // One pass over the pages in one order; true when it ended within one page (nothing can
    // have been skipped).
    bool readPass(int feed, const char* viewMode, const char* order, Timestamp newerThan,
                  std::vector<Headline>& out, std::set<std::string>& seen) {
        bool stopAtWindow = newerThan && std::string_view(order) == "feed_dates";
        for (int skip = 0;; skip += kHeadlinesPage) {
            Json page = call("getHeadlines", {{"feed_id", feed},
                                              {"view_mode", viewMode},
                                              {"limit", kHeadlinesPage},
                                              {"skip", skip},
                                              {"order_by", order},
                                              {"show_excerpt", false},
                                              {"show_content", false}});
            if (!page.is_array()) return skip == 0;
            for (const Json& h : page) {
                Headline headline{idOf(h.value("id", Json())),
                                  integerOf(h.value("updated", Json()))};
                if (newerThan && headline.updated < *newerThan) {
                    if (stopAtWindow) return skip == 0;
                    continue;
                }
                if (!headline.id.empty() && seen.insert(headline.id).second)
                    out.push_back(std::move(headline));
            }
            if (page.size() < static_cast<std::size_t>(kHeadlinesPage)) return skip == 0;
        }
    }

    // What tt-rss counts (getCounters): unread articles (feed -4's counter) or starred ones
    // (feed -1's auxcounter); absent when it does not say.
    std::optional<std::int64_t> counter(ItemSet set) {
        Json counters = call("getCounters");
        int feed = set == ItemSet::Starred ? kStarred : kAllArticles;
        const char* key = set == ItemSet::Starred ? "auxcounter" : "counter";
        for (const Json& c : arrayOf(counters))
            if (c.is_object() && c.value("kind", "") != "cat" &&
                integerOf(c.value("id", Json())) == feed && c.contains(key))
                return integerOf(c[key]);
        return std::nullopt;
    }

    void updateArticles(const std::vector<std::string>& ids, ArticleField field, bool value) {
        if (ids.empty()) return;
        call("updateArticle", {{"article_ids", joined(ids)},
                               {"mode", value ? 1 : 0},
                               {"field", static_cast<int>(field)}});
    }

    std::int64_t categoryId(const std::string& name) {
        for (const RemoteFolder& f : folders())
            if (f.name == name) return integerOf(Json(f.id));
        fail(SyncError::Kind::Refused,
             "there is no folder \"" + name + "\", and its API cannot make one; make it in tt-rss");
    }

    static std::string subscribeError(const std::string& url, const Json& status) {
        switch (integerOf(status.value("code", Json()))) {
        case 2:
            return url + " is not a valid URL";
        case 3:
        case 4:
            return url + " is a web page, not a feed";
        case 5:
            return "could not fetch " + url + ": " + stringOf(status, "message");
        default:
            return url + " is not a feed tt-rss can read";
        }
    }

    std::string m_apiUrl;
    std::string m_user;
    std::string m_password;
    Fetcher m_fetcher;
    std::string m_session;
    std::string m_lastError; // the last answer's "error", e.g. NOT_LOGGED_IN
};

} // namespace

std::unique_ptr<SyncClient> makeTinyTinyRssClient(const Account& account,
                                                  const std::string& password,
                                                  const FetchOptions& fetch) {
    return std::make_unique<TinyTinyRssClient>(account, password, fetch);
}

} // namespace heraut
