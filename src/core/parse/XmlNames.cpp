// SPDX-License-Identifier: GPL-3.0-or-later
#include "XmlNames.h"
#include "heraut/HtmlEntities.h"

#include "heraut/UrlResolver.h"

#include <vector>

namespace heraut::xmlns {
namespace {

std::string_view namespaceFor(pugi::xml_node node, std::string_view prefix) {
    for (; node; node = node.parent()) {
        for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
            std::string_view name = a.name();
            if (!name.starts_with("xmlns")) continue;
            if (prefix.empty() ? name.size() == 5
                               : (name.size() == prefix.size() + 6 && name[5] == ':' &&
                                  name.substr(6) == prefix))
                return a.value();
        }
    }
    return prefix == "xml" ? kXml : std::string_view{};
}

std::string_view localName(std::string_view name) {
    auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool isVoidElement(std::string_view name) {
    for (std::string_view v : {"br", "img", "hr", "input", "meta", "link", "wbr", "source", "area",
                               "col", "embed", "param", "track", "base", "keygen"})
        if (name == v) return true;
    return false;
}

bool isLinkAttribute(std::string_view name) {
    return name == "href" || name == "src" || name == "cite";
}

// Writes an element's content as HTML. Iterative: a hostile feed may nest thousands deep.
class MarkupWriter {
  public:
    explicit MarkupWriter(const std::string& base) { m_bases.push_back(base); }

    std::string write(const pugi::xml_node& root) {
        pugi::xml_node current = root.first_child();
        while (current) {
            bool descend = open(current);
            if (descend && current.first_child()) {
                current = current.first_child();
                continue;
            }
            for (;;) {
                if (current.type() == pugi::node_element) close(current);
                if (current.next_sibling()) {
                    current = current.next_sibling();
                    break;
                }
                current = current.parent();
                if (current == root) return std::move(m_out);
            }
        }
        return std::move(m_out);
    }

  private:
    // Writes what starts the node; false when nothing below it is wanted.
    bool open(const pugi::xml_node& node) {
        if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
            appendEscaped(m_out, node.value(), false);
            return false;
        }
        if (node.type() != pugi::node_element) return false;
        const char* declared = node.attribute("xml:base").value();
        bool rebased = *declared;
        if (rebased)
            m_bases.push_back(m_bases.back().empty() ? std::string(declared)
                                                     : resolveUrl(m_bases.back(), declared));
        m_rebased.push_back(rebased);
        std::string_view name = localName(node.name());
        m_out += '<';
        m_out += name;
        for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
            std::string_view attribute = a.name();
            if (attribute.find(':') != std::string_view::npos || attribute == "xmlns") continue;
            m_out += ' ';
            m_out += attribute;
            m_out += "=\"";
            bool resolve = m_bases.size() > 1 && isLinkAttribute(attribute);
            appendEscaped(m_out, resolve ? resolveUrl(m_bases.back(), a.value()) : a.value(), true);
            m_out += '"';
        }
        m_out += '>';
        return true;
    }

    void close(const pugi::xml_node& node) {
        std::string_view name = localName(node.name());
        if (!isVoidElement(name)) {
            m_out += "</";
            m_out += name;
            m_out += '>';
        }
        if (m_rebased.back()) m_bases.pop_back();
        m_rebased.pop_back();
    }

    std::string m_out;
    std::vector<std::string> m_bases; // the content's base, then each xml:base inside it
    std::vector<bool> m_rebased;      // per open element: whether it declared an xml:base
};

} // namespace

QName resolve(const pugi::xml_node& node) {
    std::string_view name = node.name();
    auto colon = name.find(':');
    if (colon == std::string_view::npos) return {namespaceFor(node, {}), name};
    return {namespaceFor(node, name.substr(0, colon)), name.substr(colon + 1)};
}

std::string text(const pugi::xml_node& node) {
    pugi::xml_node child = node.first_child();
    if (child && !child.next_sibling() &&
        (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata))
        return child.value(); // the common case, without a walk
    std::string out;
    // Iterative pre-order walk: a hostile feed may nest thousands of levels deep.
    pugi::xml_node current = node.first_child();
    while (current) {
        if (current.type() == pugi::node_pcdata || current.type() == pugi::node_cdata)
            out += current.value();
        if (current.first_child()) {
            current = current.first_child();
            continue;
        }
        while (current && current != node && !current.next_sibling())
            current = current.parent();
        if (!current || current == node) break;
        current = current.next_sibling();
    }
    return out;
}

std::string innerXml(const pugi::xml_node& node, const std::string& base) {
    return MarkupWriter(base).write(node);
}

std::string textOrMarkup(const pugi::xml_node& node, const std::string& base) {
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling())
        if (child.type() == pugi::node_element) return innerXml(node, base);
    return text(node);
}

std::string baseOf(const pugi::xml_node& node, const std::string& inherited) {
    pugi::xml_attribute base = node.attribute("xml:base");
    if (!base || !*base.value()) return inherited;
    return inherited.empty() ? std::string(base.value()) : resolveUrl(inherited, base.value());
}

} // namespace heraut::xmlns
