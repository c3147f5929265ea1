// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleBuilder.h"

#include "heraut/DateParser.h"
#include "heraut/Fnv1a.h"
#include "heraut/HtmlSanitizer.h"
#include "heraut/KeyTakeaways.h"
#include "heraut/PlainText.h"
#include "heraut/UrlResolver.h"

#include <charconv>
#include <cstdio>
#include <unordered_set>

namespace heraut {
namespace {

std::optional<std::string> nonEmpty(std::string text) {
    if (text.empty()) return std::nullopt;
    return text;
}

std::string escapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 16);
    for (char c : text) {
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else if (c == '\n')
            out += "<br>";
        else
            out += c;
    }
    return out;
}

std::string htmlOf(const RawText& text) {
    return text.kind == TextKind::Plain ? "<p>" + escapeHtml(text.value) + "</p>" : text.value;
}

// A title, description or other one-line field as its declared kind asks.
std::string plainTextOf(const RawText& text) {
    switch (text.kind) {
    case TextKind::Plain:
        return plainLine(text.value);
    case TextKind::Html:
        return plainLineFromHtml(text.value);
    case TextKind::LooseHtml:
        break;
    }
    return plainTitle(text.value);
}

// "Jan Peeters <jan@vrt.be>" (RFC 5322's name-addr, as some feeds write people): the name.
std::string personName(std::string_view raw) {
    std::string name = plainTitle(raw);
    size_t open = name.rfind('<');
    if (open == std::string::npos || name.back() != '>' ||
        name.find('@', open) == std::string::npos)
        return name;
    if (open == 0) return name.substr(1, name.size() - 2);
    name.erase(open);
    return plainLine(name);
}

std::string hashId(std::string_view title, std::string_view date) {
    return "hash:" + Fnv1a().add(title).add(date).hex();
}

// `item` is the index of the item the date belongs to, nothing for the feed's own date.
Timestamp readDate(const std::string& text, std::optional<size_t> item,
                   std::vector<std::string>& warnings) {
    if (text.empty()) return std::nullopt;
    Timestamp parsed = parseFeedDate(text);
    if (!parsed)
        warnings.push_back((item ? "item " + std::to_string(*item + 1) : "feed") +
                           ": unreadable date \"" +
                           std::string(truncateUtf8(collapseWhitespace(text), 80)) + "\"");
    return parsed;
}

std::optional<std::int64_t> readLength(std::string_view text) {
    std::int64_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end == text.data() || value < 0) return std::nullopt;
    return value;
}

std::vector<std::string> cleanCategories(const std::vector<std::string>& raw) {
    std::vector<std::string> categories;
    std::unordered_set<std::string> seen;
    for (const std::string& category : raw) {
        std::string clean = plainTitle(category);
        if (!clean.empty() && seen.insert(clean).second) categories.push_back(std::move(clean));
    }
    return categories;
}

std::string titleFromText(const std::string& text) {
    constexpr size_t kMax = 90;
    std::string line = text.substr(0, text.find('\n'));
    if (line.size() <= kMax) return line;
    size_t cut = line.rfind(' ', kMax);
    if (cut == std::string::npos) return std::string(truncateUtf8(line, kMax)) + " …";
    return line.substr(0, cut) + " …";
}

class FeedBuilder {
  public:
    FeedBuilder(const ParseContext& context, const ParseOptions& options)
        : m_context(context), m_options(options) {}

    ParsedFeed build(RawFeed raw) {
        ParsedFeed feed;
        feed.format = raw.format;
        feed.warnings = std::move(raw.warnings);
        feed.title = plainTextOf(raw.title);
        std::string base = raw.base.empty() ? m_context.url : raw.base;
        feed.link = safeLink(base, raw.link);
        // Without a feed URL, the site link is the best base for relative links in items.
        m_documentBase = !base.empty() ? base : feed.link.value_or("");
        feed.description = nonEmpty(plainTextOf(raw.description));
        feed.icon = safeLink(base, raw.icon);
        if (feed.icon && !feed.icon->starts_with("http")) feed.icon.reset(); // no mailto:, data:
        feed.language = nonEmpty(collapseWhitespace(raw.language));
        feed.updated = readDate(raw.updated, std::nullopt, feed.warnings);
        m_feedAuthor = personName(raw.author);
        feed.articles.reserve(raw.items.size());
        for (size_t i = 0; i < raw.items.size(); ++i)
            feed.articles.push_back(buildArticle(raw.items[i], i, feed.warnings));
        return feed;
    }

  private:
    Article buildArticle(const RawItem& item, size_t index, std::vector<std::string>& warnings) {
        Article article;
        std::string base = item.base.empty() ? m_documentBase : item.base;
        article.link = safeLink(base, item.link);
        // xml:base and the feed URL are declared bases; the item's link is only a guess.
        std::string contentBase = item.base;
        if (contentBase.empty())
            contentBase =
                article.link && !article.link->starts_with("mailto:") ? *article.link : base;
        article.author = nonEmpty(personName(item.author));
        if (!article.author && !m_feedAuthor.empty()) article.author = m_feedAuthor;
        article.published = readDate(item.published, index, warnings);
        article.updated = readDate(item.updated, index, warnings);
        if (!article.published) article.published = article.updated; // Atom's only date
        fillBody(item, contentBase, article);
        article.title = plainTextOf(item.title);
        if (article.title.empty()) article.title = titleFromText(article.text);
        article.categories = cleanCategories(item.categories);
        for (const RawEnclosure& enclosure : item.enclosures) {
            auto url = safeLink(base, enclosure.url);
            if (!url || url->starts_with("mailto:")) continue;
            article.enclosures.push_back(
                {*url, nonEmpty(collapseWhitespace(enclosure.type)), readLength(enclosure.length)});
        }
        article.id = uniqueId(item, article);
        return article;
    }

    void fillBody(const RawItem& item, const std::string& base, Article& article) {
        if (!m_options.normalizeHtml) {
            if (!item.summary.empty()) article.summary = htmlOf(item.summary);
            if (!item.content.empty()) article.content = htmlOf(item.content);
            return;
        }
        SanitizedHtml summary, content;
        if (!item.summary.empty()) summary = sanitize(item.summary, base);
        if (!item.content.empty()) content = sanitize(item.content, base);
        article.summary = nonEmpty(std::move(summary.html));
        article.content = nonEmpty(std::move(content.html));
        article.text = content.text.empty() ? summary.text : content.text;
        article.keyTakeaways = std::move(content.keyTakeaways);
        if (article.keyTakeaways.empty()) article.keyTakeaways = std::move(summary.keyTakeaways);
        if (article.keyTakeaways.empty()) article.keyTakeaways = takeawaysFromExcerpt(summary.text);
        // A short body without a summary is an excerpt in the wrong element.
        if (article.keyTakeaways.empty() && summary.text.empty() && content.text.size() < 1500)
            article.keyTakeaways = takeawaysFromExcerpt(content.text);
    }

    // A base declared on the element itself (xml:base) wins over the item's.
    static SanitizedHtml sanitize(const RawText& text, const std::string& itemBase) {
        return sanitizeHtml(htmlOf(text), text.base.empty() ? itemBase : text.base);
    }

    // guid, else link, else a hash of title and date; a value seen earlier in this same
    // document is not an identity, so the next candidate is used.
    std::string uniqueId(const RawItem& item, const Article& article) {
        std::string guid = collapseWhitespace(item.id);
        if (!guid.empty() && m_ids.insert(guid).second) return guid;
        if (article.link && m_ids.insert(*article.link).second) return *article.link;
        std::string hashed =
            hashId(article.title, item.published.empty() ? item.updated : item.published);
        std::string id = hashed;
        for (int n = 2; !m_ids.insert(id).second; ++n)
            id = hashed + "-" + std::to_string(n);
        return id;
    }

    const ParseContext& m_context;
    const ParseOptions& m_options;
    std::string m_documentBase;
    std::string m_feedAuthor;
    std::unordered_set<std::string> m_ids;
};

} // namespace

ParsedFeed buildParsedFeed(RawFeed raw, const ParseContext& context, const ParseOptions& options) {
    return FeedBuilder(context, options).build(std::move(raw));
}

} // namespace heraut
