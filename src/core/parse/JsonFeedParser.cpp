// SPDX-License-Identifier: GPL-3.0-or-later
// JSON Feed 1.0 and 1.1 (jsonfeed.org).
#include "FormatParsers.h"
#include "heraut/AsciiCase.h"
#include "heraut/FeedParser.h"

#include <nlohmann/json.hpp>

namespace heraut {
namespace {

using nlohmann::json;

std::string stringAt(const json& object, const char* key) {
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string numberOrStringAt(const json& object, const char* key) {
    auto it = object.find(key);
    if (it == object.end()) return {};
    if (it->is_number_integer()) return std::to_string(it->get<std::int64_t>());
    if (it->is_number_unsigned()) return std::to_string(it->get<std::uint64_t>());
    return it->is_string() ? it->get<std::string>() : std::string();
}

std::string authorOf(const json& object) {
    if (auto authors = object.find("authors"); authors != object.end() && authors->is_array())
        for (const json& author : *authors)
            if (author.is_object() && !stringAt(author, "name").empty())
                return stringAt(author, "name");
    if (auto author = object.find("author"); author != object.end() && author->is_object())
        return stringAt(*author, "name");
    return {};
}

RawItem readItem(const json& object, const std::string& base) {
    RawItem item;
    item.base = base;
    item.id = numberOrStringAt(object, "id");
    item.link = stringAt(object, "url");
    if (item.link.empty()) item.link = stringAt(object, "external_url");
    item.title = stringAt(object, "title");
    item.author = authorOf(object);
    item.published = stringAt(object, "date_published");
    item.updated = stringAt(object, "date_modified");
    std::string html = stringAt(object, "content_html");
    item.content = html.empty() ? RawText{stringAt(object, "content_text"), TextKind::Plain}
                                : RawText{std::move(html), TextKind::Html};
    item.summary = {stringAt(object, "summary"), TextKind::Plain};
    if (auto tags = object.find("tags"); tags != object.end() && tags->is_array())
        for (const json& tag : *tags)
            if (tag.is_string()) item.categories.push_back(tag.get<std::string>());
    if (auto files = object.find("attachments"); files != object.end() && files->is_array())
        for (const json& file : *files)
            if (file.is_object())
                item.enclosures.push_back({stringAt(file, "url"), stringAt(file, "mime_type"),
                                           numberOrStringAt(file, "size_in_bytes")});
    return item;
}

} // namespace

RawFeed readJsonFeed(std::string_view text, const std::string& base) {
    json document = json::parse(text, nullptr, false);
    if (document.is_discarded()) throw NotAFeedError("not a feed: invalid JSON");
    // Scheme and host are case-insensitive (RFC 3986 3.1, 3.2.2).
    std::string version = asciiLower(document.is_object() ? stringAt(document, "version") : "");
    if (!version.starts_with("https://jsonfeed.org/") &&
        !version.starts_with("http://jsonfeed.org/"))
        throw NotAFeedError("not a feed: JSON without a JSON Feed version");
    RawFeed feed;
    feed.format = FeedFormat::Json;
    feed.base = base;
    feed.title = stringAt(document, "title");
    feed.link = stringAt(document, "home_page_url");
    feed.description = stringAt(document, "description");
    feed.language = stringAt(document, "language");
    feed.author = authorOf(document);
    if (auto items = document.find("items"); items != document.end() && items->is_array())
        for (const json& item : *items)
            if (item.is_object()) feed.items.push_back(readItem(item, base));
    return feed;
}

} // namespace heraut
