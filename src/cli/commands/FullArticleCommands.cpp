// SPDX-License-Identifier: GPL-3.0-or-later
// Full articles (issue 10): a feed's setting, and fetching one article's page on request.
#include "Commands.h"
#include "Library.h"
#include "heraut/ArticlePages.h"
#include "heraut/FeedStore.h"
#include "heraut/FeedUrl.h"

#include <iostream>

namespace heraut::cli {

void addFullArticlesOption(CLI::App& app, std::string& value) {
    app.add_option("--full-articles", value,
                   "Fetch the article pages for reading offline: auto (feeds that send only "
                   "excerpts), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
}

FullArticlesMode fullArticlesMode(const std::string& value) {
    auto mode = parseFullArticlesMode(value);
    if (!mode) throw UsageError("--full-articles: not auto, always or never: \"" + value + "\"");
    return *mode;
}

namespace {

class FeedSetCommand : public Command {
  public:
    const char* name() const override { return "feed-set"; }
    const char* summary() const override { return "Change a feed's settings"; }
    void configure(CLI::App& app) override {
        app.add_option("id", m_id, "Feed id (see `feeds`)")->required();
        addFullArticlesOption(app, m_fullArticles);
    }
    int execute(const GlobalOptions& global) override {
        std::int64_t id = parseId(m_id, "feed");
        if (m_fullArticles.empty()) throw UsageError("feed-set: nothing to set (--full-articles)");
        FullArticlesMode mode = fullArticlesMode(m_fullArticles);
        auto db = openDatabase(global);
        requireFeedExists(*db, id);
        FullArticleStore(*db).setMode(id, mode);
        return kSuccess;
    }

  private:
    std::string m_id;
    std::string m_fullArticles;
};

class FetchArticleCommand : public Command {
  public:
    const char* name() const override { return "fetch-article"; }
    const char* summary() const override {
        return "Fetch an article's web page now and keep the full article for reading offline";
    }
    void configure(CLI::App& app) override {
        app.add_option("id", m_id, "Article id (see `list`)")->required();
    }
    int execute(const GlobalOptions& global) override {
        std::int64_t id = parseId(m_id, "article");
        auto db = openDatabase(global);
        if (!ArticleStore(*db).article(id)) throw UsageError("no article with id " + m_id);
        Fetcher fetcher;
        PageFetchResult result = fetchArticlePage(*db, fetcher, id, currentTime());
        switch (result.outcome) {
        case PageFetchResult::Outcome::Stored:
            std::cerr << "article " << id << ": full article stored\n";
            return kSuccess;
        case PageFetchResult::Outcome::Unchanged:
            std::cerr << "article " << id << ": the page has not changed; full article kept\n";
            return kSuccess;
        case PageFetchResult::Outcome::Failed:
        case PageFetchResult::Outcome::NoArticle:
            break;
        }
        std::cerr << "heraut-cli: fetch-article: " << withoutPasswords(result.error) << '\n';
        return kPartialFailure;
    }

  private:
    std::string m_id;
};

} // namespace

std::unique_ptr<Command> makeFeedSetCommand() {
    return std::make_unique<FeedSetCommand>();
}

std::unique_ptr<Command> makeFetchArticleCommand() {
    return std::make_unique<FetchArticleCommand>();
}

} // namespace heraut::cli
