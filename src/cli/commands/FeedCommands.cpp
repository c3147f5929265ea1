// SPDX-License-Identifier: GPL-3.0-or-later
// Managing subscriptions: add, remove, rename, move.
#include "Commands.h"
#include "Library.h"
#include "heraut/AccountStore.h"
#include "heraut/FeedStore.h"
#include "heraut/FeedUrl.h"
#include "heraut/Subscriptions.h"

#include <algorithm>
#include <iostream>

namespace heraut::cli {
namespace {

Feed requireFeed(FeedStore& store, std::int64_t id) {
    auto feed = store.feed(id);
    if (!feed) throw UsageError("no feed with id " + std::to_string(id));
    return *feed;
}

class AddCommand : public Command {
  public:
    const char* name() const override { return "add"; }
    const char* summary() const override {
        return "Subscribe to a feed URL (a web page URL finds the page's feed)";
    }
    void configure(CLI::App& app) override {
        app.add_option("url", m_request.url, "Feed or web page URL")->required();
        app.add_option("--folder", m_folder, "Folder to put it in");
        app.add_option("--title", m_title, "Your own name for it");
        app.add_option("--choice", m_request.choice,
                       "Which of the page's feeds to take when it offers several (0 = first)");
        app.add_flag("--create", m_create,
                     "Create the database (with the default sources) if it does not exist");
        addFullArticlesOption(app, m_fullArticles);
        m_accountOption = app.add_option("--account", m_account,
                                         "Subscribe in this server reader account (id or title; "
                                         "see `account list`): its server fetches the feed");
        m_accountOption->excludes("--title")
            ->excludes("--choice")
            ->excludes("--create")
            ->excludes("--full-articles");
    }
    int execute(const GlobalOptions& global) override {
        if (!m_account.empty()) return addToAccount(global, {m_account, m_request.url, m_folder});
        m_request.fullArticles = fullArticlesMode(m_fullArticles);
        if (!m_folder.empty()) m_request.folder = m_folder;
        if (!m_title.empty()) m_request.title = m_title;
        std::string shown = withoutPasswords(m_request.url);
        if (auto problem = feedUrlProblem(m_request.url)) throw UsageError(shown + ": " + *problem);
        auto db = openDatabase(global, m_create ? OpenMode::Create : OpenMode::Existing);
        if (FeedStore(*db).feedByUrl(m_request.url))
            throw UsageError(shown + ": already subscribed");
        Fetcher fetcher;
        try {
            SubscribeResult result = subscribe(*db, fetcher, m_request, currentTime());
            if (result.alternatives.size() > 1) {
                std::cerr << "The page offers " << result.alternatives.size() << " feeds:\n";
                for (size_t i = 0; i < result.alternatives.size(); ++i)
                    std::cerr << "  " << i << ": " << withoutPasswords(result.alternatives[i].url)
                              << "  " << result.alternatives[i].title << '\n';
                std::cerr << "Took " << m_request.choice << " (use --choice N for another).\n";
            }
            std::cout << result.feedId << '\t' << withoutPasswords(result.url) << '\t'
                      << result.title << '\t' << articleCount(result.newArticles) << '\n';
            return kSuccess;
        } catch (const SubscribeError& error) {
            if (error.cause() == SubscribeError::Cause::BadRequest) throw UsageError(error.what());
            std::cerr << "heraut-cli: add: " << withoutPasswords(error.what()) << '\n';
            return kPartialFailure;
        }
    }

  private:
    SubscribeRequest m_request;
    std::string m_fullArticles = "auto";
    std::string m_folder;
    std::string m_title;
    bool m_create = false;
    std::string m_account;
    CLI::Option* m_accountOption = nullptr;
};

class RemoveCommand : public Command {
  public:
    const char* name() const override { return "remove"; }
    const char* summary() const override {
        return "Unsubscribe from feeds and drop their articles";
    }
    void configure(CLI::App& app) override {
        app.add_option("ids", m_ids, "Feed ids (see `feeds`)")->required();
    }
    int execute(const GlobalOptions& global) override {
        std::vector<std::int64_t> ids;
        for (const std::string& text : m_ids)
            ids.push_back(parseId(text, "feed"));
        auto db = openDatabase(global);
        FeedStore store(*db);
        std::vector<Feed> removed;
        for (std::int64_t id : ids) { // all known before any goes: an unknown id changes nothing
            Feed feed = requireFeed(store, id);
            if (std::none_of(removed.begin(), removed.end(),
                             [&](const Feed& f) { return f.id == id; }))
                removed.push_back(std::move(feed));
        }
        Transaction transaction(*db);
        for (const Feed& feed : removed) {
            AccountStore(*db).queueFeedChange(feed.id, QueuedChange::Action::Unsubscribe, {},
                                              currentTime());
            store.removeFeed(feed.id);
        }
        store.removeEmptyFolders();
        transaction.commit();
        for (const Feed& feed : removed)
            std::cerr << "Removed " << feed.id << ": " << feed.displayTitle() << '\n';
        return kSuccess;
    }

  private:
    std::vector<std::string> m_ids;
};

class RenameCommand : public Command {
  public:
    const char* name() const override { return "rename"; }
    const char* summary() const override { return "Give a feed your own title"; }
    void configure(CLI::App& app) override {
        app.add_option("id", m_id, "Feed id")->required();
        app.add_option("title", m_title, "New title")->required();
    }
    int execute(const GlobalOptions& global) override {
        std::int64_t id = parseId(m_id, "feed");
        if (m_title.find_first_not_of(" \t\n") == std::string::npos)
            throw UsageError("rename: the new title is empty");
        auto db = openDatabase(global);
        FeedStore store(*db);
        requireFeed(store, id);
        AccountStore(*db).queueFeedChange(id, QueuedChange::Action::Rename, m_title, currentTime());
        store.renameFeed(id, m_title);
        return kSuccess;
    }

  private:
    std::string m_id;
    std::string m_title;
};

class MoveCommand : public Command {
  public:
    const char* name() const override { return "move"; }
    const char* summary() const override { return "Put a feed in a folder (\"\" for none)"; }
    void configure(CLI::App& app) override {
        app.add_option("id", m_id, "Feed id")->required();
        app.add_option("folder", m_folder, "Folder name, created when new")->required();
    }
    int execute(const GlobalOptions& global) override {
        std::int64_t id = parseId(m_id, "feed");
        auto db = openDatabase(global);
        FeedStore store(*db);
        requireFeed(store, id);
        AccountStore(*db).queueFeedChange(id, QueuedChange::Action::Move, m_folder, currentTime());
        store.moveFeed(id, m_folder.empty() ? std::nullopt : std::optional(m_folder));
        return kSuccess;
    }

  private:
    std::string m_id;
    std::string m_folder;
};

} // namespace

std::unique_ptr<Command> makeAddCommand() {
    return std::make_unique<AddCommand>();
}
std::unique_ptr<Command> makeRemoveCommand() {
    return std::make_unique<RemoveCommand>();
}
std::unique_ptr<Command> makeRenameCommand() {
    return std::make_unique<RenameCommand>();
}
std::unique_ptr<Command> makeMoveCommand() {
    return std::make_unique<MoveCommand>();
}

} // namespace heraut::cli
