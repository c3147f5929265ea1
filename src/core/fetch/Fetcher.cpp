// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/Fetcher.h"

#include "heraut/AsciiCase.h"
#include "heraut/DateParser.h"
#include "heraut/Version.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <chrono>
#include <ctime>
#include <curl/curl.h>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <zlib.h>

namespace heraut {
namespace {

struct EasyDeleter {
    void operator()(CURL* easy) const { curl_easy_cleanup(easy); }
};
struct MultiDeleter {
    void operator()(CURLM* multi) const { curl_multi_cleanup(multi); }
};
struct SlistDeleter {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
using EasyHandle = std::unique_ptr<CURL, EasyDeleter>;
using MultiHandle = std::unique_ptr<CURLM, MultiDeleter>;
using HeaderList = std::unique_ptr<curl_slist, SlistDeleter>;

void initialiseCurl() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

std::string trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return std::string(s);
}

std::string hostOf(const std::string& url) {
    auto start = url.find("://");
    start = start == std::string::npos ? 0 : start + 3;
    auto end = url.find_first_of("/?#", start);
    std::string authority = url.substr(start, end == std::string::npos ? end : end - start);
    auto at = authority.rfind('@');
    return asciiLower(at == std::string::npos ? authority : authority.substr(at + 1));
}

std::optional<std::int64_t> maxAge(const std::string& cacheControl) {
    std::string value = asciiLower(cacheControl);
    auto at = value.find("max-age=");
    if (at == std::string::npos) return std::nullopt;
    std::int64_t seconds = 0;
    const char* begin = value.data() + at + 8;
    auto [end, error] = std::from_chars(begin, value.data() + value.size(), seconds);
    if (error != std::errc() || end == begin) return std::nullopt;
    return seconds;
}

// One transfer: the curl handle and everything its callbacks fill in.
struct Transfer {
    FetchRequest request;
    EasyHandle easy;
    HeaderList headers;
    FetchResult result;
    std::map<std::string, std::string> responseHeaders;
    std::vector<long> hopStatuses;
    std::size_t maxBytes = 0;
    bool tooLarge = false;
    std::string host;

    static size_t onBody(char* data, size_t size, size_t count, void* self) {
        auto* t = static_cast<Transfer*>(self);
        size_t bytes = size * count;
        if (t->result.body.size() + bytes > t->maxBytes) {
            t->tooLarge = true;
            return 0; // aborts the transfer
        }
        t->result.body.append(data, bytes);
        return bytes;
    }

    static size_t onHeader(char* data, size_t size, size_t count, void* self) {
        auto* t = static_cast<Transfer*>(self);
        std::string_view line(data, size * count);
        if (line.starts_with("HTTP/")) { // a new response: a redirect hop or the final one
            t->responseHeaders.clear();
            auto space = line.find(' ');
            long status = 0;
            if (space != std::string_view::npos)
                std::from_chars(line.data() + space + 1, line.data() + line.size(), status);
            t->hopStatuses.push_back(status);
            return size * count;
        }
        auto colon = line.find(':');
        if (colon != std::string_view::npos)
            t->responseHeaders[asciiLower(line.substr(0, colon))] = trim(line.substr(colon + 1));
        return size * count;
    }
};

// The English words for the CLI, and the kind for everyone else's.
std::string describeError(CURLcode code, const Transfer& t, const FetchOptions& options,
                          Failure& failure) {
    using enum FailureKind;
    switch (code) {
    case CURLE_WRITE_ERROR:
    case CURLE_FILESIZE_EXCEEDED:
        if (!t.tooLarge && code != CURLE_FILESIZE_EXCEEDED) break;
        failure = {TooLarge, static_cast<std::int64_t>(options.maxBodyBytes >> 20)};
        return "response larger than " + std::to_string(options.maxBodyBytes >> 20) +
               " MiB, not downloaded";
    case CURLE_OPERATION_TIMEDOUT:
        failure = {TimedOut, 0};
        return "timed out (server too slow or not answering)";
    case CURLE_TOO_MANY_REDIRECTS:
        failure = {TooManyRedirects, options.maxRedirects};
        return "too many redirects (more than " + std::to_string(options.maxRedirects) +
               "; a redirect loop?)";
    case CURLE_UNSUPPORTED_PROTOCOL:
        failure = {UnsupportedScheme, 0};
        return "only http and https URLs can be fetched";
    case CURLE_COULDNT_RESOLVE_HOST:
        failure = {HostNotFound, 0};
        return "host not found (offline, or the name is wrong)";
    case CURLE_COULDNT_CONNECT:
        failure = {CouldNotConnect, 0};
        return "could not connect (server down or unreachable)";
    case CURLE_PEER_FAILED_VERIFICATION:
        failure = {TlsUnverified, 0};
        return "the server's TLS certificate could not be verified";
    default:
        break;
    }
    failure = {Other, 0};
    return curl_easy_strerror(code);
}

// Some servers gzip a feed without saying so (or say so twice); what starts with the gzip
// magic after libcurl's own decoding is unpacked here, within the same size limit.
std::optional<std::string> gunzip(const std::string& body, std::size_t maxBytes) {
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) return std::nullopt;
    std::string out;
    char buffer[65536];
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(body.data()));
    stream.avail_in = static_cast<uInt>(body.size());
    int rc = Z_OK;
    while (rc == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        rc = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, sizeof buffer - stream.avail_out);
        if (out.size() > maxBytes) rc = Z_MEM_ERROR;
    }
    inflateEnd(&stream);
    if (rc != Z_STREAM_END) return std::nullopt;
    return out;
}

} // namespace

std::optional<std::int64_t> parseRetryAfter(const std::string& value, std::int64_t now) {
    std::string v = trim(value);
    std::int64_t seconds = 0;
    auto [end, error] = std::from_chars(v.data(), v.data() + v.size(), seconds);
    if (error == std::errc() && end == v.data() + v.size() && seconds >= 0) return seconds;
    if (auto date = parseFeedDate(v)) return std::max<std::int64_t>(0, *date - now);
    return std::nullopt;
}

struct Fetcher::Impl {
    using Clock = std::chrono::steady_clock;
    FetchOptions options;
    MultiHandle multi;

    explicit Impl(FetchOptions o) : options(std::move(o)) {
        initialiseCurl();
        if (options.userAgent.empty()) options.userAgent = defaultUserAgent();
        if (options.accept.empty())
            options.accept = "application/rss+xml, application/atom+xml, application/feed+json, "
                             "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8";
        multi.reset(curl_multi_init());
        curl_multi_setopt(multi.get(), CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX);
        curl_multi_setopt(multi.get(), CURLMOPT_MAX_TOTAL_CONNECTIONS,
                          static_cast<long>(options.maxConnections));
        curl_multi_setopt(multi.get(), CURLMOPT_MAX_HOST_CONNECTIONS,
                          static_cast<long>(options.maxPerHost));
    }

    std::unique_ptr<Transfer> makeTransfer(const FetchRequest& request) {
        auto t = std::make_unique<Transfer>();
        t->request = request;
        t->result.tag = request.tag;
        t->result.url = request.url;
        t->maxBytes = options.maxBodyBytes;
        t->host = hostOf(request.url);
        t->easy.reset(curl_easy_init());
        CURL* e = t->easy.get();
        curl_easy_setopt(e, CURLOPT_URL, request.url.c_str());
        curl_easy_setopt(e, CURLOPT_PRIVATE, t.get());
        curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &Transfer::onBody);
        curl_easy_setopt(e, CURLOPT_WRITEDATA, t.get());
        curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &Transfer::onHeader);
        curl_easy_setopt(e, CURLOPT_HEADERDATA, t.get());
        curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
        curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
        curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
        curl_easy_setopt(e, CURLOPT_MAXREDIRS, options.maxRedirects);
        curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, ""); // every decoder libcurl has
        curl_easy_setopt(e, CURLOPT_USERAGENT, options.userAgent.c_str());
        curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, options.connectTimeoutMs);
        curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, options.totalTimeoutMs);
        curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, options.lowSpeedBytesPerSecond);
        curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, options.lowSpeedSeconds);
        curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE,
                         static_cast<curl_off_t>(options.maxBodyBytes));
        curl_easy_setopt(e, CURLOPT_HTTP_VERSION, CURL_HTTP_VERSION_2TLS);
        curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(e, CURLOPT_PIPEWAIT, options.waitForMultiplexing ? 1L : 0L);
        curl_slist* list = nullptr;
        bool ownAccept =
            std::any_of(request.headers.begin(), request.headers.end(), [](const std::string& h) {
                return asciiLower(h.substr(0, 7)) == "accept:";
            });
        if (!ownAccept) list = curl_slist_append(list, ("Accept: " + options.accept).c_str());
        for (const std::string& header : request.headers)
            list = curl_slist_append(list, header.c_str());
        if (t->request.postBody) {
            const std::string& body = *t->request.postBody; // lives as long as the transfer
            curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
            curl_easy_setopt(e, CURLOPT_POSTFIELDS, body.data());
            list = curl_slist_append(list, ("Content-Type: " + request.contentType).c_str());
            // libcurl would wait up to a second for "100 Continue" before a large body; API
            // servers answer the whole request anyway.
            list = curl_slist_append(list, "Expect:");
        }
        if (request.etag)
            list = curl_slist_append(list, ("If-None-Match: " + *request.etag).c_str());
        if (request.lastModified)
            list = curl_slist_append(list, ("If-Modified-Since: " + *request.lastModified).c_str());
        t->headers.reset(list);
        curl_easy_setopt(e, CURLOPT_HTTPHEADER, list);
        return t;
    }

    FetchResult finish(Transfer& t, CURLcode code) {
        FetchResult& r = t.result;
        CURL* e = t.easy.get();
        curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &r.status);
        char* effective = nullptr;
        curl_easy_getinfo(e, CURLINFO_EFFECTIVE_URL, &effective);
        r.finalUrl = effective ? effective : r.url;
        long redirects = 0;
        curl_easy_getinfo(e, CURLINFO_REDIRECT_COUNT, &redirects);
        r.redirected = redirects > 0;
        r.permanentRedirect = redirects > 0 &&
                              t.hopStatuses.size() > static_cast<size_t>(redirects) &&
                              std::all_of(t.hopStatuses.begin(), t.hopStatuses.begin() + redirects,
                                          [](long s) { return s == 301 || s == 308; });
        if (code != CURLE_OK) {
            r.error = describeError(code, t, options, r.failure);
            r.body.clear();
        } else if (r.body.starts_with("\x1f\x8b")) {
            if (auto unpacked = gunzip(r.body, options.maxBodyBytes)) r.body = std::move(*unpacked);
        }
        auto header = [&](const char* name) -> std::optional<std::string> {
            auto it = t.responseHeaders.find(name);
            if (it == t.responseHeaders.end()) return std::nullopt;
            return it->second;
        };
        r.etag = header("etag");
        r.lastModified = header("last-modified");
        r.contentType = header("content-type").value_or("");
        if (auto at = asciiLower(r.contentType).find("charset="); at != std::string::npos)
            r.charset = trim(std::string_view(r.contentType).substr(at + 8));
        if (!r.charset.empty() && (r.charset.front() == '"' || r.charset.front() == '\''))
            r.charset = r.charset.substr(1, r.charset.find_first_of("\"'", 1) - 1);
        if (auto retry = header("retry-after"))
            r.retryAfterSeconds = parseRetryAfter(*retry, std::time(nullptr));
        if (auto cache = header("cache-control")) r.maxAgeSeconds = maxAge(*cache);
        r.headers = std::move(t.responseHeaders);
        return std::move(r);
    }

    // Requests waiting, by host in the order hosts first appear, and each host's slots: its
    // transfers running plus those pausing (hostPauseMs) after they ended.
    struct HostQueue {
        std::deque<const FetchRequest*> waiting;
        int busy = 0;
        std::deque<Clock::time_point> pausedUntil;
    };

    void run(const std::vector<FetchRequest>& requests,
             const std::function<void(FetchResult&&)>& onResult,
             const std::atomic<bool>* cancelled) {
        // Transfers start as slots free up, at most maxPerHost per host, so that a timeout
        // measures a transfer and not its wait in a queue.
        std::map<std::string, HostQueue> hosts;
        std::vector<HostQueue*> order;
        for (const FetchRequest& r : requests) {
            auto [it, added] = hosts.try_emplace(hostOf(r.url));
            if (added) order.push_back(&it->second);
            it->second.waiting.push_back(&r);
        }
        std::map<CURL*, std::unique_ptr<Transfer>> active;
        auto startMore = [&] {
            Clock::time_point now = Clock::now();
            for (HostQueue* host : order)
                while (!host->pausedUntil.empty() && host->pausedUntil.front() <= now) {
                    host->pausedUntil.pop_front();
                    --host->busy;
                }
            // One transfer per host per round: the connections go to as many hosts as there
            // are, before any host gets a second (which on HTTP/1.1 waits for the first's
            // answer to learn whether it can share its connection, CURLOPT_PIPEWAIT).
            for (bool started = true; started;) {
                started = false;
                for (HostQueue* host : order) {
                    if (active.size() >= static_cast<size_t>(options.maxConnections)) return;
                    if (host->waiting.empty() || host->busy >= options.maxPerHost) continue;
                    auto transfer = makeTransfer(*host->waiting.front());
                    host->waiting.pop_front();
                    ++host->busy;
                    CURL* easy = transfer->easy.get();
                    curl_multi_add_handle(multi.get(), easy);
                    active.emplace(easy, std::move(transfer));
                    started = true;
                }
            }
        };
        // The poll wakes when the first pausing slot frees, at the latest after 100 ms.
        auto pollMs = [&] {
            auto wait = std::chrono::milliseconds(100);
            Clock::time_point now = Clock::now();
            for (HostQueue* host : order)
                if (!host->pausedUntil.empty() && !host->waiting.empty())
                    wait = std::min(wait, std::chrono::ceil<std::chrono::milliseconds>(
                                              host->pausedUntil.front() - now));
            return static_cast<int>(std::max<std::int64_t>(wait.count(), 0));
        };
        auto anyWaiting = [&] {
            return std::any_of(order.begin(), order.end(),
                               [](const HostQueue* h) { return !h->waiting.empty(); });
        };
        startMore();
        while (!active.empty() || anyWaiting()) {
            if (cancelled && cancelled->load()) break;
            int running = 0;
            curl_multi_perform(multi.get(), &running);
            int queued = 0;
            while (CURLMsg* message = curl_multi_info_read(multi.get(), &queued)) {
                if (message->msg != CURLMSG_DONE) continue;
                CURL* easy = message->easy_handle;
                CURLcode code = message->data.result;
                curl_multi_remove_handle(multi.get(), easy);
                auto node = active.extract(easy);
                HostQueue& host = hosts.at(node.mapped()->host);
                if (options.hostPauseMs > 0)
                    host.pausedUntil.push_back(Clock::now() +
                                               std::chrono::milliseconds(options.hostPauseMs));
                else
                    --host.busy;
                onResult(finish(*node.mapped(), code));
            }
            startMore();
            if (!active.empty() || anyWaiting())
                curl_multi_poll(multi.get(), nullptr, 0, pollMs(), nullptr);
        }
        for (auto& [easy, transfer] : active)
            curl_multi_remove_handle(multi.get(), easy);
    }
};

Fetcher::Fetcher(FetchOptions options) : m_impl(std::make_unique<Impl>(std::move(options))) {}
Fetcher::~Fetcher() = default;

void Fetcher::fetchAll(const std::vector<FetchRequest>& requests,
                       const std::function<void(FetchResult&&)>& onResult,
                       const std::atomic<bool>* cancelled) {
    m_impl->run(requests, onResult, cancelled);
}

FetchResult Fetcher::fetchOne(const FetchRequest& request) {
    FetchResult result;
    fetchAll({request}, [&](FetchResult&& r) { result = std::move(r); });
    return result;
}

std::string Fetcher::defaultUserAgent() {
    return std::string("Heraut/") + kVersion + " (+" + kProjectUrl + ")";
}

} // namespace heraut
