// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/Opml.h"

#include "heraut/CharsetDecoder.h"
#include "heraut/PlainText.h"

#include <pugixml.hpp>
#include <sstream>

namespace heraut {
namespace {

std::string attribute(const pugi::xml_node& node, const char* name) {
    return collapseWhitespace(node.attribute(name).value());
}

void collect(const pugi::xml_node& parent, const std::optional<std::string>& folder,
             std::vector<OpmlOutline>& out, int depth) {
    if (depth > 32) return; // real exports nest two levels; deeper is an attack
    for (pugi::xml_node outline : parent.children("outline")) {
        std::string url = attribute(outline, "xmlUrl");
        if (url.empty()) url = attribute(outline, "xmlurl");
        std::string title = attribute(outline, "title");
        if (title.empty()) title = attribute(outline, "text");
        if (!url.empty()) {
            std::string html = attribute(outline, "htmlUrl");
            out.push_back({plainTitle(title), url,
                           html.empty() ? std::nullopt : std::optional(html), folder});
        } else if (outline.first_child()) {
            collect(outline, folder ? folder : std::optional(plainTitle(title)), out, depth + 1);
        }
    }
}

} // namespace

std::vector<OpmlOutline> parseOpml(std::string_view text) {
    DecodedText decoded = decodeToUtf8(text);
    pugi::xml_document doc;
    pugi::xml_parse_result result = doc.load_buffer(decoded.utf8.data(), decoded.utf8.size(),
                                                    pugi::parse_default, pugi::encoding_utf8);
    pugi::xml_node body = doc.child("opml").child("body");
    if (!body) {
        throw OpmlError(result ? "not an OPML file (no <opml><body>)"
                               : std::string("not an OPML file: ") + result.description());
    }
    std::vector<OpmlOutline> outlines;
    collect(body, std::nullopt, outlines, 0);
    return outlines;
}

std::string writeOpml(const std::vector<OpmlOutline>& outlines, std::string_view title) {
    pugi::xml_document doc;
    auto declaration = doc.append_child(pugi::node_declaration);
    declaration.append_attribute("version") = "1.0";
    declaration.append_attribute("encoding") = "UTF-8";
    pugi::xml_node opml = doc.append_child("opml");
    opml.append_attribute("version") = "2.0";
    opml.append_child("head").append_child("title").text() = std::string(title).c_str();
    pugi::xml_node body = opml.append_child("body");
    std::optional<std::string> currentFolder;
    pugi::xml_node parent = body;
    for (const OpmlOutline& o : outlines) {
        if (o.folder != currentFolder) {
            currentFolder = o.folder;
            parent = body;
            if (o.folder) {
                parent = body.append_child("outline");
                parent.append_attribute("text") = o.folder->c_str();
                parent.append_attribute("title") = o.folder->c_str();
            }
        }
        pugi::xml_node outline = parent.append_child("outline");
        outline.append_attribute("type") = "rss";
        outline.append_attribute("text") = o.title.c_str();
        outline.append_attribute("title") = o.title.c_str();
        outline.append_attribute("xmlUrl") = o.xmlUrl.c_str();
        if (o.htmlUrl) outline.append_attribute("htmlUrl") = o.htmlUrl->c_str();
    }
    std::ostringstream out;
    doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
    return out.str();
}

} // namespace heraut
