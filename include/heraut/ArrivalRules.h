// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Database.h"

#include <cstdint>

namespace heraut {

// What runs over articles once they are stored, whoever stored them (a refresh, a sync, a new
// subscription): the mute rules (MuteRules.h), then the watch-lists' matches and counts
// (WatchLists.h). Each keeps where it stopped, so what one call does not reach (it throws
// StoreError) the next one does. `now` in seconds since the epoch (UTC).
void applyArrivalRules(Database& db, std::int64_t now);

} // namespace heraut
