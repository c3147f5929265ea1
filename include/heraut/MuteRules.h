// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Database.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace heraut {

// A mute rule that cannot be made as asked: an empty pattern, a regular expression that does
// not compile or that takes too long on the cached articles, a feed or folder that is not
// there. The message says which.
class MuteRuleError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// A regular expression that compiles but gives up (too much backtracking) on a cached article.
class MuteRuleTooCostly : public MuteRuleError {
  public:
    using MuteRuleError::MuteRuleError;
};

// A regular expression that finds a match in any text (".*", "^", "x*": an empty match) in a
// rule for every feed, so the rule would mute every article. For one feed or folder it is
// kept: it mutes all of theirs.
class MuteRuleMatchesEverything : public MuteRuleError {
  public:
    using MuteRuleError::MuteRuleError;
};

// What a reader never wants to see as news. Muted articles stay in the cache; is:muted finds
// them (SearchQuery.h).
struct MuteRule {
    enum class Kind {
        Words, // words and "phrases" in the search language, all of them (or OR), in the
               // field's columns of the index, folded as search folds them
        Regex, // PCRE2 (Perl's syntax, which takes ECMAScript's), case ignored, ^ and $ at each
               // line, on the headline and/or the text; a search that passes its budget of
               // backtracking is given up (no match), and after three such articles the rule
               // rests until the next batch, so a refresh never hangs on an expression
        Author // the author's name contains this, ASCII case ignored
    };
    // Where Words and Regex look (Author rules look at the author only). Text is the body and
    // the takeaways. Rules made before this choice existed look at both (Any).
    enum class Field { Any, Title, Text };
    enum class Action {
        MarkRead, // marked read on arrival, listed as usual
        Hide      // marked read and left out of every list and count
    };
    std::int64_t id = 0;
    Kind kind = Kind::Words;
    Field field = Field::Any;
    std::string pattern;
    std::optional<std::int64_t> feedId; // only this feed; neither: every feed
    std::optional<std::string> folder;  // only this folder's feeds
    Action action = Action::MarkRead;
    // When it was made (seconds UTC): it applies to articles first seen from then on, even when
    // the rules run later (a subscription's or a sync's articles, a refresh cut short).
    std::int64_t added = 0;
};

// Mute rules and their application. Rules apply once, to articles as they arrive: never to what
// was cached before the rule was made, and a reader may mark a muted article unread again.
class MuteRuleStore {
  public:
    explicit MuteRuleStore(Database& db) : m_db(db) {}

    std::vector<MuteRule> rules();
    // Returns the rule with its id. Throws MuteRuleError.
    MuteRule add(MuteRule rule, std::int64_t now);
    // Rule `id` becomes `rule`, checked as add checks it, keeping its id and its place among
    // the rules; as a new rule it applies to articles first seen from `now` on. Throws
    // MuteRuleError, also when there is no rule `id`.
    MuteRule replace(std::int64_t id, MuteRule rule, std::int64_t now);
    bool remove(std::int64_t id); // false: no such rule

    // Applies every rule to the articles stored since the last call (the refresh and the sync
    // call it when they end; it indexes the search backlog first) in one transaction. Returns
    // how many articles were muted.
    int applyToArrivals(std::int64_t now);

  private:
    // Throws MuteRuleError when `rule` cannot be a rule (normalising its field for an author
    // rule); returns the id of the folder it names.
    std::optional<std::int64_t> check(MuteRule& rule, std::int64_t now);
    // Throws MuteRuleError when the rule's expression does not compile or gives up on one of
    // the newest cached articles.
    void tryOnCached(const MuteRule& rule);
    std::vector<std::int64_t> matching(const MuteRule& rule, std::int64_t after, std::int64_t upTo,
                                       std::int64_t now);

    Database& m_db;
};

// "words", "regex", "author"; "read", "hide": the names the CLI and JSON use.
const char* muteKindName(MuteRule::Kind kind);
std::optional<MuteRule::Kind> muteKindFromName(std::string_view name);
// "any", "title", "text": the names the CLI (mute add --in) and JSON use.
const char* muteFieldName(MuteRule::Field field);
std::optional<MuteRule::Field> muteFieldFromName(std::string_view name);

} // namespace heraut
