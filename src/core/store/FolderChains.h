// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Database.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace heraut {

// Each folder's name and the names of the folders it lies in, by folder id: a folder's unread
// count covers the folders inside it too (ArticleStore::unreadCounts, StoryStore::unreadCounts).
std::map<std::int64_t, std::vector<std::string>> folderChains(Database& db);

} // namespace heraut
