// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HtmlTree.h"

#include <string>
#include <vector>

namespace heraut::extract {

// The page's own key takeaways: the list under a heading or in a box named "Key takeaways",
// "Kernpunten", "In het kort", "Samenvatting", "Het belangrijkste", "Wat je moet weten",
// "TL;DR" (or with a class such as key-takeaways, kernpunten, summary, intro), one item per
// list item. The box is removed from the tree so the body does not repeat it. Empty when the
// page has none. Expects tree.measure() to have run on the body.
std::vector<std::string> takeTakeaways(HtmlTree& tree);

} // namespace heraut::extract
