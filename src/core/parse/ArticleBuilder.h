// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RawFeed.h"
#include "heraut/FeedParser.h"

namespace heraut {

// Turns what a format reader found into clean articles: plain titles, absolute safe links,
// sanitised HTML with its text and takeaways, UTC dates, and a stable id for every item.
ParsedFeed buildParsedFeed(RawFeed raw, const ParseContext& context, const ParseOptions& options);

} // namespace heraut
