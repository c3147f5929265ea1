// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace heraut {

// SQLite's URI form of a path (sqlite.org/uri.html), so that any file name, '?' and '#'
// included, reaches an open or ATTACH as it is and read-only parameters can travel with it.
// `parameters` is the query part without its '?', e.g. "mode=ro".
std::string sqliteFileUri(const std::string& path, std::string_view parameters = {});

} // namespace heraut
