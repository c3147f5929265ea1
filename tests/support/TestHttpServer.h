// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace heraut::test {

struct HttpRequest {
    std::string method;
    std::string path;
    std::string host;                           // the address the request came in on
    std::map<std::string, std::string> headers; // names lower case
    std::string body;                           // as sent (Content-Length bytes)

    std::string header(const std::string& name) const {
        auto it = headers.find(name);
        return it == headers.end() ? std::string() : it->second;
    }
};

struct HttpResponse {
    int status = 200;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    bool gzip = false;         // compress the body and say so
    int delayMs = 0;           // before anything is sent
    int stallMs = 0;           // after the headers, before the body
    int trickleBytes = 0;      // send the body this many bytes at a time ...
    int trickleIntervalMs = 0; // ... with this pause in between
    bool hangUp = false;       // close the connection without answering

    static HttpResponse ok(std::string body,
                           std::string type = "application/rss+xml; charset=UTF-8") {
        HttpResponse r;
        r.body = std::move(body);
        r.headers.emplace_back("Content-Type", std::move(type));
        return r;
    }
    static HttpResponse withStatus(int code, std::string body = {}) {
        HttpResponse r;
        r.status = code;
        r.body = std::move(body);
        return r;
    }
    HttpResponse& header(std::string name, std::string value) {
        headers.emplace_back(std::move(name), std::move(value));
        return *this;
    }
};

// A small HTTP/1.1 server for tests and benchmarks, on loopback addresses only. It listens on
// every address given (127.0.0.1 to 127.0.0.50 all reach this machine) with one port, keeps
// connections alive, and records each request so tests can check what the client sent.
class TestHttpServer {
  public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    explicit TestHttpServer(Handler handler, std::vector<std::string> addresses = {"127.0.0.1"},
                            int extraLatencyMs = 0);
    ~TestHttpServer();
    TestHttpServer(const TestHttpServer&) = delete;
    TestHttpServer& operator=(const TestHttpServer&) = delete;

    int port() const { return m_port; }
    std::string url(const std::string& path, const std::string& address = "127.0.0.1") const;
    std::vector<HttpRequest> requests() const;
    size_t requestCount() const;
    void clearRequests();

  private:
    void acceptLoop(int listener, std::string address);
    void serve(int client, std::string address);
    bool readBody(int client, std::string& buffer, HttpRequest& request);
    bool sendResponse(int client, const HttpRequest& request, HttpResponse response);

    Handler m_handler;
    int m_latencyMs;
    int m_port = 0;
    std::vector<int> m_listeners;
    std::atomic<bool> m_stopping{false};
    mutable std::mutex m_mutex;
    std::vector<HttpRequest> m_requests;
    std::vector<std::thread> m_threads;
    std::vector<int> m_clients;
};

std::string gzipCompress(const std::string& data);

} // namespace heraut::test
