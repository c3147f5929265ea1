// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace heraut {

// Streams HTML as element and text events through libxml2's HTML parser, which recovers from
// the tag soup feeds carry the way browsers of its era did, decodes entities, and never
// touches the network. No tree is built: a feed's HTML is read once, front to back.
class HtmlEventReader {
  public:
    virtual ~HtmlEventReader() = default;

    // Parses UTF-8 HTML; the callbacks below fire in document order.
    void read(std::string_view html);

  protected:
    // attributes: name, value, name, value, ..., nullptr (names lower case)
    virtual void startElement(std::string_view name, const char* const* attributes) = 0;
    virtual void endElement(std::string_view name) = 0;
    virtual void text(std::string_view text) = 0;

    // During a callback: how many bytes of the input the parser has consumed.
    size_t offset() const;

  private:
    struct Callbacks;
    void* m_context = nullptr; // the libxml2 parser while read() runs
};

// The value of an attribute in a libxml2 attribute list, or nullptr.
const char* findAttribute(const char* const* attributes, std::string_view name);

} // namespace heraut
