// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/ArrivalRules.h"

#include "heraut/MuteRules.h"
#include "heraut/WatchLists.h"

namespace heraut {

void applyArrivalRules(Database& db, std::int64_t now) {
    // Muted first: a hidden article is never matched by a watch-list.
    MuteRuleStore(db).applyToArrivals(now);
    WatchListStore(db).updateMatches(now);
}

} // namespace heraut
