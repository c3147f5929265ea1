// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace heraut::test {

// The real Tiny Tiny RSS server (Debian's tt-rss on PostgreSQL, served by php -S on 127.0.0.1)
// that scripts/ttrss-server.sh runs for the sync tests. ctest starts it once as the "ttrss"
// fixture and stops it afterwards, even when tests fail; a test binary run by hand starts its
// own and stops it at exit. Tests share the server, so each makes its own user (uniqueUser) and
// sees only its own feeds and articles.
class TtrssServer {
  public:
    static TtrssServer& shared();
    ~TtrssServer() { stopOwnServer(); }
    TtrssServer(const TtrssServer&) = delete;
    TtrssServer& operator=(const TtrssServer&) = delete;

    bool available() const { return m_unavailable.empty(); }
    const std::string& unavailableReason() const { return m_unavailable; }

    std::string url() const { return m_url; } // "http://127.0.0.1:PORT/", tt-rss's base URL
    std::string apiUrl() const { return m_url + "api/"; }

    // A new user with this password, its API access enabled or not (tt-rss's default is off,
    // and login then answers API_DISABLED). Returns its login name, unique to the process.
    std::string uniqueUser(const std::string& password, bool apiEnabled = true);

    // Writes a feed file that tt-rss can fetch; returns the URL to subscribe tt-rss to. tt-rss
    // refuses loopback hosts and ports other than 80/443, so it is served on 127.0.0.1:80 and
    // named http://0.0.0.0/NAME (see ttrss-server.sh).
    std::string publishFeed(const std::string& name, const std::string& content) const;

    // Runs SQL on tt-rss's database, for what its API cannot do (make a folder, expire all
    // sessions); returns psql's unaligned output.
    std::string sql(const std::string& statement) const;

    // Ends every tt-rss session of this user only, as if they had expired. Tests run in
    // parallel against one server, so deleting all sessions would log out other tests' users.
    // tt-rss keeps PHP's serialised session base64-encoded (sessions.php, ttrss_write).
    // Throws std::runtime_error when the user had no session.
    void expireSessionsOf(const std::string& user) const;

    // Runs the script to stop the server this process started, if it started one.
    void stopOwnServer();

  private:
    TtrssServer();
    void startOwnServer();
    void readState();

    std::string m_dir;
    std::string m_url;
    std::string m_feedsUrl;
    std::string m_unavailable;
    bool m_ownServer = false;
};

// An RSS 2.0 feed with `count` items, each with a distinct guid, link, title and date (newest
// first), for tt-rss to fetch: "<name> 1" ... "<name> count".
std::string sampleRssFeed(const std::string& name, int count);

// A plain tt-rss JSON API caller (libcurl): what the tests use to check the server's state
// independently of Heraut's client, and to act as "another client" changing it.
class TtrssApi {
  public:
    explicit TtrssApi(std::string apiUrl) : m_apiUrl(std::move(apiUrl)) {}

    // POSTs {"op": op, "sid": session, ...params}; returns the whole answer
    // ({"seq", "status", "content"}). Throws std::runtime_error when no JSON comes back.
    nlohmann::json call(const std::string& op, nlohmann::json params = nlohmann::json::object());
    // Logs in and keeps the session id; returns the answer's content.
    nlohmann::json login(const std::string& user, const std::string& password);

    // call() that expects status 0 and returns "content"; throws with the error otherwise.
    nlohmann::json content(const std::string& op, nlohmann::json params = nlohmann::json::object());

    // Subscribes to feedUrl and makes tt-rss fetch it now (the API's updateFeed; update.php
    // refuses to run as root). Returns tt-rss's feed id.
    int subscribeAndUpdate(const std::string& feedUrl, int categoryId = 0);

  private:
    std::string m_apiUrl;
    std::string m_session;
};

} // namespace heraut::test
