// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace heraut::xmlns {

inline constexpr std::string_view kAtom10 = "http://www.w3.org/2005/Atom";
inline constexpr std::string_view kAtom03 = "http://purl.org/atom/ns#";
inline constexpr std::string_view kContent = "http://purl.org/rss/1.0/modules/content/";
inline constexpr std::string_view kDc = "http://purl.org/dc/elements/1.1/";
inline constexpr std::string_view kDcTerms = "http://purl.org/dc/terms/";
inline constexpr std::string_view kMedia = "http://search.yahoo.com/mrss/";
inline constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kRss10 = "http://purl.org/rss/1.0/";
inline constexpr std::string_view kRss090 = "http://my.netscape.com/rdf/simple/0.9/";
inline constexpr std::string_view kXml = "http://www.w3.org/XML/1998/namespace";
inline constexpr std::string_view kXhtml = "http://www.w3.org/1999/xhtml";

// An element name resolved by the xmlns declarations in scope, whatever prefix the feed chose.
struct QName {
    std::string_view uri;
    std::string_view local;
    bool is(std::string_view u, std::string_view l) const { return uri == u && local == l; }
};

QName resolve(const pugi::xml_node& node);

// The text of an element: all character data below it, CDATA included.
std::string text(const pugi::xml_node& node);

// The markup inside an element as HTML, for markup a feed left unescaped (XHTML, or HTML that
// happens to be well-formed). Elements go by their local names whatever prefix the feed bound
// the XHTML namespace to; xmlns declarations go. Links below an xml:base of their own are made
// absolute against it, base being the one in effect on the element itself.
std::string innerXml(const pugi::xml_node& node, const std::string& base);

// Character data if the element has only that, else its inner markup.
std::string textOrMarkup(const pugi::xml_node& node, const std::string& base);

// xml:base of the element (resolved against the inherited base), or the inherited base.
std::string baseOf(const pugi::xml_node& node, const std::string& inherited);

} // namespace heraut::xmlns
