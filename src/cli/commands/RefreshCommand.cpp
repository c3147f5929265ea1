// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "Library.h"
#include "SyncOutput.h"
#include "heraut/FeedStore.h"
#include "heraut/FeedUrl.h"
#include "heraut/Refresher.h"

#include <csignal>
#include <iostream>

namespace heraut::cli {
namespace {

std::atomic<bool> g_interrupted{false};

// Progress goes to stderr, one line per feed, so stdout stays free for the JSON summary.
class ProgressPrinter : public RefreshObserver {
  public:
    void feedDone(const FeedRefreshResult& r, int done, int total) override {
        std::cerr << '[' << done << '/' << total << "] " << r.title << ": ";
        switch (r.outcome) {
        case FeedRefreshResult::Outcome::Updated:
            std::cerr << r.changes.added << " new";
            if (r.changes.updated) std::cerr << ", " << r.changes.updated << " changed";
            break;
        case FeedRefreshResult::Outcome::NotModified:
            std::cerr << "not modified";
            break;
        case FeedRefreshResult::Outcome::Failed:
            std::cerr << "FAILED " << withoutPasswords(r.url) << ": " << withoutPasswords(r.error);
            break;
        }
        std::cerr << '\n';
    }
    // Pages are many: only the ones that failed get a line.
    void pageDone(const PageFetchResult& r, int done, int total) override {
        if (r.outcome == PageFetchResult::Outcome::Failed ||
            r.outcome == PageFetchResult::Outcome::NoArticle)
            std::cerr << "[page " << done << '/' << total << "] article " << r.articleId
                      << ": FAILED " << withoutPasswords(r.error) << '\n';
    }
};

class RefreshCommand : public Command {
  public:
    const char* name() const override { return "refresh"; }
    const char* summary() const override { return "Fetch the feeds that are due (or --force all)"; }
    void configure(CLI::App& app) override {
        app.add_option("--feed", m_feeds, "Only this feed (repeatable)")->check(nonEmpty());
        app.add_flag("--force", m_options.force, "Refresh every feed, due or not");
        app.add_flag("--json", m_json, "Print the summary as JSON on stdout");
        app.add_flag("--quiet", m_quiet, "No progress lines");
        app.add_option("--retention-days", m_retentionDays,
                       "Afterwards drop read, unstarred articles older than this (default 180; 0 "
                       "keeps all)")
            ->check(CLI::NonNegativeNumber);
    }
    int execute(const GlobalOptions& global) override {
        for (const std::string& id : m_feeds)
            m_options.feedIds.push_back(parseId(id, "feed"));
        m_options.retentionSeconds = static_cast<std::int64_t>(m_retentionDays) * 86400;
        auto db = openDatabase(global);
        for (std::int64_t id : m_options.feedIds)
            if (!FeedStore(*db).feed(id)) throw UsageError("no feed with id " + std::to_string(id));
        std::string path = db->path();
        db.reset();
        std::signal(SIGINT, [](int) { g_interrupted = true; });
        ProgressPrinter printer;
        RefreshSummary s =
            Refresher(path).run(m_options, m_quiet ? nullptr : &printer, &g_interrupted);
        // Server reader accounts that are due sync too (their feeds are not fetched above).
        SyncSummary synced;
        if (m_options.feedIds.empty() && !g_interrupted) {
            SyncProgressPrinter syncPrinter;
            SyncOptions syncOptions;
            syncOptions.force = false;
            synced = Synchroniser(path).run(syncOptions, m_quiet ? nullptr : &syncPrinter,
                                            &g_interrupted);
        }
        if (m_json) {
            nlohmann::ordered_json summary = {{"feeds", s.feeds},
                                              {"ok", s.ok},
                                              {"not_modified", s.notModified},
                                              {"failed", s.failed},
                                              {"new_articles", s.newArticles},
                                              {"updated_articles", s.updatedArticles},
                                              {"not_stored_articles", s.notStoredArticles},
                                              {"pages_stored", s.pagesStored},
                                              {"pages_failed", s.pagesFailed},
                                              {"pages_waiting", s.pagesWaiting},
                                              {"cancelled", s.cancelled}};
            if (synced.accounts > 0) summary["sync"] = syncSummaryJson(synced);
            std::cout << summary.dump() << '\n';
        }
        std::cerr << s.feeds << " feeds: " << s.ok << " updated, " << s.notModified
                  << " not modified, " << s.failed << " failed; " << s.newArticles
                  << (s.newArticles == 1 ? " new article" : " new articles");
        if (s.notStoredArticles)
            std::cerr << ", " << s.notStoredArticles
                      << " not stored (the database refused the write)";
        if (s.pagesStored || s.pagesFailed)
            std::cerr << "; " << s.pagesStored << " article pages read, " << s.pagesFailed
                      << " failed (tried again later)";
        std::cerr << (s.cancelled ? " (cancelled)" : "") << '\n';
        if (!s.retentionError.empty())
            std::cerr << "heraut-cli: refresh: old read articles not removed: " << s.retentionError
                      << '\n';
        if (synced.accounts > 0) printSyncSummary(synced);
        bool partial =
            s.failed > 0 || s.cancelled || !s.retentionError.empty() || synced.failed > 0;
        return partial ? kPartialFailure : kSuccess;
    }

  private:
    RefreshOptions m_options;
    std::vector<std::string> m_feeds;
    bool m_json = false;
    bool m_quiet = false;
    int m_retentionDays = 180;
};

} // namespace

std::unique_ptr<Command> makeRefreshCommand() {
    return std::make_unique<RefreshCommand>();
}

} // namespace heraut::cli
