// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/ParsedFeed.h"

#include <nlohmann/json.hpp>

namespace heraut::cli {

// The `heraut-cli parse` schema; other tools rely on it, so keys only ever get added.
nlohmann::ordered_json toJson(const ParsedFeed& feed);

nlohmann::ordered_json timestampJson(const Timestamp& timestamp);

} // namespace heraut::cli
