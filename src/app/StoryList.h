// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/ArticleStore.h"
#include "heraut/StoryStore.h"

#include <QVariant>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace heraut::app {

// The article list in story mode: one row per story, the same event from several outlets.
// The list's pages are read as in article mode, newest first; an article whose story already
// has a row is left out, so the row of a story is the first of its articles the list reads in
// its order (the newest, newest first) and the story shows where that report would. The row
// shows the story's headline (its earliest report's), how many sources told it and that
// report's date; reading it marks the whole story read, or only
// the article opened (markWholeStory).
class StoryList {
  public:
    explicit StoryList(Database& db) : m_store(db) {}

    void clear();
    // Leaves out of `page` the articles of stories already shown and notes the rest.
    void collapse(std::vector<ArticleHeadline>& page);
    // Where the next page starts: after the last article read, shown or not.
    std::optional<std::pair<std::int64_t, std::int64_t>> cursor() const { return m_cursor; }
    void noteCursor(const std::vector<ArticleHeadline>& page);

    // The story whose row is this article's; nothing for an article shown alone.
    const StorySummary* storyOfRow(std::int64_t articleId) const;
    // What the list shows for the row in story mode; invalid where it shows the article's own.
    QVariant data(const ArticleHeadline& row, int column, int role) const;
    // The articles that "read" (or "unread") on this row marks, and the row's story updated.
    std::vector<std::int64_t> marks(std::int64_t articleId, bool read);
    // A report opened below the story's row (ArticleListModel::setExpanded) was marked alone:
    // the row's count of unread reports follows.
    void reportMarked(std::int64_t rowArticleId, bool read);
    bool rowRead(const ArticleHeadline& row) const;

    void setMarkWholeStory(bool whole) { m_markWholeStory = whole; }
    bool markWholeStory() const { return m_markWholeStory; }

  private:
    StoryStore m_store;
    std::unordered_map<std::int64_t, StorySummary> m_byRow; // by the row's article id
    std::unordered_set<std::int64_t> m_shownStories;
    std::optional<std::pair<std::int64_t, std::int64_t>> m_cursor;
    bool m_markWholeStory = true;
};

} // namespace heraut::app
