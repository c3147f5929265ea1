// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/GoogleReaderClient.h"

#include "heraut/AsciiCase.h"
#include "parse/ArticleBuilder.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <nlohmann/json.hpp>
#include <unordered_set>

namespace heraut {
namespace {

using nlohmann::json;

constexpr std::string_view kItemPrefix = "tag:google.com,2005:reader/item/";
constexpr std::string_view kReadingList = "user/-/state/com.google/reading-list";
constexpr std::string_view kReadTag = "user/-/state/com.google/read";
constexpr std::string_view kStarredTag = "user/-/state/com.google/starred";
constexpr std::string_view kLabelPrefix = "user/-/label/";
constexpr int kIdsPerPage = 10000;
constexpr std::size_t kEditBatch = 200; // RSS Guard's GREADER_API_EDIT_TAG_BATCH

std::string formEncode(std::string_view text) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::string isoDate(std::int64_t seconds) {
    std::time_t t = static_cast<std::time_t>(seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

std::string trimmed(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return std::string(s);
}

std::string stringOf(const json& value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_number_integer()) return std::to_string(value.get<std::int64_t>());
    return {};
}

std::int64_t integerOf(const json& value) {
    if (value.is_number()) return value.get<std::int64_t>();
    std::int64_t n = 0;
    if (value.is_string()) {
        const std::string& s = value.get_ref<const std::string&>();
        std::from_chars(s.data(), s.data() + s.size(), n);
    }
    return n;
}

// The objects of answer[key]; anything else in there is skipped, not trusted.
std::vector<const json*> objectsOf(const json& answer, const char* key) {
    std::vector<const json*> list;
    auto it = answer.find(key);
    if (it == answer.end() || !it->is_array()) return list;
    list.reserve(it->size());
    for (const json& value : *it)
        if (value.is_object()) list.push_back(&value);
    return list;
}

std::string firstHref(const json& item, const char* key) {
    auto it = item.find(key);
    if (it == item.end() || !it->is_array() || it->empty() || !(*it)[0].is_object()) return {};
    return stringOf((*it)[0].value("href", json()));
}

// Server answers are shown shortened: a whole HTML page helps nobody.
std::string excerpt(const std::string& body) {
    std::string line = trimmed(body.substr(0, 80));
    for (char& c : line)
        if (c == '\n' || c == '\r') c = ' ';
    return line.empty() ? "an empty answer" : "\"" + line + "\"";
}

class GoogleReaderClient final : public SyncClient {
  public:
    GoogleReaderClient(Account account, std::string password, const FetchOptions& fetch)
        : m_account(std::move(account)), m_password(std::move(password)), m_fetcher(fetch) {
        m_base = m_account.url;
        while (!m_base.empty() && m_base.back() == '/')
            m_base.pop_back();
    }

    void login() override {
        std::string body =
            "Email=" + formEncode(m_account.user) + "&Passwd=" + formEncode(m_password);
        FetchResult r = send(m_base + "/accounts/ClientLogin", body, false);
        if (r.status == 401 || r.status == 403)
            fail(SyncError::Kind::WrongPassword,
                 "wrong user name or password (the server's API password, not the web one)");
        if (r.status == 503 ||
            (r.status >= 400 && asciiLower(r.body).find("api") != std::string::npos &&
             asciiLower(r.body).find("disabled") != std::string::npos))
            fail(SyncError::Kind::ApiDisabled, "the Google Reader API is disabled on the server");
        checkStatus(r, "login");
        m_auth.clear();
        for (size_t at = 0; at < r.body.size();) {
            size_t end = r.body.find('\n', at);
            if (end == std::string::npos) end = r.body.size();
            std::string line = trimmed(std::string_view(r.body).substr(at, end - at));
            // Only the first '=' separates: the token itself may hold more (NNW's bug).
            if (line.starts_with("Auth=")) m_auth = line.substr(5);
            at = end + 1;
        }
        if (m_auth.empty())
            fail(SyncError::Kind::NotTheProtocol,
                 "answered the login with " + excerpt(r.body) + ", not a Google Reader API");
        fetchToken();
    }

    std::vector<RemoteFolder> folders() override {
        json answer = getJson("/reader/api/0/tag/list?output=json", "tags");
        std::vector<RemoteFolder> list;
        for (const json* tag : objectsOf(answer, "tags")) {
            std::string id = stringOf(tag->value("id", json()));
            auto label = labelOf(id);
            if (!label) continue; // states (starred, read) are tags too
            list.push_back({id, *label});
        }
        return list;
    }

    std::vector<RemoteSubscription> subscriptions() override {
        json answer = getJson("/reader/api/0/subscription/list?output=json", "subscriptions");
        std::vector<RemoteSubscription> list;
        for (const json* entry : objectsOf(answer, "subscriptions")) {
            const json& s = *entry;
            RemoteSubscription sub;
            sub.id = stringOf(s.value("id", json()));
            if (sub.id.empty()) continue;
            sub.title = stringOf(s.value("title", json()));
            sub.url = stringOf(s.value("url", json()));
            // Inoreader names feeds by their URL ("feed/https://..."), with no url field.
            if (sub.url.empty() && sub.id.starts_with("feed/http")) sub.url = sub.id.substr(5);
            std::string site = stringOf(s.value("htmlUrl", json()));
            if (!site.empty()) sub.siteLink = site;
            if (auto c = s.find("categories"); c != s.end() && c->is_array())
                for (const json& category : *c) {
                    if (!category.is_object()) continue;
                    std::string id = stringOf(category.value("id", json()));
                    if (labelOf(id)) {
                        sub.folderId = id;
                        break;
                    }
                }
            list.push_back(std::move(sub));
        }
        return list;
    }

    std::vector<std::string> itemIds(ItemSet set, Timestamp newerThan) override {
        std::string query =
            "/reader/api/0/stream/items/ids?output=json&n=" + std::to_string(kIdsPerPage) +
            "&s=" + formEncode(set == ItemSet::Starred ? kStarredTag : kReadingList);
        // Unread is the reading list minus read, never the read stream: FreshRSS once
        // answered that with unread ids (Read You #1081).
        if (set == ItemSet::Unread) query += "&xt=" + formEncode(kReadTag);
        if (set == ItemSet::All && newerThan) query += "&ot=" + std::to_string(*newerThan);
        std::vector<std::string> ids;
        std::unordered_set<std::string> seen;
        std::string continuation;
        for (;;) {
            std::string page = query;
            if (!continuation.empty()) page += "&c=" + formEncode(continuation);
            json answer = getJson(page, "itemRefs");
            size_t before = ids.size();
            for (const json* ref : objectsOf(answer, "itemRefs")) {
                std::string id = longItemId(stringOf(ref->value("id", json())));
                if (!id.empty() && seen.insert(id).second) ids.push_back(std::move(id));
            }
            std::string next = stringOf(answer.value("continuation", json()));
            // A continuation that brings nothing new would loop for ever.
            if (next.empty() || next == continuation || ids.size() == before) break;
            continuation = std::move(next);
        }
        return ids;
    }

    std::vector<RemoteItem> items(const std::vector<std::string>& ids) override {
        if (ids.empty()) return {};
        std::string body;
        for (const std::string& id : ids)
            body += "&i=" + formEncode(id);
        // POST: Miniflux has no GET for contents, and a thousand ids do not fit a URL.
        json answer = postJson("/reader/api/0/stream/items/contents?output=json", body, "items");
        return readItems(objectsOf(answer, "items"));
    }

    std::size_t itemBatchSize() const override {
        return m_account.dialect == ReaderDialect::Inoreader ? 250 : 999;
    }

    void setRead(const std::vector<std::string>& ids, bool read) override {
        editTag(ids, read ? "a" : "r", kReadTag);
    }

    void setStarred(const std::vector<std::string>& ids, bool starred) override {
        editTag(ids, starred ? "a" : "r", kStarredTag);
    }

    std::size_t editBatchSize() const override { return kEditBatch; }

    void markAllRead(const std::optional<std::string>& subscriptionId,
                     std::int64_t olderThan) override {
        std::string body = "&s=" + formEncode(subscriptionId.value_or(std::string(kReadingList))) +
                           "&ts=" + std::to_string(olderThan * 1000000);
        expectOk(post("/reader/api/0/mark-all-as-read", body), "mark all read");
    }

    std::string subscribe(const std::string& url,
                          const std::optional<std::string>& folder) override {
        // A URL the server cannot subscribe to: {"numResults":0} (Miniflux), with "error"
        // (FreshRSS's greader.php quickadd()).
        json answer = postJson("/reader/api/0/subscription/quickadd",
                               "&quickadd=" + formEncode(url), "numResults");
        std::string id = stringOf(answer.value("streamId", json()));
        if (id.empty()) {
            std::string reason = stringOf(answer.value("error", json()));
            fail(SyncError::Kind::Refused,
                 "did not subscribe to " + url + ": " +
                     (reason.empty() ? "not a feed it can read" : reason));
        }
        if (folder) move(id, folder);
        return id;
    }

    void unsubscribe(const std::string& id) override {
        editSubscription("&ac=unsubscribe&s=" + formEncode(id), "unsubscribe");
    }

    void rename(const std::string& id, const std::string& title) override {
        editSubscription("&ac=edit&s=" + formEncode(id) + "&t=" + formEncode(title), "rename");
    }

    void move(const std::string& id, const std::optional<std::string>& folder) override {
        std::string body = "&ac=edit&s=" + formEncode(id);
        if (folder && !folder->empty())
            body += "&a=" + formEncode(std::string(kLabelPrefix) + *folder);
        editSubscription(body, "move");
    }

  private:
    [[noreturn]] void fail(SyncError::Kind kind, const std::string& what,
                           Failure cause = {}) const {
        throw SyncError(kind, m_account.url + ": " + what, cause);
    }

    static std::optional<std::string> labelOf(const std::string& id) {
        // "user/-/label/X", or with the user's number instead of "-" (FreshRSS, Inoreader).
        auto at = id.find("/label/");
        if (!id.starts_with("user/") || at == std::string::npos) return std::nullopt;
        return id.substr(at + 7);
    }

    FetchResult send(const std::string& url, const std::optional<std::string>& body,
                     bool authorised) {
        FetchRequest request;
        request.url = url;
        request.postBody = body;
        request.headers.push_back("Accept: application/json, text/plain;q=0.9, */*;q=0.5");
        if (authorised) request.headers.push_back("Authorization: GoogleLogin auth=" + m_auth);
        if (m_account.dialect == ReaderDialect::Inoreader) {
            // Inoreader's legacy ClientLogin wants the application's keys on every call.
            if (const char* id = std::getenv("HERAUT_INOREADER_APP_ID"))
                request.headers.push_back(std::string("AppId: ") + id);
            if (const char* key = std::getenv("HERAUT_INOREADER_APP_KEY"))
                request.headers.push_back(std::string("AppKey: ") + key);
        }
        FetchResult r = m_fetcher.fetchOne(request);
        if (!r.error.empty()) {
            std::string lower = asciiLower(r.error);
            bool tls = lower.find("tls") != std::string::npos ||
                       lower.find("ssl") != std::string::npos ||
                       lower.find("certificate") != std::string::npos;
            fail(tls ? SyncError::Kind::Tls : SyncError::Kind::Unreachable, r.error, r.failure);
        }
        return r;
    }

    void checkStatus(const FetchResult& r, const std::string& what) {
        if (r.ok()) return;
        if (r.status == 404 || r.status == 405)
            fail(SyncError::Kind::NotTheProtocol,
                 what + ": HTTP " + std::to_string(r.status) +
                     "; no Google Reader API at this address (FreshRSS: .../api/greader.php)");
        if (r.status == 401 || r.status == 403)
            fail(SyncError::Kind::WrongPassword,
                 what + ": HTTP " + std::to_string(r.status) + ", the login was refused");
        if (r.status >= 500)
            fail(SyncError::Kind::Server,
                 what + ": the server failed (HTTP " + std::to_string(r.status) + ")");
        fail(SyncError::Kind::Other, what + ": HTTP " + std::to_string(r.status));
    }

    void fetchToken() {
        FetchResult r = send(m_base + "/reader/api/0/token", std::nullopt, true);
        checkStatus(r, "edit token");
        m_token = trimmed(r.body);
        if (m_token.empty() || m_token.find_first_of(" <{") != std::string::npos)
            fail(SyncError::Kind::NotTheProtocol,
                 "answered the token request with " + excerpt(r.body));
    }

    // An authorised call. A bad or expired token (401 + X-Reader-Google-Bad-Token, Miniflux and
    // BazQux) is fetched again and the call made once more; another 401 means the session
    // ended: log in again, once.
    FetchResult call(const std::string& path, const std::optional<std::string>& form) {
        if (m_auth.empty()) login();
        for (int attempt = 0;; ++attempt) {
            // T in the body for Miniflux, the header as well for FreshRSS (Liferea's finding).
            std::optional<std::string> body;
            if (form) body = "T=" + formEncode(m_token) + *form;
            FetchResult r = send(m_base + path, body, true);
            if (r.status != 401 || attempt > 0) return r;
            auto bad = r.headers.find("x-reader-google-bad-token");
            if (bad != r.headers.end() && asciiLower(bad->second) == "true")
                fetchToken();
            else
                login();
        }
    }

    FetchResult post(const std::string& path, const std::string& form) { return call(path, form); }

    json parse(const FetchResult& r, const std::string& path, const char* key) {
        checkStatus(r, path.substr(0, path.find('?')));
        json answer = json::parse(r.body, nullptr, false);
        // Miniflux answers unknown paths with "[]" and 200.
        if (!answer.is_object() || !answer.contains(key))
            fail(SyncError::Kind::NotTheProtocol, path.substr(0, path.find('?')) + " answered " +
                                                      excerpt(r.body) +
                                                      ", not the Google Reader API's JSON");
        return answer;
    }

    json getJson(const std::string& path, const char* key) {
        return parse(call(path, std::nullopt), path, key);
    }

    json postJson(const std::string& path, const std::string& form, const char* key) {
        return parse(call(path, form), path, key);
    }

    void expectOk(const FetchResult& r, const std::string& what) {
        checkStatus(r, what);
        if (trimmed(r.body) != "OK")
            fail(SyncError::Kind::NotTheProtocol, what + ": answered " + excerpt(r.body));
    }

    void editTag(const std::vector<std::string>& ids, const char* addOrRemove,
                 std::string_view tag) {
        if (ids.empty()) return;
        std::string body;
        for (const std::string& id : ids)
            body += "&i=" + formEncode(id);
        // Miniflux reads a and r from the body only.
        body += std::string("&") + addOrRemove + "=" + formEncode(tag);
        expectOk(post("/reader/api/0/edit-tag", body), "edit-tag");
    }

    // 400 for a subscription the server does not have (removed on another device) or a label
    // it will not make: refused, not a fault of the server or of the connection.
    void editSubscription(const std::string& form, const std::string& what) {
        FetchResult r = post("/reader/api/0/subscription/edit", form);
        if (r.status == 400)
            fail(SyncError::Kind::Refused, what + ": the server refused it (HTTP 400)");
        expectOk(r, what);
    }

    std::vector<RemoteItem> readItems(const std::vector<const json*>& items) {
        RawFeed raw;
        std::vector<RemoteItem> result;
        result.reserve(items.size());
        raw.items.reserve(items.size());
        for (const json* entry : items) {
            const json& item = *entry;
            RemoteItem remote;
            remote.id = longItemId(stringOf(item.value("id", json())));
            if (remote.id.empty()) continue;
            RawItem r;
            r.id = remote.id;
            r.title = RawText(stringOf(item.value("title", json())), TextKind::LooseHtml);
            r.link = firstHref(item, "alternate");
            if (r.link.empty()) r.link = firstHref(item, "canonical");
            r.author = stringOf(item.value("author", json()));
            if (auto p = integerOf(item.value("published", json()))) r.published = isoDate(p);
            if (auto u = integerOf(item.value("updated", json()))) r.updated = isoDate(u);
            readBody(item, r);
            if (auto origin = item.find("origin"); origin != item.end() && origin->is_object()) {
                remote.feedId = stringOf(origin->value("streamId", json()));
                r.base = stringOf(origin->value("htmlUrl", json()));
            }
            readCategories(item, remote, r);
            if (auto e = item.find("enclosure"); e != item.end() && e->is_array())
                for (const json& enclosure : *e)
                    if (enclosure.is_object())
                        r.enclosures.push_back({stringOf(enclosure.value("href", json())),
                                                stringOf(enclosure.value("type", json())),
                                                stringOf(enclosure.value("length", json()))});
            raw.items.push_back(std::move(r));
            result.push_back(std::move(remote));
        }
        ParsedFeed parsed = buildParsedFeed(std::move(raw), ParseContext{}, ParseOptions{});
        for (size_t i = 0; i < result.size(); ++i) {
            result[i].article = std::move(parsed.articles[i]);
            result[i].article.id = result[i].id;
        }
        return result;
    }

    static void readBody(const json& item, RawItem& r) {
        auto text = [&](const char* key) -> std::string {
            auto it = item.find(key);
            if (it == item.end() || !it->is_object()) return {};
            return stringOf(it->value("content", json()));
        };
        std::string content = text("content");
        std::string summary = text("summary");
        if (!content.empty()) r.content = RawText(std::move(content));
        if (!summary.empty() && summary != r.content.value) r.summary = RawText(std::move(summary));
    }

    static void readCategories(const json& item, RemoteItem& remote, RawItem& r) {
        auto c = item.find("categories");
        if (c == item.end() || !c->is_array()) return;
        for (const json& category : *c) {
            std::string id = stringOf(category);
            // "user/-/state/com.google/read", or with the user's number for "-".
            if (id.ends_with("/state/com.google/read"))
                remote.read = true;
            else if (id.ends_with("/state/com.google/starred"))
                remote.starred = true;
            else if (auto label = labelOf(id))
                r.categories.push_back(*label);
        }
    }

    Account m_account;
    std::string m_password;
    Fetcher m_fetcher;
    std::string m_base;
    std::string m_auth;
    std::string m_token;
};

} // namespace

std::string longItemId(std::string_view id) {
    if (id.starts_with(kItemPrefix)) {
        std::string_view hex = id.substr(kItemPrefix.size());
        if (hex.size() != 16) return {};
        return std::string(kItemPrefix) + asciiLower(hex);
    }
    if (id.empty() || id.size() > 20) return {};
    bool decimal = true;
    for (char c : id)
        decimal = decimal && c >= '0' && c <= '9';
    if (decimal) {
        std::uint64_t n = 0;
        auto [end, error] = std::from_chars(id.data(), id.data() + id.size(), n);
        if (error != std::errc() || end != id.data() + id.size()) return {};
        char buffer[17];
        std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(n));
        return std::string(kItemPrefix) + buffer;
    }
    if (id.size() == 16 && std::all_of(id.begin(), id.end(), [](char c) {
            return std::isxdigit(static_cast<unsigned char>(c)) != 0;
        }))
        return std::string(kItemPrefix) + asciiLower(id);
    return {};
}

std::unique_ptr<SyncClient> makeGoogleReaderClient(const Account& account,
                                                   const std::string& password,
                                                   const FetchOptions& fetch) {
    return std::make_unique<GoogleReaderClient>(account, password, fetch);
}

} // namespace heraut
