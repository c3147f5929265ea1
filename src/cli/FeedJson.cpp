// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedJson.h"

#include "heraut/DateParser.h"

namespace heraut::cli {
namespace {

using json = nlohmann::ordered_json;

json optionalString(const std::optional<std::string>& value) {
    return value ? json(*value) : json(nullptr);
}

json articleJson(const Article& article) {
    json enclosures = json::array();
    for (const Enclosure& e : article.enclosures)
        enclosures.push_back({{"url", e.url},
                              {"type", optionalString(e.type)},
                              {"length", e.length ? json(*e.length) : json(nullptr)}});
    return {{"id", article.id},
            {"title", article.title},
            {"link", optionalString(article.link)},
            {"author", optionalString(article.author)},
            {"published", timestampJson(article.published)},
            {"updated", timestampJson(article.updated)},
            {"summary", optionalString(article.summary)},
            {"content", optionalString(article.content)},
            {"text", article.text},
            {"key_takeaways", article.keyTakeaways},
            {"categories", article.categories},
            {"enclosures", std::move(enclosures)}};
}

} // namespace

json timestampJson(const Timestamp& timestamp) {
    return timestamp ? json(formatIso8601(*timestamp)) : json(nullptr);
}

json toJson(const ParsedFeed& feed) {
    json items = json::array();
    for (const Article& article : feed.articles)
        items.push_back(articleJson(article));
    return {{"format", std::string(feedFormatName(feed.format))},
            {"title", feed.title},
            {"link", optionalString(feed.link)},
            {"description", optionalString(feed.description)},
            {"language", optionalString(feed.language)},
            {"updated", timestampJson(feed.updated)},
            {"items", std::move(items)},
            {"warnings", feed.warnings}};
}

} // namespace heraut::cli
