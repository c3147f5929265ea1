// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Database.h"
#include "heraut/Feed.h"

#include <string>
#include <vector>

namespace heraut {

// What a successful fetch leaves for the next one.
struct FetchValidators {
    std::optional<std::string> etag;
    std::optional<std::string> lastModified;
    std::optional<std::string> bodyHash;
};

// Folders and feeds: subscriptions and their fetch state. The only code with feed SQL.
class FeedStore {
  public:
    explicit FeedStore(Database& db) : m_db(db) {}

    // Throws StoreError when the URL is already subscribed.
    std::int64_t addFeed(const std::string& url, const std::string& title,
                         const std::optional<std::string>& folder, std::int64_t now,
                         bool titleLocked = false);
    std::optional<Feed> feed(std::int64_t id);
    std::optional<Feed> feedByUrl(const std::string& url);
    std::vector<Feed> feeds();
    std::vector<Feed> dueFeeds(std::int64_t now);

    void removeFeed(std::int64_t id);
    void renameFeed(std::int64_t id, const std::string& title);
    void moveFeed(std::int64_t id, const std::optional<std::string>& folder);
    void setRefreshInterval(std::int64_t id, std::int64_t seconds);
    void setDisabled(std::int64_t id, bool disabled);
    // "Always load images": kept with the feed, so it goes when the feed does.
    void setLoadImages(std::int64_t id, bool load);

    // The folder named `name` without ASCII case (the exact spelling first), made when there
    // is none.
    std::int64_t folderId(const std::string& name);
    // The same, a folder made anew going inside `parentId`; an existing one stays where it is.
    std::int64_t folderIn(const std::string& name, std::optional<std::int64_t> parentId);
    // Folders in their order, each with its parent; a parent may come after its children.
    std::vector<Folder> folders();
    // Whether a folder is named `name`, without ASCII case, as folder: searches name it.
    bool hasFolder(const std::string& name);
    // Puts a folder inside another (nullopt: at the top level). Throws StoreError for an unknown
    // folder, or when `parentId` is the folder itself or inside it.
    void moveFolder(std::int64_t id, std::optional<std::int64_t> parentId);
    // Removes folders that hold no feed, at any depth below them.
    void removeEmptyFolders();

    // The feed's own title and site link, unless the reader renamed it.
    void updateFeedInfo(std::int64_t id, const std::string& title,
                        const std::optional<std::string>& siteLink);
    void recordSuccess(std::int64_t id, const FetchValidators& validators, std::int64_t now,
                       std::int64_t nextDue);
    void recordNotModified(std::int64_t id, std::int64_t now, std::int64_t nextDue);
    // `error` in English (the CLI shows it), `failure` its kind (the GUI words it).
    void recordFailure(std::int64_t id, const std::string& error, std::int64_t now,
                       std::int64_t nextDue, bool disable,
                       Failure failure = {FailureKind::Other, 0});
    // A permanent redirect moved the feed. Returns false when another subscription already
    // has that URL (the two are then left as they are).
    bool updateUrl(std::int64_t id, const std::string& url);

  private:
    Feed readFeed(Statement& row);
    std::vector<Feed> queryFeeds(std::string_view where, std::optional<std::int64_t> value);

    Database& m_db;
};

} // namespace heraut
