// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Briefing.h"
#include "heraut/WatchLists.h"

#include <QCoreApplication>
#include <QString>

namespace heraut::app {

// The name a watch-list shows in the window. The lists a new cache starts with (Schema.cpp)
// are stored under Dutch names, which heraut-cli keeps using (`list --watch Marine`); while
// a list still has its shipped name and query, the window shows that name in its own
// language ("Navy"). A list the reader made, or whose query they changed, shows as stored.
class WatchListNames {
    Q_DECLARE_TR_FUNCTIONS(WatchListNames)

  public:
    static QString shown(const WatchList& list);
    // True when shown() words the list rather than showing its stored name.
    static bool isShipped(const WatchList& list);
    // The briefing's watch-list sections under their shown names; `lists` as the store has them.
    static void nameSections(Briefing& briefing, const std::vector<WatchList>& lists);
};

} // namespace heraut::app
