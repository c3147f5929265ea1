// SPDX-License-Identifier: GPL-3.0-or-later
#include "XmlNames.h"

#include "heraut/UrlResolver.h"

#include <cstring>

namespace heraut::xmlns {
namespace {

class StringWriter : public pugi::xml_writer {
  public:
    explicit StringWriter(std::string& out) : m_out(out) {}
    void write(const void* data, size_t size) override {
        m_out.append(static_cast<const char*>(data), size);
    }

  private:
    std::string& m_out;
};

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

std::string innerXml(const pugi::xml_node& node) {
    std::string out;
    StringWriter writer(out);
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling())
        child.print(writer, "", pugi::format_raw | pugi::format_no_declaration);
    return out;
}

std::string textOrMarkup(const pugi::xml_node& node) {
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling())
        if (child.type() == pugi::node_element) return innerXml(node);
    return text(node);
}

std::string baseOf(const pugi::xml_node& node, const std::string& inherited) {
    pugi::xml_attribute base = node.attribute("xml:base");
    if (!base || !*base.value()) return inherited;
    return inherited.empty() ? std::string(base.value()) : resolveUrl(inherited, base.value());
}

} // namespace heraut::xmlns
