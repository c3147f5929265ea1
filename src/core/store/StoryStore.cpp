// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/StoryStore.h"
#include "FolderChains.h"
#include "FolderFeeds.h"
#include "StoredLines.h"
#include "StoredText.h"

#include <algorithm>
#include <bit>
#include <map>
#include <unordered_map>

namespace heraut {
namespace {

// The opening of the body is enough to tell events apart, and deriving the plain text of a
// whole body costs as much as parsing it: only its first few kilobytes are read.
// The openings of summary and content that grouping reads; storyTextOf() cuts the same.
constexpr std::string_view kTextColumns =
    "SELECT a.id, a.feed_id, a.sort_date, coalesce(a.story_id, a.id), a.guid, a.link, a.title, "
    "b.takeaways, heraut_plain_text(substr(b.summary, 1, 2000), substr(b.content, 1, 3000)) "
    "FROM articles a JOIN article_bodies b ON b.article_id = a.id ";
constexpr int kSummaryChars = 2000;
constexpr int kContentChars = 3000;

// The first `chars` characters of UTF-8 text as SQLite's substr() counts them: a byte from
// 0xC0 up and the continuation bytes after it are one character, any other byte is one.
std::string_view sqliteSubstr(std::string_view text, int chars) {
    size_t at = 0;
    for (int n = 0; n < chars && at < text.size(); ++n) {
        if (static_cast<unsigned char>(text[at++]) < 0xC0) continue;
        while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80)
            ++at;
    }
    return text.substr(0, at);
}

StoryArticleText readText(Statement& row) {
    StoryArticleText t;
    t.id = row.integer(0);
    t.feedId = row.integer(1);
    t.sortDate = row.integer(2);
    t.storyId = row.integer(3);
    t.guid = row.text(4);
    t.link = row.optionalText(5);
    t.title = row.text(6);
    t.keyTakeaways = splitLines(row.text(7));
    t.text = row.text(8);
    return t;
}

// Terms as a BLOB of 12 bytes each, little-endian whatever the machine: the word's 64-bit key,
// then the weight's IEEE 754 bits.
constexpr size_t kTermBytes = 12;

// What a stored row of story_features holds, as readFeatures() reads it.
constexpr std::string_view kFeatureColumns =
    "f.link_key, f.guid_key, f.sim_hash, f.shingles, f.terms, f.suspension, f.commentary, "
    "f.repeat, f.protest, f.language";

void putLittleEndian(std::uint64_t value, int bytes, std::string& out) {
    for (int i = 0; i < bytes; ++i)
        out += static_cast<char>((value >> (8 * i)) & 0xFF);
}

std::uint64_t getLittleEndian(const char* in, int bytes) {
    std::uint64_t value = 0;
    for (int i = 0; i < bytes; ++i)
        value |= std::uint64_t{static_cast<unsigned char>(in[i])} << (8 * i);
    return value;
}

void encodeTerms(const std::vector<StoryTerm>& terms, std::string& blob) {
    blob.clear();
    blob.reserve(terms.size() * kTermBytes);
    for (const StoryTerm& t : terms) {
        putLittleEndian(t.word, 8, blob);
        // A weight is never negative: its sign bit says whether the word is a headline name.
        putLittleEndian(
            std::bit_cast<std::uint32_t>(t.weight) | (t.headlineName ? 0x80000000u : 0u), 4, blob);
    }
}

// A stored language as StoryLanguage; a value no version wrote as Unknown.
StoryLanguage languageOf(std::int64_t stored) {
    bool known = stored == static_cast<int>(StoryLanguage::Dutch) ||
                 stored == static_cast<int>(StoryLanguage::English);
    return known ? static_cast<StoryLanguage>(stored) : StoryLanguage::Unknown;
}

// Reads the columns kFeatureColumns names from `first` on into `f`, reusing its terms'
// storage.
void readFeatures(const Statement& row, int first, StoryFeatures& f) {
    f.link = static_cast<std::uint64_t>(row.integer(first));
    f.guid = static_cast<std::uint64_t>(row.integer(first + 1));
    f.simHash = static_cast<std::uint64_t>(row.integer(first + 2));
    f.shingles = static_cast<int>(row.integer(first + 3));
    f.suspension = row.integer(first + 5) != 0;
    f.commentary = row.integer(first + 6) != 0;
    f.repeat = row.integer(first + 7) != 0;
    f.protest = row.integer(first + 8) != 0;
    f.language = languageOf(row.integer(first + 9));
    std::string_view blob = row.bytes(first + 4);
    f.terms.resize(blob.size() / kTermBytes);
    for (size_t i = 0; i < f.terms.size(); ++i) {
        const char* at = blob.data() + i * kTermBytes;
        f.terms[i].word = getLittleEndian(at, 8);
        // A weight is never negative; its sign bit says whether the word is a headline name
        // (from features version 4; version 2 used it for names anywhere, and is not read).
        auto bits = static_cast<std::uint32_t>(getLittleEndian(at + 8, 4));
        f.terms[i].weight = std::bit_cast<float>(bits & 0x7FFFFFFFu);
        f.terms[i].headlineName = (bits & 0x80000000u) != 0;
    }
}

// The grouped articles of the window [?1, ?2], read in id order: the order their rows and
// their features' rows lie in the file, so each page is read once. In sort date order (the
// index's) every row was a seek to another page, and a run read the window's pages many times.
constexpr std::string_view kGroupedInWindow =
    "WHERE a.id IN (SELECT id FROM articles WHERE sort_date BETWEEN ?1 AND ?2) "
    "AND a.id NOT IN (SELECT article_id FROM story_backlog)";
// The same rows read by walking the ids ?4 to ?5 (the window's first and last) and passing
// over those out of the window: for a window that holds most of that range (a refresh's
// window: the newest ids), as gathering 100 000 ids from the date index into a temporary
// B-tree first was half the read's CPU (sqlite3 on bench_story's cache).
constexpr std::string_view kGroupedInIdRange =
    "WHERE a.id BETWEEN ?4 AND ?5 AND +a.sort_date BETWEEN ?1 AND ?2 "
    "AND a.id NOT IN (SELECT article_id FROM story_backlog)";

// The story's articles: those naming it, or the one article standing alone under its own id.
constexpr std::string_view kMembers =
    "SELECT a.id, a.feed_id, a.title, a.first_seen, a.sort_date, s.read "
    "FROM articles a JOIN article_status s ON s.article_id = a.id "
    "WHERE a.story_id = ?1 OR (a.id = ?1 AND a.story_id IS NULL) "
    "ORDER BY a.sort_date, a.id";

// The story `id` from the rows of kMembers; nothing when it has none.
std::optional<StorySummary> readStory(Statement& q, std::int64_t id) {
    StorySummary s;
    s.id = id;
    while (q.step()) {
        if (s.articles.empty()) {
            s.title = q.text(2);
            s.firstSeen = q.integer(3);
        }
        s.articles.push_back(q.integer(0));
        std::int64_t feed = q.integer(1);
        if (std::find(s.feeds.begin(), s.feeds.end(), feed) == s.feeds.end())
            s.feeds.push_back(feed);
        s.firstSeen = std::min(s.firstSeen, q.integer(3));
        s.newest = std::max(s.newest, q.integer(4));
        s.unread += q.integer(5) == 0 ? 1 : 0;
    }
    if (s.articles.empty()) return std::nullopt;
    return s;
}

// How many different ids `ids` holds; leaves each once, sorted.
int countDistinct(std::vector<std::int64_t>& ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return static_cast<int>(ids.size());
}

} // namespace

StoryStore::StoryStore(Database& db) : m_db(db) {}

std::vector<StoryArticleText> StoryStore::waiting(int limit) {
    std::vector<StoryArticleText> rows;
    waiting(limit, [&rows](StoryArticleText& row) { rows.push_back(row); });
    return rows;
}

void StoryStore::waiting(int limit, const std::function<void(StoryArticleText&)>& each) {
    // The batch's ids first: sorting the whole backlog with its text would derive the plain
    // text of every waiting article, not only of the `limit` taken.
    // Features where they are stored; the text, whose plain text costs more to derive than
    // the features to read, only for the others.
    Statement q = m_db.prepare(
        "SELECT a.id, a.feed_id, a.sort_date, coalesce(a.story_id, a.id), f.article_id IS NOT "
        "NULL, " +
        std::string(kFeatureColumns) +
        " FROM articles a LEFT JOIN story_features f ON f.article_id = a.id AND "
        "f.version = ?2 "
        "WHERE a.id IN (SELECT w.article_id FROM story_backlog w JOIN articles o ON o.id = "
        "w.article_id ORDER BY o.sort_date, o.id LIMIT ?1) ORDER BY a.sort_date, a.id");
    q.bind(1, limit).bind(2, kStoryFeaturesVersion);
    Statement text = m_db.prepare(std::string(kTextColumns) + "WHERE a.id = ?");
    StoryArticleText row;
    while (q.step()) {
        if (q.integer(4) == 0) {
            text.bind(1, q.integer(0));
            if (text.step()) {
                row = readText(text);
                each(row);
            }
            text.reset();
            continue;
        }
        row.id = q.integer(0);
        row.feedId = q.integer(1);
        row.sortDate = q.integer(2);
        row.storyId = q.integer(3);
        row.guid.clear();
        row.link.reset();
        row.title.clear();
        row.keyTakeaways.clear();
        row.text.clear();
        if (!row.features) row.features.emplace();
        readFeatures(q, 5, *row.features);
        each(row);
    }
}

StoryWindow StoryStore::window(std::int64_t from, std::int64_t to) {
    Statement q = m_db.prepare("SELECT count(*), coalesce(min(id), 0), coalesce(max(id), 0) "
                               "FROM articles WHERE sort_date BETWEEN ? AND ?");
    q.bind(1, from).bind(2, to);
    q.step();
    return {from, to, q.integer(0), q.integer(1), q.integer(2)};
}

void StoryStore::grouped(const StoryWindow& window,
                         const std::function<void(StoryArticleText&)>& each) {
    bool dense = 2 * window.articles >= window.lastId - window.firstId + 1;
    std::string where(dense ? kGroupedInIdRange : kGroupedInWindow);
    auto bind = [&](Statement& q) {
        q.bind(1, window.from).bind(2, window.to).bind(3, kStoryFeaturesVersion);
        if (dense) q.bind(4, window.firstId).bind(5, window.lastId);
    };
    Statement stored =
        m_db.prepare("SELECT a.id, a.feed_id, a.sort_date, coalesce(a.story_id, a.id), " +
                     std::string(kFeatureColumns) +
                     " FROM articles a "
                     "JOIN story_features f ON f.article_id = a.id AND f.version = ?3 " +
                     where + " ORDER BY a.id");
    bind(stored);
    StoryArticleText row;
    row.features.emplace();
    while (stored.step()) {
        row.id = stored.integer(0);
        row.feedId = stored.integer(1);
        row.sortDate = stored.integer(2);
        row.storyId = stored.integer(3);
        readFeatures(stored, 4, *row.features);
        each(row);
    }
    Statement texts = m_db.prepare(std::string(kTextColumns) +
                                   "LEFT JOIN story_features f ON f.article_id = a.id AND "
                                   "f.version = ?3 " +
                                   where + " AND f.article_id IS NULL ORDER BY a.id");
    bind(texts);
    while (texts.step()) {
        StoryArticleText text = readText(texts);
        each(text);
    }
}

void StoryStore::saveFeatures(const std::vector<std::pair<std::int64_t, StoryFeatures>>& features) {
    Statement save = m_db.prepare(
        "INSERT OR REPLACE INTO story_features(article_id, version, link_key, guid_key, sim_hash, "
        "shingles, terms, suspension, commentary, repeat, protest, language) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    std::string blob;
    for (const auto& [article, f] : features) {
        encodeTerms(f.terms, blob);
        save.bind(1, article)
            .bind(2, kStoryFeaturesVersion)
            .bind(3, static_cast<std::int64_t>(f.link))
            .bind(4, static_cast<std::int64_t>(f.guid))
            .bind(5, static_cast<std::int64_t>(f.simHash))
            .bind(6, f.shingles)
            .bindBlob(7, blob)
            .bind(8, f.suspension)
            .bind(9, f.commentary)
            .bind(10, f.repeat)
            .bind(11, f.protest)
            .bind(12, static_cast<int>(f.language))
            .run();
    }
}

void StoryStore::assign(const std::vector<std::pair<std::int64_t, std::int64_t>>& joins,
                        const std::vector<std::int64_t>& done) {
    Statement join = m_db.prepare("UPDATE articles SET story_id = ? WHERE id = ?");
    // The story's first article names it from now on too; a lone article named none.
    Statement founder =
        m_db.prepare("UPDATE articles SET story_id = id WHERE id = ? AND story_id IS NULL");
    for (const auto& [article, story] : joins) {
        if (article == story) continue;
        founder.bind(1, story).run();
        join.bind(1, story).bind(2, article).run();
    }
    Statement leave = m_db.prepare("DELETE FROM story_backlog WHERE article_id = ?");
    for (std::int64_t id : done)
        leave.bind(1, id).run();
}

int StoryStore::waitingCount() {
    Statement q = m_db.prepare("SELECT count(*) FROM story_backlog");
    q.step();
    return static_cast<int>(q.integer(0));
}

std::vector<StorySummary> StoryStore::list(const StoryQuery& query) {
    std::string sql = "SELECT coalesce(a.story_id, a.id) AS story, max(a.sort_date) AS newest "
                      "FROM articles a JOIN article_status s ON s.article_id = a.id WHERE 1";
    if (query.feedId) sql += " AND a.feed_id = :feed";
    if (query.folder) sql += " AND a.feed_id IN " + feedsOfFolderSql(":folder");
    if (query.unreadOnly) sql += " AND s.read = 0";
    if (query.since) sql += " AND a.sort_date >= :since";
    sql += " GROUP BY story ORDER BY newest DESC, story DESC LIMIT :limit";
    Statement q = m_db.prepare(sql);
    int index = 1;
    if (query.feedId) q.bind(index++, *query.feedId);
    if (query.folder) q.bind(index++, *query.folder);
    if (query.since) q.bind(index++, *query.since);
    q.bind(index, query.limit);
    std::vector<std::int64_t> ids;
    while (q.step())
        ids.push_back(q.integer(0));
    std::vector<StorySummary> found;
    for (std::optional<StorySummary>& s : stories(ids))
        if (s) found.push_back(std::move(*s));
    return found;
}

std::optional<StorySummary> StoryStore::story(std::int64_t id) {
    return std::move(stories({id}).front());
}

std::vector<std::optional<StorySummary>> StoryStore::stories(const std::vector<std::int64_t>& ids) {
    // One statement for a page's stories, not one prepared for each.
    Statement q = m_db.prepare(kMembers);
    std::vector<std::optional<StorySummary>> found;
    found.reserve(ids.size());
    for (std::int64_t id : ids) {
        q.bind(1, id);
        found.push_back(readStory(q, id));
        q.reset();
    }
    return found;
}

std::optional<std::int64_t> StoryStore::storyOf(std::int64_t articleId) {
    Statement q = m_db.prepare("SELECT coalesce(story_id, id) FROM articles WHERE id = ?");
    q.bind(1, articleId);
    if (!q.step()) return std::nullopt;
    return q.integer(0);
}

std::vector<std::int64_t> StoryStore::articlesOf(std::int64_t storyId) {
    Statement q = m_db.prepare(kMembers);
    q.bind(1, storyId);
    std::vector<std::int64_t> ids;
    while (q.step())
        ids.push_back(q.integer(0));
    return ids;
}

std::vector<std::int64_t> StoryStore::storiesOf(const std::vector<std::int64_t>& articleIds) {
    Statement q = m_db.prepare("SELECT coalesce(story_id, id) FROM articles WHERE id = ?");
    std::vector<std::int64_t> stories;
    stories.reserve(articleIds.size());
    for (std::int64_t id : articleIds) {
        q.bind(1, id);
        stories.push_back(q.step() ? q.integer(0) : 0);
        q.reset();
    }
    return stories;
}

UnreadCounts StoryStore::unreadCounts() {
    // One read of each unread article's feed and story, counted here: a count(DISTINCT) per
    // feed, per folder and in all read every unread article three times and sorted its
    // stories each time, about 200 ms for 100 000 unread at every start in story mode.
    std::unordered_map<std::int64_t, std::vector<std::int64_t>> storiesByFeed;
    Statement unread =
        m_db.prepare("SELECT s.feed_id, coalesce(a.story_id, a.id) FROM article_status s "
                     "JOIN articles a ON a.id = s.article_id WHERE s.read = 0");
    while (unread.step())
        storiesByFeed[unread.integer(0)].push_back(unread.integer(1));
    std::unordered_map<std::int64_t, std::int64_t> folderOf;
    Statement feeds = m_db.prepare("SELECT id, folder_id FROM feeds WHERE folder_id IS NOT NULL");
    while (feeds.step())
        folderOf[feeds.integer(0)] = feeds.integer(1);
    std::map<std::int64_t, std::vector<std::string>> above = folderChains(m_db);
    std::map<std::string, std::vector<std::int64_t>> storiesByFolder;
    std::vector<std::int64_t> all;
    UnreadCounts counts;
    for (auto& [feed, stories] : storiesByFeed) {
        counts.byFeed[feed] = countDistinct(stories); // leaves each story once
        all.insert(all.end(), stories.begin(), stories.end());
        auto folder = folderOf.find(feed);
        if (folder == folderOf.end()) continue;
        for (const std::string& name : above[folder->second]) {
            std::vector<std::int64_t>& into = storiesByFolder[name];
            into.insert(into.end(), stories.begin(), stories.end());
        }
    }
    for (auto& [name, stories] : storiesByFolder)
        counts.byFolder[name] = countDistinct(stories);
    counts.total = countDistinct(all);
    Statement starred = m_db.prepare("SELECT count(*) FROM article_status WHERE starred = 1");
    starred.step();
    counts.starred = static_cast<int>(starred.integer(0));
    return counts;
}

StoryArticleText storyTextOf(const Article& article) {
    StoryArticleText t;
    t.guid = article.id;
    t.link = article.link;
    t.title = article.title;
    t.keyTakeaways = splitLines(joinLines(article.keyTakeaways)); // as the column reads back
    auto opening = [](const std::optional<std::string>& html, int chars) {
        return html ? sqliteSubstr(*html, chars) : std::string_view();
    };
    t.text = plainTextOfStoredHtml(opening(article.summary, kSummaryChars),
                                   opening(article.content, kContentChars));
    return t;
}

} // namespace heraut
