// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/SearchQuery.h"

#include "SearchFolding.h"
#include "heraut/AsciiCase.h"
#include "heraut/DateParser.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <set>
#include <utility>

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

// 1000-01-01T00:00:00Z, the first moment a date may name (DateParser.h): a span reaching
// further back is a typing error, and 9223372036854775807h overflowed into the future.
constexpr std::int64_t kEarliestSince = -30610224000;

// "7d", "24h", "2w": a span back from now.
Timestamp relativeSince(std::string_view value, std::int64_t now) {
    if (value.size() < 2) return std::nullopt;
    std::int64_t amount = 0;
    auto [end, error] = std::from_chars(value.data(), value.data() + value.size() - 1, amount);
    if (error != std::errc() || end != value.data() + value.size() - 1 || amount < 0)
        return std::nullopt;
    std::int64_t unit = 0;
    switch (value.back()) {
    case 'h':
        unit = 3600;
        break;
    case 'd':
        unit = 86400;
        break;
    case 'w':
        unit = 7 * 86400;
        break;
    default:
        return std::nullopt;
    }
    if (now < kEarliestSince || amount > (now - kEarliestSince) / unit) return std::nullopt;
    return now - amount * unit;
}

std::string_view whatFilterTakes(SearchQueryError::Filter filter) {
    switch (filter) {
    case SearchQueryError::Filter::Is:
        return "is: takes unread, read, starred or muted";
    case SearchQueryError::Filter::Feed:
        return "feed: takes a feed's number (feed:12)";
    case SearchQueryError::Filter::Folder:
        return "folder: takes a folder's name (folder:\"Two words\")";
    case SearchQueryError::Filter::Negated:
        return "a filter cannot be left out with a minus: use its opposite (is:read for "
               "-is:unread) or search without it";
    case SearchQueryError::Filter::Alternative:
        return "a filter cannot be an alternative (OR): filters narrow every match; search "
               "each on its own";
    case SearchQueryError::Filter::Since:
        break;
    }
    return "since: takes a date (2026-01-22, \"22 jan 2026\") or a span back from now (24h, 7d, "
           "2w)";
}

[[noreturn]] void badFilter(std::string_view token, SearchQueryError::Filter filter) {
    throw SearchQueryError(filter, std::string(token));
}

void applyIs(std::string_view token, std::string_view value, SearchQuery& query) {
    std::string state = asciiLower(value);
    if (state == "unread")
        query.unreadOnly = true;
    else if (state == "read")
        query.readOnly = true;
    else if (state == "starred")
        query.starredOnly = true;
    else if (state == "muted")
        query.mutedOnly = true;
    else
        badFilter(token, SearchQueryError::Filter::Is);
}

// The filter's key of a key:value token (is, feed, folder, since) in lower case; empty when the
// token is no filter ("Tu-22M:", "10:30").
std::string filterKey(std::string_view token) {
    auto colon = token.find(':');
    if (colon == std::string_view::npos || colon == 0) return {};
    std::string key = asciiLower(token.substr(0, colon));
    bool filter = key == "is" || key == "feed" || key == "folder" || key == "since";
    return filter ? key : std::string();
}

bool isFilter(std::string_view token) {
    return !filterKey(token).empty();
}

// Reads key:value into the query when the key is a filter's; false leaves the token to be
// searched as text.
bool applyFilter(std::string_view token, std::int64_t now, SearchQuery& query) {
    std::string key = filterKey(token);
    if (key.empty()) return false;
    std::string_view value = token.substr(key.size() + 1);
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
        value = value.substr(1, value.size() - 2);
    else if (value.starts_with('"'))
        value.remove_prefix(1); // folder:"unterminated
    if (key == "is") {
        applyIs(token, value, query);
    } else if (key == "feed") {
        std::int64_t id = 0;
        auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), id);
        if (value.empty() || error != std::errc() || end != value.data() + value.size())
            badFilter(token, SearchQueryError::Filter::Feed);
        query.feedId = id;
    } else if (key == "folder") {
        if (value.empty()) badFilter(token, SearchQueryError::Filter::Folder);
        query.folder = std::string(value);
    } else { // since
        query.since = parseSince(value, now);
        if (!query.since) badFilter(token, SearchQueryError::Filter::Since);
    }
    return true;
}

// Splits on spaces; a double quote anywhere opens a run that spaces do not split, up to the
// next double quote ("a phrase", -"a phrase", folder:"Two words").
std::vector<std::string_view> splitTerms(std::string_view text) {
    std::vector<std::string_view> terms;
    auto space = [&](size_t i) { return std::isspace(static_cast<unsigned char>(text[i])) != 0; };
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && space(i))
            ++i;
        if (i >= text.size()) break;
        size_t start = i;
        // A phrase ends at its closing quote, whatever follows it.
        bool phrase = text[i] == '"' || text.substr(i).starts_with("-\"");
        while (i < text.size() && !space(i)) {
            if (text[i] == '"') {
                size_t close = text.find('"', i + 1);
                i = close == std::string_view::npos ? text.size() : close + 1;
                if (phrase) break;
                continue;
            }
            ++i;
        }
        terms.push_back(text.substr(start, i - start));
    }
    return terms;
}

bool isWordByte(char c) {
    auto byte = static_cast<unsigned char>(c);
    return byte >= 0x80 || std::isalnum(byte);
}

// Roughly the words FTS5 makes of `text`: runs of letters and digits ("Tu-22M" is two).
int countWords(std::string_view text) {
    int words = 0;
    for (size_t i = 0; i < text.size(); ++i)
        if (isWordByte(text[i]) && (i == 0 || !isWordByte(text[i - 1]))) ++words;
    return words;
}

// `text` up to the end of its `n`th word.
std::string_view firstWords(std::string_view text, int n) {
    int words = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (isWordByte(text[i]) && (i + 1 == text.size() || !isWordByte(text[i + 1])))
            if (++words == n) return text.substr(0, i + 1);
    }
    return text;
}

// One word, prefix or phrase as typed, without its quotes, star or minus.
struct Term {
    std::string_view text;
    bool prefix = false;
    bool negated = false;
};

std::optional<Term> readTerm(std::string_view raw) {
    Term term;
    if (raw.size() > 1 && raw.front() == '-') {
        term.negated = true;
        raw.remove_prefix(1);
    }
    if (raw.starts_with('"')) {
        raw.remove_prefix(1);
        if (raw.ends_with('"')) raw.remove_suffix(1);
    } else if (raw.ends_with('*')) {
        term.prefix = true;
        raw.remove_suffix(1);
    }
    if (raw.empty() || raw == "-") return std::nullopt;
    term.text = raw;
    return term;
}

std::string joined(const std::vector<std::string>& terms, std::string_view separator) {
    std::string out;
    for (const std::string& term : terms)
        out += (out.empty() ? "" : std::string(separator)) + term;
    return out;
}

// Each group is one word or alternatives typed with OR between them; all groups must match.
// FTS5 reads two phrases side by side as AND, but not a phrase beside a parenthesis.
std::string joinedGroups(const std::vector<std::vector<std::string>>& groups) {
    std::string out;
    bool lastWasGroup = false;
    for (const auto& group : groups) {
        bool isGroup = group.size() > 1;
        if (!out.empty()) out += isGroup || lastWasGroup ? " AND " : " ";
        out += isGroup ? "(" + joined(group, " OR ") + ")" : group.front();
        lastWasGroup = isGroup;
    }
    return out;
}

} // namespace

Timestamp parseSince(std::string_view value, std::int64_t now) {
    if (Timestamp span = relativeSince(value, now)) return span;
    return parseUserDate(value);
}

SearchQueryError::SearchQueryError(Filter filter, std::string token)
    : std::runtime_error("\"" + token + "\": " + std::string(whatFilterTakes(filter))),
      m_filter(filter), m_token(std::move(token)) {}

bool SearchQuery::empty() const {
    return matchExpression.empty() && excludeExpression.empty() && !unreadOnly && !readOnly &&
           !starredOnly && !mutedOnly && !feedId && !folder && !since;
}

SearchQuery parseSearchQuery(std::string_view typed, std::int64_t now) {
    // Control characters are never words, and the index keeps its feed tokens behind one.
    std::string text(typed);
    std::replace_if(
        text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; }, ' ');
    SearchQuery query;
    std::vector<std::vector<std::string>> included;
    std::vector<std::string> excluded;
    std::set<std::string> seen;
    int budget = kMaxSearchWords, dropped = 0;
    bool alternative = false; // the last word was followed by OR
    bool leftOut = false;     // the last term was left out: no word to be an alternative to
    std::vector<std::string_view> terms = splitTerms(text);
    for (size_t next = 1; next <= terms.size(); ++next) {
        std::string_view raw = terms[next - 1];
        // Upper-case OR between two words, as FTS5 and web searches spell it; "or" is a word.
        if (raw == "OR") {
            alternative = !included.empty() && !leftOut;
            continue;
        }
        leftOut = false;
        bool joinsLast = std::exchange(alternative, false);
        if (!raw.starts_with('"') && raw.size() > 1 && raw.front() == '-' &&
            isFilter(raw.substr(1)))
            badFilter(raw, SearchQueryError::Filter::Negated);
        if (!raw.starts_with('"') && isFilter(raw) &&
            (joinsLast || (next < terms.size() && terms[next] == "OR")))
            badFilter(raw, SearchQueryError::Filter::Alternative);
        if (!raw.starts_with('"') && applyFilter(raw, now, query)) continue;
        std::optional<Term> term = readTerm(raw);
        if (!term) continue;
        if (!hasTokenCharacter(term->text)) {
            if (std::find(query.unsearchable.begin(), query.unsearchable.end(), raw) ==
                query.unsearchable.end())
                query.unsearchable.emplace_back(raw);
            leftOut = true;
            continue;
        }
        // FTS5 folds case and marks: "Drone" and "drone" are one word, searched once.
        std::string key = (term->negated ? "-" : "") + foldForSearch(asciiLower(term->text)) +
                          (term->prefix ? "*" : "");
        if (!seen.insert(key).second) continue;
        int words = countWords(term->text);
        if (words > budget) {
            dropped += words - budget;
            if (budget == 0) continue;
            term->text = firstWords(term->text, budget);
            term->prefix = false;
            words = budget;
        }
        budget -= words;
        std::string fts = quoted(term->text) + (term->prefix ? "*" : "");
        if (term->negated)
            excluded.push_back(std::move(fts));
        else if (joinsLast)
            included.back().push_back(std::move(fts));
        else
            included.push_back({std::move(fts)});
    }
    query.wordsLeftOut = dropped;
    for (const std::string& term : query.unsearchable)
        query.warnings.push_back("\"" + term + "\" has no letter or digit to look for: left out");
    if (dropped > 0)
        query.warnings.push_back("searched the first " + std::to_string(kMaxSearchWords) +
                                 " words; " + std::to_string(dropped) + " more were left out");
    query.matchExpression = joinedGroups(included);
    // FTS5 has no query of pure negation: exclusions alone are looked up and left out.
    if (included.empty())
        query.excludeExpression = joined(excluded, " OR ");
    else if (!excluded.empty())
        query.matchExpression += " NOT " + joined(excluded, " NOT ");
    return query;
}

} // namespace heraut
