// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/WatchLists.h"

#include "FolderFeeds.h"
#include "SearchFolding.h"
#include "heraut/AsciiCase.h"
#include "heraut/CharsetDecoder.h"
#include "heraut/FeedStore.h"
#include "heraut/SearchQuery.h"

#include <algorithm>
#include <array>
#include <limits>
#include <string>
#include <tuple>

namespace heraut {
namespace {

// What the index is asked for a list: its words, exclusions included. Empty when it has none.
std::string matchExpression(const std::string& query, std::int64_t now) {
    try {
        return parseSearchQuery(query, now).matchExpression;
    } catch (const SearchQueryError&) {
        return {}; // checked when the list was made; a list that no longer reads matches nothing
    }
}

std::int64_t newestArticle(Database& db) {
    Statement q = db.prepare("SELECT coalesce(max(id), 0) FROM articles");
    q.step();
    return q.integer(0);
}

// What a list's match of an arrived article needs: its key and what the list's counters
// count it as.
struct Arrival {
    std::int64_t id = 0;
    std::int64_t sortDate = 0;
    bool counted = false; // has a status row and is not hidden: counted in the total
    bool unread = false;
};

// A match to add, in the order of watch_matches' key (Schema.cpp, 21 -> 22).
struct NewMatch {
    std::int64_t watchId, sortDate, articleId;
    size_t list; // its index among the lists being matched
    const Arrival* arrival;
    bool operator<(const NewMatch& o) const {
        return std::tie(watchId, sortDate, articleId) <
               std::tie(o.watchId, o.sortDate, o.articleId);
    }
};

// A list as the matcher sees it: its words for the index and where its matching stopped.
struct ListToMatch {
    std::int64_t id = 0;
    std::string match; // empty: nothing to look for (a list that no longer reads)
    std::int64_t countedTo = 0;
    WatchListCount change;
    int added = 0, removed = 0;
};

// Matches lists against the articles that arrived or changed, with its statements prepared
// once for all lists: preparing them per list was a quarter of a refresh's watch-list work.
class ListMatcher {
  public:
    explicit ListMatcher(Database& db)
        : m_db(db), m_countPending(db.prepare(
                        "SELECT count(*), coalesce(sum(s.read = 0), 0) FROM watch_matches m "
                        "JOIN article_status s ON s.article_id = m.article_id WHERE "
                        "m.watch_id = ? AND s.muted < 2 AND m.article_id IN (SELECT article_id "
                        "FROM watch_pending)")),
          m_arrivals(db.prepare("SELECT a.id, a.sort_date, s.read, s.muted FROM articles a "
                                "LEFT JOIN article_status s ON s.article_id = a.id "
                                "WHERE a.id > ? AND a.id <= ? ORDER BY a.id")),
          m_found(db.prepare("SELECT rowid FROM article_search WHERE article_search MATCH ? "
                             "AND rowid > ? AND rowid <= ?")),
          m_insert(db.prepare("INSERT OR IGNORE INTO watch_matches(watch_id, sort_date, "
                              "article_id) VALUES (?, ?, ?)")),
          m_save(db.prepare("UPDATE watch_lists SET counted_to = ?, total = total + ?, "
                            "unread = unread + ? WHERE id = ?")) {}

    // Matches the lists again against the articles whose text changed (watch_pending) up to
    // where each was counted: they may match now or no longer.
    void matchPending(std::vector<ListToMatch>& lists) {
        for (ListToMatch& list : lists)
            if (!list.match.empty()) matchPending(list);
    }

    // Adds each list's matches among the articles after its countedTo up to `upTo`, a window
    // of articles at a time: the index is asked once a list and window, and the matches are
    // added in the table's key order, so that each page of it is visited once (added per
    // list, a refresh's 11 400 matches in a 100 000-article cache went through the 8 MB page
    // cache several times). Hidden articles (MuteRules.h) are never matched.
    void matchArrivals(std::vector<ListToMatch>& lists, std::int64_t upTo) {
        std::int64_t from = upTo;
        for (const ListToMatch& list : lists)
            if (!list.match.empty()) from = std::min(from, list.countedTo);
        for (; from < upTo; from = std::min(from + kWindow, upTo))
            matchWindow(lists, from, std::min(from + kWindow, upTo));
    }

    // Saves where each list was counted to and what its counters gained. Returns how many
    // matches were added.
    int save(const std::vector<ListToMatch>& lists, std::int64_t upTo) {
        int added = 0;
        for (const ListToMatch& list : lists) {
            m_save.bind(1, upTo)
                .bind(2, list.change.total)
                .bind(3, list.change.unread)
                .bind(4, list.id)
                .run();
            added += std::max(list.added - list.removed, 0);
        }
        return added;
    }

  private:
    // Articles a window: memory stays bounded when a new list is matched against the cache.
    static constexpr std::int64_t kWindow = 50000;
    static constexpr const char* kNotHidden = " AND rowid NOT IN (SELECT article_id FROM "
                                              "article_status WHERE muted != 0 AND muted = 2)";

    void matchPending(ListToMatch& list) {
        WatchListCount before = countedPending(list.id);
        m_db.prepare("DELETE FROM watch_matches WHERE watch_id = ? AND article_id IN "
                     "(SELECT article_id FROM watch_pending)")
            .bind(1, list.id)
            .run();
        list.removed += m_db.changes();
        m_db.prepare("INSERT OR IGNORE INTO watch_matches(watch_id, sort_date, article_id) "
                     "SELECT ?1, (SELECT sort_date FROM articles WHERE id = article_search.rowid), "
                     "rowid FROM article_search WHERE article_search MATCH ?2 AND rowid IN "
                     "(SELECT article_id FROM watch_pending WHERE article_id <= ?3)" +
                     std::string(kNotHidden))
            .bind(1, list.id)
            .bind(2, list.match)
            .bind(3, list.countedTo)
            .run();
        list.added += m_db.changes();
        WatchListCount after = countedPending(list.id);
        list.change.total += after.total - before.total;
        list.change.unread += after.unread - before.unread;
    }

    void matchWindow(std::vector<ListToMatch>& lists, std::int64_t from, std::int64_t to) {
        std::vector<Arrival> arrivals = arrivalsIn(from, to);
        std::vector<NewMatch> matches;
        for (size_t i = 0; i < lists.size(); ++i) {
            const ListToMatch& list = lists[i];
            if (list.match.empty() || list.countedTo >= to) continue;
            m_found.bind(1, list.match).bind(2, std::max(from, list.countedTo)).bind(3, to);
            while (m_found.step())
                if (const Arrival* a = find(arrivals, m_found.integer(0)))
                    matches.push_back({list.id, a->sortDate, a->id, i, a});
            m_found.reset();
        }
        std::sort(matches.begin(), matches.end());
        for (const NewMatch& match : matches)
            add(lists[match.list], *match.arrival);
    }

    void add(ListToMatch& list, const Arrival& arrival) {
        m_insert.bind(1, list.id).bind(2, arrival.sortDate).bind(3, arrival.id).run();
        if (m_db.changes() == 0) return; // matched already
        ++list.added;
        list.change.total += arrival.counted;
        list.change.unread += arrival.counted && arrival.unread;
    }

    // The articles after `from` up to `to`, by id, hidden ones left out.
    std::vector<Arrival> arrivalsIn(std::int64_t from, std::int64_t to) {
        std::vector<Arrival> arrivals;
        m_arrivals.bind(1, from).bind(2, to);
        while (m_arrivals.step()) {
            std::optional<std::int64_t> muted = m_arrivals.optionalInteger(3);
            if (muted == 2) continue;
            arrivals.push_back({m_arrivals.integer(0), m_arrivals.integer(1), muted.has_value(),
                                m_arrivals.integer(2) == 0});
        }
        m_arrivals.reset();
        return arrivals;
    }

    static const Arrival* find(const std::vector<Arrival>& arrivals, std::int64_t id) {
        auto it = std::lower_bound(arrivals.begin(), arrivals.end(), id,
                                   [](const Arrival& a, std::int64_t v) { return a.id < v; });
        return it != arrivals.end() && it->id == id ? &*it : nullptr;
    }

    // What a list's counters hold of its matches among the pending articles: those not
    // hidden, and the unread among them.
    WatchListCount countedPending(std::int64_t id) {
        m_countPending.bind(1, id).step();
        WatchListCount count{static_cast<int>(m_countPending.integer(1)),
                             static_cast<int>(m_countPending.integer(0))};
        m_countPending.reset();
        return count;
    }

    Database& m_db;
    Statement m_countPending;
    Statement m_arrivals;
    Statement m_found;
    Statement m_insert;
    Statement m_save;
};

// Indexes the search backlog, when there is one: an ArticleStore prepares ten statements a
// refresh's end does not need when the backlog was indexed already (as it nearly always is).
void indexSearchBacklog(Database& db) {
    Statement waiting = db.prepare("SELECT EXISTS (SELECT 1 FROM search_backlog)");
    if (waiting.step() && waiting.integer(0) != 0) ArticleStore(db).indexBacklog();
}

// Names are told apart as a reader tells the tree's rows apart: without case or accents
// ("Lucht", "lucht" and "Lücht" are one name), an accent typed as a letter and a combining
// mark (U+0300-U+036F, UTF-8 CC 80 to CD AF: "Oekrai" U+0308 "ne") as one typed whole.
std::string nameKey(std::string_view name) {
    std::string whole;
    whole.reserve(name.size());
    for (size_t i = 0; i < name.size(); ++i) {
        auto byte = static_cast<unsigned char>(name[i]);
        auto next = i + 1 < name.size() ? static_cast<unsigned char>(name[i + 1]) : 0;
        if ((byte == 0xCC && next >= 0x80 && next <= 0xBF) ||
            (byte == 0xCD && next >= 0x80 && next <= 0xAF)) {
            ++i;
            continue;
        }
        whole += name[i];
    }
    return asciiLower(foldForSearch(whole));
}

// Characters a reader cannot see or tell from a space, in UTF-8: soft hyphen, no-break and
// other Unicode spaces, zero-width characters, direction marks and overrides, word joiners,
// the byte-order mark. Two names differing by one look the same in the tree.
constexpr std::string_view kInvisibles[] = {
    "\xC2\xA0",     "\xC2\xAD",     "\xE2\x80\x80", "\xE2\x80\x81", "\xE2\x80\x82", "\xE2\x80\x83",
    "\xE2\x80\x84", "\xE2\x80\x85", "\xE2\x80\x86", "\xE2\x80\x87", "\xE2\x80\x88", "\xE2\x80\x89",
    "\xE2\x80\x8A", "\xE2\x80\x8B", "\xE2\x80\x8C", "\xE2\x80\x8D", "\xE2\x80\x8E", "\xE2\x80\x8F",
    "\xE2\x80\xAA", "\xE2\x80\xAB", "\xE2\x80\xAC", "\xE2\x80\xAD", "\xE2\x80\xAE", "\xE2\x80\xAF",
    "\xE2\x81\x9F", "\xE2\x81\xA0", "\xE2\x81\xA1", "\xE2\x81\xA2", "\xE2\x81\xA3", "\xE2\x81\xA4",
    "\xE3\x80\x80", "\xEF\xBB\xBF"};

} // namespace

// Why a name cannot be a watch-list's, or empty. The name is a row of the feed tree, a column of
// `watch list`'s tab-separated lines and the argument of `list --watch`.
std::string watchListNameProblem(const std::string& name) {
    bool blank = std::all_of(name.begin(), name.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    });
    if (blank) return "a watch-list needs a name";
    if (name.size() > kMaxWatchListNameBytes)
        return "a watch-list's name is at most " + std::to_string(kMaxWatchListNameBytes) +
               " bytes long";
    if (!isValidUtf8(name)) return "a watch-list's name must be UTF-8 text";
    if (std::any_of(name.begin(), name.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; }))
        return "a watch-list's name cannot hold tabs, line breaks or other control characters";
    if (name.front() == ' ' || name.back() == ' ')
        return "a watch-list's name cannot start or end with a space";
    for (std::string_view invisible : kInvisibles)
        if (name.find(invisible) != std::string::npos)
            return "a watch-list's name cannot hold invisible characters or spaces other than a "
                   "plain one (no-break, zero-width, direction marks)";
    return {};
}

std::vector<WatchList> WatchListStore::lists() {
    Statement q = m_db.prepare("SELECT id, name, query, notify FROM watch_lists "
                               "ORDER BY position, id");
    std::vector<WatchList> lists;
    while (q.step())
        lists.push_back({q.integer(0), q.text(1), q.text(2), q.integer(3) != 0});
    return lists;
}

std::optional<WatchList> WatchListStore::find(const std::string& name) {
    std::vector<WatchList> all = lists();
    for (WatchList& list : all)
        if (list.name == name) return std::move(list);
    std::string key = nameKey(name);
    std::optional<WatchList> alike;
    for (WatchList& list : all) {
        if (nameKey(list.name) != key) continue;
        if (alike) return std::nullopt; // two alike, made before names were told apart so
        alike = std::move(list);
    }
    return alike;
}

std::optional<WatchList> WatchListStore::list(std::int64_t id) {
    Statement q = m_db.prepare("SELECT id, name, query, notify FROM watch_lists WHERE id = ?");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    return WatchList{q.integer(0), q.text(1), q.text(2), q.integer(3) != 0};
}

void WatchListStore::checkName(const std::string& name, std::int64_t self) {
    if (std::string problem = watchListNameProblem(name); !problem.empty())
        throw WatchListError(problem);
    if (auto taken = find(name); taken && taken->id != self)
        throw WatchListError(
            "a watch-list named \"" + taken->name + "\" exists already" +
            (taken->name == name ? "" : " (names must differ by more than case and accents)"));
}

void WatchListStore::checkQuery(const std::string& query, std::int64_t now) {
    SearchQuery parsed = parseSearchQuery(query, now);
    if (parsed.matchExpression.empty())
        throw WatchListError("\"" + query +
                             "\": a watch-list needs a word to look for (patriot, "
                             "\"f-35\", fregat*, nasams OR patriot)");
    // A mistyped feed or folder would make a list that never finds anything, silently.
    if (parsed.feedId &&
        !m_db.prepare("SELECT 1 FROM feeds WHERE id = ?").bind(1, *parsed.feedId).step())
        throw WatchListError("feed:" + std::to_string(*parsed.feedId) + ": there is no feed " +
                             std::to_string(*parsed.feedId) + " (heraut-cli feeds lists them)");
    if (parsed.folder && !FeedStore(m_db).hasFolder(*parsed.folder))
        throw WatchListError("folder:" + *parsed.folder + ": there is no folder named \"" +
                             *parsed.folder + "\"");
}

// Finds the matches of the list `id`, which has none yet (counters at 0), in the whole cache.
void WatchListStore::matchAll(std::int64_t id, const std::string& query, std::int64_t now) {
    std::int64_t upTo = newestArticle(m_db);
    std::vector<ListToMatch> list{{id, matchExpression(query, now), 0, {}, 0, 0}};
    ListMatcher matcher(m_db);
    matcher.matchArrivals(list, upTo);
    matcher.save(list, upTo);
}

WatchList WatchListStore::add(const std::string& name, const std::string& query, bool notify,
                              std::int64_t now) {
    checkName(name, 0);
    checkQuery(query, now);
    indexSearchBacklog(m_db);
    Transaction transaction(m_db);
    m_db.prepare("INSERT INTO watch_lists(name, query, notify, position) VALUES "
                 "(?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM watch_lists))")
        .bind(1, name)
        .bind(2, query)
        .bind(3, notify)
        .run();
    std::int64_t id = m_db.lastInsertId();
    matchAll(id, query, now);
    transaction.commit();
    return {id, name, query, notify};
}

WatchList WatchListStore::change(std::int64_t id, const std::string& name, const std::string& query,
                                 bool notify, std::int64_t now) {
    std::optional<WatchList> old = list(id);
    if (!old) throw WatchListError("no watch-list with id " + std::to_string(id));
    checkName(name, id);
    // A folder that has gone since the list was made is no reason to refuse a new name.
    if (old->query != query) checkQuery(query, now);
    indexSearchBacklog(m_db);
    Transaction transaction(m_db);
    m_db.prepare("UPDATE watch_lists SET name = ?, notify = ? WHERE id = ?")
        .bind(1, name)
        .bind(2, notify)
        .bind(3, id)
        .run();
    if (old->query != query) {
        // Its matches start again from nothing, as a new list's would.
        m_db.prepare("DELETE FROM watch_matches WHERE watch_id = ?").bind(1, id).run();
        m_db.prepare("UPDATE watch_lists SET query = ?, counted_to = 0, total = 0, unread = 0 "
                     "WHERE id = ?")
            .bind(1, query)
            .bind(2, id)
            .run();
        matchAll(id, query, now);
    }
    transaction.commit();
    return {id, name, query, notify};
}

bool WatchListStore::remove(const std::string& name) {
    std::optional<WatchList> list = find(name);
    if (!list) return false;
    m_db.prepare("DELETE FROM watch_lists WHERE id = ?").bind(1, list->id).run();
    return m_db.changes() > 0;
}

void WatchListStore::setNotify(std::int64_t id, bool notify) {
    m_db.prepare("UPDATE watch_lists SET notify = ? WHERE id = ?")
        .bind(1, notify)
        .bind(2, id)
        .run();
}

int WatchListStore::updateMatches(std::int64_t now) {
    indexSearchBacklog(m_db); // the index must hold what the lists are matched against
    Transaction transaction(m_db);
    std::int64_t upTo = newestArticle(m_db);
    Statement pendingRows = m_db.prepare("SELECT EXISTS (SELECT 1 FROM watch_pending)");
    pendingRows.step();
    bool pending = pendingRows.integer(0) != 0;
    pendingRows.reset();
    Statement q = m_db.prepare("SELECT id, query, counted_to FROM watch_lists");
    std::vector<ListToMatch> lists;
    while (q.step())
        lists.push_back({q.integer(0), matchExpression(q.text(1), now), q.integer(2), {}, 0, 0});
    ListMatcher matcher(m_db);
    if (pending) matcher.matchPending(lists);
    matcher.matchArrivals(lists, upTo);
    int added = matcher.save(lists, upTo);
    if (pending) m_db.execute("DELETE FROM watch_pending");
    transaction.commit();
    return added;
}

std::map<std::int64_t, WatchListCount> WatchListStore::counts(std::int64_t now) {
    // What each list keeps counted is what a list of words alone shows, and is:unread or
    // is:read alone follow from it; lists with other filters are counted as they say.
    std::map<std::int64_t, WatchListCount> counts;
    Statement kept = m_db.prepare("SELECT id, query, total, unread FROM watch_lists");
    while (kept.step()) {
        std::int64_t id = kept.integer(0);
        WatchListCount count{static_cast<int>(kept.integer(3)), static_cast<int>(kept.integer(2))};
        ArticleQuery query;
        try {
            query = watchListQuery(id, kept.text(1), now);
        } catch (const SearchQueryError&) {
            counts[id] = {};
            continue;
        }
        counts[id] = filteredCount(query, count);
    }
    return counts;
}

// A list with filters is counted over its matches alone, not over the articles: the status
// row has the feed, read, starred and muted, and the match keeps its article's date, so no
// article row is read (100 000 of them cost 80 ms a count). The filters are ArticleStore's
// (buildFilter); WatchListTest compares the two.
WatchListCount WatchListStore::filteredCount(ArticleQuery query, WatchListCount kept) {
    bool others =
        query.feedId || query.folder || query.starredOnly || query.mutedOnly || query.since;
    if (query.unreadOnly && query.readOnly) return {};
    if (!others && query.unreadOnly) return {kept.unread, kept.unread};
    if (!others && query.readOnly) return {0, kept.total - kept.unread};
    if (!others) return kept;
    if (!query.feedId && !query.folder && !query.starredOnly && !query.mutedOnly) {
        WatchListCount recent = sinceCount(*query.watchListId, *query.since, kept);
        if (query.unreadOnly) return {recent.unread, recent.unread};
        if (query.readOnly) return {0, recent.total - recent.unread};
        return recent;
    }
    std::string sql = "SELECT count(*), coalesce(sum(s.read = 0), 0) FROM watch_matches m "
                      "JOIN article_status s ON s.article_id = m.article_id "
                      "WHERE m.watch_id = ?1 AND m.sort_date >= ?2";
    sql += query.mutedOnly ? " AND s.muted != 0" : " AND s.muted < 2";
    if (query.unreadOnly) sql += " AND s.read = 0";
    if (query.readOnly) sql += " AND s.read = 1";
    if (query.starredOnly) sql += " AND s.starred = 1";
    if (query.feedId) sql += " AND s.feed_id = ?3";
    if (query.folder) sql += " AND s.feed_id IN " + feedsOfFolderSql("?4");
    Statement q = m_db.prepare(sql);
    q.bind(1, *query.watchListId)
        .bind(2, query.since.value_or(std::numeric_limits<std::int64_t>::min()));
    if (query.feedId) q.bind(3, *query.feedId);
    if (query.folder) q.bind(4, *query.folder);
    q.step();
    return {query.readOnly ? 0 : static_cast<int>(q.integer(1)), static_cast<int>(q.integer(0))};
}

// Each match counted reads its article's status row, and those rows are mostly out of the
// page cache after a refresh (about 0.7 us a row: since:30d over 13 000 matches took 9 of the
// 55 ms bench_desk gives a refresh's watch-lists). So the shorter side of `since` is counted:
// the matches from `since` on, or the kept counters less the matches before it. Which side is
// shorter is found on the matches' key alone (watch_id, sort_date, article_id; Schema.cpp),
// stopping at half the list.
WatchListCount WatchListStore::sinceCount(std::int64_t id, std::int64_t since,
                                          WatchListCount kept) {
    Statement older = m_db.prepare("SELECT count(*) FROM (SELECT 1 FROM watch_matches WHERE "
                                   "watch_id = ?1 AND sort_date < ?2 LIMIT ?3)");
    std::int64_t half = kept.total / 2 + 1;
    older.bind(1, id).bind(2, since).bind(3, half).step();
    bool fromSince = older.integer(0) >= half;
    Statement q = m_db.prepare(
        std::string("SELECT count(*), coalesce(sum(s.read = 0), 0) FROM watch_matches m "
                    "JOIN article_status s ON s.article_id = m.article_id WHERE "
                    "m.watch_id = ?1 AND s.muted < 2 AND m.sort_date ") +
        (fromSince ? ">= ?2" : "< ?2"));
    q.bind(1, id).bind(2, since).step();
    WatchListCount side{static_cast<int>(q.integer(1)), static_cast<int>(q.integer(0))};
    if (fromSince) return side;
    return {kept.unread - side.unread, kept.total - side.total};
}

void WatchListStore::recount() {
    m_db.execute("UPDATE watch_lists SET "
                 "total = (SELECT count(*) FROM watch_matches m JOIN article_status s "
                 "ON s.article_id = m.article_id WHERE m.watch_id = watch_lists.id "
                 "AND s.muted < 2), "
                 "unread = (SELECT count(*) FROM watch_matches m JOIN article_status s "
                 "ON s.article_id = m.article_id WHERE m.watch_id = watch_lists.id "
                 "AND s.muted < 2 AND s.read = 0)");
}

std::vector<std::int64_t> WatchListStore::markAllRead(std::int64_t id, std::int64_t now) {
    Statement q =
        m_db.prepare("SELECT m.article_id FROM watch_matches m JOIN article_status s "
                     "ON s.article_id = m.article_id WHERE m.watch_id = ? AND s.read = 0");
    q.bind(1, id);
    std::vector<std::int64_t> ids;
    while (q.step())
        ids.push_back(q.integer(0));
    ArticleStore(m_db).setRead(ids, true, now);
    return ids;
}

ArticleQuery WatchListStore::articleQuery(const WatchList& list, std::int64_t now) {
    return watchListQuery(list.id, list.query, now);
}

ArticleQuery watchListQuery(std::int64_t id, const std::string& text, std::int64_t now) {
    SearchQuery search = parseSearchQuery(text, now);
    ArticleQuery query;
    query.watchListId = id;
    query.feedId = search.feedId;
    query.folder = search.folder;
    query.unreadOnly = search.unreadOnly;
    query.readOnly = search.readOnly;
    query.starredOnly = search.starredOnly;
    query.mutedOnly = search.mutedOnly;
    query.since = search.since;
    return query;
}

namespace {

// The lists of the migration that made watch_lists (Schema.cpp), name and query as stored,
// and the name an English reader is shown.
struct ShippedList {
    std::string_view name;
    std::string_view query;
    std::string_view english;
};

constexpr std::array<ShippedList, 4> kShippedLists{{
    {"F-35", "F-35 OR F35 OR JSF", "F-35"},
    {"Luchtverdediging",
     R"(Patriot OR NASAMS OR luchtverdediging OR "air defence" OR "air defense")", "Air defence"},
    {"Oekraïne", "Oekraïne OR Oekraïens* OR Ukrain*", "Ukraine"},
    {"Marine", "marine OR fregat* OR frigate* OR onderzeeboot* OR navy", "Navy"},
}};

} // namespace

int shippedWatchList(const WatchList& list) {
    for (std::size_t i = 0; i < kShippedLists.size(); ++i)
        if (list.name == kShippedLists[i].name && list.query == kShippedLists[i].query)
            return static_cast<int>(i);
    return -1;
}

std::string watchListName(const WatchList& list, std::string_view language) {
    int shipped = shippedWatchList(list);
    if (shipped < 0 || language.starts_with("nl")) return list.name;
    return std::string(kShippedLists[static_cast<std::size_t>(shipped)].english);
}

} // namespace heraut
