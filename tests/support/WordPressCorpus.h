// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace heraut::test {

// A WordPress-style RSS 2.0 feed like Business AM's: content:encoded bodies of a few KB with a
// takeaways list, images, links and categories, built from the seed's Dutch text. The same
// arguments always give the same bytes.
std::string makeWordPressFeed(int feedNumber, int items, const std::string& siteUrl);

// A feed of about `bytes` bytes (many items of the same kind).
std::string makeWordPressFeedOfSize(size_t bytes);

} // namespace heraut::test
