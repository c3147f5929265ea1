// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/Opml.h"

#include "heraut/CharsetDecoder.h"
#include "heraut/PlainText.h"

#include <map>
#include <pugixml.hpp>
#include <sstream>

namespace heraut {
namespace {

std::string attribute(const pugi::xml_node& node, const char* name) {
    return collapseWhitespace(node.attribute(name).value());
}

// A file that nests thousands of folders would otherwise print thousands of lines.
constexpr size_t kMaxWarnings = 20;

class Collector {
  public:
    explicit Collector(OpmlDocument& out) : m_out(out) {}

    // Depth first in document order, on a stack of its own: a hostile file nested a million
    // levels deep must not overflow the call stack, and a deep feed is still a feed.
    void collect(const pugi::xml_node& body) {
        m_levels.push_back({body.child("outline"), {}});
        while (!m_levels.empty()) {
            pugi::xml_node outline = m_levels.back().next;
            if (!outline) {
                m_levels.pop_back();
                continue;
            }
            m_levels.back().next = outline.next_sibling("outline");
            visit(outline, m_levels.back().path);
        }
        if (m_skippedWarnings > 0) {
            m_out.notes.push_back({.kind = OpmlNote::Kind::MoreNotes, .count = m_skippedWarnings});
            m_out.warnings.push_back(describe(m_out.notes.back()));
        }
    }

  private:
    struct Level {
        pugi::xml_node next;
        std::vector<std::string> path; // the folders it is in, outermost first
    };

    void visit(const pugi::xml_node& outline, const std::vector<std::string>& path) {
        std::optional<std::string> folder;
        if (!path.empty()) folder = path.back();
        std::string url = attribute(outline, "xmlUrl");
        if (url.empty()) url = attribute(outline, "xmlurl");
        std::string title = attribute(outline, "title");
        if (title.empty()) title = attribute(outline, "text");
        title = plainTitle(title);
        pugi::xml_node children = outline.child("outline");
        if (!url.empty()) {
            std::string html = attribute(outline, "htmlUrl");
            m_out.outlines.push_back(
                {title, url, html.empty() ? std::nullopt : std::optional(html), folder, path});
            if (children) {
                warn({.kind = OpmlNote::Kind::FeedHoldsOutlines, .title = title, .folder = folder});
                m_levels.push_back({children, path});
            }
        } else if (children && title.empty()) { // a folder without a name is no folder
            m_levels.push_back({children, path});
        } else if (children && path.size() < kMaxFolderDepth) {
            std::vector<std::string> inner = path;
            inner.push_back(title);
            m_levels.push_back({children, std::move(inner)});
        } else if (children) {
            warn({.kind = OpmlNote::Kind::FolderTooDeep, .title = title, .folder = folder});
            m_levels.push_back({children, path});
        } else if (looksLikeFeed(outline)) {
            warn({.kind = OpmlNote::Kind::NoXmlUrl, .title = title});
        }
    }

    // An empty folder is no loss; an outline typed as a feed, or with a link, is.
    static bool looksLikeFeed(const pugi::xml_node& outline) {
        std::string type = attribute(outline, "type");
        return type == "rss" || type == "atom" || !attribute(outline, "htmlUrl").empty() ||
               !attribute(outline, "url").empty();
    }

    void warn(OpmlNote note) {
        if (m_out.notes.size() >= kMaxWarnings) {
            ++m_skippedWarnings;
            return;
        }
        m_out.warnings.push_back(describe(note));
        m_out.notes.push_back(std::move(note));
    }

    OpmlDocument& m_out;
    std::vector<Level> m_levels;
    size_t m_skippedWarnings = 0;
};

std::string placeName(const std::optional<std::string>& folder) {
    return folder ? "into \"" + *folder + "\"" : std::string("at the top level");
}

} // namespace

std::string describe(const OpmlNote& note) {
    switch (note.kind) {
    case OpmlNote::Kind::FeedHoldsOutlines:
        return "the feed \"" + note.title + "\" holds outlines of its own; they are imported " +
               placeName(note.folder);
    case OpmlNote::Kind::FolderTooDeep:
        return "folder \"" + note.title + "\" is nested deeper than " +
               std::to_string(kMaxFolderDepth) + " folders; its feeds are imported " +
               placeName(note.folder);
    case OpmlNote::Kind::NoXmlUrl:
        return "\"" + note.title +
               "\" has no xmlUrl, so it is not a feed Heraut can follow; skipped";
    case OpmlNote::Kind::MoreNotes:
        break;
    }
    return "and " + std::to_string(note.count) + " more warnings like these";
}

OpmlDocument parseOpml(std::string_view text) {
    DecodedText decoded = decodeToUtf8(text);
    pugi::xml_document doc;
    pugi::xml_parse_result result = doc.load_buffer(decoded.utf8.data(), decoded.utf8.size(),
                                                    pugi::parse_default, pugi::encoding_utf8);
    pugi::xml_node body = doc.child("opml").child("body");
    if (!body) {
        if (result) throw OpmlError(OpmlError::Kind::NoBody, "not an OPML file (no <opml><body>)");
        throw OpmlError(OpmlError::Kind::NotXml,
                        std::string("not an OPML file: ") + result.description(), result.offset);
    }
    OpmlDocument document;
    Collector(document).collect(body);
    return document;
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
    // Each folder's element, by its path: a folder met again later gets its feeds added.
    std::map<std::vector<std::string>, pugi::xml_node> folders;
    auto folderNode = [&](const std::vector<std::string>& path) {
        pugi::xml_node node = body;
        for (size_t depth = 1; depth <= path.size(); ++depth) {
            std::vector<std::string> prefix(path.begin(), path.begin() + depth);
            pugi::xml_node& folder = folders[prefix];
            if (!folder) {
                folder = node.append_child("outline");
                folder.append_attribute("text") = path[depth - 1].c_str();
                folder.append_attribute("title") = path[depth - 1].c_str();
            }
            node = folder;
        }
        return node;
    };
    for (const OpmlOutline& o : outlines) {
        std::vector<std::string> path = o.folderPath;
        if (path.empty() && o.folder) path = {*o.folder};
        pugi::xml_node parent = folderNode(path);
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
