// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/Briefing.h"

#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"
#include "heraut/WatchLists.h"

#include <algorithm>
#include <ctime>
#include <map>
#include <set>

namespace heraut {
namespace {

// The window's articles, newest first, as ArticleStore lists them (hidden ones left out).
ArticleQuery windowQuery(const BriefingOptions& options, ArticleQuery query) {
    query.since = std::max(query.since.value_or(options.since), options.since);
    query.before = std::pair<std::int64_t, std::int64_t>{options.until, 0}; // sortDate < until
    if (options.folder) query.folder = options.folder;
    query.limit = options.maxArticles;
    return query;
}

// Articles of one story become one item; without a story each is its own.
std::vector<BriefingItem> itemsOf(const std::vector<const ArticleHeadline*>& articles,
                                  const std::map<std::int64_t, std::int64_t>& storyOf) {
    std::vector<BriefingItem> items;
    std::map<std::int64_t, size_t> byStory;
    // Oldest first, so that an item's title and first source are the first report.
    for (auto it = articles.rbegin(); it != articles.rend(); ++it) {
        const ArticleHeadline& a = **it;
        std::int64_t story = storyOf.at(a.id);
        BriefingSource source{a.id, a.feedTitle, a.link};
        if (story != 0) {
            auto [found, added] = byStory.emplace(story, items.size());
            if (!added) {
                BriefingItem& item = items[found->second];
                item.sources.push_back(std::move(source));
                item.newest = std::max(item.newest, a.sortDate);
                if (item.keyTakeaways.empty()) item.keyTakeaways = a.keyTakeaways;
                continue;
            }
        }
        items.push_back({story, a.title, {std::move(source)}, a.keyTakeaways, a.sortDate});
    }
    std::stable_sort(items.begin(), items.end(), [](const BriefingItem& x, const BriefingItem& y) {
        return x.newest > y.newest;
    });
    return items;
}

} // namespace

void nameWatchListSections(Briefing& briefing, const std::vector<WatchList>& lists,
                           const std::function<std::string(const WatchList&)>& name) {
    for (BriefingSection& section : briefing.sections) {
        if (section.kind != BriefingSection::Kind::WatchList) continue;
        auto list = std::find_if(lists.begin(), lists.end(),
                                 [&](const WatchList& l) { return l.name == section.name; });
        if (list != lists.end()) section.name = name(*list);
    }
}

std::pair<std::int64_t, std::int64_t> localDay(std::int64_t time) {
    std::time_t t = static_cast<std::time_t>(time);
    std::tm local{};
    localtime_r(&t, &local);
    local.tm_hour = local.tm_min = local.tm_sec = 0;
    local.tm_isdst = -1;
    std::time_t start = std::mktime(&local);
    local.tm_mday += 1; // mktime normalises, and finds the next midnight across a DST change
    local.tm_isdst = -1;
    return {static_cast<std::int64_t>(start), static_cast<std::int64_t>(std::mktime(&local))};
}

Briefing buildBriefing(Database& db, const BriefingOptions& options, std::int64_t now) {
    FeedStore feeds(db);
    ArticleStore store(db);
    WatchListStore watch(db);
    std::vector<Folder> folders = feeds.folders();
    if (options.folder && !feeds.hasFolder(*options.folder))
        throw BriefingError("no folder named \"" + *options.folder + "\"");
    std::vector<WatchList> lists = watch.lists();
    if (options.watchList) {
        std::optional<WatchList> only = watch.find(*options.watchList);
        if (!only) throw BriefingError("no watch-list named \"" + *options.watchList + "\"");
        lists = {*only};
    }
    if (!db.readOnly()) watch.updateMatches(now);

    Briefing briefing{options.since, options.until, {}, 0};
    ArticleQuery everything = windowQuery(options, {});
    everything.withTakeaways = true;
    std::vector<ArticleHeadline> articles = store.list(everything);
    std::set<std::int64_t> placed;
    std::map<std::int64_t, const ArticleHeadline*> byId;
    // A story goes whole under the first list that matches one of its reports, so that it is
    // one item with all its sources, not split between a list and a folder.
    std::map<std::int64_t, std::vector<const ArticleHeadline*>> reportsOfStory;
    std::map<std::int64_t, std::int64_t> storyOfArticle;
    for (const ArticleHeadline& a : articles) {
        byId[a.id] = &a;
        std::optional<std::int64_t> story = options.storyOf ? options.storyOf(a.id) : std::nullopt;
        storyOfArticle[a.id] = story.value_or(0);
        if (story && *story != 0) reportsOfStory[*story].push_back(&a);
    }
    auto reportsOf = [&](std::int64_t id) {
        std::int64_t story = storyOfArticle[id];
        return story != 0 ? reportsOfStory[story] : std::vector<const ArticleHeadline*>{byId[id]};
    };
    for (const WatchList& list : lists) {
        std::vector<const ArticleHeadline*> mine;
        ArticleQuery query;
        try {
            query = windowQuery(options, watch.articleQuery(list, now));
        } catch (const std::exception&) {
            continue; // a stored query that no longer reads has nothing to show
        }
        for (const ArticleHeadline& match : store.list(query))
            if (byId.count(match.id))
                for (const ArticleHeadline* report : reportsOf(match.id))
                    if (placed.insert(report->id).second) mine.push_back(report);
        std::sort(mine.begin(), mine.end()); // back in the window's order: newest first
        if (!mine.empty())
            briefing.sections.push_back(
                {BriefingSection::Kind::WatchList, list.name, itemsOf(mine, storyOfArticle)});
    }
    if (!options.watchList) {
        std::map<std::int64_t, std::optional<std::string>> folderOf;
        for (const Feed& feed : feeds.feeds())
            folderOf[feed.id] = feed.folderName;
        std::map<std::string, std::vector<const ArticleHeadline*>> byFolder;
        std::vector<const ArticleHeadline*> none;
        // A story told in feeds of several folders goes whole under its first report's folder,
        // as one item: oldest first, so the first report places it.
        for (auto it = articles.rbegin(); it != articles.rend(); ++it) {
            const auto& folder = folderOf[it->feedId];
            auto& section = folder ? byFolder[*folder] : none;
            for (const ArticleHeadline* report : reportsOf(it->id))
                if (placed.insert(report->id).second) section.push_back(report);
        }
        std::sort(none.begin(), none.end()); // back in the window's order: newest first
        for (const Folder& folder : folders) {
            auto& section = byFolder[folder.name];
            std::sort(section.begin(), section.end());
            if (!section.empty())
                briefing.sections.push_back(
                    {BriefingSection::Kind::Folder, folder.name, itemsOf(section, storyOfArticle)});
        }
        if (!none.empty())
            briefing.sections.push_back(
                {BriefingSection::Kind::NoFolder, {}, itemsOf(none, storyOfArticle)});
    }
    for (const BriefingSection& section : briefing.sections)
        for (const BriefingItem& item : section.items)
            briefing.articles += static_cast<int>(item.sources.size());
    return briefing;
}

} // namespace heraut
