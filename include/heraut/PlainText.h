// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace heraut {

// Trims and turns every run of whitespace (including no-break spaces) into one space.
std::string collapseWhitespace(std::string_view text);

// Plain text from pieces as they stream past, with what collapseWhitespace does to each line;
// lines end on request, empty ones are dropped. Writes straight into its result: the
// sanitiser feeds it every character of every article.
class PlainTextBuilder {
  public:
    void append(std::string_view text);
    void reserve(size_t bytes) { m_text.reserve(bytes); }
    void endLine() {
        m_lineOpen = false;
        m_spacePending = false;
        m_cellPending = false;
    }
    // Ends a table cell: the row's next words follow on the same line after " | ", so that a
    // row reads "Schip | In dienst | Kosten". A cell that held nothing adds no separator.
    void endCell() { m_cellPending = m_lineOpen; }
    std::string take() { return std::move(m_text); }

  private:
    std::string m_text;
    bool m_lineOpen = false;     // the current line has a word
    bool m_spacePending = false; // whitespace followed that word
    bool m_cellPending = false;  // a table cell ended after that word
};

// Removes anything that looks like a tag or comment, and the code inside script and style
// blocks with them; keeps a lone "<" as in "a < b".
std::string stripTags(std::string_view text);

// Text that is already plain (Atom type="text") on one line: runs of ASCII whitespace become
// one space and the ends are trimmed; a no-break space stays, "<blink>" stays "<blink>".
std::string plainLine(std::string_view text);

// The text of declared HTML (Atom type="html") on one line: tags and script or style code
// removed, entities decoded once, whitespace as plainLine.
std::string plainLineFromHtml(std::string_view html);

// A title or name from a feed that does not say what it holds (RSS, JSON Feed). Taken as HTML
// only when it shows it (an end tag, "<br/>", a comment, an entity, script or style code):
// then markup removed, entities decoded (also the double-escaped ones WordPress plugins
// produce). Otherwise, as "History of the <blink> tag", it is plain text. Whitespace as
// plainLine.
std::string plainTitle(std::string_view text);

// At most maxBytes of text, never cutting a UTF-8 sequence in half.
std::string_view truncateUtf8(std::string_view text, size_t maxBytes);

} // namespace heraut
