// SPDX-License-Identifier: GPL-3.0-or-later
#include "Library.h"

#include "FeedJson.h"
#include "heraut/FeedStore.h"
#include "heraut/SchemaUpgrade.h"
#include "heraut/StoryGrouper.h"
#include "heraut/Subscriptions.h"

#include <charconv>
#include <ctime>
#include <filesystem>
#include <iostream>

namespace heraut::cli {

namespace {

// Bytes in the file, 0 when there is none.
std::uintmax_t sizeOf(const std::string& path) {
    std::error_code error;
    std::uintmax_t size = std::filesystem::file_size(path, error);
    return error ? 0 : size;
}

} // namespace

std::string databasePath(const GlobalOptions& global, OpenMode mode) {
    std::string path = global.databasePath.empty() ? defaultDatabasePath() : global.databasePath;
    std::error_code error;
    if (mode == OpenMode::Existing && path != ":memory:" && !std::filesystem::exists(path, error))
        throw UsageError(path + ": no database here (check --db or HERAUT_DB; `heraut-cli init` "
                                "creates one)");
    // Empty, with no write-ahead log holding its pages: what a copy cut short or a full disk
    // leaves. SQLite would make a new cache in it; said instead, so the loss is seen.
    if (mode == OpenMode::Existing && std::filesystem::is_regular_file(path, error) &&
        sizeOf(path) == 0 && sizeOf(path + "-wal") == 0)
        throw UsageError(path + ": an empty file, not a news cache (a copy cut short, or a full "
                                "disk?); `heraut-cli init` makes a new one there");
    return path;
}

namespace {

// An upgrade can take half a minute (a large cache's search index is rebuilt): said on stderr
// as it starts, so that the command does not look hung, while stdout stays what scripts read.
std::unique_ptr<Database> openAnnouncingUpgrade(const std::string& path, Database::Access access) {
    bool announced = false;
    return openUpgrading(path, access, [&announced](int, int) {
        if (!announced)
            std::cerr << "heraut-cli: upgrading the cache to this version (once; a large cache "
                         "takes up to a minute)...\n";
        announced = true;
        return true;
    });
}

} // namespace

std::unique_ptr<Database> openDatabase(const GlobalOptions& global, OpenMode mode) {
    std::string path = databasePath(global, mode);
    std::unique_ptr<Database> db = openAnnouncingUpgrade(path, Database::Access::ReadWrite);
    if (db->createdNow() && mode == OpenMode::Create) addDefaultFeeds(*db, currentTime());
    return db;
}

std::unique_ptr<Database> openDatabaseForReading(const GlobalOptions& global) {
    std::string path = databasePath(global, OpenMode::Existing);
    return openAnnouncingUpgrade(path, Database::Access::ReadOnlyIfUnwritable);
}

std::int64_t currentTime() {
    return static_cast<std::int64_t>(std::time(nullptr));
}

std::string articleCount(std::int64_t n) {
    return std::to_string(n) + (n == 1 ? " article" : " articles");
}

std::string localTime(const Timestamp& time) {
    if (!time) return "-";
    std::time_t t = static_cast<std::time_t>(*time);
    std::tm local{};
    localtime_r(&t, &local);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M", &local);
    return buffer;
}

std::int64_t parseId(const std::string& text, const char* what) {
    std::int64_t id = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (error != std::errc() || end != text.data() + text.size() || id <= 0)
        throw UsageError(std::string("not a valid ") + what + " id: \"" + text + "\"");
    return id;
}

void requireFeedExists(Database& db, std::int64_t id) {
    if (!FeedStore(db).feed(id)) throw UsageError("no feed with id " + std::to_string(id));
}

void groupWaitingStoriesIfWritable(Database& db) {
    if (db.readOnly()) return;
    try {
        heraut::groupWaitingStories(db);
    } catch (const StoreError&) { // locked by a refresh: that refresh groups them
    }
}

void requireFolderExists(Database& db, const std::string& name) {
    if (!FeedStore(db).hasFolder(name)) throw UsageError("no folder named \"" + name + "\"");
}

nlohmann::ordered_json headlineJson(const ArticleHeadline& h) {
    return {{"id", h.id},
            {"feed_id", h.feedId},
            {"title", h.title},
            {"link", h.link ? nlohmann::ordered_json(*h.link) : nlohmann::ordered_json(nullptr)},
            {"published", timestampJson(h.published)},
            {"read", h.read},
            {"starred", h.starred},
            {"key_takeaways", h.keyTakeaways},
            {"feed_title", h.feedTitle},
            {"date", timestampJson(h.sortDate)}};
}

void printHeadlines(const std::vector<ArticleHeadline>& rows, bool json) {
    if (json) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const ArticleHeadline& h : rows)
            list.push_back(headlineJson(h));
        std::cout << list.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        return;
    }
    for (const ArticleHeadline& h : rows) {
        std::cout << h.id << '\t' << (h.read ? ' ' : 'N') << (h.starred ? '*' : ' ') << '\t'
                  << localTime(h.sortDate) << '\t' << h.feedTitle << '\t' << h.title << '\n';
    }
}

} // namespace heraut::cli
