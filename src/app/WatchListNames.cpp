// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatchListNames.h"

namespace heraut::app {

// Worded here rather than taken from watchListName: the window's language is Qt's, and its
// Dutch comes from the translation of these texts.
QString WatchListNames::shown(const WatchList& list) {
    switch (shippedWatchList(list)) {
    case 1:
        return tr("Air defence");
    case 2:
        return tr("Ukraine");
    case 3:
        return tr("Navy");
    default: // "F-35" is the same in every language
        return QString::fromStdString(list.name);
    }
}

bool WatchListNames::isShipped(const WatchList& list) {
    return shippedWatchList(list) >= 0;
}

void WatchListNames::nameSections(Briefing& briefing, const std::vector<WatchList>& lists) {
    nameWatchListSections(briefing, lists,
                          [](const WatchList& list) { return shown(list).toStdString(); });
}

} // namespace heraut::app
