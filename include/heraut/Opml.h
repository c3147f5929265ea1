// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace heraut {

struct OpmlOutline {
    std::string title;
    std::string xmlUrl;
    std::optional<std::string> htmlUrl;
    std::optional<std::string> folder; // the outline it sits in (nested folders are flattened)
};

class OpmlError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// The subscriptions of an OPML file as every reader exports them. Throws OpmlError when the
// text is no OPML; outlines without an xmlUrl that are not folders are skipped.
std::vector<OpmlOutline> parseOpml(std::string_view text);

std::string writeOpml(const std::vector<OpmlOutline>& outlines, std::string_view title);

// The bundled Dutch and Flemish defence sources a new database starts with.
std::string_view defaultFeedsOpml();

} // namespace heraut
