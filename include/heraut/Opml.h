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
    // The top-level outline it sits in. Heraut's folders do not nest: a deeper folder's feeds
    // go into the top-level folder that holds it, with a warning.
    std::optional<std::string> folder;
};

struct OpmlDocument {
    std::vector<OpmlOutline> outlines; // in document order
    std::vector<std::string> warnings; // what did not fit as it was: flattened, skipped
};

class OpmlError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// The subscriptions of an OPML file as every reader exports them, at any depth. Throws
// OpmlError when the text is no OPML. Nothing is dropped without a warning: folders inside
// folders are flattened, outlines inside a feed's outline are taken beside it, an outline
// that looks like a feed but has no xmlUrl is named.
OpmlDocument parseOpml(std::string_view text);

std::string writeOpml(const std::vector<OpmlOutline>& outlines, std::string_view title);

// The bundled Dutch and Flemish defence sources a new database starts with.
std::string_view defaultFeedsOpml();

} // namespace heraut
