// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatchListNames.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace heraut::app {
namespace {

// The lists of the migration that made watch_lists (Schema.cpp), name and query as stored.
struct Shipped {
    std::string_view name;
    std::string_view query;
};

const std::array<Shipped, 4> kShipped{{
    {"F-35", "F-35 OR F35 OR JSF"},
    {"Luchtverdediging",
     R"(Patriot OR NASAMS OR luchtverdediging OR "air defence" OR "air defense")"},
    {"Oekraïne", "Oekraïne OR Oekraïens* OR Ukrain*"},
    {"Marine", "marine OR fregat* OR frigate* OR onderzeeboot* OR navy"},
}};

// Index into kShipped, -1 for a list the reader made or changed.
int shippedIndex(const WatchList& list) {
    for (std::size_t i = 0; i < kShipped.size(); ++i)
        if (list.name == kShipped[i].name && list.query == kShipped[i].query)
            return static_cast<int>(i);
    return -1;
}

} // namespace

QString WatchListNames::shown(const WatchList& list) {
    switch (shippedIndex(list)) {
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
    return shippedIndex(list) >= 0;
}

void WatchListNames::nameSections(Briefing& briefing, const std::vector<WatchList>& lists) {
    for (BriefingSection& section : briefing.sections) {
        if (section.kind != BriefingSection::Kind::WatchList) continue;
        auto list = std::find_if(lists.begin(), lists.end(),
                                 [&](const WatchList& l) { return l.name == section.name; });
        if (list != lists.end()) section.name = shown(*list).toStdString();
    }
}

} // namespace heraut::app
