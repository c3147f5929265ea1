// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace heraut {

// A subquery, in parentheses, giving the ids of the feeds of the folder whose name is bound as
// `parameter` ("?", "?4", ":folder"), those of the folders inside it included, at any depth:
// `a.feed_id IN <it>`. The name is compared without ASCII case, as a reader types it
// ("folder:defensie" for "Defensie"); two folders named alike both count.
inline std::string feedsOfFolderSql(std::string_view parameter) {
    return "(WITH RECURSIVE tree(id) AS (SELECT id FROM folders WHERE name = " +
           std::string(parameter) +
           " COLLATE NOCASE UNION SELECT f.id FROM folders f JOIN tree ON f.parent_id = tree.id) "
           "SELECT fe.id FROM feeds fe WHERE fe.folder_id IN (SELECT id FROM tree))";
}

} // namespace heraut
