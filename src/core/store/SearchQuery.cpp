// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/SearchQuery.h"

#include "heraut/DateParser.h"

#include <cctype>
#include <charconv>
#include <vector>

namespace heraut {
namespace {

std::string quoted(std::string_view term) {
    std::string out = "\"";
    for (char c : term) {
        if (c == '"')
            out += "\"\"";
        else
            out += c;
    }
    return out + "\"";
}

// "7d", "24h", "2w": a span back from now.
Timestamp relativeSince(std::string_view value, std::int64_t now) {
    if (value.size() < 2) return std::nullopt;
    std::int64_t amount = 0;
    auto [end, error] = std::from_chars(value.data(), value.data() + value.size() - 1, amount);
    if (error != std::errc() || end != value.data() + value.size() - 1 || amount < 0)
        return std::nullopt;
    switch (value.back()) {
    case 'h':
        return now - amount * 3600;
    case 'd':
        return now - amount * 86400;
    case 'w':
        return now - amount * 7 * 86400;
    default:
        return std::nullopt;
    }
}

bool applyFilter(std::string_view token, std::int64_t now, SearchQuery& query) {
    auto colon = token.find(':');
    if (colon == std::string_view::npos || colon == 0) return false;
    std::string_view key = token.substr(0, colon);
    std::string_view value = token.substr(colon + 1);
    if (key == "is") {
        if (value == "unread")
            query.unreadOnly = true;
        else if (value == "read")
            query.readOnly = true;
        else if (value == "starred")
            query.starredOnly = true;
        else
            return false;
        return true;
    }
    if (key == "feed") {
        std::int64_t id = 0;
        auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), id);
        if (error != std::errc() || end != value.data() + value.size()) return false;
        query.feedId = id;
        return true;
    }
    if (key == "folder" && !value.empty()) {
        query.folder = std::string(value);
        return true;
    }
    if (key == "since") {
        query.since = relativeSince(value, now);
        if (!query.since) query.since = parseFeedDate(value);
        return query.since.has_value();
    }
    return false;
}

std::vector<std::string> splitTerms(std::string_view text) {
    std::vector<std::string> terms;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])))
            ++i;
        if (i >= text.size()) break;
        size_t start = i;
        bool negated = text[i] == '-';
        size_t quoteAt = negated ? i + 1 : i;
        if (quoteAt < text.size() && text[quoteAt] == '"') {
            size_t close = text.find('"', quoteAt + 1);
            i = close == std::string_view::npos ? text.size() : close + 1;
        } else {
            while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i])))
                ++i;
        }
        terms.emplace_back(text.substr(start, i - start));
    }
    return terms;
}

std::string ftsTerm(std::string_view term) {
    if (term.starts_with('"')) {
        std::string_view inner = term.substr(1);
        if (inner.ends_with('"')) inner.remove_suffix(1);
        return quoted(inner);
    }
    bool prefix = term.ends_with('*');
    if (prefix) term.remove_suffix(1);
    if (term.empty()) return {};
    return quoted(term) + (prefix ? "*" : "");
}

} // namespace

SearchQuery parseSearchQuery(std::string_view text, std::int64_t now) {
    SearchQuery query;
    std::vector<std::string> included;
    std::vector<std::string> excluded;
    for (const std::string& term : splitTerms(text)) {
        if (!term.starts_with('"') && applyFilter(term, now, query)) continue;
        bool negated = term.size() > 1 && term[0] == '-';
        std::string fts = ftsTerm(negated ? std::string_view(term).substr(1) : term);
        if (fts.empty() || fts == "\"\"") continue;
        (negated ? excluded : included).push_back(std::move(fts));
    }
    for (const std::string& term : included)
        query.matchExpression += (query.matchExpression.empty() ? "" : " ") + term;
    // FTS5 has no pure negation: "-word" alone leaves nothing to exclude from.
    if (!included.empty())
        for (const std::string& term : excluded)
            query.matchExpression += " NOT " + term;
    return query;
}

} // namespace heraut
