// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <string_view>

namespace heraut::schema {

// Forward migrations: entry N takes a database from user_version N to N + 1. Released
// entries never change; a new version is a new entry.
extern const std::array<std::string_view, 26> kMigrations;

} // namespace heraut::schema
