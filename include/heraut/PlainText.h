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
    }
    std::string take() { return std::move(m_text); }

  private:
    std::string m_text;
    bool m_lineOpen = false;     // the current line has a word
    bool m_spacePending = false; // whitespace followed that word
};

// Removes anything that looks like a tag or comment; keeps a lone "<" as in "a < b".
std::string stripTags(std::string_view text);

// A title or name as a person should read it: markup removed, entities decoded (also the
// double-escaped ones WordPress plugins produce), whitespace normalised.
std::string plainTitle(std::string_view text);

// At most maxBytes of text, never cutting a UTF-8 sequence in half.
std::string_view truncateUtf8(std::string_view text, size_t maxBytes);

} // namespace heraut
