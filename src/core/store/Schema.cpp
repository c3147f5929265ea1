// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

namespace heraut::schema {

const std::array<std::string_view, 3> kMigrations = {
    // 0 -> 1: folders, feeds and articles with their read state.
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
  summary TEXT,
  content TEXT,
  text TEXT NOT NULL DEFAULT '',
  takeaways TEXT NOT NULL DEFAULT '',
  categories TEXT NOT NULL DEFAULT '',
  enclosures TEXT NOT NULL DEFAULT '[]',
  first_seen INTEGER NOT NULL,
  sort_date INTEGER NOT NULL,
  read INTEGER NOT NULL DEFAULT 0,
  starred INTEGER NOT NULL DEFAULT 0,
  read_time INTEGER,
  fingerprint INTEGER NOT NULL DEFAULT 0,
  UNIQUE(feed_id, guid));
CREATE INDEX articles_by_date ON articles(sort_date DESC, id DESC);
CREATE INDEX articles_by_feed_date ON articles(feed_id, sort_date DESC, id DESC);
CREATE INDEX articles_unread ON articles(feed_id) WHERE read = 0;
CREATE INDEX articles_starred ON articles(feed_id) WHERE starred = 1;
)sql",
    // 1 -> 2: full-text search over title, text and takeaways, diacritics folded so that
    // "Oekraine" finds "Oekraïne". Kept in step by triggers that fire on content only, so
    // marking read never touches the index.
    R"sql(
CREATE VIRTUAL TABLE article_search USING fts5(
  title, text, takeaways,
  content='articles', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2',
  prefix='2 3');
CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
  INSERT INTO article_search(rowid, title, text, takeaways)
  VALUES (new.id, new.title, new.text, new.takeaways);
END;
CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
  INSERT INTO article_search(article_search, rowid, title, text, takeaways)
  VALUES ('delete', old.id, old.title, old.text, old.takeaways);
END;
CREATE TRIGGER articles_search_update AFTER UPDATE OF title, text, takeaways ON articles BEGIN
  INSERT INTO article_search(article_search, rowid, title, text, takeaways)
  VALUES ('delete', old.id, old.title, old.text, old.takeaways);
  INSERT INTO article_search(rowid, title, text, takeaways)
  VALUES (new.id, new.title, new.text, new.takeaways);
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
};

} // namespace heraut::schema
