// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the cache: list, show, search.
#include "Commands.h"
#include "Library.h"
#include "heraut/DateParser.h"
#include "heraut/FullArticleStore.h"
#include "heraut/HtmlSanitizer.h"
#include "heraut/KeyTakeaways.h"
#include "heraut/SearchQuery.h"

#include <ctime>
#include <iostream>

namespace heraut::cli {
namespace {

class ListCommand : public Command {
  public:
    const char* name() const override { return "list"; }
    const char* summary() const override { return "List cached articles, newest first"; }
    void configure(CLI::App& app) override {
        app.add_flag("--unread", m_query.unreadOnly, "Only unread articles");
        app.add_flag("--starred", m_query.starredOnly, "Only starred articles");
        app.add_option("--feed", m_feed, "Only this feed id")->check(nonEmpty());
        app.add_option("--folder", m_folder, "Only feeds in this folder")->check(nonEmpty());
        app.add_option("--watch", m_watch, "Only this watch-list's articles (watch list)")
            ->check(nonEmpty());
        app.add_option("--since", m_since,
                       "Only articles since this date or span back (2026-01-22, 24h, 7d)")
            ->check(nonEmpty());
        app.add_option("--limit", m_query.limit, "At most this many (default 100)");
        app.add_flag("--json", m_json, "Print JSON");
        app.add_flag("--stories", m_stories,
                     "One row per story: the same event from several outlets");
    }
    int execute(const GlobalOptions& global) override {
        if (!m_feed.empty()) m_query.feedId = parseId(m_feed, "feed");
        if (!m_folder.empty()) m_query.folder = m_folder;
        if (!m_since.empty()) {
            m_query.since = parseSince(m_since, currentTime());
            if (!m_query.since)
                throw UsageError("--since: not a date or a span (2026-11-29, 24h, 7d): \"" +
                                 m_since + "\"");
        }
        if (m_query.limit <= 0) throw UsageError("--limit must be positive");
        if (m_stories) return listStories(global, m_query, m_watch, m_json);
        m_query.withTakeaways = true;
        auto db = openDatabaseForReading(global);
        if (m_query.feedId) requireFeedExists(*db, *m_query.feedId);
        if (m_query.folder) requireFolderExists(*db, *m_query.folder);
        if (!m_watch.empty()) m_query = withWatchList(*db, m_watch, m_query);
        printHeadlines(ArticleStore(*db).list(m_query), m_json);
        return kSuccess;
    }

  private:
    ArticleQuery m_query;
    std::string m_feed;
    std::string m_folder;
    std::string m_watch;
    std::string m_since;
    bool m_json = false;
    bool m_stories = false;
};

// The takeaways are printed above in a box of their own, so the body says them once, as the
// reader view does: its text is derived again from the HTML without the takeaways' heading and
// list (withoutTakeaways). The stored text keeps them: search and story grouping read it.
std::string bodyWithoutTakeaways(const Article& a) {
    const std::optional<std::string>& html = a.content ? a.content : a.summary;
    if (a.keyTakeaways.empty() || !html) return a.text;
    return sanitizeHtml(withoutTakeaways(*html, a.keyTakeaways), a.link.value_or("")).text;
}

// The page's body and text replace the feed's; its takeaways too, when it has its own list.
void withPage(Article& a, const FullArticle& page) {
    a.content = page.content;
    a.text = page.text;
    if (!page.keyTakeaways.empty()) a.keyTakeaways = page.keyTakeaways;
}

class ShowCommand : public Command {
  public:
    const char* name() const override { return "show"; }
    const char* summary() const override {
        return "Show an article: headline, source, date, key takeaways, then the text";
    }
    void configure(CLI::App& app) override {
        app.add_option("id", m_id, "Article id")->required();
        app.add_flag("--json", m_json, "Print JSON");
    }
    int execute(const GlobalOptions& global) override {
        std::int64_t id = parseId(m_id, "article");
        auto db = openDatabaseForReading(global);
        auto stored = ArticleStore(*db).article(id);
        if (!stored) throw UsageError("no article with id " + m_id);
        // The article's page, when one was read, stands in for the feed's excerpt.
        auto page = FullArticleStore(*db).fullArticle(id);
        if (page) withPage(stored->article, *page);
        const Article& a = stored->article;
        if (m_json) {
            ArticleHeadline h{stored->id,      stored->feedId, stored->feedTitle, a.title,
                              a.link,          a.published,    stored->sortDate,  stored->read,
                              stored->starred, a.keyTakeaways};
            nlohmann::ordered_json json = headlineJson(h);
            json["author"] =
                a.author ? nlohmann::ordered_json(*a.author) : nlohmann::ordered_json(nullptr);
            json["text"] = a.text;
            json["content"] =
                a.content ? nlohmann::ordered_json(*a.content) : nlohmann::ordered_json(nullptr);
            json["full_article"] = page.has_value();
            if (page) {
                json["fetched_at"] = page->fetchedAt;
                json["image"] = page->image.empty() ? nlohmann::ordered_json(nullptr)
                                                    : nlohmann::ordered_json(page->image);
            }
            std::cout << json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
            return kSuccess;
        }
        std::cout << a.title << '\n'
                  << stored->feedTitle << (a.author ? " · " + *a.author : "") << " · "
                  << localTime(stored->sortDate) << (stored->read ? "" : " · unread")
                  << (stored->starred ? " · ★" : "") << '\n';
        if (a.link) std::cout << *a.link << '\n';
        if (!a.keyTakeaways.empty()) {
            std::cout << "\nKey takeaways\n";
            for (const std::string& t : a.keyTakeaways)
                std::cout << "  • " << t << '\n';
        }
        std::cout << '\n' << bodyWithoutTakeaways(a) << '\n';
        return kSuccess;
    }

  private:
    std::string m_id;
    bool m_json = false;
};

class SearchCommand : public Command {
  public:
    const char* name() const override { return "search"; }
    const char* summary() const override {
        return "Search the cache (words, \"phrases\", prefix*, -not, is:unread, is:read, "
               "is:starred, is:muted, feed:ID, folder:NAME, since:DATE)";
    }
    void configure(CLI::App& app) override {
        app.add_option("query", m_query, "What to look for")->required()->expected(1, -1);
        app.add_option("--limit", m_limit, "At most this many (default 100)");
        app.add_flag("--json", m_json, "Print JSON");
    }
    int execute(const GlobalOptions& global) override {
        std::string text;
        for (const std::string& part : m_query)
            text += (text.empty() ? "" : " ") + part;
        SearchQuery query;
        try {
            query = parseSearchQuery(text, static_cast<std::int64_t>(std::time(nullptr)));
        } catch (const SearchQueryError& error) {
            throw UsageError(std::string("search: ") + error.what());
        }
        if (query.empty() && !query.unsearchable.empty()) {
            std::string terms;
            for (const std::string& term : query.unsearchable)
                terms += (terms.empty() ? "\"" : " \"") + term + "\"";
            throw UsageError("search: " + terms + ": no letter or digit, nothing to look for");
        }
        if (query.empty())
            throw UsageError("search: nothing to look for: give words, \"a phrase\", prefix*, "
                             "-word or a filter (is:unread, feed:ID, folder:NAME, since:DATE)");
        if (m_limit <= 0) throw UsageError("--limit must be positive");
        for (const std::string& warning : query.warnings)
            std::cerr << "heraut-cli: search: " << warning << '\n';
        auto db = openDatabaseForReading(global);
        printHeadlines(ArticleStore(*db).search(query, m_limit), m_json);
        return kSuccess;
    }

  private:
    std::vector<std::string> m_query;
    int m_limit = 100;
    bool m_json = false;
};

} // namespace

std::unique_ptr<Command> makeListCommand() {
    return std::make_unique<ListCommand>();
}
std::unique_ptr<Command> makeShowCommand() {
    return std::make_unique<ShowCommand>();
}
std::unique_ptr<Command> makeSearchCommand() {
    return std::make_unique<SearchCommand>();
}

} // namespace heraut::cli
