// SPDX-License-Identifier: GPL-3.0-or-later
// Atom 1.0 (RFC 4287) and its predecessor Atom 0.3, which differ mostly in element names.
#include "FormatParsers.h"
#include "XmlNames.h"
#include "heraut/UrlResolver.h"

namespace heraut {
namespace {

using xmlns::QName;

bool isAtom(std::string_view uri) {
    return uri == xmlns::kAtom10 || uri == xmlns::kAtom03;
}

// Atom text constructs: type text, html or xhtml (0.3: mode escaped, xml or base64).
RawText readTextConstruct(const pugi::xml_node& node) {
    std::string_view type = node.attribute("type").value();
    std::string_view mode = node.attribute("mode").value();
    if (type == "xhtml" || type == "application/xhtml+xml" || mode == "xml") {
        pugi::xml_node div =
            node.find_child([](const pugi::xml_node& n) { return n.type() == pugi::node_element; });
        bool wrapped = div && xmlns::resolve(div).local == "div";
        return {wrapped ? xmlns::innerXml(div) : xmlns::innerXml(node), TextKind::Html};
    }
    if (type == "html" || type == "text/html" || mode == "escaped")
        return {xmlns::textOrMarkup(node), TextKind::Html};
    return {xmlns::text(node), TextKind::Plain};
}

std::string personName(const pugi::xml_node& person) {
    for (pugi::xml_node child : person.children()) {
        QName name = xmlns::resolve(child);
        if (isAtom(name.uri) && name.local == "name") return xmlns::text(child);
    }
    return xmlns::text(person);
}

bool isAlternate(const pugi::xml_node& link) {
    std::string_view rel = link.attribute("rel").value();
    return rel.empty() || rel == "alternate";
}

void readEntryChild(const pugi::xml_node& child, const QName& name, RawItem& entry) {
    if (name.local == "id")
        entry.id = xmlns::text(child);
    else if (name.local == "title") {
        RawText title = readTextConstruct(child);
        entry.title = std::move(title.value);
    } else if (name.local == "link") {
        std::string linkBase = xmlns::baseOf(child, entry.base);
        std::string href = child.attribute("href").value();
        if (!linkBase.empty() && !href.empty()) href = resolveUrl(linkBase, href);
        std::string_view rel = child.attribute("rel").value();
        if (isAlternate(child) && entry.link.empty())
            entry.link = href;
        else if (rel == "enclosure")
            entry.enclosures.push_back(
                {href, child.attribute("type").value(), child.attribute("length").value()});
    } else if (name.local == "published" || name.local == "issued" || name.local == "created") {
        if (entry.published.empty()) entry.published = xmlns::text(child);
    } else if (name.local == "updated" || name.local == "modified") {
        entry.updated = xmlns::text(child);
    } else if (name.local == "author") {
        if (entry.author.empty()) entry.author = personName(child);
    } else if (name.local == "summary") {
        entry.summary = readTextConstruct(child);
    } else if (name.local == "content") {
        if (!*child.attribute("src").value()) entry.content = readTextConstruct(child);
    } else if (name.local == "category") {
        std::string label = child.attribute("label").value();
        entry.categories.push_back(label.empty() ? child.attribute("term").value() : label);
    }
}

RawItem readEntry(const pugi::xml_node& node, const std::string& base) {
    RawItem entry;
    entry.base = xmlns::baseOf(node, base);
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
        if (child.type() != pugi::node_element) continue;
        QName name = xmlns::resolve(child);
        if (isAtom(name.uri))
            readEntryChild(child, name, entry);
        else if (name.uri == xmlns::kMedia && name.local == "content" &&
                 *child.attribute("url").value())
            entry.enclosures.push_back({child.attribute("url").value(),
                                        child.attribute("type").value(),
                                        child.attribute("fileSize").value()});
    }
    return entry;
}

} // namespace

RawFeed readAtom(const pugi::xml_node& root, const std::string& base) {
    RawFeed feed;
    feed.format = FeedFormat::Atom;
    feed.base = xmlns::baseOf(root, base);
    feed.language = root.attribute("xml:lang").value();
    for (pugi::xml_node child = root.first_child(); child; child = child.next_sibling()) {
        if (child.type() != pugi::node_element) continue;
        QName name = xmlns::resolve(child);
        if (!isAtom(name.uri)) continue;
        if (name.local == "title")
            feed.title = readTextConstruct(child).value;
        else if (name.local == "subtitle" || name.local == "tagline")
            feed.description = readTextConstruct(child).value;
        else if (name.local == "link" && isAlternate(child) && feed.link.empty())
            feed.link = child.attribute("href").value();
        else if (name.local == "updated" || name.local == "modified")
            feed.updated = xmlns::text(child);
        else if (name.local == "author" && feed.author.empty())
            feed.author = personName(child);
        else if (name.local == "entry")
            feed.items.push_back(readEntry(child, feed.base));
    }
    return feed;
}

} // namespace heraut
