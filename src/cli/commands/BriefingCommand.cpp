// SPDX-License-Identifier: GPL-3.0-or-later
// The daily briefing: one page of the day's articles by watch-list and folder.
#include "Commands.h"
#include "Library.h"
#include "OutputFile.h"
#include "heraut/AsciiCase.h"
#include "heraut/Briefing.h"
#include "heraut/DateParser.h"
#include "heraut/SearchQuery.h"
#include "heraut/StoryStore.h"

#ifdef HERAUT_CLI_PDF
#include "PdfPlugin.h"
#endif

#include <cstdlib>

namespace heraut::cli {
namespace {

// The language of the messages the user asked for, as gettext reads it.
std::string environmentLanguage() {
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (value && *value) return value;
    }
    return "en";
}

class BriefingCommand : public Command {
  public:
    const char* name() const override { return "briefing"; }
    const char* summary() const override {
        return "The day's articles on one page, by watch-list and folder (HTML, Markdown, PDF, "
               "JSON)";
    }
    void configure(CLI::App& app) override {
        auto since =
            app.add_option("--since", m_since, "From this time to now (2026-11-29 08:00, 24h, 7d)")
                ->check(nonEmpty());
        app.add_option("--date", m_date, "That whole local day (2026-11-29)")
            ->excludes(since)
            ->check(nonEmpty());
        app.add_option("--folder", m_folder, "Only this folder's feeds")->check(nonEmpty());
        app.add_option("--watch", m_watch, "Only this watch-list")->check(nonEmpty());
        app.add_option("--format", m_format, "html (default), md, pdf or json")
            ->check(CLI::IsMember({"html", "md", "pdf", "json"}));
        app.add_option("-o,--output", m_output,
                       "Write to this file, - for standard output "
                       "(the default)")
            ->check(nonEmpty()); // -o "" from an unset shell variable would write to the terminal
        app.add_option("--lang", m_language,
                       "nl or en (default: from LANGUAGE, LC_ALL, LC_MESSAGES, LANG)")
            ->check(nonEmpty())
            ->check(CLI::IsMember({"nl", "en"}, CLI::ignore_case));
    }
    int execute(const GlobalOptions& global) override {
        BriefingOptions options = window();
        if (!m_folder.empty()) options.folder = m_folder;
        if (!m_watch.empty()) options.watchList = m_watch;
        if (m_format == "pdf" && (m_output.empty() || m_output == "-"))
            throw UsageError("briefing: --format pdf needs -o FILE");
#ifndef HERAUT_CLI_PDF
        if (m_format == "pdf")
            throw UsageError("briefing: this heraut-cli was built without Qt, which draws PDFs; "
                             "use --format html and print it");
#endif
        auto db = openDatabaseForReading(global);
        refuseDatabaseAsOutput(m_output, *db);
        groupWaitingStoriesIfWritable(*db);
        // The articles of one story are one item with a source each (issue 13 §4).
        StoryStore stories(*db);
        options.storyOf = [&stories](std::int64_t id) -> std::optional<std::int64_t> {
            std::int64_t story = stories.storiesOf({id}).front();
            if (story == 0) return std::nullopt;
            return story;
        };
        Briefing briefing;
        try {
            briefing = buildBriefing(*db, options, currentTime());
        } catch (const BriefingError& error) {
            throw UsageError(std::string("briefing: ") + error.what());
        }
        std::string language = m_language.empty() ? environmentLanguage() : asciiLower(m_language);
        BriefingLabels labels = briefingLabels(language);
        // The shipped lists under their names in the page's language, as the window does; JSON
        // keeps the stored names, which --watch takes.
        if (m_format != "json")
            nameWatchListSections(briefing, WatchListStore(*db).lists(),
                                  [&](const WatchList& l) { return watchListName(l, language); });
        if (m_format == "md")
            writeText(briefingMarkdown(briefing, labels), m_output);
        else if (m_format == "json")
            writeText(briefingJson(briefing), m_output);
        else if (m_format == "html")
            writeText(briefingHtml(briefing, labels), m_output);
        else
            writePdf(briefingHtml(briefing, labels), labels.title, m_output);
        return kSuccess;
    }

  private:
    BriefingOptions window() {
        BriefingOptions options;
        std::int64_t now = currentTime();
        if (!m_since.empty()) {
            Timestamp since = parseSince(m_since, now);
            if (!since)
                throw UsageError("--since: not a date or a span (2026-11-29, 24h, 7d): \"" +
                                 m_since + "\"");
            options.since = *since;
            if (options.since > now)
                throw UsageError("--since: \"" + m_since +
                                 "\" is after now; the briefing runs from then to now");
            options.until = now + 1;
        } else if (!m_date.empty()) {
            Timestamp day = parseFeedDate(m_date);
            if (!day)
                throw UsageError("--date: not a date (2026-11-29, a year from 1000 to 9999): \"" +
                                 m_date + "\"");
            // A date alone is read as midnight UTC; noon is that day in every time zone here.
            std::tie(options.since, options.until) = localDay(*day + 12 * 3600);
            if (options.since > now)
                throw UsageError("--date: " + m_date +
                                 " is after today; no article is dated "
                                 "then yet");
        } else {
            std::tie(options.since, options.until) = localDay(now);
        }
        return options;
    }

    void writePdf([[maybe_unused]] const std::string& html,
                  [[maybe_unused]] const std::string& title,
                  [[maybe_unused]] const std::string& path) {
#ifdef HERAUT_CLI_PDF
        writePdfThroughModule(html, title, path);
#endif
    }

    std::string m_since, m_date, m_folder, m_watch, m_format = "html", m_output, m_language;
};

} // namespace

std::unique_ptr<Command> makeBriefingCommand() {
    return std::make_unique<BriefingCommand>();
}

} // namespace heraut::cli
