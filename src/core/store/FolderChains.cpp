// SPDX-License-Identifier: GPL-3.0-or-later
#include "FolderChains.h"

namespace heraut {

std::map<std::int64_t, std::vector<std::string>> folderChains(Database& db) {
    std::map<std::int64_t, std::vector<std::string>> above;
    Statement chains =
        db.prepare("WITH RECURSIVE up(start, id) AS (SELECT id, id FROM folders UNION "
                   "SELECT up.start, f.parent_id FROM folders f JOIN up ON f.id = up.id "
                   "WHERE f.parent_id IS NOT NULL) SELECT up.start, d.name FROM up JOIN folders "
                   "d ON d.id = up.id");
    while (chains.step())
        above[chains.integer(0)].push_back(chains.text(1));
    return above;
}

} // namespace heraut
