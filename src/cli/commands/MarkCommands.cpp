// SPDX-License-Identifier: GPL-3.0-or-later
// What the reader did: read, unread, star, unstar, mark-all-read.
#include "Commands.h"
#include "Library.h"

#include <iostream>

namespace heraut::cli {
namespace {

enum class Mark { Read, Unread, Star, Unstar };

class MarkCommand : public Command {
  public:
    MarkCommand(Mark mark, const char* name, const char* summary)
        : m_mark(mark), m_name(name), m_summary(summary) {}
    const char* name() const override { return m_name; }
    const char* summary() const override { return m_summary; }
    void configure(CLI::App& app) override {
        app.add_option("ids", m_ids, "Article ids")->required();
    }
    int execute(const GlobalOptions& global) override {
        std::vector<std::int64_t> ids;
        for (const std::string& text : m_ids)
            ids.push_back(parseId(text, "article"));
        auto db = openDatabase(global);
        ArticleStore store(*db);
        for (std::int64_t id : ids)
            if (!store.article(id)) throw UsageError("no article with id " + std::to_string(id));
        int changed = m_mark == Mark::Read ? store.setRead(ids, true, currentTime())
                      : m_mark == Mark::Unread
                          ? store.setRead(ids, false, currentTime())
                          : store.setStarred(ids, m_mark == Mark::Star, currentTime());
        std::cerr << changed << " of " << articleCount(static_cast<std::int64_t>(ids.size()))
                  << " changed\n";
        return kSuccess;
    }

  private:
    Mark m_mark;
    const char* m_name;
    const char* m_summary;
    std::vector<std::string> m_ids;
};

class MarkAllReadCommand : public Command {
  public:
    const char* name() const override { return "mark-all-read"; }
    const char* summary() const override {
        return "Mark everything (or a feed, a folder, older articles) read";
    }
    void configure(CLI::App& app) override {
        // Empty (an unset shell variable) would mark the whole cache read, with no undo.
        auto feed = app.add_option("--feed", m_feed, "Only this feed id")->check(nonEmpty());
        app.add_option("--folder", m_folder, "Only feeds in this folder")
            ->check(nonEmpty())
            ->excludes(feed);
        app.add_option("--older-than", m_days, "Only articles older than this many days");
    }
    int execute(const GlobalOptions& global) override {
        MarkScope scope;
        if (!m_feed.empty()) scope.feedId = parseId(m_feed, "feed");
        if (m_days < 0) throw UsageError("--older-than must not be negative");
        auto db = openDatabase(global);
        if (scope.feedId) requireFeedExists(*db, *scope.feedId);
        if (!m_folder.empty()) {
            requireFolderExists(*db, m_folder);
            scope.folder = m_folder;
        }
        if (m_days > 0) scope.olderThan = currentTime() - static_cast<std::int64_t>(m_days) * 86400;
        auto ids = ArticleStore(*db).markAllRead(scope, currentTime());
        std::cerr << articleCount(static_cast<std::int64_t>(ids.size())) << " marked read\n";
        return kSuccess;
    }

  private:
    std::string m_feed;
    std::string m_folder;
    int m_days = 0;
};

} // namespace

std::unique_ptr<Command> makeMarkCommand(int which) {
    switch (static_cast<Mark>(which)) {
    case Mark::Read:
        return std::make_unique<MarkCommand>(Mark::Read, "read", "Mark articles read");
    case Mark::Unread:
        return std::make_unique<MarkCommand>(Mark::Unread, "unread", "Mark articles unread");
    case Mark::Star:
        return std::make_unique<MarkCommand>(Mark::Star, "star", "Star articles");
    case Mark::Unstar:
        break;
    }
    return std::make_unique<MarkCommand>(Mark::Unstar, "unstar", "Remove the star from articles");
}

std::unique_ptr<Command> makeMarkAllReadCommand() {
    return std::make_unique<MarkAllReadCommand>();
}

} // namespace heraut::cli
