// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RawFeed.h"

#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace heraut {

// One reader per family, each filling the same RawFeed. The root element has already told
// which family the document belongs to.
RawFeed readRss(const pugi::xml_node& root, FeedFormat format, const std::string& base);
RawFeed readAtom(const pugi::xml_node& root, const std::string& base);
RawFeed readJsonFeed(std::string_view json, const std::string& base); // throws NotAFeedError

} // namespace heraut
