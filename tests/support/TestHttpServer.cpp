// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestHttpServer.h"

#include <arpa/inet.h>
#include <cstdlib>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>
#include <zlib.h>

namespace heraut::test {
namespace {

const char* reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 410:
        return "Gone";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

bool sendAll(int socket, const char* data, size_t size) {
    while (size > 0) {
        ssize_t sent = ::send(socket, data, size, MSG_NOSIGNAL);
        if (sent <= 0) return false;
        data += sent;
        size -= static_cast<size_t>(sent);
    }
    return true;
}

std::string lower(std::string s) {
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool parseRequest(const std::string& head, HttpRequest& request) {
    size_t lineEnd = head.find("\r\n");
    std::string first = head.substr(0, lineEnd);
    size_t a = first.find(' ');
    size_t b = first.find(' ', a + 1);
    if (a == std::string::npos || b == std::string::npos) return false;
    request.method = first.substr(0, a);
    request.path = first.substr(a + 1, b - a - 1);
    size_t pos = lineEnd + 2;
    while (pos < head.size()) {
        size_t end = head.find("\r\n", pos);
        if (end == std::string::npos) end = head.size();
        std::string line = head.substr(pos, end - pos);
        size_t colon = line.find(':');
        if (colon != std::string::npos) {
            size_t value = line.find_first_not_of(' ', colon + 1);
            request.headers[lower(line.substr(0, colon))] =
                value == std::string::npos ? "" : line.substr(value);
        }
        pos = end + 2;
    }
    return true;
}

} // namespace

std::string gzipCompress(const std::string& data) {
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&stream, data.size()) + 32, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    return out;
}

TestHttpServer::TestHttpServer(Handler handler, std::vector<std::string> addresses,
                               int extraLatencyMs)
    : m_handler(std::move(handler)), m_latencyMs(extraLatencyMs) {
    for (const std::string& address : addresses) {
        int listener = ::socket(AF_INET, SOCK_STREAM, 0);
        int yes = 1;
        ::setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(static_cast<uint16_t>(m_port));
        if (::inet_pton(AF_INET, address.c_str(), &addr.sin_addr) != 1 ||
            (ntohl(addr.sin_addr.s_addr) >> 24) != 127)
            throw std::runtime_error("test server: loopback addresses only, not " + address);
        if (::bind(listener, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
            ::listen(listener, 256) != 0)
            throw std::runtime_error("test server: cannot listen on " + address + ": " +
                                     std::strerror(errno));
        if (m_port == 0) {
            socklen_t length = sizeof addr;
            ::getsockname(listener, reinterpret_cast<sockaddr*>(&addr), &length);
            m_port = ntohs(addr.sin_port);
        }
        m_listeners.push_back(listener);
        m_threads.emplace_back(&TestHttpServer::acceptLoop, this, listener, address);
    }
}

TestHttpServer::~TestHttpServer() {
    m_stopping = true;
    {
        std::lock_guard lock(m_mutex);
        for (int client : m_clients)
            ::shutdown(client, SHUT_RDWR);
    }
    // Threads are only added under the mutex while not stopping; join them all.
    std::vector<std::thread> threads;
    {
        std::lock_guard lock(m_mutex);
        threads.swap(m_threads);
    }
    for (std::thread& t : threads)
        t.join();
    for (int listener : m_listeners)
        ::close(listener);
}

std::string TestHttpServer::url(const std::string& path, const std::string& address) const {
    return "http://" + address + ":" + std::to_string(m_port) + path;
}

std::vector<HttpRequest> TestHttpServer::requests() const {
    std::lock_guard lock(m_mutex);
    return m_requests;
}

size_t TestHttpServer::requestCount() const {
    std::lock_guard lock(m_mutex);
    return m_requests.size();
}

void TestHttpServer::clearRequests() {
    std::lock_guard lock(m_mutex);
    m_requests.clear();
}

void TestHttpServer::acceptLoop(int listener, std::string address) {
    while (!m_stopping) {
        pollfd p{listener, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0) continue;
        int client = ::accept(listener, nullptr, nullptr);
        if (client < 0) continue;
        int yes = 1;
        ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
        std::lock_guard lock(m_mutex);
        if (m_stopping) {
            ::close(client);
            break;
        }
        m_clients.push_back(client);
        m_threads.emplace_back(&TestHttpServer::serve, this, client, address);
    }
}

bool TestHttpServer::readBody(int client, std::string& buffer, HttpRequest& request) {
    size_t length = std::strtoul(request.header("content-length").c_str(), nullptr, 10);
    char chunk[16384];
    while (buffer.size() < length && !m_stopping) {
        pollfd p{client, POLLIN, 0};
        int ready = ::poll(&p, 1, 50);
        if (ready == 0) continue;
        ssize_t got = ready > 0 ? ::recv(client, chunk, sizeof chunk, 0) : -1;
        if (got <= 0) return false;
        buffer.append(chunk, static_cast<size_t>(got));
    }
    if (buffer.size() < length) return false;
    request.body = buffer.substr(0, length);
    buffer.erase(0, length);
    return true;
}

void TestHttpServer::serve(int client, std::string address) {
    std::string buffer;
    char chunk[16384];
    while (!m_stopping) {
        size_t headEnd = buffer.find("\r\n\r\n");
        if (headEnd == std::string::npos) {
            pollfd p{client, POLLIN, 0};
            int ready = ::poll(&p, 1, 50);
            if (ready == 0) continue;
            ssize_t got = ready > 0 ? ::recv(client, chunk, sizeof chunk, 0) : -1;
            if (got <= 0) break;
            buffer.append(chunk, static_cast<size_t>(got));
            continue;
        }
        HttpRequest request;
        request.host = address;
        bool parsed = parseRequest(buffer.substr(0, headEnd), request);
        buffer.erase(0, headEnd + 4);
        if (!parsed) break;
        if (!readBody(client, buffer, request)) break;
        {
            std::lock_guard lock(m_mutex);
            m_requests.push_back(request);
        }
        if (!sendResponse(client, request, m_handler(request))) break;
        if (lower(request.header("connection")) == "close") break;
    }
    ::shutdown(client, SHUT_RDWR);
    std::lock_guard lock(m_mutex);
    std::erase(m_clients, client);
    ::close(client);
}

bool TestHttpServer::sendResponse(int client, const HttpRequest& request, HttpResponse response) {
    auto pause = [this](int ms) {
        auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
        while (!m_stopping && std::chrono::steady_clock::now() < until)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        return !m_stopping;
    };
    if (!pause(m_latencyMs + response.delayMs) || response.hangUp) return false;
    if (response.gzip && request.header("accept-encoding").find("gzip") != std::string::npos) {
        response.body = gzipCompress(response.body);
        response.headers.emplace_back("Content-Encoding", "gzip");
    }
    bool noBody = response.status == 304 || request.method == "HEAD";
    std::string head = "HTTP/1.1 " + std::to_string(response.status) + " " +
                       reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + std::to_string(noBody ? 0 : response.body.size()) + "\r\n\r\n";
    if (!sendAll(client, head.data(), head.size())) return false;
    if (noBody) return true;
    if (response.stallMs > 0 && !pause(response.stallMs)) return false;
    if (response.trickleBytes <= 0)
        return sendAll(client, response.body.data(), response.body.size());
    for (size_t at = 0; at < response.body.size();
         at += static_cast<size_t>(response.trickleBytes)) {
        size_t n = std::min(response.body.size() - at, static_cast<size_t>(response.trickleBytes));
        if (!sendAll(client, response.body.data() + at, n) || !pause(response.trickleIntervalMs))
            return false;
    }
    return true;
}

} // namespace heraut::test
