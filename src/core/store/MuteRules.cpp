// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/MuteRules.h"

#include "heraut/ArticleStore.h"
#include "heraut/SearchQuery.h"

#include "FolderFeeds.h"
#include "MuteRegex.h"

namespace heraut {
namespace {

// A rule whose expression gives up on this many articles of one batch stops being tried on the
// rest of it: the budget of each search (MuteRegex) times this bounds what a rule can cost.
constexpr int kCostlyArticlesPerBatch = 3;
// How many of the newest cached articles a new expression is tried on before it is kept.
constexpr int kTrialArticles = 200;

// The articles a rule looks at, as a condition on articles a bound as ?3 and ?5: its feed or
// folder (the folders inside it included, as folder: searches them), and only those first seen
// since it was made.
std::string scopeCondition(const MuteRule& rule) {
    std::string since = " AND a.first_seen >= ?5";
    if (rule.feedId) return " AND a.feed_id = ?3" + since;
    if (rule.folder) return " AND a.feed_id IN " + feedsOfFolderSql("?3") + since;
    return since;
}

void bindScope(Statement& q, const MuteRule& rule) {
    if (rule.feedId) q.bind(3, *rule.feedId);
    if (rule.folder) q.bind(3, *rule.folder);
    q.bind(5, rule.added);
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

MuteRegex::Found regexFindsIn(MuteRegex& pattern, MuteRule::Field field, Statement& row) {
    using Found = MuteRegex::Found;
    Found found = Found::No;
    auto look = [&](int column) {
        if (found == Found::No) found = pattern.find(row.text(column));
    };
    if (field != MuteRule::Field::Text) look(1);
    if (field != MuteRule::Field::Title) {
        look(3);
        look(2);
    }
    return found;
}

const char* kRegexColumns =
    "SELECT a.id, a.title, heraut_plain_text(b.summary, b.content), b.takeaways "
    "FROM articles a JOIN article_bodies b ON b.article_id = a.id ";

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
                     "r.field, r.added FROM mute_rules r LEFT JOIN folders d ON d.id = r.folder_id "
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
        rule.added = q.integer(7);
        rules.push_back(std::move(rule));
    }
    return rules;
}

namespace {

// Throws MuteRuleMatchesEverything when the expression finds a match in any text.
void refuseMatchingAnything(const std::string& pattern) {
    // ".*", "^", "x*" find an empty match in any text: over every feed, such a rule marks
    // every arrival read or hides it. Texts with nothing in common stand for any text; "^$"
    // (an empty line) finds none of them and is kept.
    MuteRegex regex(pattern);
    for (std::string_view probe : {"x", "7", "Ω", "Patriot"})
        if (regex.find(probe) == MuteRegex::Found::No) return;
    throw MuteRuleMatchesEverything(
        quotedPattern(pattern) +
        ": matches any text, so the rule would mute every article of every "
        "feed (give it a feed or a folder to mute all of theirs)");
}

} // namespace

std::optional<std::int64_t> MuteRuleStore::check(MuteRule& rule, std::int64_t now) {
    if (rule.pattern.empty()) throw MuteRuleError("a mute rule needs something to look for");
    if (rule.kind == MuteRule::Kind::Author) rule.field = MuteRule::Field::Any;
    // " " is in nearly every author's name: such a rule would mute nearly everything.
    if (rule.kind == MuteRule::Kind::Author &&
        rule.pattern.find_first_not_of(" \t\r\n") == std::string::npos)
        throw MuteRuleError("an author rule needs a name, not only spaces");
    if (rule.folder && rule.folder->empty())
        throw MuteRuleError("a folder rule needs the folder's name");
    if (rule.kind == MuteRule::Kind::Regex) {
        tryOnCached(rule);
        // For one feed or folder it is a wish: "mark all of this feed read on arrival".
        if (!rule.feedId && !rule.folder) refuseMatchingAnything(rule.pattern);
    }
    if (rule.kind == MuteRule::Kind::Words &&
        parseSearchQuery(rule.pattern, now).matchExpression.empty())
        throw MuteRuleError(quotedPattern(rule.pattern) + ": mute words need a word to look for");
    std::optional<std::int64_t> folderId;
    if (rule.folder) {
        // Named as a reader types it ("defensie" for "Defensie"), as folder: searches are.
        Statement q = m_db.prepare("SELECT id FROM folders WHERE name = ?1 COLLATE NOCASE "
                                   "ORDER BY name = ?1 DESC LIMIT 1");
        q.bind(1, *rule.folder);
        if (!q.step()) throw MuteRuleError("no folder named \"" + *rule.folder + "\"");
        folderId = q.integer(0);
    }
    if (rule.feedId) {
        Statement q = m_db.prepare("SELECT 1 FROM feeds WHERE id = ?");
        q.bind(1, *rule.feedId);
        if (!q.step()) throw MuteRuleError("no feed with id " + std::to_string(*rule.feedId));
    }
    return folderId;
}

namespace {

// Binds a rule's columns as ?1 kind, ?2 pattern, ?3 feed_id, ?4 folder_id, ?5 hide, ?6 added,
// ?7 field.
Statement& bindRule(Statement& statement, const MuteRule& rule,
                    std::optional<std::int64_t> folderId, std::int64_t now) {
    return statement.bind(1, static_cast<int>(rule.kind))
        .bind(2, rule.pattern)
        .bind(3, rule.feedId)
        .bind(4, folderId)
        .bind(5, rule.action == MuteRule::Action::Hide)
        .bind(6, now)
        .bind(7, static_cast<int>(rule.field));
}

} // namespace

MuteRule MuteRuleStore::add(MuteRule rule, std::int64_t now) {
    std::optional<std::int64_t> folderId = check(rule, now);
    Statement insert =
        m_db.prepare("INSERT INTO mute_rules(kind, pattern, feed_id, folder_id, hide, added, "
                     "field) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    bindRule(insert, rule, folderId, now).run();
    rule.id = m_db.lastInsertId();
    rule.added = now;
    return rule;
}

MuteRule MuteRuleStore::replace(std::int64_t id, MuteRule rule, std::int64_t now) {
    std::optional<std::int64_t> folderId = check(rule, now);
    Statement update = m_db.prepare("UPDATE mute_rules SET kind = ?1, pattern = ?2, feed_id = ?3, "
                                    "folder_id = ?4, hide = ?5, added = ?6, field = ?7 "
                                    "WHERE id = ?8");
    bindRule(update, rule, folderId, now).bind(8, id).run();
    if (m_db.changes() == 0) throw MuteRuleError("no mute rule with id " + std::to_string(id));
    rule.id = id;
    rule.added = now;
    return rule;
}

void MuteRuleStore::tryOnCached(const MuteRule& rule) {
    MuteRegex pattern(rule.pattern);
    Statement q = m_db.prepare(kRegexColumns + std::string("ORDER BY a.id DESC LIMIT ?1"));
    q.bind(1, kTrialArticles);
    while (q.step())
        if (regexFindsIn(pattern, rule.field, q) == MuteRegex::Found::TooCostly)
            throw MuteRuleTooCostly(quotedPattern(rule.pattern) +
                                    ": the expression takes too long on the cached article " +
                                    quotedPattern(q.text(1)) +
                                    " (nested repeats such as (a+)+ try every way to split a "
                                    "text): simplify it");
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
        std::optional<MuteRegex> compiled;
        try {
            compiled.emplace(rule.pattern);
        } catch (const MuteRuleError&) {
            // Kept before PCRE2 read the rules (ECMAScript's "[^]"), or a damaged row: it mutes
            // nothing, and the other rules and the refresh go on.
            return ids;
        }
        MuteRegex& pattern = *compiled;
        Statement q = m_db.prepare(kRegexColumns + ("WHERE a.id > ?1 AND a.id <= ?2" + scope));
        q.bind(1, after).bind(2, upTo);
        bindScope(q, rule);
        int costly = 0;
        while (q.step() && costly < kCostlyArticlesPerBatch) {
            MuteRegex::Found found = regexFindsIn(pattern, rule.field, q);
            if (found == MuteRegex::Found::Yes) ids.push_back(q.integer(0));
            costly += found == MuteRegex::Found::TooCostly;
        }
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
