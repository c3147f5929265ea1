// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "InputFile.h"
#include "heraut/ArticleExtractor.h"
#include "heraut/DateParser.h"
#include "heraut/Fetcher.h"
#include "heraut/UrlResolver.h"

#include <iostream>
#include <nlohmann/json.hpp>

namespace heraut::cli {
namespace {

nlohmann::json optionalText(const std::string& text) {
    return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
}

nlohmann::json toJson(const ExtractedArticle& article) {
    return {
        {"title", optionalText(article.title)},
        {"byline", optionalText(article.byline)},
        {"published", article.published ? nlohmann::json(formatIso8601(*article.published))
                                        : nlohmann::json(nullptr)},
        {"lang", optionalText(article.language)},
        {"site_name", optionalText(article.siteName)},
        {"image", optionalText(article.image)},
        {"excerpt", optionalText(article.excerpt)},
        {"content", article.content},
        {"text", article.text},
        {"key_takeaways", article.keyTakeaways},
    };
}

class ExtractCommand : public Command {
  public:
    const char* name() const override { return "extract"; }
    const char* summary() const override {
        return "Extract the article of a web page (a file, - for stdin, or --url) to JSON";
    }

    void configure(CLI::App& app) override {
        app.add_option("file", m_file,
                       "HTML file, or - for standard input; without it --url is "
                       "fetched");
        app.add_option("--url", m_context.url, "The page's URL: the base for its links");
        app.add_option("--charset", m_context.httpCharset, "Charset the server declared");
    }

    int execute(const GlobalOptions&) override {
        std::string name = m_file.empty() ? m_context.url : displayName(m_file);
        std::string page;
        if (!m_file.empty()) {
            page = readInput(m_file);
        } else if (!fetchPage(page)) {
            return kPartialFailure;
        }
        try {
            ExtractedArticle article = extractArticle(page, m_context);
            std::cout << toJson(article).dump(2, ' ', false,
                                              nlohmann::json::error_handler_t::replace)
                      << '\n';
            return kSuccess;
        } catch (const NotAnArticleError& error) {
            throw UsageError(name + ": " + error.what());
        }
    }

  private:
    // Fills page and the context's charset and final URL; false after printing why it failed.
    bool fetchPage(std::string& page) {
        if (m_context.url.empty()) throw UsageError("extract: give a FILE, - or --url URL");
        std::string scheme = urlScheme(m_context.url);
        if (scheme != "http" && scheme != "https")
            throw UsageError(m_context.url + ": only http and https pages can be fetched");
        Fetcher fetcher;
        FetchResult result = fetcher.fetchOne({0, m_context.url});
        if (!result.ok()) {
            std::cerr << "heraut-cli: " << m_context.url << ": "
                      << (result.error.empty() ? "HTTP " + std::to_string(result.status)
                                               : result.error)
                      << '\n';
            return false;
        }
        if (!result.finalUrl.empty()) m_context.url = result.finalUrl;
        if (m_context.httpCharset.empty()) m_context.httpCharset = result.charset;
        page = std::move(result.body);
        return true;
    }

    std::string m_file;
    ExtractContext m_context;
};

} // namespace

std::unique_ptr<Command> makeExtractCommand() {
    return std::make_unique<ExtractCommand>();
}

} // namespace heraut::cli
