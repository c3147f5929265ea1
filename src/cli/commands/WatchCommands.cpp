// SPDX-License-Identifier: GPL-3.0-or-later
// Watch-lists: watch add, watch remove, watch list.
#include "Commands.h"
#include "Library.h"
#include "heraut/AsciiCase.h"
#include "heraut/SearchQuery.h"
#include "heraut/WatchLists.h"

#include <iostream>
#include <optional>

namespace heraut::cli {
namespace {

class WatchCommand : public Command {
  public:
    const char* name() const override { return "watch"; }
    const char* summary() const override {
        return "Watch-lists: saved searches with unread counts (watch add|remove|list)";
    }
    void configure(CLI::App& app) override {
        app.require_subcommand(1);
        m_add = app.add_subcommand("add", "Add a watch-list: a name and a search "
                                          "(patriot OR nasams, \"f-35\" -turkije, folder:F)");
        m_add->add_option("name", m_name, "Its name in the feed tree")->required();
        m_add->add_option("query", m_query, "What it looks for")->required()->expected(1, -1);
        m_add->add_flag("--notify", m_notify, "A desktop notification when new matches arrive");
        m_remove = app.add_subcommand("remove", "Remove a watch-list (its articles stay)");
        m_remove->add_option("name", m_name, "Its name")->required();
        m_list = app.add_subcommand("list", "Watch-lists with their unread and total counts");
        m_list->add_flag("--json", m_json, "Print JSON");
    }
    int execute(const GlobalOptions& global) override {
        if (m_add->parsed()) return add(global);
        if (m_remove->parsed()) return remove(global);
        return list(global);
    }

  private:
    int add(const GlobalOptions& global) {
        std::string query;
        for (const std::string& part : m_query)
            query += (query.empty() ? "" : " ") + part;
        auto db = openDatabase(global);
        try {
            WatchList made = WatchListStore(*db).add(m_name, query, m_notify, currentTime());
            std::cerr << "added watch-list \"" << made.name << "\" ("
                      << articleCount(WatchListStore(*db).counts(currentTime())[made.id].total)
                      << ")\n";
        } catch (const WatchListError& error) {
            throw UsageError(std::string("watch add: ") + error.what());
        } catch (const SearchQueryError& error) {
            throw UsageError(std::string("watch add: ") + error.what());
        }
        return kSuccess;
    }

    int remove(const GlobalOptions& global) {
        auto db = openDatabase(global);
        WatchListStore store(*db);
        // Found by a name alike ("oekraine" for "Oekraïne"): said which one went.
        std::optional<WatchList> found = store.find(m_name);
        if (!found || !store.remove(m_name))
            throw UsageError("no watch-list named \"" + m_name + "\"");
        std::cerr << "removed watch-list \"" << found->name << "\"\n";
        return kSuccess;
    }

    int list(const GlobalOptions& global) {
        auto db = openDatabaseForReading(global);
        WatchListStore store(*db);
        if (!db->readOnly()) store.updateMatches(currentTime()); // after a cancelled refresh
        auto counts = store.counts(currentTime());
        nlohmann::ordered_json json = nlohmann::ordered_json::array();
        for (const WatchList& list : store.lists()) {
            const WatchListCount& count = counts[list.id];
            if (!m_json) {
                std::cout << list.name << '\t' << count.unread << '\t' << count.total << '\t'
                          << list.query << (list.notify ? "\tnotify" : "") << '\n';
                continue;
            }
            json.push_back({{"id", list.id},
                            {"name", list.name},
                            {"query", list.query},
                            {"notify", list.notify},
                            {"unread", count.unread},
                            {"total", count.total}});
        }
        if (m_json)
            std::cout << json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        return kSuccess;
    }

    CLI::App* m_add = nullptr;
    CLI::App* m_remove = nullptr;
    CLI::App* m_list = nullptr;
    std::string m_name;
    std::vector<std::string> m_query;
    bool m_notify = false;
    bool m_json = false;
};

} // namespace

ArticleQuery withWatchList(Database& db, const std::string& name, const ArticleQuery& options) {
    WatchListStore store(db);
    std::optional<WatchList> list = store.find(name);
    if (!list) throw UsageError("no watch-list named \"" + name + "\" (watch list)");
    if (!db.readOnly()) store.updateMatches(currentTime());
    ArticleQuery query;
    try {
        query = store.articleQuery(*list, currentTime());
    } catch (const SearchQueryError& error) {
        throw UsageError("watch-list \"" + name + "\": " + error.what());
    }
    if (options.feedId && query.feedId && options.feedId != query.feedId)
        query.limit = 0; // two different feeds: nothing is in both
    query.feedId = options.feedId ? options.feedId : query.feedId;
    if (options.folder && query.folder && asciiLower(*options.folder) != asciiLower(*query.folder))
        query.limit = 0;
    if (options.folder) query.folder = options.folder;
    query.unreadOnly |= options.unreadOnly;
    query.starredOnly |= options.starredOnly;
    query.since = std::max(query.since, options.since);
    query.limit = query.limit == 0 ? 0 : options.limit;
    query.withTakeaways = options.withTakeaways;
    return query;
}

std::unique_ptr<Command> makeWatchCommand() {
    return std::make_unique<WatchCommand>();
}

} // namespace heraut::cli
