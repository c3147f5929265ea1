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
    // The folder it sits in, the innermost one.
    std::optional<std::string> folder;
    // Every folder it sits in, outermost first (its last is `folder`). Folders nest up to
    // kMaxFolderDepth; the feeds of deeper ones go into the deepest kept, with a warning.
    std::vector<std::string> folderPath = {};
};

constexpr size_t kMaxFolderDepth = 8;

struct OpmlDocument {
    std::vector<OpmlOutline> outlines; // in document order
    std::vector<std::string> warnings; // what did not fit as it was: flattened, skipped
};

class OpmlError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// The subscriptions of an OPML file as every reader exports them, at any depth. Throws
// OpmlError when the text is no OPML. Nothing is dropped without a warning: folders deeper
// than kMaxFolderDepth are flattened, outlines inside a feed's outline are taken beside it, an
// outline that looks like a feed but has no xmlUrl is named.
OpmlDocument parseOpml(std::string_view text);

// Folders nest as the outlines' folderPath says (else their `folder`); outlines of one folder
// need not be next to each other.
std::string writeOpml(const std::vector<OpmlOutline>& outlines, std::string_view title);

// The bundled Dutch and Flemish defence sources a new database starts with.
std::string_view defaultFeedsOpml();

} // namespace heraut
