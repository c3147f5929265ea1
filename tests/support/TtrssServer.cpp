// SPDX-License-Identifier: GPL-3.0-or-later
#include "TtrssServer.h"

#include "Process.h"

#include <atomic>
#include <curl/curl.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <unistd.h>

namespace heraut::test {
namespace {

std::string readFirstLine(const std::filesystem::path& path) {
    std::ifstream file(path);
    std::string line;
    std::getline(file, line);
    return line;
}

size_t appendBody(char* data, size_t size, size_t count, void* out) {
    static_cast<std::string*>(out)->append(data, size * count);
    return size * count;
}

std::string postJson(const std::string& url, const std::string& body) {
    CURL* curl = curl_easy_init();
    if (!curl) throw std::runtime_error("curl_easy_init failed");
    std::string answer;
    curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/json");
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, appendBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &answer);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
    CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    if (rc != CURLE_OK) throw std::runtime_error(url + ": " + curl_easy_strerror(rc));
    return answer;
}

} // namespace

TtrssServer& TtrssServer::shared() {
    static TtrssServer server;
    return server;
}

TtrssServer::TtrssServer() {
    const char* dir = std::getenv("HERAUT_TTRSS_DIR");
    m_dir = dir && *dir ? dir : HERAUT_TTRSS_DEFAULT_DIR;
    if (!std::filesystem::exists(std::filesystem::path(m_dir) / "url") &&
        !std::filesystem::exists(std::filesystem::path(m_dir) / "unavailable"))
        startOwnServer();
    readState();
}

void TtrssServer::startOwnServer() {
    // Run by hand, outside ctest's fixture: a server of this process's own, stopped at exit.
    m_dir += "-" + std::to_string(getpid());
    ProcessResult result = runProcess({HERAUT_TTRSS_SCRIPT, "start", m_dir});
    if (result.exitCode != 0) {
        m_unavailable = "ttrss-server.sh start failed: " + result.err;
        runProcess({HERAUT_TTRSS_SCRIPT, "stop", m_dir});
        return;
    }
    m_ownServer = true; // stopped by the destructor, at exit
}

void TtrssServer::stopOwnServer() {
    if (!m_ownServer) return;
    m_ownServer = false;
    runProcess({HERAUT_TTRSS_SCRIPT, "stop", m_dir});
}

void TtrssServer::readState() {
    if (!m_unavailable.empty()) return;
    std::filesystem::path dir(m_dir);
    if (std::filesystem::exists(dir / "unavailable")) {
        m_unavailable = readFirstLine(dir / "unavailable");
        return;
    }
    m_url = readFirstLine(dir / "url");
    m_feedsUrl = readFirstLine(dir / "feeds-url");
    if (m_url.empty()) m_unavailable = "no tt-rss server in " + m_dir;
}

std::string TtrssServer::uniqueUser(const std::string& password, bool apiEnabled) {
    static std::atomic<int> counter{0};
    std::string name = "user" + std::to_string(getpid()) + "x" + std::to_string(++counter);
    std::vector<std::string> argv = {HERAUT_TTRSS_SCRIPT, "adduser", m_dir, name, password};
    if (apiEnabled) argv.push_back("api");
    ProcessResult result = runProcess(argv);
    if (result.exitCode != 0) throw std::runtime_error("cannot add tt-rss user: " + result.err);
    return name;
}

std::string TtrssServer::sql(const std::string& statement) const {
    ProcessResult result = runProcess({HERAUT_TTRSS_SCRIPT, "sql", m_dir, statement});
    if (result.exitCode != 0) throw std::runtime_error("tt-rss SQL failed: " + result.err);
    return result.out;
}

void TtrssServer::expireSessionsOf(const std::string& user) const {
    // uniqueUser's names are [a-z0-9] only, so quoting the name is enough.
    std::string deleted =
        sql("with gone as (delete from ttrss_sessions where convert_from(decode(data, "
            "'base64'), 'UTF8') like '%uid|i:' || (select id from ttrss_users where login = '" +
            user + "') || ';%' returning 1) select count(*) from gone");
    // A test relying on an expired session must not pass because nothing was expired.
    if (std::stoi(deleted) == 0) throw std::runtime_error("no tt-rss session of " + user);
}

std::string TtrssServer::publishFeed(const std::string& name, const std::string& content) const {
    std::filesystem::path path = std::filesystem::path(m_dir) / "feeds" / name;
    std::filesystem::path partial = path;
    partial += ".partial";
    {
        std::ofstream file(partial, std::ios::binary | std::ios::trunc);
        file << content;
    }
    // Renamed into place so tt-rss never reads half a file.
    std::filesystem::rename(partial, path);
    return m_feedsUrl + name;
}

std::string sampleRssFeed(const std::string& name, int count) {
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                      "<title>" +
                      name + "</title><link>https://defensie.example/" + name + "</link>\n";
    for (int i = count; i >= 1; --i) {
        std::string n = std::to_string(i);
        std::string day = std::to_string(1 + (i % 28));
        xml += "<item><title>" + name + " " + n + "</title><link>https://defensie.example/" + name +
               "/" + n + "</link><guid>urn:heraut-test:" + name + ":" + n + "</guid><pubDate>" +
               (day.size() == 1 ? "0" + day : day) +
               " Nov 2026 10:00:00 +0000</pubDate><description>&lt;p&gt;Key takeaways: " + name +
               " item " + n + " over de krijgsmacht.&lt;/p&gt;</description></item>\n";
    }
    return xml + "</channel></rss>\n";
}

nlohmann::json TtrssApi::call(const std::string& op, nlohmann::json params) {
    params["op"] = op;
    if (!m_session.empty()) params["sid"] = m_session;
    std::string answer = postJson(m_apiUrl, params.dump());
    nlohmann::json parsed = nlohmann::json::parse(answer, nullptr, false);
    if (parsed.is_discarded())
        throw std::runtime_error(op + ": not JSON: " + answer.substr(0, 300));
    return parsed;
}

nlohmann::json TtrssApi::content(const std::string& op, nlohmann::json params) {
    nlohmann::json answer = call(op, std::move(params));
    if (answer.value("status", 1) != 0) throw std::runtime_error(op + " failed: " + answer.dump());
    return answer["content"];
}

nlohmann::json TtrssApi::login(const std::string& user, const std::string& password) {
    m_session.clear();
    nlohmann::json answer = content("login", {{"user", user}, {"password", password}});
    m_session = answer.value("session_id", "");
    return answer;
}

int TtrssApi::subscribeAndUpdate(const std::string& feedUrl, int categoryId) {
    nlohmann::json answer =
        content("subscribeToFeed", {{"feed_url", feedUrl}, {"category_id", categoryId}});
    int code = answer["status"].value("code", -1);
    // 0: already subscribed, 1: added (tt-rss's subscribe_to_feed codes).
    if (code != 0 && code != 1)
        throw std::runtime_error("subscribeToFeed " + feedUrl + ": " + answer.dump());
    int feedId = answer["status"].value("feed_id", 0);
    content("updateFeed", {{"feed_id", feedId}});
    return feedId;
}

} // namespace heraut::test
