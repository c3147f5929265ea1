// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "heraut/ArticleStore.h"
#include "heraut/FullArticleStore.h"

namespace heraut::cli {

std::unique_ptr<Command> makeInitCommand();
std::unique_ptr<Command> makeAddCommand();
std::unique_ptr<Command> makeRemoveCommand();
std::unique_ptr<Command> makeRenameCommand();
std::unique_ptr<Command> makeMoveCommand();
std::unique_ptr<Command> makeFeedsCommand();
std::unique_ptr<Command> makeRefreshCommand();
std::unique_ptr<Command> makeListCommand();
std::unique_ptr<Command> makeShowCommand();
std::unique_ptr<Command> makeMarkCommand(int which); // 0 read, 1 unread, 2 star, 3 unstar
std::unique_ptr<Command> makeMarkAllReadCommand();
std::unique_ptr<Command> makeSearchCommand();
std::unique_ptr<Command> makeImportOpmlCommand();
std::unique_ptr<Command> makeExportOpmlCommand();
std::unique_ptr<Command> makeParseCommand();
std::unique_ptr<Command> makeCheckCommand();
std::unique_ptr<Command> makeRepairCommand();
std::unique_ptr<Command> makeExtractCommand();
std::unique_ptr<Command> makeFeedSetCommand();
std::unique_ptr<Command> makeFetchArticleCommand();

// --full-articles auto|always|never, for `add` and `feed-set`.
void addFullArticlesOption(CLI::App& app, std::string& value);
// The mode the option names, or a UsageError.
FullArticlesMode fullArticlesMode(const std::string& value);
std::unique_ptr<Command> makeShowStoryCommand();
// list --stories: one row per story (StoryCommands.cpp); with a watch-list's name, the stories
// of its articles.
int listStories(const GlobalOptions& global, const ArticleQuery& query, const std::string& watch,
                bool json);
std::unique_ptr<Command> makeWatchCommand();
std::unique_ptr<Command> makeMuteCommand();
// `list --watch NAME`: the watch-list's articles, narrowed further by the list's own options.
// UsageError when there is no such watch-list.
ArticleQuery withWatchList(Database& db, const std::string& name, const ArticleQuery& options);
std::unique_ptr<Command> makeBriefingCommand();
std::unique_ptr<Command> makeAccountCommand();
std::unique_ptr<Command> makeSyncCommand();

// `add URL --account ID|TITLE [--folder F]` (AccountAddFeed.cpp).
struct AccountFeedRequest {
    std::string account; // an id or an account's title
    std::string url;
    std::string folder; // "" top level
    bool quiet = false; // no sync progress lines
};
int addToAccount(const GlobalOptions& global, const AccountFeedRequest& request);

} // namespace heraut::cli
