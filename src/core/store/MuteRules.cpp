// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/MuteRules.h"

#include "heraut/ArticleStore.h"
#include "heraut/SearchQuery.h"

#include <regex>

namespace heraut {
namespace {

constexpr std::regex::flag_type kRegexFlags =
    std::regex::ECMAScript | std::regex::icase | std::regex::optimize;

// libstdc++ matches by recursion, a frame per character for patterns like ".*": a paragraph
// at a time keeps its stack small. Longer lines are cut (an article's paragraphs are far
// shorter; a body without line breaks is tried on its first 4 000 bytes).
constexpr size_t kRegexLineBytes = 4000;

bool regexFinds(const std::regex& pattern, std::string_view text) {
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, std::min(end - start, kRegexLineBytes));
        if (std::regex_search(line.begin(), line.end(), pattern)) return true;
        start = end + 1;
    }
    return false;
}

std::regex compiled(const std::string& pattern) {
    try {
        return std::regex(pattern, kRegexFlags);
    } catch (const std::regex_error& error) {
        throw MuteRuleError("\"" + pattern + "\": not a regular expression: " + error.what());
    }
}

// The rule's feeds as a condition on articles a, bound from the third value on.
std::string scopeCondition(const MuteRule& rule) {
    if (rule.feedId) return " AND a.feed_id = ?3";
    if (rule.folder)
        return " AND a.feed_id IN (SELECT fe.id FROM feeds fe JOIN folders d "
               "ON d.id = fe.folder_id WHERE d.name = ?3)";
    return "";
}

void bindScope(Statement& q, const MuteRule& rule) {
    if (rule.feedId) q.bind(3, *rule.feedId);
    if (rule.folder) q.bind(3, *rule.folder);
}

// FTS5's column filter (https://sqlite.org/fts5.html#fts5_column_filters) around the whole
// expression, so its NOT and OR stay within the field too; Any also leaves out the feed column.
std::string inField(const std::string& match, MuteRule::Field field) {
    switch (field) {
    case MuteRule::Field::Title:
        return "{title} : (" + match + ")";
    case MuteRule::Field::Text:
        return "{text takeaways} : (" + match + ")";
    case MuteRule::Field::Any:
        break;
    }
    return match;
}

bool regexFindsIn(const std::regex& pattern, MuteRule::Field field, Statement& row) {
    if (field != MuteRule::Field::Text && regexFinds(pattern, row.text(1))) return true;
    if (field == MuteRule::Field::Title) return false;
    return regexFinds(pattern, row.text(3)) || regexFinds(pattern, row.text(2));
}

} // namespace

const char* muteKindName(MuteRule::Kind kind) {
    switch (kind) {
    case MuteRule::Kind::Words:
        return "words";
    case MuteRule::Kind::Regex:
        return "regex";
    case MuteRule::Kind::Author:
        return "author";
    }
    return "words";
}

std::optional<MuteRule::Kind> muteKindFromName(std::string_view name) {
    for (auto kind : {MuteRule::Kind::Words, MuteRule::Kind::Regex, MuteRule::Kind::Author})
        if (name == muteKindName(kind)) return kind;
    return std::nullopt;
}

const char* muteFieldName(MuteRule::Field field) {
    switch (field) {
    case MuteRule::Field::Title:
        return "title";
    case MuteRule::Field::Text:
        return "text";
    case MuteRule::Field::Any:
        break;
    }
    return "any";
}

std::optional<MuteRule::Field> muteFieldFromName(std::string_view name) {
    for (auto field : {MuteRule::Field::Any, MuteRule::Field::Title, MuteRule::Field::Text})
        if (name == muteFieldName(field)) return field;
    return std::nullopt;
}

std::vector<MuteRule> MuteRuleStore::rules() {
    Statement q =
        m_db.prepare("SELECT r.id, r.kind, r.pattern, r.feed_id, d.name, r.hide, "
                     "r.field FROM mute_rules r LEFT JOIN folders d ON d.id = r.folder_id "
                     "ORDER BY r.id");
    std::vector<MuteRule> rules;
    while (q.step()) {
        MuteRule rule;
        rule.id = q.integer(0);
        rule.kind = static_cast<MuteRule::Kind>(q.integer(1));
        rule.pattern = q.text(2);
        rule.feedId = q.optionalInteger(3);
        rule.folder = q.optionalText(4);
        rule.action = q.integer(5) != 0 ? MuteRule::Action::Hide : MuteRule::Action::MarkRead;
        std::int64_t field = q.integer(6);
        if (field == 1 || field == 2) rule.field = static_cast<MuteRule::Field>(field);
        rules.push_back(std::move(rule));
    }
    return rules;
}

MuteRule MuteRuleStore::add(MuteRule rule, std::int64_t now) {
    if (rule.pattern.empty()) throw MuteRuleError("a mute rule needs something to look for");
    if (rule.kind == MuteRule::Kind::Author) rule.field = MuteRule::Field::Any;
    if (rule.kind == MuteRule::Kind::Regex) compiled(rule.pattern);
    if (rule.kind == MuteRule::Kind::Words &&
        parseSearchQuery(rule.pattern, now).matchExpression.empty())
        throw MuteRuleError("\"" + rule.pattern + "\": mute words need a word to look for");
    std::optional<std::int64_t> folderId;
    if (rule.folder) {
        Statement q = m_db.prepare("SELECT id FROM folders WHERE name = ?");
        q.bind(1, *rule.folder);
        if (!q.step()) throw MuteRuleError("no folder named \"" + *rule.folder + "\"");
        folderId = q.integer(0);
    }
    if (rule.feedId) {
        Statement q = m_db.prepare("SELECT 1 FROM feeds WHERE id = ?");
        q.bind(1, *rule.feedId);
        if (!q.step()) throw MuteRuleError("no feed with id " + std::to_string(*rule.feedId));
    }
    m_db.prepare("INSERT INTO mute_rules(kind, pattern, feed_id, folder_id, hide, added, field) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, static_cast<int>(rule.kind))
        .bind(2, rule.pattern)
        .bind(3, rule.feedId)
        .bind(4, folderId)
        .bind(5, rule.action == MuteRule::Action::Hide)
        .bind(6, now)
        .bind(7, static_cast<int>(rule.field))
        .run();
    rule.id = m_db.lastInsertId();
    return rule;
}

bool MuteRuleStore::remove(std::int64_t id) {
    m_db.prepare("DELETE FROM mute_rules WHERE id = ?").bind(1, id).run();
    return m_db.changes() > 0;
}

std::vector<std::int64_t> MuteRuleStore::matching(const MuteRule& rule, std::int64_t after,
                                                  std::int64_t upTo, std::int64_t now) {
    std::vector<std::int64_t> ids;
    std::string scope = scopeCondition(rule);
    if (rule.kind == MuteRule::Kind::Words) {
        // The index folds words as a search does, so "oekraine" mutes "Oekraïne".
        std::string match;
        try {
            match = parseSearchQuery(rule.pattern, now).matchExpression;
        } catch (const SearchQueryError&) {
        }
        if (match.empty()) return ids;
        Statement q = m_db.prepare(
            "SELECT a.id FROM article_search JOIN articles a ON a.id = article_search.rowid "
            "WHERE article_search MATCH ?4 AND article_search.rowid > ?1 AND "
            "article_search.rowid <= ?2" +
            scope);
        q.bind(1, after).bind(2, upTo).bind(4, inField(match, rule.field));
        bindScope(q, rule);
        while (q.step())
            ids.push_back(q.integer(0));
    } else if (rule.kind == MuteRule::Kind::Author) {
        Statement q = m_db.prepare("SELECT a.id FROM articles a WHERE a.id > ?1 AND a.id <= ?2 "
                                   "AND instr(lower(a.author), lower(?4)) > 0" +
                                   scope);
        q.bind(1, after).bind(2, upTo).bind(4, rule.pattern);
        bindScope(q, rule);
        while (q.step())
            ids.push_back(q.integer(0));
    } else {
        std::regex pattern = compiled(rule.pattern);
        Statement q = m_db.prepare(
            "SELECT a.id, a.title, heraut_plain_text(b.summary, b.content), b.takeaways "
            "FROM articles a JOIN article_bodies b ON b.article_id = a.id "
            "WHERE a.id > ?1 AND a.id <= ?2" +
            scope);
        q.bind(1, after).bind(2, upTo);
        bindScope(q, rule);
        while (q.step())
            if (regexFindsIn(pattern, rule.field, q)) ids.push_back(q.integer(0));
    }
    return ids;
}

int MuteRuleStore::applyToArrivals(std::int64_t now) {
    ArticleStore(m_db).indexBacklog(); // words are matched by the index
    Transaction transaction(m_db);
    Statement state = m_db.prepare("SELECT applied_to, (SELECT coalesce(max(id), 0) FROM "
                                   "articles) FROM mute_state");
    std::int64_t after = 0, upTo = 0;
    if (state.step()) {
        after = state.integer(0);
        upTo = state.integer(1);
    }
    state.reset();
    int muted = 0;
    if (upTo > after) {
        Statement mute =
            m_db.prepare("UPDATE article_status SET read = 1, read_time = coalesce(read_time, ?1), "
                         "muted = max(muted, ?2) WHERE article_id = ?3 AND muted < ?2");
        for (const MuteRule& rule : rules()) {
            int level = rule.action == MuteRule::Action::Hide ? 2 : 1;
            for (std::int64_t id : matching(rule, after, upTo, now)) {
                mute.bind(1, now).bind(2, level).bind(3, id).run();
                muted += m_db.changes();
            }
        }
    }
    m_db.prepare("DELETE FROM mute_state").run();
    m_db.prepare("INSERT INTO mute_state(applied_to) VALUES (?)")
        .bind(1, std::max(after, upTo))
        .run();
    transaction.commit();
    return muted;
}

} // namespace heraut
