// SPDX-License-Identifier: GPL-3.0-or-later
// The briefing as HTML, Markdown and JSON; the PDF is drawn from the HTML (src/print).
#include "heraut/Briefing.h"
#include "heraut/HtmlEntities.h"

#include <ctime>
#include <nlohmann/json.hpp>

namespace heraut {
namespace {

std::string escaped(std::string_view text, bool attribute = false) {
    std::string out;
    appendEscaped(out, text, attribute);
    return out;
}

std::string sectionName(const BriefingSection& section, const BriefingLabels& labels) {
    switch (section.kind) {
    case BriefingSection::Kind::WatchList:
        return labels.watchList + ": " + section.name;
    case BriefingSection::Kind::Folder:
        return section.name;
    case BriefingSection::Kind::NoFolder:
        return labels.noFolder;
    }
    return section.name;
}

std::string period(const Briefing& b, const BriefingLabels& labels) {
    return labels.since + " " + briefingTime(b.since, labels) + " " + labels.until + " " +
           briefingTime(b.until, labels) + " · " + std::to_string(b.articles) + " " +
           (b.articles == 1 ? labels.articleWord : labels.articlesWord);
}

std::string isoUtc(std::int64_t time) {
    std::time_t t = static_cast<std::time_t>(time);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

// Markdown reads [, ], *, _, `, # and < in text as markup; a backslash keeps each literal.
std::string markdownText(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (std::string_view("\\`*_[]<>#|").find(c) != std::string_view::npos) out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

// Only http(s) links are written as links: a feed's javascript: or data: link stays text.
bool webLink(const std::optional<std::string>& link) {
    return link && (link->starts_with("https://") || link->starts_with("http://"));
}

// The page is printed on A4 (QPdfWriter, a browser's print): a serif for reading, margins a
// printer keeps, and no item split across two pages when it fits on one. Centred only on a
// browser's screen: Qt's text document reads "margin: auto" as a margin (9 mm off the PDF's
// left edge), and skips a media rule with a feature, which it cannot read (kept last: a rule
// it cannot read makes it skip those after it).
constexpr std::string_view kStyle = R"css(
@page { size: A4; margin: 18mm 16mm; }
body { font-family: "DejaVu Serif", Georgia, serif; font-size: 10.5pt; line-height: 1.4;
       color: #111; max-width: 178mm; }
h1 { font-size: 18pt; margin: 0 0 2pt 0; }
p.period { color: #555; margin: 0 0 12pt 0; }
h2 { font-size: 13pt; border-bottom: 1px solid #999; margin: 14pt 0 6pt 0; }
div.item { page-break-inside: avoid; margin: 0 0 9pt 0; }
h3 { font-size: 11pt; margin: 0; }
p.sources { color: #444; font-size: 9pt; margin: 1pt 0 2pt 0; }
ul { margin: 2pt 0 0 0; }
a { color: #114; }
@media screen and (min-width: 1px) { body { margin: 0 auto; } }
)css";

} // namespace

BriefingLabels briefingLabels(std::string_view language) {
    BriefingLabels labels;
    if (language.starts_with("nl")) {
        labels.language = "nl";
        labels.title = "Briefing";
        labels.since = "van";
        labels.until = "tot";
        labels.watchList = "Volglijst";
        labels.noFolder = "Overige bronnen";
        labels.sources = "Bronnen";
        labels.nothing = "Niets nieuws in deze periode.";
        labels.articlesWord = "artikelen";
        labels.articleWord = "artikel";
        labels.months = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                         "juli",    "augustus", "september", "oktober", "november", "december"};
    } else {
        labels.months = {"January", "February", "March",     "April",   "May",      "June",
                         "July",    "August",   "September", "October", "November", "December"};
    }
    return labels;
}

std::string briefingTime(std::int64_t time, const BriefingLabels& labels) {
    std::time_t t = static_cast<std::time_t>(time);
    std::tm local{};
    localtime_r(&t, &local);
    char clock[8];
    std::strftime(clock, sizeof clock, "%H:%M", &local);
    std::string month =
        labels.months.size() == 12 ? labels.months[local.tm_mon] : std::to_string(local.tm_mon + 1);
    return std::to_string(local.tm_mday) + " " + month + " " +
           std::to_string(local.tm_year + 1900) + " " + clock;
}

std::string briefingHtml(const Briefing& b, const BriefingLabels& labels) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + escaped(labels.language, true) +
                      "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escaped(labels.title) +
                      "</title>\n<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
    out += "<h1>" + escaped(labels.title) + "</h1>\n<p class=\"period\">" +
           escaped(period(b, labels)) + "</p>\n";
    if (b.sections.empty()) out += "<p>" + escaped(labels.nothing) + "</p>\n";
    for (const BriefingSection& section : b.sections) {
        out += "<h2>" + escaped(sectionName(section, labels)) + "</h2>\n";
        for (const BriefingItem& item : section.items) {
            out += "<div class=\"item\">\n<h3>" + escaped(item.title) + "</h3>\n";
            out += "<p class=\"sources\">" + escaped(briefingTime(item.newest, labels)) + " · ";
            for (size_t i = 0; i < item.sources.size(); ++i) {
                const BriefingSource& s = item.sources[i];
                if (i > 0) out += ", ";
                if (webLink(s.link))
                    out += "<a href=\"" + escaped(*s.link, true) + "\">" + escaped(s.feedTitle) +
                           "</a>";
                else
                    out += escaped(s.feedTitle);
            }
            out += "</p>\n";
            if (!item.keyTakeaways.empty()) {
                out += "<ul>\n";
                for (const std::string& point : item.keyTakeaways)
                    out += "<li>" + escaped(point) + "</li>\n";
                out += "</ul>\n";
            }
            out += "</div>\n";
        }
    }
    return out + "</body>\n</html>\n";
}

std::string briefingMarkdown(const Briefing& b, const BriefingLabels& labels) {
    std::string out =
        "# " + markdownText(labels.title) + "\n\n_" + markdownText(period(b, labels)) + "_\n";
    if (b.sections.empty()) out += "\n" + markdownText(labels.nothing) + "\n";
    for (const BriefingSection& section : b.sections) {
        out += "\n## " + markdownText(sectionName(section, labels)) + "\n";
        for (const BriefingItem& item : section.items) {
            out += "\n### " + markdownText(item.title) + "\n\n" +
                   markdownText(briefingTime(item.newest, labels)) + " · ";
            for (size_t i = 0; i < item.sources.size(); ++i) {
                const BriefingSource& s = item.sources[i];
                if (i > 0) out += ", ";
                if (webLink(s.link))
                    out += "[" + markdownText(s.feedTitle) + "](<" + *s.link + ">)";
                else
                    out += markdownText(s.feedTitle);
            }
            out += "\n";
            if (!item.keyTakeaways.empty()) out += "\n";
            for (const std::string& point : item.keyTakeaways)
                out += "- " + markdownText(point) + "\n";
        }
    }
    return out;
}

std::string briefingJson(const Briefing& b) {
    using Json = nlohmann::ordered_json;
    Json sections = Json::array();
    for (const BriefingSection& section : b.sections) {
        Json items = Json::array();
        for (const BriefingItem& item : section.items) {
            Json sources = Json::array();
            for (const BriefingSource& s : item.sources)
                sources.push_back({{"article_id", s.articleId},
                                   {"feed_title", s.feedTitle},
                                   {"link", s.link ? Json(*s.link) : Json(nullptr)}});
            items.push_back({{"story_id", item.storyId ? Json(item.storyId) : Json(nullptr)},
                             {"title", item.title},
                             {"newest", isoUtc(item.newest)},
                             {"key_takeaways", item.keyTakeaways},
                             {"sources", sources}});
        }
        const char* kind = section.kind == BriefingSection::Kind::WatchList ? "watch_list"
                           : section.kind == BriefingSection::Kind::Folder  ? "folder"
                                                                            : "no_folder";
        sections.push_back({{"kind", kind},
                            {"name", section.name.empty() ? Json(nullptr) : Json(section.name)},
                            {"items", items}});
    }
    Json out = {{"since", isoUtc(b.since)},
                {"until", isoUtc(b.until)},
                {"articles", b.articles},
                {"sections", sections}};
    return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace heraut
