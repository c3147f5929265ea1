// SPDX-License-Identifier: GPL-3.0-or-later
// JSON Feed 1.0 and 1.1 (jsonfeed.org).
#include "FormatParsers.h"
#include "heraut/AsciiCase.h"
#include "heraut/FeedParser.h"

#include <nlohmann/json.hpp>

namespace heraut {
namespace {

using nlohmann::json;

std::string typeName(const json& value) {
    switch (value.type()) {
    case json::value_t::object:
        return "an object";
    case json::value_t::array:
        return "a list";
    case json::value_t::string:
        return "a string";
    case json::value_t::boolean:
        return "true or false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return "a number";
    default:
        return "null";
    }
}

// Reads fields by the types the spec gives them. Generators get these wrong in a few
// well-known ways (one object where a list belongs, "author" as a bare name); those are read
// anyway, and every value that is read differently or ignored is named in a warning.
// A null is the same as an absent field and passes without one.
class JsonFeedReader {
  public:
    explicit JsonFeedReader(std::vector<std::string>& warnings) : m_warnings(warnings) {}

    RawFeed readFeed(const json& document, const std::string& base) {
        RawFeed feed;
        feed.format = FeedFormat::Json;
        feed.base = base;
        feed.title = {string(document, "title"), TextKind::LooseHtml};
        feed.link = string(document, "home_page_url");
        feed.description = {string(document, "description"), TextKind::LooseHtml};
        feed.language = string(document, "language");
        feed.icon = string(document, "favicon"); // the small one, made for lists
        if (feed.icon.empty()) feed.icon = string(document, "icon");
        feed.author = author(document);
        size_t index = 0;
        for (const json* item : list(document, "items", "an item list")) {
            m_where = "item ";
            m_where += std::to_string(++index);
            m_where += ": ";
            if (item->is_object())
                feed.items.push_back(readItem(*item, base));
            else
                warn(valueIs("the item", *item) + ", not an object; ignored");
        }
        return feed;
    }

  private:
    RawItem readItem(const json& object, const std::string& base) {
        RawItem item;
        item.base = base;
        item.id = numberOrString(object, "id");
        item.link = string(object, "url");
        if (item.link.empty()) item.link = string(object, "external_url");
        item.title = {string(object, "title"), TextKind::LooseHtml};
        item.author = author(object);
        item.published = string(object, "date_published");
        item.updated = string(object, "date_modified");
        std::string html = string(object, "content_html");
        std::string text = string(object, "content_text");
        item.content = html.empty() ? RawText{std::move(text), TextKind::Plain}
                                    : RawText{std::move(html), TextKind::Html};
        item.summary = {string(object, "summary"), TextKind::Plain};
        for (const json* tag : list(object, "tags", "a tag list")) {
            if (tag->is_string())
                item.categories.push_back(tag->get<std::string>());
            else
                warn(valueIs("a tag", *tag) + ", not a string; ignored");
        }
        for (const json* file : list(object, "attachments", "an attachment list")) {
            if (file->is_object())
                item.enclosures.push_back({string(*file, "url"), string(*file, "mime_type"),
                                           numberOrString(*file, "size_in_bytes")});
            else
                warn(valueIs("an attachment", *file) + ", not an object; ignored");
        }
        return item;
    }

    void warn(const std::string& message) { m_warnings.push_back(m_where + message); }

    // "a tag is a number", built by appending: GCC 12 warns falsely (-Wrestrict) about a
    // string literal followed by operator+.
    static std::string valueIs(std::string subject, const json& value) {
        subject += " is ";
        subject += typeName(value);
        return subject;
    }

    static std::string fieldIs(const char* key, const json& value) {
        std::string quoted = "\"";
        quoted += key;
        quoted += '"';
        return valueIs(std::move(quoted), value);
    }

    void ignored(const char* key, const json& value, const char* wanted) {
        warn(fieldIs(key, value) + ", not " + wanted + "; ignored");
    }

    const json* field(const json& object, const char* key) {
        auto it = object.find(key);
        return it == object.end() || it->is_null() ? nullptr : &*it;
    }

    std::string string(const json& object, const char* key) {
        const json* value = field(object, key);
        if (!value) return {};
        if (value->is_string()) return value->get<std::string>();
        ignored(key, *value, "a string");
        return {};
    }

    // Ids and sizes are strings and numbers in the spec; numbers are common for ids too.
    std::string numberOrString(const json& object, const char* key) {
        const json* value = field(object, key);
        if (!value) return {};
        if (value->is_number_integer()) return std::to_string(value->get<std::int64_t>());
        if (value->is_number_unsigned()) return std::to_string(value->get<std::uint64_t>());
        if (value->is_string()) return value->get<std::string>();
        ignored(key, *value, "a string or a whole number");
        return {};
    }

    // The elements of a list field; a single value stands for a list of one.
    std::vector<const json*> list(const json& object, const char* key, const char* what) {
        std::vector<const json*> out;
        const json* value = field(object, key);
        if (!value) return out;
        if (value->is_array()) {
            for (const json& element : *value)
                out.push_back(&element);
            return out;
        }
        warn(fieldIs(key, *value) + ", not " + what + "; read as a list of one");
        out.push_back(value);
        return out;
    }

    std::string nameOf(const json& person, const char* key) {
        if (person.is_object()) return string(person, "name");
        if (person.is_string()) {
            std::string message = "\"";
            message += key;
            message += "\" holds a bare string, not an object with a name; read as the name";
            warn(message);
            return person.get<std::string>();
        }
        ignored(key, person, "an object");
        return {};
    }

    // JSON Feed 1.1 "authors", else 1.0 "author"; the first one with a name.
    std::string author(const json& object) {
        for (const json* person : list(object, "authors", "an author list")) {
            std::string name = nameOf(*person, "authors");
            if (!name.empty()) return name;
        }
        if (const json* person = field(object, "author")) return nameOf(*person, "author");
        return {};
    }

    std::vector<std::string>& m_warnings;
    std::string m_where; // "item 3: " while an item is read
};

} // namespace

RawFeed readJsonFeed(std::string_view text, const std::string& base) {
    json document = json::parse(text, nullptr, false);
    if (document.is_discarded()) throw NotAFeedError("not a feed: invalid JSON");
    // Scheme and host are case-insensitive (RFC 3986 3.1, 3.2.2).
    auto version = document.is_object() ? document.find("version") : document.end();
    std::string value = version != document.end() && version->is_string()
                            ? asciiLower(version->get_ref<const std::string&>())
                            : std::string();
    if (!value.starts_with("https://jsonfeed.org/") && !value.starts_with("http://jsonfeed.org/"))
        throw NotAFeedError("not a feed: JSON without a JSON Feed version");
    std::vector<std::string> warnings;
    RawFeed feed = JsonFeedReader(warnings).readFeed(document, base);
    feed.warnings = std::move(warnings);
    return feed;
}

} // namespace heraut
