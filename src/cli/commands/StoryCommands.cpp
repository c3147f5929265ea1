// SPDX-License-Identifier: GPL-3.0-or-later
// Stories, the same event from several outlets: list --stories and show-story.
#include "Commands.h"
#include "FeedJson.h"
#include "Library.h"
#include "heraut/FeedStore.h"
#include "heraut/StoryGrouper.h"
#include "heraut/StoryStore.h"

#include <iostream>
#include <map>
#include <unordered_set>

namespace heraut::cli {
namespace {

nlohmann::ordered_json storyJson(const StorySummary& s) {
    return {{"story_id", s.id},
            {"title", s.title},
            {"articles", s.articles},
            {"feeds", s.feeds},
            {"first_seen", timestampJson(s.firstSeen)},
            {"unread", s.unread}};
}

// A story's id is its first article's, so the id of a later report, as list and search give
// it, is no story's: the message names the story it is in.
std::string unknownStory(StoryStore& stories, std::int64_t id) {
    std::string text = "no story with id " + std::to_string(id);
    if (std::optional<std::int64_t> owner = stories.storyOf(id); owner && *owner != id) {
        std::string story = std::to_string(*owner);
        text += "; article " + std::to_string(id) + " is in story " + story + " (show-story " +
                story + ")";
    }
    return text;
}

std::string sources(size_t count) {
    return std::to_string(count) + (count == 1 ? " source" : " sources");
}

class ShowStoryCommand : public Command {
  public:
    const char* name() const override { return "show-story"; }
    const char* summary() const override {
        return "Show a story: each outlet's headline, date, link and key takeaways";
    }
    void configure(CLI::App& app) override {
        app.add_option("id", m_id, "Story id (from list --stories)")->required();
        app.add_flag("--json", m_json, "Print JSON");
    }
    int execute(const GlobalOptions& global) override {
        std::int64_t id = parseId(m_id, "story");
        auto db = openDatabaseForReading(global);
        groupWaitingStoriesIfWritable(*db);
        StoryStore stories(*db);
        auto story = stories.story(id);
        if (!story) throw UsageError(unknownStory(stories, id));
        ArticleStore articles(*db);
        std::vector<StoredArticle> items;
        for (std::int64_t articleId : story->articles)
            if (auto a = articles.article(articleId)) items.push_back(std::move(*a));
        if (m_json) return printJson(*story, items);
        std::cout << story->title << '\n'
                  << sources(story->feeds.size()) << " · " << localTime(story->newest) << '\n';
        for (const StoredArticle& a : items) {
            std::cout << '\n'
                      << a.feedTitle << " · " << localTime(a.sortDate)
                      << (a.read ? "" : " · unread") << " · article " << a.id << '\n'
                      << a.article.title << '\n';
            if (a.article.link) std::cout << *a.article.link << '\n';
            for (const std::string& t : a.article.keyTakeaways)
                std::cout << "  • " << t << '\n';
        }
        return kSuccess;
    }

  private:
    int printJson(const StorySummary& story, const std::vector<StoredArticle>& items) {
        nlohmann::ordered_json json = storyJson(story);
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const StoredArticle& a : items)
            list.push_back(headlineJson({a.id, a.feedId, a.feedTitle, a.article.title,
                                         a.article.link, a.article.published, a.sortDate, a.read,
                                         a.starred, a.article.keyTakeaways}));
        json["items"] = std::move(list);
        std::cout << json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        return kSuccess;
    }

    std::string m_id;
    bool m_json = false;
};

} // namespace

namespace {

// A watch-list's stories: those of its articles, newest first, each once (as the reader's list
// shows them in story mode, StoryList.h), read a page of articles at a time.
std::vector<StorySummary> watchListStories(Database& db, ArticleQuery query) {
    ArticleStore articles(db);
    StoryStore store(db);
    std::vector<StorySummary> out;
    std::unordered_set<std::int64_t> seen;
    const size_t wanted = static_cast<size_t>(query.limit);
    query.limit = 500;
    for (;;) {
        std::vector<ArticleHeadline> page = articles.list(query);
        std::vector<std::int64_t> ids;
        for (const ArticleHeadline& a : page)
            ids.push_back(a.id);
        std::vector<std::int64_t> stories = store.storiesOf(ids);
        std::vector<std::int64_t> fresh;
        for (size_t k = 0; k < page.size() && out.size() + fresh.size() < wanted; ++k) {
            std::int64_t story = stories[k] != 0 ? stories[k] : page[k].id;
            if (seen.insert(story).second) fresh.push_back(story);
        }
        for (std::optional<StorySummary>& summary : store.stories(fresh)) // one statement
            if (summary) out.push_back(std::move(*summary));
        if (out.size() >= wanted || page.size() < static_cast<size_t>(query.limit)) return out;
        query.before = {{page.back().sortDate, page.back().id}};
    }
}

} // namespace

int listStories(const GlobalOptions& global, const ArticleQuery& query, const std::string& watch,
                bool json) {
    // Stars belong to articles; a story list of starred ones would mean neither.
    if (query.starredOnly) throw UsageError("--stories and --starred do not go together");
    auto db = openDatabaseForReading(global);
    if (query.feedId) requireFeedExists(*db, *query.feedId);
    if (query.folder) requireFolderExists(*db, *query.folder);
    groupWaitingStoriesIfWritable(*db);
    auto stories = !watch.empty() ? watchListStories(*db, withWatchList(*db, watch, query))
                                  : StoryStore(*db).list({.feedId = query.feedId,
                                                          .folder = query.folder,
                                                          .unreadOnly = query.unreadOnly,
                                                          .since = query.since,
                                                          .limit = query.limit});
    if (json) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const StorySummary& s : stories)
            list.push_back(storyJson(s));
        std::cout << list.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        return kSuccess;
    }
    for (const StorySummary& s : stories)
        std::cout << s.id << '\t' << (s.unread > 0 ? 'N' : ' ') << '\t' << localTime(s.newest)
                  << '\t' << sources(s.feeds.size()) << '\t' << s.title << '\n';
    return kSuccess;
}

std::unique_ptr<Command> makeShowStoryCommand() {
    return std::make_unique<ShowStoryCommand>();
}

} // namespace heraut::cli
