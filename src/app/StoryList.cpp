// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoryList.h"

#include "ArticleListModel.h"

#include <QCoreApplication>
#include <QFont>
#include <algorithm>

namespace heraut::app {

void StoryList::clear() {
    m_byRow.clear();
    m_shownStories.clear();
    m_cursor.reset();
}

void StoryList::noteCursor(const std::vector<ArticleHeadline>& page) {
    if (!page.empty()) m_cursor = std::pair(page.back().sortDate, page.back().id);
}

void StoryList::collapse(std::vector<ArticleHeadline>& page) {
    noteCursor(page);
    std::vector<std::int64_t> ids;
    ids.reserve(page.size());
    for (const ArticleHeadline& h : page)
        ids.push_back(h.id);
    std::vector<std::int64_t> stories = m_store.storiesOf(ids);
    std::vector<ArticleHeadline> kept;
    std::vector<std::int64_t> newStories;
    for (size_t i = 0; i < page.size(); ++i) {
        if (!m_shownStories.insert(stories[i]).second) continue;
        newStories.push_back(stories[i]);
        kept.push_back(std::move(page[i]));
    }
    std::vector<std::optional<StorySummary>> read = m_store.stories(newStories);
    for (size_t i = 0; i < kept.size(); ++i)
        if (read[i] && read[i]->articles.size() > 1) m_byRow[kept[i].id] = std::move(*read[i]);
    page = std::move(kept);
}

const StorySummary* StoryList::storyOfRow(std::int64_t articleId) const {
    auto it = m_byRow.find(articleId);
    return it == m_byRow.end() ? nullptr : &it->second;
}

QVariant StoryList::data(const ArticleHeadline& row, int column, int role) const {
    const StorySummary* story = storyOfRow(row.id);
    if (!story) return {};
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(story->unread > 0);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    switch (column) {
    case ArticleListModel::TitleColumn:
        return (row.starred ? QStringLiteral("★ ") : QString()) +
               QString::fromStdString(story->title);
    case ArticleListModel::SourceColumn:
        // The story pane's string and context, so that one translation serves both.
        return QCoreApplication::translate("heraut::app::StoryMode", "%n source(s)", nullptr,
                                           static_cast<int>(story->feeds.size()));
    case ArticleListModel::DateColumn:
        // The row's own report's, by which the list is ordered (newest first: the newest of the
        // story the list holds). The story's newest may be in a feed outside it (another folder).
        return role == Qt::DisplayRole ? ArticleListModel::shortDate(row.sortDate) : QVariant();
    }
    return {};
}

std::vector<std::int64_t> StoryList::marks(std::int64_t articleId, bool read) {
    auto it = m_byRow.find(articleId);
    if (it == m_byRow.end() || !m_markWholeStory) {
        if (it != m_byRow.end())
            it->second.unread = std::max(0, it->second.unread + (read ? -1 : 1));
        return {articleId};
    }
    it->second.unread = read ? 0 : static_cast<int>(it->second.articles.size());
    return it->second.articles;
}

void StoryList::reportMarked(std::int64_t rowArticleId, bool read) {
    auto it = m_byRow.find(rowArticleId);
    if (it == m_byRow.end()) return;
    int reports = static_cast<int>(it->second.articles.size());
    it->second.unread = std::clamp(it->second.unread + (read ? -1 : 1), 0, reports);
}

bool StoryList::rowRead(const ArticleHeadline& row) const {
    const StorySummary* story = storyOfRow(row.id);
    return story ? story->unread == 0 : row.read;
}

} // namespace heraut::app
