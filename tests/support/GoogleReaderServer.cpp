// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoogleReaderServer.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <set>

namespace heraut::test {
namespace {

using nlohmann::json;
using Params = std::multimap<std::string, std::string>;

constexpr std::string_view kItemPrefix = "tag:google.com,2005:reader/item/";
constexpr const char* kInoreaderUser = "1005921515";

std::string urlDecode(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '+') {
            out += ' ';
        } else if (s[i] == '%' && i + 2 < s.size()) {
            unsigned value = 0;
            std::from_chars(s.data() + i + 1, s.data() + i + 3, value, 16);
            out += static_cast<char>(value);
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

void parsePairs(std::string_view text, Params& into) {
    while (!text.empty()) {
        size_t amp = text.find('&');
        std::string_view pair = text.substr(0, amp);
        size_t eq = pair.find('=');
        if (!pair.empty())
            into.emplace(urlDecode(pair.substr(0, eq)),
                         eq == std::string_view::npos ? "" : urlDecode(pair.substr(eq + 1)));
        if (amp == std::string_view::npos) break;
        text.remove_prefix(amp + 1);
    }
}

std::string first(const Params& p, const std::string& key, std::string fallback = {}) {
    auto it = p.find(key);
    return it == p.end() ? fallback : it->second;
}

std::vector<std::string> all(const Params& p, const std::string& key) {
    std::vector<std::string> values;
    auto [from, to] = p.equal_range(key);
    for (auto it = from; it != to; ++it)
        values.push_back(it->second);
    return values;
}

std::int64_t number(const std::string& text) {
    std::int64_t n = 0;
    std::from_chars(text.data(), text.data() + text.size(), n);
    return n;
}

std::string hexId(std::uint64_t id) {
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(id));
    return std::string(kItemPrefix) + buffer;
}

// "tag:google.com,2005:reader/item/000000000000002a" or "42".
std::optional<std::uint64_t> parseItemId(const std::string& id) {
    std::uint64_t n = 0;
    if (id.starts_with(kItemPrefix)) {
        auto hex = std::string_view(id).substr(kItemPrefix.size());
        auto [end, error] = std::from_chars(hex.data(), hex.data() + hex.size(), n, 16);
        if (error != std::errc() || end != hex.data() + hex.size()) return std::nullopt;
        return n;
    }
    auto [end, error] = std::from_chars(id.data(), id.data() + id.size(), n);
    if (error != std::errc() || end != id.data() + id.size()) return std::nullopt;
    return n;
}

bool isState(const std::string& tag, const char* state) {
    return tag.starts_with("user/") && tag.ends_with(std::string("/state/com.google/") + state);
}

std::optional<std::string> labelOf(const std::string& tag) {
    auto at = tag.find("/label/");
    if (!tag.starts_with("user/") || at == std::string::npos) return std::nullopt;
    return tag.substr(at + 7);
}

std::string bodyText(int n, int bytes) {
    std::string body = "<p><strong>Key takeaways</strong></p><ul><li>Defensie bestelt " +
                       std::to_string(n % 97 + 3) +
                       " nieuwe pantservoertuigen.</li><li>De levering begint in 2027.</li></ul>";
    static const std::string filler =
        "<p>Het ministerie van Defensie maakte bekend dat de krijgsmacht de komende jaren "
        "investeert in luchtverdediging, munitie en onderhoud van materieel in Nederland.</p>";
    while (static_cast<int>(body.size()) < bytes)
        body += filler;
    return body;
}

} // namespace

GoogleReaderServer::GoogleReaderServer(Dialect dialect, std::string user, std::string password)
    : m_dialect(dialect), m_user(std::move(user)), m_password(std::move(password)),
      m_nextId(dialect == Dialect::FreshRss    ? 1764000000000000ULL
               : dialect == Dialect::Inoreader ? 38000000000ULL
                                               : 1ULL) {
    m_http = std::make_unique<TestHttpServer>(
        [this](const HttpRequest& request) { return handle(request); });
}

GoogleReaderServer::~GoogleReaderServer() {
    m_http.reset();
}

std::string GoogleReaderServer::baseUrl() const {
    return m_http->url(m_dialect == Dialect::FreshRss ? "/api/greader.php" : "");
}

std::string GoogleReaderServer::auth() const {
    // FreshRSS: "user/<40 hex>"; the others an opaque token.
    if (m_dialect == Dialect::FreshRss) return m_user + "/0123456789abcdef0123456789abcdef01234567";
    return "auth-" + m_user + "-9f8e7d6c5b4a";
}

std::string GoogleReaderServer::token() const {
    if (m_dialect == Dialect::Miniflux) return auth(); // T == the auth token (MF README)
    if (m_dialect == Dialect::FreshRss)
        return "0123456789abcdef0123456789abcdef01234567ZZZZZZZZZZZZZZZZZ";
    return "inoreader-edit-token-77";
}

std::string GoogleReaderServer::userPart() const {
    return m_dialect == Dialect::Inoreader ? kInoreaderUser : "-";
}

std::string GoogleReaderServer::streamId(const Feed& feed) const {
    return m_dialect == Dialect::Inoreader ? "feed/" + feed.url
                                           : "feed/" + std::to_string(feed.number);
}

const GoogleReaderServer::Feed* GoogleReaderServer::feedOfStream(const std::string& stream) const {
    for (const Feed& feed : m_feeds)
        if (streamId(feed) == stream || "feed/" + feed.url == stream) return &feed;
    return nullptr;
}

GoogleReaderServer::Item* GoogleReaderServer::findItem(const std::string& id) {
    auto n = parseItemId(id);
    if (!n) return nullptr;
    auto it = std::lower_bound(m_items.begin(), m_items.end(), *n,
                               [](const Item& item, std::uint64_t v) { return item.id < v; });
    return it != m_items.end() && it->id == *n ? &*it : nullptr;
}

std::string GoogleReaderServer::addFeed(const std::string& url, const std::string& title,
                                        const std::string& folder) {
    std::lock_guard lock(m_mutex);
    Feed feed{m_nextFeed++, url, title, folder};
    m_feeds.push_back(feed);
    return streamId(feed);
}

void GoogleReaderServer::removeFeed(const std::string& id) {
    std::lock_guard lock(m_mutex);
    const Feed* feed = feedOfStream(id);
    if (!feed) return;
    int number = feed->number;
    std::erase_if(m_items, [&](const Item& item) { return item.feed == number; });
    std::erase_if(m_feeds, [&](const Feed& f) { return f.number == number; });
}

void GoogleReaderServer::renameFeedOnServer(const std::string& id, const std::string& title) {
    std::lock_guard lock(m_mutex);
    if (auto* feed = const_cast<Feed*>(feedOfStream(id))) feed->title = title;
}

std::vector<std::string> GoogleReaderServer::addItems(const std::string& subscriptionId, int count,
                                                      std::int64_t published, int bodyBytes) {
    std::lock_guard lock(m_mutex);
    const Feed* feed = feedOfStream(subscriptionId);
    std::vector<std::string> ids;
    if (!feed) return ids;
    for (int i = 0; i < count; ++i) {
        Item item;
        item.id = m_nextId;
        m_nextId += m_dialect == Dialect::FreshRss ? 1000 : 1;
        item.feed = feed->number;
        item.published = published + 60 * i;
        item.crawled = m_dialect == Dialect::FreshRss ? static_cast<std::int64_t>(item.id)
                                                      : (m_clock++) * 1000000;
        item.title = feed->title + ": bericht " + std::to_string(item.id % 100000);
        item.link = feed->url + "/artikel/" + std::to_string(item.id);
        item.body = bodyText(static_cast<int>(item.id % 1000), bodyBytes);
        m_items.push_back(std::move(item));
        ids.push_back(hexId(m_items.back().id));
    }
    return ids;
}

void GoogleReaderServer::setRead(const std::string& id, bool read) {
    std::lock_guard lock(m_mutex);
    if (Item* item = findItem(id)) item->read = read;
}

void GoogleReaderServer::setStarred(const std::string& id, bool starred) {
    std::lock_guard lock(m_mutex);
    if (Item* item = findItem(id)) item->starred = starred;
}

bool GoogleReaderServer::isRead(const std::string& id) const {
    std::lock_guard lock(m_mutex);
    Item* item = const_cast<GoogleReaderServer*>(this)->findItem(id);
    return item && item->read;
}

bool GoogleReaderServer::isStarred(const std::string& id) const {
    std::lock_guard lock(m_mutex);
    Item* item = const_cast<GoogleReaderServer*>(this)->findItem(id);
    return item && item->starred;
}

int GoogleReaderServer::itemCount() const {
    std::lock_guard lock(m_mutex);
    return static_cast<int>(m_items.size());
}

std::vector<std::string> GoogleReaderServer::subscriptionIds() const {
    std::lock_guard lock(m_mutex);
    std::vector<std::string> ids;
    for (const Feed& feed : m_feeds)
        ids.push_back(streamId(feed));
    return ids;
}

std::optional<std::string> GoogleReaderServer::subscriptionTitle(const std::string& id) const {
    std::lock_guard lock(m_mutex);
    const Feed* feed = feedOfStream(id);
    return feed ? std::optional(feed->title) : std::nullopt;
}

std::optional<std::string> GoogleReaderServer::subscriptionFolder(const std::string& id) const {
    std::lock_guard lock(m_mutex);
    const Feed* feed = feedOfStream(id);
    return feed ? std::optional(feed->folder) : std::nullopt;
}

void GoogleReaderServer::setIdsPerPage(int n) {
    std::lock_guard lock(m_mutex);
    m_idsPerPage = n;
}

void GoogleReaderServer::setApiDisabled(bool disabled) {
    std::lock_guard lock(m_mutex);
    m_apiDisabled = disabled;
}

void GoogleReaderServer::expireToken() {
    std::lock_guard lock(m_mutex);
    m_tokenExpired = true;
}

void GoogleReaderServer::setDownAfter(int requests) {
    std::lock_guard lock(m_mutex);
    m_downAfter = requests;
}

void GoogleReaderServer::setDown(bool down) {
    std::lock_guard lock(m_mutex);
    m_down = down;
    m_downAfter = -1;
    m_contentsUntilDown = -1;
}

void GoogleReaderServer::setDownAfterContents(int calls) {
    std::lock_guard lock(m_mutex);
    m_contentsUntilDown = calls;
}

void GoogleReaderServer::failRequest(const std::string& pathPart, int nth, int status,
                                     int stallMs) {
    std::lock_guard lock(m_mutex);
    m_faults.push_back({pathPart, nth, status, stallMs});
}

int GoogleReaderServer::contentItemsServed() const {
    std::lock_guard lock(m_mutex);
    return m_contentItems;
}

int GoogleReaderServer::editTagCalls() const {
    std::lock_guard lock(m_mutex);
    return static_cast<int>(m_editTags.size());
}

std::vector<std::string> GoogleReaderServer::editTagBodies() const {
    std::lock_guard lock(m_mutex);
    return m_editTags;
}

HttpResponse GoogleReaderServer::handle(const HttpRequest& request) {
    std::lock_guard lock(m_mutex);
    if (m_downAfter == 0) m_down = true;
    if (m_downAfter > 0) --m_downAfter;
    if (m_down) {
        HttpResponse gone;
        gone.hangUp = true;
        return gone;
    }
    for (auto fault = m_faults.begin(); fault != m_faults.end(); ++fault) {
        if (request.path.find(fault->pathPart) == std::string::npos || --fault->countdown > 0)
            continue;
        HttpResponse failed = HttpResponse::withStatus(fault->status, "Internal Server Error");
        failed.delayMs = fault->stallMs;
        m_faults.erase(fault);
        return failed;
    }
    std::string path = request.path;
    Params query;
    if (auto q = path.find('?'); q != std::string::npos) {
        parsePairs(std::string_view(path).substr(q + 1), query);
        path.erase(q);
    }
    if (m_dialect == Dialect::FreshRss) {
        // A web server in front: anything outside the API is its 404 page.
        if (!path.starts_with("/api/greader.php"))
            return HttpResponse::withStatus(404, "<html><body>Not Found</body></html>")
                .header("Content-Type", "text/html");
        path.erase(0, std::string_view("/api/greader.php").size());
    }
    Params form;
    if (request.method == "POST") parsePairs(request.body, form);
    std::map<std::string, std::string> flat(query.begin(), query.end());
    return route(path, flat, form, request);
}

HttpResponse GoogleReaderServer::route(const std::string& path,
                                       const std::map<std::string, std::string>& query,
                                       const Params& form, const HttpRequest& request) {
    bool post = request.method == "POST";
    if (m_dialect == Dialect::FreshRss && m_apiDisabled)
        return HttpResponse::withStatus(503, "Service Unavailable!");
    if (path == "/accounts/ClientLogin") {
        Params credentials = form;
        if (!post) credentials.insert(query.begin(), query.end());
        return clientLogin(credentials);
    }
    const std::string api = "/reader/api/0/";
    auto unknown = [&] {
        if (m_dialect == Dialect::Miniflux) return HttpResponse::ok("[]", "application/json");
        if (m_dialect == Dialect::FreshRss) return HttpResponse::withStatus(400, "Bad Request!");
        return HttpResponse::withStatus(404, "Not found");
    };
    if (!path.starts_with(api)) return unknown();
    std::string call = path.substr(api.size());
    bool headerOk = request.header("authorization") == "GoogleLogin auth=" + auth();
    // Miniflux authenticates POSTs by T alone, GETs by the header alone; the others want the
    // header always and T on POSTs as well.
    if (!(post && m_dialect == Dialect::Miniflux) && !headerOk)
        return HttpResponse::withStatus(401, "Unauthorized!");
    if (call == "token") {
        m_tokenExpired = false;
        return HttpResponse::ok(token() + "\n", "text/plain; charset=UTF-8");
    }
    if (post && (m_tokenExpired || first(form, "T") != token())) {
        HttpResponse refused = HttpResponse::withStatus(401, "Unauthorized!");
        if (m_dialect != Dialect::FreshRss) refused.header("X-Reader-Google-Bad-Token", "true");
        return refused;
    }
    Params params = form;
    params.insert(query.begin(), query.end());
    if (call == "stream/items/ids" && !post) return itemIds(params);
    if (call == "stream/items/contents") {
        if (!post && m_dialect == Dialect::Miniflux)
            return HttpResponse::withStatus(405, "Method Not Allowed");
        return contents(params);
    }
    if (call == "subscription/list" && !post) return subscriptionList();
    if (call == "tag/list" && !post) return tagList();
    if (!post) return unknown();
    if (call == "edit-tag") return editTag(form);
    if (call == "mark-all-as-read") return markAllRead(form);
    if (call == "subscription/quickadd") return quickAdd(form);
    if (call == "subscription/edit") return editSubscription(form);
    return unknown();
}

HttpResponse GoogleReaderServer::clientLogin(const Params& form) {
    if (first(form, "Email") != m_user || first(form, "Passwd") != m_password) {
        if (m_dialect == Dialect::Miniflux)
            return HttpResponse::withStatus(401, R"({"error_message":"access unauthorized"})")
                .header("Content-Type", "application/json");
        if (m_dialect == Dialect::Inoreader)
            return HttpResponse::withStatus(401, "Error=BadAuthentication\n");
        return HttpResponse::withStatus(401, "Unauthorized!");
    }
    std::string lsid = m_dialect == Dialect::FreshRss    ? "null"
                       : m_dialect == Dialect::Inoreader ? "unused"
                                                         : auth();
    return HttpResponse::ok("SID=" + auth() + "\nLSID=" + lsid + "\nAuth=" + auth() + "\n",
                            "text/plain; charset=UTF-8");
}

HttpResponse GoogleReaderServer::itemIds(const Params& params) {
    std::string stream = first(params, "s", "user/-/state/com.google/reading-list");
    std::vector<std::string> excluded = all(params, "xt");
    bool oldestFirst = first(params, "r") == "o";
    // ot and nt: crawl time on FreshRSS and Inoreader, publication time on Miniflux.
    std::int64_t ot = number(first(params, "ot", "0"));
    std::int64_t nt = number(first(params, "nt", "0"));
    auto timeOf = [&](const Item& item) {
        return m_dialect == Dialect::Miniflux ? item.published : item.crawled / 1000000;
    };
    const Feed* feed = stream.starts_with("feed/") ? feedOfStream(stream) : nullptr;
    auto label = labelOf(stream);
    std::vector<const Item*> chosen;
    for (const Item& item : m_items) {
        if (isState(stream, "starred") && !item.starred) continue;
        if (isState(stream, "read") && !item.read) continue;
        if (stream.starts_with("feed/") && (!feed || item.feed != feed->number)) continue;
        if (label) {
            auto f = std::find_if(m_feeds.begin(), m_feeds.end(),
                                  [&](const Feed& x) { return x.number == item.feed; });
            if (f == m_feeds.end() || f->folder != *label) continue;
        }
        bool skip = false;
        for (const std::string& x : excluded)
            skip = skip || (isState(x, "read") && item.read) ||
                   (isState(x, "starred") && item.starred);
        if (skip || (ot && timeOf(item) < ot) || (nt && timeOf(item) >= nt)) continue;
        chosen.push_back(&item);
    }
    if (!oldestFirst) std::reverse(chosen.begin(), chosen.end());
    int n = std::clamp<int>(static_cast<int>(number(first(params, "n", "20"))), 1, m_idsPerPage);
    std::string c = first(params, "c");
    size_t start = 0;
    if (!c.empty() && m_dialect == Dialect::FreshRss) {
        // FreshRSS: the continuation is the last entry id sent; carry on after it.
        auto last = static_cast<std::uint64_t>(number(c));
        while (start < chosen.size() &&
               (oldestFirst ? chosen[start]->id <= last : chosen[start]->id >= last))
            ++start;
    } else if (!c.empty() && m_dialect == Dialect::Miniflux) {
        start = static_cast<size_t>(number(c)); // an SQL offset
    } else if (!c.empty()) {
        start = static_cast<size_t>(number(c.substr(c.find('x') + 1))) ^ 0x5a5a; // opaque
    }
    json refs = json::array();
    size_t end = std::min(chosen.size(), start + static_cast<size_t>(n));
    for (size_t i = std::min(start, end); i < end; ++i)
        refs.push_back({{"id", std::to_string(chosen[i]->id)},
                        {"directStreamIds", json::array()},
                        {"timestampUsec", std::to_string(chosen[i]->crawled)}});
    json answer = {{"itemRefs", refs}};
    size_t sent = end > start ? end - start : 0;
    if (m_dialect == Dialect::FreshRss && sent >= static_cast<size_t>(n))
        answer["continuation"] = std::to_string(chosen[end - 1]->id);
    else if (m_dialect == Dialect::Miniflux && sent >= static_cast<size_t>(n))
        answer["continuation"] = std::to_string(end);
    else if (m_dialect == Dialect::Inoreader && end < chosen.size())
        answer["continuation"] = "Ino" + std::string("x") + std::to_string(end ^ 0x5a5a);
    return HttpResponse::ok(answer.dump(), "application/json");
}

HttpResponse GoogleReaderServer::contents(const Params& params) {
    if (m_contentsUntilDown == 0) {
        m_down = true;
        HttpResponse gone;
        gone.hangUp = true;
        return gone;
    }
    if (m_contentsUntilDown > 0) --m_contentsUntilDown;
    std::vector<std::string> ids = all(params, "i");
    if (m_dialect == Dialect::Inoreader && ids.size() > 250)
        return HttpResponse::withStatus(400, "Too many items requested");
    json items = json::array();
    for (const std::string& id : ids) {
        Item* item = findItem(id);
        if (!item) continue;
        auto feed = std::find_if(m_feeds.begin(), m_feeds.end(),
                                 [&](const Feed& f) { return f.number == item->feed; });
        if (feed == m_feeds.end()) continue;
        json categories = {"user/" + userPart() + "/state/com.google/reading-list"};
        if (item->read) categories.push_back("user/" + userPart() + "/state/com.google/read");
        if (item->starred) categories.push_back("user/" + userPart() + "/state/com.google/starred");
        if (!feed->folder.empty())
            categories.push_back("user/" + userPart() + "/label/" + feed->folder);
        items.push_back({
            {"id", hexId(item->id)},
            {"crawlTimeMsec", std::to_string(item->crawled / 1000)},
            {"timestampUsec", std::to_string(item->crawled)},
            {"published", item->published},
            {"updated", item->published},
            {"title", item->title},
            {"author", "Redactie"},
            {"canonical", json::array({{{"href", item->link}}})},
            {"alternate", json::array({{{"href", item->link}, {"type", "text/html"}}})},
            {"categories", categories},
            {"origin",
             {{"streamId", streamId(*feed)}, {"title", feed->title}, {"htmlUrl", feed->url}}},
            {"summary", {{"content", item->body}}},
        });
        ++m_contentItems;
    }
    json answer = {{"id", "user/" + userPart() + "/state/com.google/reading-list"},
                   {"updated", m_clock},
                   {"items", items}};
    return HttpResponse::ok(answer.dump(), "application/json");
}

HttpResponse GoogleReaderServer::editTag(const Params& form) {
    m_editTags.push_back(first(form, "a") + "|" + first(form, "r") + "|" +
                         std::to_string(all(form, "i").size()));
    std::vector<std::string> add = all(form, "a");
    std::vector<std::string> remove = all(form, "r");
    for (const std::string& id : all(form, "i")) {
        Item* item = findItem(id);
        if (!item) continue;
        for (const std::string& tag : add) {
            if (isState(tag, "read")) item->read = true;
            if (isState(tag, "starred")) item->starred = true;
        }
        for (const std::string& tag : remove) {
            if (isState(tag, "read")) item->read = false;
            if (isState(tag, "starred")) item->starred = false;
        }
    }
    return HttpResponse::ok("OK", "text/plain; charset=UTF-8");
}

HttpResponse GoogleReaderServer::markAllRead(const Params& form) {
    std::string stream = first(form, "s");
    std::int64_t ts = number(first(form, "ts", "0"));
    if (ts > 0 && ts < 100000000000LL) ts *= 1000000; // seconds, not µs
    const Feed* feed = stream.starts_with("feed/") ? feedOfStream(stream) : nullptr;
    for (Item& item : m_items) {
        if (stream.starts_with("feed/") && (!feed || feed->number != item.feed)) continue;
        if (ts && item.crawled > ts) continue;
        item.read = true;
    }
    return HttpResponse::ok("OK", "text/plain; charset=UTF-8");
}

HttpResponse GoogleReaderServer::subscriptionList() {
    json list = json::array();
    for (const Feed& feed : m_feeds) {
        json categories = json::array();
        if (!feed.folder.empty())
            categories.push_back(
                {{"id", "user/" + userPart() + "/label/" + feed.folder}, {"label", feed.folder}});
        json entry = {{"id", streamId(feed)},
                      {"title", feed.title},
                      {"categories", categories},
                      {"htmlUrl", feed.url},
                      {"iconUrl", ""}};
        if (m_dialect != Dialect::Inoreader) entry["url"] = feed.url; // Inoreader: in the id
        list.push_back(entry);
    }
    return HttpResponse::ok(json({{"subscriptions", list}}).dump(), "application/json");
}

HttpResponse GoogleReaderServer::tagList() {
    json tags = json::array({{{"id", "user/" + userPart() + "/state/com.google/starred"}}});
    std::set<std::string> folders;
    for (const Feed& feed : m_feeds)
        if (!feed.folder.empty()) folders.insert(feed.folder);
    for (const std::string& folder : folders)
        tags.push_back({{"id", "user/" + userPart() + "/label/" + folder}, {"type", "folder"}});
    return HttpResponse::ok(json({{"tags", tags}}).dump(), "application/json");
}

HttpResponse GoogleReaderServer::quickAdd(const Params& form) {
    std::string url = first(form, "quickadd");
    if (url.starts_with("feed/")) url.erase(0, 5);
    if (url.find(kNotAFeed) != std::string::npos) {
        // Miniflux: {"numResults":0}; FreshRSS adds its exception's message.
        json none = {{"numResults", 0}};
        if (m_dialect == Dialect::FreshRss) none["error"] = "Feed not found: " + url;
        return HttpResponse::ok(none.dump(), "application/json");
    }
    Feed feed{m_nextFeed++, url, url, {}};
    m_feeds.push_back(feed);
    json answer = {{"numResults", 1},
                   {"query", url},
                   {"streamId", streamId(feed)},
                   {"streamName", feed.title}};
    return HttpResponse::ok(answer.dump(), "application/json");
}

HttpResponse GoogleReaderServer::editSubscription(const Params& form) {
    std::string action = first(form, "ac");
    std::string stream = first(form, "s");
    Feed* feed = const_cast<Feed*>(feedOfStream(stream));
    if (action == "subscribe" && !feed) {
        std::string url = stream.starts_with("feed/") ? stream.substr(5) : stream;
        m_feeds.push_back({m_nextFeed++, url, first(form, "t", url), {}});
        feed = &m_feeds.back();
    }
    if (!feed) return HttpResponse::withStatus(400, "Bad Request!");
    if (action == "unsubscribe") {
        int number = feed->number;
        std::erase_if(m_items, [&](const Item& item) { return item.feed == number; });
        std::erase_if(m_feeds, [&](const Feed& f) { return f.number == number; });
        return HttpResponse::ok("OK", "text/plain; charset=UTF-8");
    }
    if (auto title = first(form, "t"); !title.empty()) feed->title = title;
    for (const std::string& tag : all(form, "r"))
        if (labelOf(tag) && feed->folder == *labelOf(tag)) feed->folder.clear();
    for (const std::string& tag : all(form, "a"))
        if (auto label = labelOf(tag)) feed->folder = *label;
    return HttpResponse::ok("OK", "text/plain; charset=UTF-8");
}

} // namespace heraut::test
