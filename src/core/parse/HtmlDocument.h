// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gumbo.h>
#include <string>
#include <string_view>

namespace heraut {

// Owns one gumbo parse. HTML from feeds is parsed as a fragment inside <body>, so that stray
// <head> content and missing wrappers are handled the way a browser would.
class HtmlDocument {
  public:
    HtmlDocument(std::string_view html, bool asFragment);
    ~HtmlDocument();
    HtmlDocument(const HtmlDocument&) = delete;
    HtmlDocument& operator=(const HtmlDocument&) = delete;

    const GumboNode* root() const { return m_output->root; }

  private:
    std::string m_source; // gumbo points into it; it must outlive m_output
    GumboOptions m_options;
    GumboOutput* m_output;
};

// The text of an element, whitespace collapsed, stopping once maxBytes are gathered.
std::string elementText(const GumboNode* node, size_t maxBytes = std::string::npos);

bool isElement(const GumboNode* node, GumboTag tag);

} // namespace heraut
