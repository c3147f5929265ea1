// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/FailureKind.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace heraut {

struct FetchRequest {
    std::uint64_t tag = 0; // the caller's key for the result
    std::string url = {};
    std::optional<std::string> etag = {};
    std::optional<std::string> lastModified = {};
    // For APIs (sync): POST this body instead of a GET, with this Content-Type.
    std::optional<std::string> postBody = {};
    std::string contentType = "application/x-www-form-urlencoded";
    // Extra "Name: value" lines (Authorization, Accept); an Accept here replaces the feed one.
    std::vector<std::string> headers = {};
};

struct FetchResult {
    std::uint64_t tag = 0;
    std::string url;      // as requested
    std::string finalUrl; // after redirects
    long status = 0;      // 0 when no HTTP response arrived
    bool redirected = false;
    bool permanentRedirect = false; // every hop was 301 or 308
    std::string body;
    std::optional<std::string> etag;
    std::optional<std::string> lastModified;
    std::string contentType;
    std::string charset;
    std::optional<std::int64_t> retryAfterSeconds;
    std::optional<std::int64_t> maxAgeSeconds;  // from Cache-Control
    std::map<std::string, std::string> headers; // of the final response, names lower case
    std::string error; // empty when a response arrived; else what went wrong, for a person
    Failure failure;   // the kind of `error`, for words in another language

    bool ok() const { return error.empty() && status >= 200 && status < 300; }
    bool notModified() const { return error.empty() && status == 304; }
};

struct FetchOptions {
    int maxConnections = 32;
    int maxPerHost = 4;
    std::size_t maxBodyBytes = 16u << 20;
    long connectTimeoutMs = 15000;
    long totalTimeoutMs = 60000;
    long lowSpeedBytesPerSecond = 100; // slower than this ...
    long lowSpeedSeconds = 20;         // ... for this long aborts the transfer
    long maxRedirects = 5;
    std::string userAgent; // default: Heraut/<version> (+<project URL>)
    // After a transfer to a host ends, its slot there waits this long before the next one
    // starts: politeness for fetching many pages of one site (article pages, issue 10).
    long hostPauseMs = 0;
    std::string accept; // the Accept header; default: feed types first, then anything
    // A new transfer to a host waits to learn whether the connection there can multiplex
    // (HTTP/2) instead of opening another. On HTTP/1.1 servers that wait lasts until the first
    // response's headers, so few transfers per host run at once; page fetches turn it off.
    bool waitForMultiplexing = true;
};

// Fetches many URLs at once on one libcurl multi handle: HTTP/2 where offered, conditional GET,
// compressed bodies, http and https only, TLS verified, proxies from the environment. Knows
// nothing of feeds. Results arrive through the callback, on the calling thread, as each
// transfer completes.
class Fetcher {
  public:
    explicit Fetcher(FetchOptions options = {});
    ~Fetcher();
    Fetcher(const Fetcher&) = delete;
    Fetcher& operator=(const Fetcher&) = delete;

    void fetchAll(const std::vector<FetchRequest>& requests,
                  const std::function<void(FetchResult&&)>& onResult,
                  const std::atomic<bool>* cancelled = nullptr);

    FetchResult fetchOne(const FetchRequest& request);

    static std::string defaultUserAgent();

  private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// "Retry-After: 120" or an HTTP date; seconds from now.
std::optional<std::int64_t> parseRetryAfter(const std::string& value, std::int64_t now);

} // namespace heraut
