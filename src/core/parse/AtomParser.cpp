// SPDX-License-Identifier: GPL-3.0-or-later
// Atom 1.0 (RFC 4287) and its predecessor Atom 0.3, which differ mostly in element names.
#include "DublinCore.h"
#include "FormatParsers.h"
#include "XmlNames.h"
#include "heraut/AsciiCase.h"
#include "heraut/CharsetDecoder.h"
#include "heraut/UrlResolver.h"

#include <array>

namespace heraut {
namespace {

using xmlns::QName;

// What a text construct holds once decoded (RFC 4287 section 3.1, Atom 0.3 section 3.1.1).
enum class Media { Text, Html, Xhtml, Xml, Binary };

// Atom 1.0 names the three kinds; Atom 0.3, and Atom 1.0 content, use MIME types.
Media mediaOf(std::string_view declared) {
    std::string type = asciiLower(declared.substr(0, declared.find(';')));
    while (!type.empty() && type.back() == ' ')
        type.pop_back();
    if (type.empty() || type == "text" || type == "text/plain") return Media::Text;
    if (type == "html" || type == "text/html") return Media::Html;
    if (type == "xhtml" || type == "application/xhtml+xml") return Media::Xhtml;
    if (type.ends_with("+xml") || type.ends_with("/xml")) return Media::Xml;
    if (type.starts_with("text/")) return Media::Text;
    return Media::Binary; // RFC 4287 4.1.3.3: other types are Base64, not for reading
}

constexpr std::array<signed char, 256> kBase64 = [] {
    std::array<signed char, 256> table{};
    table.fill(-1);
    constexpr std::string_view digits =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (size_t i = 0; i < digits.size(); ++i)
        table[static_cast<unsigned char>(digits[i])] = static_cast<signed char>(i);
    return table;
}();

// Atom 0.3 mode="base64" (RFC 2045 alphabet; line breaks and padding skipped).
std::string decodeBase64(std::string_view text) {
    std::string out;
    out.reserve(text.size() / 4 * 3);
    unsigned bits = 0;
    int count = 0;
    for (char c : text) {
        int value = kBase64[static_cast<unsigned char>(c)];
        if (value < 0) continue;
        bits = (bits << 6) | static_cast<unsigned>(value);
        count += 6;
        if (count >= 8) {
            count -= 8;
            out += static_cast<char>((bits >> count) & 0xFF);
        }
    }
    return out;
}

// Markup of an xhtml construct: the div that RFC 4287 requires around it is not content.
std::string xhtmlOf(const pugi::xml_node& node, const std::string& base) {
    pugi::xml_node div =
        node.find_child([](const pugi::xml_node& n) { return n.type() == pugi::node_element; });
    QName name = div ? xmlns::resolve(div) : QName{};
    bool wrapped = name.local == "div" && (name.uri == xmlns::kXhtml || name.uri.empty());
    return wrapped ? xmlns::innerXml(div, xmlns::baseOf(div, base)) : xmlns::innerXml(node, base);
}

// Text constructs: Atom 1.0 type text, html or xhtml (or a MIME type, as content may carry);
// Atom 0.3 a MIME type (text/plain by default) and mode xml (the default), escaped or base64.
RawText readTextConstruct(const pugi::xml_node& node, const std::string& inherited) {
    std::string base = xmlns::baseOf(node, inherited);
    Media media = mediaOf(node.attribute("type").value());
    std::string_view mode = node.attribute("mode").value();
    if (media == Media::Binary) return {{}, TextKind::Plain, base};
    if (mode == "base64" || mode == "escaped") {
        std::string value = xmlns::text(node);
        if (mode == "base64") {
            value = decodeBase64(value);
            repairUtf8(value); // the bytes inside are any the feed chose
        }
        TextKind kind = media == Media::Text ? TextKind::Plain : TextKind::Html;
        return {std::move(value), kind, base};
    }
    switch (media) {
    case Media::Xhtml:
        return {xhtmlOf(node, base), TextKind::Html, base};
    case Media::Html:
        return {xmlns::textOrMarkup(node, base), TextKind::Html, base};
    default:
        return {xmlns::text(node), TextKind::Plain, base};
    }
}

std::string personName(const pugi::xml_node& person, std::string_view atom) {
    for (pugi::xml_node child : person.children()) {
        QName name = xmlns::resolve(child);
        if (name.uri == atom && name.local == "name") return xmlns::text(child);
    }
    return xmlns::text(person);
}

bool isAlternate(const pugi::xml_node& link) {
    std::string_view rel = link.attribute("rel").value();
    return rel.empty() || rel == "alternate";
}

std::string hrefOf(const pugi::xml_node& link, const std::string& inherited) {
    std::string base = xmlns::baseOf(link, inherited);
    std::string href = link.attribute("href").value();
    return base.empty() || href.empty() ? href : resolveUrl(base, href);
}

// Reads one Atom document; m_atom is the namespace its root element is in, so a feed that
// declares Atom under another URI, or none, is still read by the names it uses.
class AtomReader {
  public:
    explicit AtomReader(std::string_view atom) : m_atom(atom) {}

    bool isAtom(std::string_view uri) const {
        return uri == xmlns::kAtom10 || uri == xmlns::kAtom03 || uri == m_atom;
    }

    RawFeed readFeed(const pugi::xml_node& root, const std::string& base) {
        RawFeed feed;
        feed.format = FeedFormat::Atom;
        feed.base = xmlns::baseOf(root, base);
        feed.language = root.attribute("xml:lang").value();
        DublinCore dc;
        for (pugi::xml_node child = root.first_child(); child; child = child.next_sibling()) {
            if (child.type() != pugi::node_element) continue;
            QName name = xmlns::resolve(child);
            if (!isAtom(name.uri)) {
                dc.read(child, name);
                continue;
            }
            if (name.local == "title")
                feed.title = readTextConstruct(child, feed.base);
            else if (name.local == "subtitle" || name.local == "tagline")
                feed.description = readTextConstruct(child, feed.base);
            else if (name.local == "link" && isAlternate(child) && feed.link.empty())
                feed.link = hrefOf(child, feed.base);
            else if (name.local == "updated" || name.local == "modified")
                feed.updated = xmlns::text(child);
            else if (name.local == "author" && feed.author.empty())
                feed.author = personName(child, name.uri);
            else if (name.local == "icon") // square and small: what a feed list shows
                feed.icon = xmlns::text(child);
            else if (name.local == "logo" && feed.icon.empty())
                feed.icon = xmlns::text(child);
            else if (name.local == "entry")
                feed.items.push_back(readEntry(child, feed.base));
        }
        dc.fillFeed(feed);
        return feed;
    }

  private:
    RawItem readEntry(const pugi::xml_node& node, const std::string& base) {
        RawItem entry;
        entry.base = xmlns::baseOf(node, base);
        DublinCore dc;
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
            else
                dc.read(child, name);
        }
        dc.fillItem(entry);
        return entry;
    }

    void readEntryChild(const pugi::xml_node& child, const QName& name, RawItem& entry) {
        if (name.local == "id")
            entry.id = xmlns::text(child);
        else if (name.local == "title")
            entry.title = readTextConstruct(child, entry.base);
        else if (name.local == "link")
            readLink(child, entry);
        else if (name.local == "published" || name.local == "issued" || name.local == "created") {
            if (entry.published.empty()) entry.published = xmlns::text(child);
        } else if (name.local == "updated" || name.local == "modified") {
            entry.updated = xmlns::text(child);
        } else if (name.local == "author") {
            if (entry.author.empty()) entry.author = personName(child, name.uri);
        } else if (name.local == "summary") {
            entry.summary = readTextConstruct(child, entry.base);
        } else if (name.local == "content") {
            if (!*child.attribute("src").value())
                entry.content = readTextConstruct(child, entry.base);
        } else if (name.local == "category") {
            std::string label = child.attribute("label").value();
            entry.categories.push_back(label.empty() ? child.attribute("term").value() : label);
        }
    }

    static void readLink(const pugi::xml_node& link, RawItem& entry) {
        std::string href = hrefOf(link, entry.base);
        if (isAlternate(link) && entry.link.empty())
            entry.link = std::move(href);
        else if (std::string_view(link.attribute("rel").value()) == "enclosure")
            entry.enclosures.push_back(
                {href, link.attribute("type").value(), link.attribute("length").value()});
    }

    std::string_view m_atom;
};

} // namespace

RawFeed readAtom(const pugi::xml_node& root, const std::string& base) {
    return AtomReader(xmlns::resolve(root).uri).readFeed(root, base);
}

} // namespace heraut
