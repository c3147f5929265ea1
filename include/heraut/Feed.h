// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Article.h"
#include "heraut/FailureKind.h"
#include "heraut/FeedUrl.h"

#include <cstdint>
#include <optional>
#include <string>

namespace heraut {

struct Folder {
    std::int64_t id = 0;
    std::string name;
    std::optional<std::int64_t> parentId; // the folder it sits in; nullopt: the top level
};

// A subscription and what the last fetches of it taught us.
struct Feed {
    std::int64_t id = 0;
    std::string url;
    std::string title;
    std::optional<std::string> siteLink;
    std::optional<std::int64_t> folderId;
    std::optional<std::string> folderName;
    std::optional<std::string> etag;
    std::optional<std::string> lastModified;
    std::optional<std::string> bodyHash;
    Timestamp lastFetch;
    Timestamp lastSuccess;
    std::optional<std::string> lastError; // English, for the CLI
    Failure lastFailure;                  // its kind, for words in the reader's language
    int consecutiveFailures = 0;
    std::int64_t nextDue = 0;
    std::int64_t refreshInterval = 1800;
    bool disabled = false;
    bool titleLocked = false; // the reader named it; the feed's own title no longer applies
    bool loadImages = false;  // the reader allowed remote images for every article of it
    // The server reader account that owns it (AccountStore.h): the sync fetches its articles,
    // never the refresher. Absent for the reader's own feeds.
    std::optional<std::int64_t> accountId;

    // The title, else the URL without its password: what any screen or terminal shows.
    std::string displayTitle() const { return title.empty() ? withoutPasswords(url) : title; }
};

} // namespace heraut
