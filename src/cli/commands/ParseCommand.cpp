// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "FeedJson.h"
#include "InputFile.h"
#include "heraut/FeedParser.h"

#include <iostream>

namespace heraut::cli {
namespace {

class ParseCommand : public Command {
  public:
    const char* name() const override { return "parse"; }
    const char* summary() const override { return "Parse a feed file (or - for stdin) to JSON"; }

    void configure(CLI::App& app) override {
        app.add_option("file", m_file, "Feed file, or - for standard input")->required();
        app.add_option("--base-url", m_context.url, "URL the feed came from, for relative links");
        app.add_option("--charset", m_context.httpCharset, "Charset the server declared");
    }

    int execute(const GlobalOptions&) override {
        std::string bytes = readInput(m_file);
        try {
            ParsedFeed feed = parseFeed(bytes, m_context);
            std::cout << toJson(feed).dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
                      << '\n';
            return kSuccess;
        } catch (const NotAFeedError& error) {
            throw UsageError(displayName(m_file) + ": " + error.what());
        }
    }

  private:
    std::string m_file;
    ParseContext m_context;
};

} // namespace

std::unique_ptr<Command> makeParseCommand() {
    return std::make_unique<ParseCommand>();
}

} // namespace heraut::cli
