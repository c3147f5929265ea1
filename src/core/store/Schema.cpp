// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

namespace heraut::schema {

const std::array<std::string_view, 26> kMigrations = {
    // 0 -> 1: folders, feeds and articles. What the feed said and what the reader did live
    // apart: bodies in article_bodies, read and starred in article_status, so that marking
    // 100 000 articles read rewrites rows of a few bytes, not kilobytes of HTML.
    R"sql(
CREATE TABLE folders(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  position INTEGER NOT NULL DEFAULT 0);
CREATE TABLE feeds(
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL DEFAULT '',
  site_link TEXT,
  folder_id INTEGER REFERENCES folders(id) ON DELETE SET NULL,
  etag TEXT,
  last_modified TEXT,
  last_fetch INTEGER,
  last_success INTEGER,
  last_error TEXT,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  next_due INTEGER NOT NULL DEFAULT 0,
  refresh_interval INTEGER NOT NULL DEFAULT 1800,
  disabled INTEGER NOT NULL DEFAULT 0,
  title_locked INTEGER NOT NULL DEFAULT 0,
  added INTEGER NOT NULL DEFAULT 0);
CREATE TABLE articles(
  id INTEGER PRIMARY KEY,
  feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
  guid TEXT NOT NULL,
  link TEXT,
  title TEXT NOT NULL,
  author TEXT,
  published INTEGER,
  updated INTEGER,
  first_seen INTEGER NOT NULL,
  sort_date INTEGER NOT NULL,
  fingerprint INTEGER NOT NULL DEFAULT 0,
  UNIQUE(feed_id, guid));
CREATE TABLE article_bodies(
  article_id INTEGER PRIMARY KEY,
  summary TEXT,
  content TEXT,
  text TEXT NOT NULL DEFAULT '',
  takeaways TEXT NOT NULL DEFAULT '',
  categories TEXT NOT NULL DEFAULT '',
  enclosures TEXT NOT NULL DEFAULT '[]');
CREATE TABLE article_status(
  article_id INTEGER PRIMARY KEY,
  feed_id INTEGER NOT NULL,
  read INTEGER NOT NULL DEFAULT 0,
  starred INTEGER NOT NULL DEFAULT 0,
  read_time INTEGER);
CREATE TRIGGER articles_drop_body AFTER DELETE ON articles BEGIN
  DELETE FROM article_bodies WHERE article_id = old.id;
  DELETE FROM article_status WHERE article_id = old.id;
END;
CREATE INDEX articles_by_date ON articles(sort_date DESC, id DESC);
CREATE INDEX articles_by_feed_date ON articles(feed_id, sort_date DESC, id DESC);
CREATE INDEX status_unread ON article_status(feed_id) WHERE read = 0;
CREATE INDEX status_starred ON article_status(feed_id) WHERE starred = 1;
)sql",
    // 1 -> 2: full-text search over title, text and takeaways, diacritics folded so that
    // "Oekraine" finds "Oekraïne"; title hits weigh most, then takeaways, then the body.
    // The store keeps it in step when it writes articles; removals
    // (retention, a removed feed) go through the trigger, which still sees the body.
    R"sql(
CREATE VIEW article_search_source AS
  SELECT a.id AS id, a.title AS title, b.text AS text, b.takeaways AS takeaways
  FROM articles a JOIN article_bodies b ON b.article_id = a.id;
CREATE VIRTUAL TABLE article_search USING fts5(
  title, text, takeaways,
  content='article_search_source', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');
INSERT INTO article_search(article_search, rank) VALUES ('rank', 'bm25(10.0, 1.0, 4.0)');
DROP TRIGGER articles_drop_body;
CREATE TRIGGER articles_drop_body AFTER DELETE ON articles BEGIN
  INSERT INTO article_search(article_search, rowid, title, text, takeaways)
    SELECT 'delete', old.id, old.title, b.text, b.takeaways
    FROM article_bodies b WHERE b.article_id = old.id;
  DELETE FROM article_bodies WHERE article_id = old.id;
  DELETE FROM article_status WHERE article_id = old.id;
END;
INSERT INTO article_search(article_search) VALUES ('rebuild');
)sql",
    // 2 -> 3: retention leaves a note of what it removed, so an old item that lingers in a
    // feed is not resurrected as unread; feeds remember a hash of their last body, so an
    // unchanged body from a server that ignores conditional GET skips parsing.
    R"sql(
CREATE TABLE retired_articles(
  feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
  guid TEXT NOT NULL,
  retired_at INTEGER NOT NULL,
  PRIMARY KEY(feed_id, guid)) WITHOUT ROWID;
ALTER TABLE feeds ADD COLUMN body_hash TEXT;
)sql",
    // 3 -> 4: new and changed articles wait in a backlog and join the search index in
    // batches. FTS5 costs half as much per article in batches of thousands as in the fifty of
    // one feed, and a cold refresh spent most of its time there. The backlog is written in the
    // same transaction as the article, so a crash loses nothing; an article removed while still
    // waiting was never indexed and must not be deleted from the index.
    R"sql(
CREATE TABLE search_backlog(article_id INTEGER PRIMARY KEY);
DROP TRIGGER articles_drop_body;
CREATE TRIGGER articles_drop_body AFTER DELETE ON articles BEGIN
  INSERT INTO article_search(article_search, rowid, title, text, takeaways)
    SELECT 'delete', old.id, old.title, b.text, b.takeaways
    FROM article_bodies b WHERE b.article_id = old.id
      AND NOT EXISTS (SELECT 1 FROM search_backlog k WHERE k.article_id = old.id);
  DELETE FROM search_backlog WHERE article_id = old.id;
  DELETE FROM article_bodies WHERE article_id = old.id;
  DELETE FROM article_status WHERE article_id = old.id;
END;
)sql",
    // 4 -> 5: the plain text is no longer kept beside the HTML it comes from. Writing it
    // cost as much as writing the HTML; the store derives it (heraut_plain_text, StoredText.h)
    // when the index or "show" needs it. The index is rebuilt from the derived text, so that
    // it can later be told exactly what it holds. The old column stays, unread: dropping it
    // rewrites every body in one transaction, which held 900 MB of memory for 100 000.
    // Fingerprints are computed anew (ArticleFingerprint.h), by a faster hash.
    R"sql(
DROP VIEW article_search_source;
CREATE VIEW article_search_source AS
  SELECT a.id AS id, a.title AS title, heraut_plain_text(b.summary, b.content) AS text,
         b.takeaways AS takeaways
  FROM articles a JOIN article_bodies b ON b.article_id = a.id;
DROP TRIGGER articles_drop_body;
CREATE TRIGGER articles_drop_body AFTER DELETE ON articles BEGIN
  INSERT INTO article_search(article_search, rowid, title, text, takeaways)
    SELECT 'delete', old.id, old.title, heraut_plain_text(b.summary, b.content), b.takeaways
    FROM article_bodies b WHERE b.article_id = old.id
      AND NOT EXISTS (SELECT 1 FROM search_backlog k WHERE k.article_id = old.id);
  DELETE FROM search_backlog WHERE article_id = old.id;
  DELETE FROM article_bodies WHERE article_id = old.id;
  DELETE FROM article_status WHERE article_id = old.id;
END;
INSERT INTO article_search(article_search) VALUES ('rebuild');
DELETE FROM search_backlog;
UPDATE articles SET fingerprint = coalesce((
  SELECT heraut_fingerprint(articles.title, articles.link, articles.author, b.summary, b.content,
                            articles.published, articles.updated, b.categories, b.enclosures)
  FROM article_bodies b WHERE b.article_id = articles.id), 0);
)sql",
    // 5 -> 6: the search index merges its segments 16 at a time instead of FTS5's default 4.
    // Merging rewrote every indexed article again and again, and its share of a cold refresh
    // was a tenth of the whole; with 16 each article is rewritten half as often. Searches read
    // at most 15 segments per level instead of 3, and still take a few milliseconds.
    R"sql(
INSERT INTO article_search(article_search, rank) VALUES ('automerge', 16);
)sql",
    // 6 -> 7: "always load images" belongs to the feed and goes with it. It lived in the
    // user's settings under the feed's id, which SQLite hands to the next feed added once the
    // feed is removed, so a new feed loaded remote images nobody had allowed.
    R"sql(
ALTER TABLE feeds ADD COLUMN load_images INTEGER NOT NULL DEFAULT 0;
)sql",
    // 7 -> 8: the index folds what unicode61 leaves alone (SearchFolding.h): Greek and Cyrillic
    // marks, letters with a stroke (Ł, Ø, Đ, ı), ligatures (ß, æ, œ), so that "lask" finds
    // "Łask" and "αθηνα" finds "Αθήνα". The tokenizer is part of the table's definition: the
    // table is made anew, with its settings, and filled from the articles. It also indexes each
    // article's feed as a word of a column of its own (a control character, then "feed12": no
    // typed word can be it, SearchFolding.h), so that a search in one feed or folder asks the
    // index for the words and the feed together, rather than walking every match of the words
    // to find the feed's few.
    R"sql(
DROP TABLE article_search;
DROP VIEW article_search_source;
CREATE VIEW article_search_source AS
  SELECT a.id AS id, a.title AS title, heraut_plain_text(b.summary, b.content) AS text,
         b.takeaways AS takeaways, char(1) || 'feed' || a.feed_id AS feed
  FROM articles a JOIN article_bodies b ON b.article_id = a.id;
CREATE VIRTUAL TABLE article_search USING fts5(
  title, text, takeaways, feed,
  content='article_search_source', content_rowid='id',
  tokenize='heraut_fold remove_diacritics 2');
DROP TRIGGER articles_drop_body;
CREATE TRIGGER articles_drop_body AFTER DELETE ON articles BEGIN
  INSERT INTO article_search(article_search, rowid, title, text, takeaways, feed)
    SELECT 'delete', old.id, old.title, heraut_plain_text(b.summary, b.content), b.takeaways,
           char(1) || 'feed' || old.feed_id
    FROM article_bodies b WHERE b.article_id = old.id
      AND NOT EXISTS (SELECT 1 FROM search_backlog k WHERE k.article_id = old.id);
  DELETE FROM search_backlog WHERE article_id = old.id;
  DELETE FROM article_bodies WHERE article_id = old.id;
  DELETE FROM article_status WHERE article_id = old.id;
END;
INSERT INTO article_search(article_search, rank) VALUES ('rank', 'bm25(10.0, 1.0, 4.0, 0.0)');
INSERT INTO article_search(article_search, rank) VALUES ('automerge', 16);
INSERT INTO article_search(article_search) VALUES ('rebuild');
DELETE FROM search_backlog;
)sql",
    // 8 -> 9: full articles (FullArticleStore.h). Per feed, whether its article pages are
    // fetched (full_articles: 0 auto, 1 always, 2 never) and what the last refresh saw of it
    // (excerpt_only: its items carry only excerpts, which turns `auto` on). Per article, its
    // page: whether a fetch waits (state 0 waiting, 1 done, 2 failed and waiting for
    // next_attempt, 3 given up), the extracted article and the page's validators. The search
    // index reads the page's text and takeaways where there are any, else the feed's; no row
    // has a page yet, so what the index holds is still exactly what the view gives: no rebuild.
    R"sql(
ALTER TABLE feeds ADD COLUMN full_articles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN excerpt_only INTEGER NOT NULL DEFAULT 0;
CREATE TABLE article_pages(
  article_id INTEGER PRIMARY KEY,
  feed_id INTEGER NOT NULL,
  state INTEGER NOT NULL DEFAULT 0,
  content TEXT,
  text TEXT,
  takeaways TEXT NOT NULL DEFAULT '',
  image TEXT,
  page_url TEXT,
  fetched_at INTEGER,
  etag TEXT,
  last_modified TEXT,
  body_hash TEXT,
  failures INTEGER NOT NULL DEFAULT 0,
  next_attempt INTEGER NOT NULL DEFAULT 0,
  last_error TEXT);
CREATE INDEX pages_waiting ON article_pages(feed_id, next_attempt) WHERE state IN (0, 2);
DROP VIEW article_search_source;
CREATE VIEW article_search_source AS
  SELECT a.id AS id, a.title AS title,
         coalesce(p.text, heraut_plain_text(b.summary, b.content)) AS text,
         CASE WHEN p.takeaways <> '' THEN p.takeaways ELSE b.takeaways END AS takeaways,
         char(1) || 'feed' || a.feed_id AS feed
  FROM articles a JOIN article_bodies b ON b.article_id = a.id
  LEFT JOIN article_pages p ON p.article_id = a.id;
DROP TRIGGER articles_drop_body;
CREATE TRIGGER articles_drop_body AFTER DELETE ON articles BEGIN
  INSERT INTO article_search(article_search, rowid, title, text, takeaways, feed)
    SELECT 'delete', old.id, old.title,
           coalesce(p.text, heraut_plain_text(b.summary, b.content)),
           CASE WHEN p.takeaways <> '' THEN p.takeaways ELSE b.takeaways END,
           char(1) || 'feed' || old.feed_id
    FROM article_bodies b LEFT JOIN article_pages p ON p.article_id = old.id
    WHERE b.article_id = old.id
      AND NOT EXISTS (SELECT 1 FROM search_backlog k WHERE k.article_id = old.id);
  DELETE FROM search_backlog WHERE article_id = old.id;
  DELETE FROM article_bodies WHERE article_id = old.id;
  DELETE FROM article_status WHERE article_id = old.id;
  DELETE FROM article_pages WHERE article_id = old.id;
END;
)sql",
    // 9 -> 10: "Load images" clicked for one article is remembered with that article, beside
    // its read and starred flags, so it still shows its images after a restart.
    R"sql(
ALTER TABLE article_status ADD COLUMN load_images INTEGER NOT NULL DEFAULT 0;
)sql",
    // 10 -> 11: site icons, fetched during a refresh (FeedIcons.h) and kept here so the feed list
    // shows them offline. `source` is the image the feed names; checked_at paces the refetch.
    R"sql(
CREATE TABLE feed_icons(
  feed_id INTEGER PRIMARY KEY REFERENCES feeds(id) ON DELETE CASCADE,
  source TEXT,
  url TEXT,
  image BLOB,
  etag TEXT,
  last_modified TEXT,
  checked_at INTEGER NOT NULL DEFAULT 0);
)sql",
    // 11 -> 12: folders inside folders (OPML nests them, and readers who came from Feedly or
    // Inoreader have them). Names stay unique across the tree, so `folder:NAME`, the CLI's
    // folder names and a feed's folder keep meaning one folder. A parent that goes takes none
    // of its folders along: they move up to the top level.
    R"sql(
ALTER TABLE folders ADD COLUMN parent_id INTEGER REFERENCES folders(id) ON DELETE SET NULL;
)sql",
    // 12 -> 13: the kind of a feed's last failure (FailureKind) and its number (an HTTP
    // status, a size), so the reader words it in its own language; last_error stays the
    // English text the CLI shows. Rows failed before this keep kind 0 and their text.
    R"sql(
ALTER TABLE feeds ADD COLUMN last_error_kind INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN last_error_code INTEGER NOT NULL DEFAULT 0;
)sql",
    // 13 -> 14: stories, the same event reported by several outlets (StoryStore.h). Each article
    // names its story; NULL while it stands alone, so a refresh writes nothing for the many
    // articles no other outlet reports. Every inserted article waits in story_backlog, filled
    // by a trigger so that refresh, sync and any later writer queue it alike; the grouping runs
    // after them (StoryGrouper.h). An existing cache is queued whole and grouped by the first
    // grouping run. A story's id is its smallest article id: when that article goes, the story
    // takes the next one's, so a story id always names one of its articles.
    R"sql(
ALTER TABLE articles ADD COLUMN story_id INTEGER;
CREATE INDEX articles_by_story ON articles(story_id) WHERE story_id IS NOT NULL;
CREATE TABLE story_backlog(article_id INTEGER PRIMARY KEY);
CREATE TRIGGER articles_wait_for_story AFTER INSERT ON articles BEGIN
  INSERT OR IGNORE INTO story_backlog(article_id) VALUES (new.id);
END;
CREATE TRIGGER articles_leave_story AFTER DELETE ON articles BEGIN
  DELETE FROM story_backlog WHERE article_id = old.id;
  UPDATE articles SET story_id = (SELECT min(id) FROM articles WHERE story_id = old.id)
    WHERE old.story_id = old.id AND story_id = old.id;
END;
INSERT INTO story_backlog(article_id) SELECT id FROM articles;
)sql",
    // 14 -> 15: watch-lists and mute rules (WatchLists.h, MuteRules.h).
    // A watch-list's matches are kept, not searched again for every count: a refresh asks the
    // index only about the articles that arrived (rowid > counted_to) and the ones whose text
    // changed (watch_pending, filled by the trigger), so twenty lists over 100 000 articles are
    // recounted in milliseconds; each list keeps its number of matches (total). A mute rule
    // leaves its mark on the status row (1 marked read, 2 hidden as well); mute_state says up to
    // which article the rules were applied, so they apply once, on arrival, and never to what
    // was cached before the rule. A few watch-lists
    // that fit the default sources come with it, once: removed, they stay removed.
    R"sql(
CREATE TABLE watch_lists(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  query TEXT NOT NULL,
  notify INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL DEFAULT 0,
  counted_to INTEGER NOT NULL DEFAULT 0,
  total INTEGER NOT NULL DEFAULT 0);
CREATE TABLE watch_matches(
  watch_id INTEGER NOT NULL REFERENCES watch_lists(id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL,
  PRIMARY KEY(watch_id, article_id)) WITHOUT ROWID;
CREATE INDEX watch_matches_by_article ON watch_matches(article_id);
CREATE TABLE watch_pending(article_id INTEGER PRIMARY KEY);
CREATE TRIGGER watch_body_changed AFTER UPDATE ON article_bodies BEGIN
  INSERT OR IGNORE INTO watch_pending(article_id) VALUES (new.article_id);
END;
CREATE TRIGGER watch_article_gone AFTER DELETE ON articles BEGIN
  UPDATE watch_lists SET total = total - 1
    WHERE id IN (SELECT watch_id FROM watch_matches WHERE article_id = old.id);
  DELETE FROM watch_matches WHERE article_id = old.id;
  DELETE FROM watch_pending WHERE article_id = old.id;
END;
CREATE TABLE mute_rules(
  id INTEGER PRIMARY KEY,
  kind INTEGER NOT NULL,
  pattern TEXT NOT NULL,
  feed_id INTEGER REFERENCES feeds(id) ON DELETE CASCADE,
  folder_id INTEGER REFERENCES folders(id) ON DELETE CASCADE,
  hide INTEGER NOT NULL DEFAULT 0,
  added INTEGER NOT NULL DEFAULT 0);
CREATE TABLE mute_state(applied_to INTEGER NOT NULL);
INSERT INTO mute_state(applied_to) SELECT coalesce(max(id), 0) FROM articles;
ALTER TABLE article_status ADD COLUMN muted INTEGER NOT NULL DEFAULT 0;
CREATE INDEX status_muted ON article_status(article_id) WHERE muted != 0;
INSERT INTO watch_lists(name, query, position) VALUES
  ('F-35', 'F-35 OR F35 OR JSF', 1),
  ('Luchtverdediging', 'Patriot OR NASAMS OR luchtverdediging OR "air defence" OR "air defense"', 2),
  ('Oekraïne', 'Oekraïne OR Oekraïens* OR Ukrain*', 3),
  ('Marine', 'marine OR fregat* OR frigate* OR onderzeeboot* OR navy', 4);
)sql",
    // 15 -> 16: accounts on server readers (issue 12). An account owns feeds, folders and
    // articles that are ordinary rows of their tables, linked to their remote ids here, so lists,
    // search and full articles work on them unchanged. sync_queue keeps the reader's changes
    // until the server confirmed them: read and star changes are queued by the trigger, so every
    // path that marks an article queues, except the sync engine applying the server's state,
    // which holds a row of sync_applying inside its own transaction (no other connection ever
    // sees one). A retired synced article keeps its remote id in retired_articles (its guid).
    R"sql(
CREATE TABLE accounts(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  dialect TEXT NOT NULL DEFAULT 'generic',
  url TEXT NOT NULL,
  user TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  sync_interval INTEGER NOT NULL DEFAULT 1800,
  next_due INTEGER NOT NULL DEFAULT 0,
  last_sync INTEGER,
  last_success INTEGER,
  last_error TEXT,
  UNIQUE(kind, url, user));
CREATE TABLE sync_feeds(
  feed_id INTEGER PRIMARY KEY REFERENCES feeds(id) ON DELETE CASCADE,
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  remote_id TEXT NOT NULL,
  UNIQUE(account_id, remote_id));
CREATE TABLE sync_folders(
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  remote_id TEXT NOT NULL,
  folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
  PRIMARY KEY(account_id, remote_id)) WITHOUT ROWID;
CREATE TABLE sync_articles(
  article_id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  remote_id TEXT NOT NULL,
  UNIQUE(account_id, remote_id));
CREATE TABLE sync_queue(
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  action TEXT NOT NULL,
  remote_id TEXT NOT NULL,
  argument TEXT NOT NULL DEFAULT '',
  article_id INTEGER,
  queued_at INTEGER NOT NULL);
CREATE INDEX sync_queue_by_article ON sync_queue(article_id) WHERE article_id IS NOT NULL;
CREATE TABLE sync_applying(account_id INTEGER PRIMARY KEY);
CREATE TRIGGER articles_drop_sync AFTER DELETE ON articles BEGIN
  DELETE FROM sync_articles WHERE article_id = old.id;
END;
CREATE TRIGGER sync_queue_read AFTER UPDATE OF read ON article_status
  WHEN new.read <> old.read AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
  DELETE FROM sync_queue WHERE article_id = new.article_id AND action IN ('read', 'unread');
  INSERT INTO sync_queue(account_id, action, remote_id, article_id, queued_at)
    SELECT s.account_id, CASE new.read WHEN 0 THEN 'unread' ELSE 'read' END, s.remote_id,
           s.article_id, unixepoch()
    FROM sync_articles s WHERE s.article_id = new.article_id;
END;
CREATE TRIGGER sync_queue_star AFTER UPDATE OF starred ON article_status
  WHEN new.starred <> old.starred AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
  DELETE FROM sync_queue WHERE article_id = new.article_id AND action IN ('star', 'unstar');
  INSERT INTO sync_queue(account_id, action, remote_id, article_id, queued_at)
    SELECT s.account_id, CASE new.starred WHEN 0 THEN 'unstar' ELSE 'star' END, s.remote_id,
           s.article_id, unixepoch()
    FROM sync_articles s WHERE s.article_id = new.article_id;
END;
)sql",
    // 16 -> 17: each watch-list keeps its unread count beside its total, both as its list
    // shows them (hidden articles in neither), so the counts after a refresh read twenty rows
    // instead of joining the unread articles to a million matches (265 ms over 100 000). A
    // match keeps its article's date, so that a list with since: is counted from its matches
    // without reading the wide article rows (articles never change their sort_date); no index
    // on it, which would cost each refresh an insert per match. The
    // store adds what it matches (WatchLists.cpp); the triggers follow reading, muting and
    // removal; the status trigger asks the matches' index first, since most articles are in
    // no list (marking 160 000 read: 0.30 s against 0.55 s without, 0.20 s with no trigger).
    // The removal trigger runs before the article's row goes, while its status (which
    // articles_drop_body removes) still says what it was counted as.
    R"sql(
ALTER TABLE watch_lists ADD COLUMN unread INTEGER NOT NULL DEFAULT 0;
ALTER TABLE watch_matches ADD COLUMN sort_date INTEGER NOT NULL DEFAULT 0;
UPDATE watch_matches SET sort_date = coalesce(
  (SELECT sort_date FROM articles WHERE id = watch_matches.article_id), 0);
UPDATE watch_lists SET
  total = (SELECT count(*) FROM watch_matches m JOIN article_status s
           ON s.article_id = m.article_id WHERE m.watch_id = watch_lists.id AND s.muted < 2),
  unread = (SELECT count(*) FROM watch_matches m JOIN article_status s
            ON s.article_id = m.article_id
            WHERE m.watch_id = watch_lists.id AND s.muted < 2 AND s.read = 0);
DROP TRIGGER watch_article_gone;
CREATE TRIGGER watch_article_gone BEFORE DELETE ON articles BEGIN
  UPDATE watch_lists SET
    total = total - coalesce((SELECT muted < 2 FROM article_status WHERE article_id = old.id), 0),
    unread = unread - coalesce((SELECT muted < 2 AND read = 0 FROM article_status
                                WHERE article_id = old.id), 0)
    WHERE id IN (SELECT watch_id FROM watch_matches WHERE article_id = old.id);
  DELETE FROM watch_matches WHERE article_id = old.id;
  DELETE FROM watch_pending WHERE article_id = old.id;
END;
CREATE TRIGGER watch_status_changed AFTER UPDATE OF read, muted ON article_status
  WHEN ((new.muted < 2) <> (old.muted < 2)
    OR (new.read = 0 AND new.muted < 2) <> (old.read = 0 AND old.muted < 2))
    AND EXISTS (SELECT 1 FROM watch_matches WHERE article_id = new.article_id) BEGIN
  UPDATE watch_lists SET
    total = total + (new.muted < 2) - (old.muted < 2),
    unread = unread + (new.read = 0 AND new.muted < 2) - (old.read = 0 AND old.muted < 2)
    WHERE id IN (SELECT watch_id FROM watch_matches WHERE article_id = new.article_id);
END;
)sql",
    // 17 -> 18: what story grouping reads of each article (StoryFeatures.h), stored when it is
    // first grouped, so that later runs read these rows instead of splitting every article of
    // the 72 h window into words again. Rows are dropped when the article's link, guid or text
    // changes (recomputed by the next run that needs them) and when it goes. Left empty
    // here: articles without a row are read from their text and get one then.
    R"sql(
CREATE TABLE story_features(
  article_id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL,
  link_key INTEGER NOT NULL,
  guid_key INTEGER NOT NULL,
  sim_hash INTEGER NOT NULL,
  shingles INTEGER NOT NULL,
  terms BLOB NOT NULL);
CREATE TRIGGER story_features_article_changed
  AFTER UPDATE OF guid, link, title ON articles
  WHEN new.guid IS NOT old.guid OR new.link IS NOT old.link OR new.title IS NOT old.title BEGIN
  DELETE FROM story_features WHERE article_id = new.id;
END;
CREATE TRIGGER story_features_body_changed
  AFTER UPDATE OF summary, content, takeaways ON article_bodies
  WHEN new.summary IS NOT old.summary OR new.content IS NOT old.content
    OR new.takeaways IS NOT old.takeaways BEGIN
  DELETE FROM story_features WHERE article_id = new.article_id;
END;
CREATE TRIGGER story_features_article_gone AFTER DELETE ON articles BEGIN
  DELETE FROM story_features WHERE article_id = old.id;
END;
)sql",
    // 18 -> 19: why an account's last sync failed, as a kind (syncErrorKindName: "wrong-password",
    // "unreachable", ...) beside the English text, so the GUI can word it in the reader's
    // language. NULL: the sync worked, failed in the cache, or failed before kinds were kept.
    R"sql(
ALTER TABLE accounts ADD COLUMN last_error_kind TEXT;
)sql",
    // 19 -> 20: where a mute rule looks (MuteRule::Field): 0 the headline or text, as every
    // rule made before looked; 1 the headline only; 2 the text and takeaways only.
    R"sql(
ALTER TABLE mute_rules ADD COLUMN field INTEGER NOT NULL DEFAULT 0;
)sql",
    // 20 -> 21: a watch-list's matches by date, so that its first page (and each next one)
    // is a walk down this index that stops after a page, newest first (ArticleStore::list),
    // instead of gathering every match: 60 000 matches of 100 000 articles took 90-330 ms
    // a page on the reader's thread. Costs a refresh one index entry per new match.
    R"sql(
CREATE INDEX watch_matches_by_date ON watch_matches(watch_id, sort_date, article_id);
)sql",
    // 21 -> 22: a watch-list's matches keyed by date (watch_id, sort_date, article_id), the
    // order its pages walk, instead of a key by article beside an index by date: one B-tree
    // less to update for every match a refresh adds (11 400 for 1 000 new articles over
    // twenty lists, bench_desk), and the store adds them in this key's order. A list holds an
    // article once all the same: an article never changes its sort_date. The triggers that
    // name the table are made again as they were, since the table is replaced.
    R"sql(
DROP TRIGGER watch_article_gone;
DROP TRIGGER watch_status_changed;
CREATE TABLE watch_matches_keyed(
  watch_id INTEGER NOT NULL REFERENCES watch_lists(id) ON DELETE CASCADE,
  sort_date INTEGER NOT NULL,
  article_id INTEGER NOT NULL,
  PRIMARY KEY(watch_id, sort_date, article_id)) WITHOUT ROWID;
INSERT INTO watch_matches_keyed(watch_id, sort_date, article_id)
  SELECT watch_id, sort_date, article_id FROM watch_matches
  ORDER BY watch_id, sort_date, article_id;
DROP TABLE watch_matches;
ALTER TABLE watch_matches_keyed RENAME TO watch_matches;
CREATE INDEX watch_matches_by_article ON watch_matches(article_id);
CREATE TRIGGER watch_article_gone BEFORE DELETE ON articles BEGIN
  UPDATE watch_lists SET
    total = total - coalesce((SELECT muted < 2 FROM article_status WHERE article_id = old.id), 0),
    unread = unread - coalesce((SELECT muted < 2 AND read = 0 FROM article_status
                                WHERE article_id = old.id), 0)
    WHERE id IN (SELECT watch_id FROM watch_matches WHERE article_id = old.id);
  DELETE FROM watch_matches WHERE article_id = old.id;
  DELETE FROM watch_pending WHERE article_id = old.id;
END;
CREATE TRIGGER watch_status_changed AFTER UPDATE OF read, muted ON article_status
  WHEN ((new.muted < 2) <> (old.muted < 2)
    OR (new.read = 0 AND new.muted < 2) <> (old.read = 0 AND old.muted < 2))
    AND EXISTS (SELECT 1 FROM watch_matches WHERE article_id = new.article_id) BEGIN
  UPDATE watch_lists SET
    total = total + (new.muted < 2) - (old.muted < 2),
    unread = unread + (new.read = 0 AND new.muted < 2) - (old.read = 0 AND old.muted < 2)
    WHERE id IN (SELECT watch_id FROM watch_matches WHERE article_id = new.article_id);
END;
)sql",
    // The derived text (heraut_plain_text, StoredText.h) separates table cells with " | " and
    // ends a line after captions and definition lists: "Schip | In dienst" where it read
    // "SchipIn dienst". The index holds the old words and must be told the same ones to
    // forget an article, so it is rebuilt from the new text.
    R"sql(
INSERT INTO article_search(article_search) VALUES ('rebuild');
)sql",
    // 23 -> 24: whether an article's headline reports a suspension (a fleet grounded, training
    // halted) and whether its outlet marks it as commentary (StoryFeatures.h). Rows stored
    // before it are of an older features version and are computed again from the text when
    // grouping next reads them.
    R"sql(
ALTER TABLE story_features ADD COLUMN suspension INTEGER NOT NULL DEFAULT 0;
ALTER TABLE story_features ADD COLUMN commentary INTEGER NOT NULL DEFAULT 0;
)sql",
    // 24 -> 25: whether an article's headline reports a repeat, another incident like one
    // shortly before it, and whether it reports a protest (StoryFeatures.h). Stored rows are of
    // an older features version and are computed again from the text when grouping next reads
    // them.
    R"sql(
ALTER TABLE story_features ADD COLUMN repeat INTEGER NOT NULL DEFAULT 0;
ALTER TABLE story_features ADD COLUMN protest INTEGER NOT NULL DEFAULT 0;
)sql",
    // 25 -> 26: the language an article is written in, Dutch or English (StoryFeatures.h: a
    // Dutch and an English report of one event share fewer words). Stored rows are of an older
    // features version and are computed again from the text when grouping next reads them.
    R"sql(
ALTER TABLE story_features ADD COLUMN language INTEGER NOT NULL DEFAULT 0;
)sql",
};

} // namespace heraut::schema
