// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Database.h"

#include <fstream>
#include <string>
#include <vector>

namespace heraut::test {

// The pages (numbered from 1) of a table's or an index's b-tree, of one kind: "leaf",
// "internal" or "overflow" (SQLite's dbstat table says which). Opens and closes the file.
inline std::vector<std::int64_t> pagesOf(const std::string& path, const std::string& name,
                                         const std::string& kind) {
    Database db(path);
    Statement pages =
        db.prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno");
    pages.bind(1, name).bind(2, kind);
    std::vector<std::int64_t> found;
    while (pages.step())
        found.push_back(pages.integer(0));
    return found;
}

// Writes garbage over whole pages, as a failing disk or a torn copy leaves them. Every
// connection must be closed first, so that what they wrote is in the file and not in its WAL.
inline void damagePages(const std::string& path, const std::vector<std::int64_t>& pages,
                        int pageSize = 4096) {
    std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
    const std::string garbage(static_cast<size_t>(pageSize), '\xA5');
    for (std::int64_t page : pages) {
        file.seekp((page - 1) * pageSize);
        file.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }
}

} // namespace heraut::test
