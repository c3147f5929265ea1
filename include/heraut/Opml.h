// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
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

// What did not fit as it was, as a kind a GUI words in its own language.
struct OpmlNote {
    enum class Kind {
        FeedHoldsOutlines, // `title`'s outlines are imported beside it, into `folder`
        FolderTooDeep,     // `title` nests deeper than kMaxFolderDepth; its feeds go into `folder`
        NoXmlUrl,          // `title` looks like a feed but has no xmlUrl: skipped
        MoreNotes,         // `count` more notes like these, left out
    };
    Kind kind = Kind::NoXmlUrl;
    std::string title = {};
    std::optional<std::string> folder = {}; // none: the top level
    size_t count = 0;
};

// The note in English, for the CLI.
std::string describe(const OpmlNote& note);

struct OpmlDocument {
    std::vector<OpmlOutline> outlines; // in document order
    std::vector<OpmlNote> notes;       // what did not fit as it was: flattened, skipped
    std::vector<std::string> warnings; // the notes in English
};

class OpmlError : public std::runtime_error {
  public:
    enum class Kind {
        NotXml, // `offset`: the byte where the XML parser stopped
        NoBody, // XML, but no <opml><body>
    };
    OpmlError(Kind kind, const std::string& message, std::ptrdiff_t offset = 0)
        : std::runtime_error(message), m_kind(kind), m_offset(offset) {}
    Kind kind() const { return m_kind; }
    std::ptrdiff_t offset() const { return m_offset; }

  private:
    Kind m_kind;
    std::ptrdiff_t m_offset;
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
