// SPDX-License-Identifier: GPL-3.0-or-later
// Article extraction throughput on one core: a news page of about 200 KB (a third of it styles and
// scripts) built like today's Dutch news sites (WordPress or a broadcaster): a head with styles,
// JSON-LD and tracking scripts, a cookie banner, a menu of two hundred links, breadcrumbs, the
// article with a takeaways box, headings, figures and a newsletter box, "Lees ook" teasers,
// comments, a sidebar and a large footer.
#include "heraut/ArticleExtractor.h"

#include <benchmark/benchmark.h>
#include <string>

namespace {

const char* const kSentences[] = {
    "Het Chinese ministerie van Defensie heeft scherpe kritiek geuit op de plannen van Japan.",
    "De NAVO wil de komende jaren meer investeren in luchtverdediging aan de oostflank.",
    "Volgens de minister is de levering van de eerste F-35’s een mijlpaal voor de luchtmacht.",
    "Oekraïne zet steeds meer drones in, die het leger zelf bouwt in ondergrondse werkplaatsen.",
    "De marine oefent deze week met nieuwe onderzeebootjagers in de Noordzee, samen met België.",
    "Critici wijzen erop dat het budget voor onderhoud en personeel achterblijft bij de aankopen.",
    "Een woordvoerder van Defensie bevestigt dat de toestellen in het voorjaar operationeel zijn.",
    "De Baltische staten vragen al langer om een permanente aanwezigheid van NAVO-troepen.",
};

std::string sentences(int first, int count) {
    std::string text;
    for (int i = 0; i < count; ++i) {
        if (i) text += ' ';
        text += kSentences[(first + i) % 8];
    }
    return text;
}

void appendHead(std::string& page, int cssRules, int stateItems) {
    page += "<!DOCTYPE html><html lang=\"nl-BE\"><head><meta charset=\"utf-8\"><title>F-35’s "
            "landen in Florennes - Business AM</title><meta property=\"og:type\" "
            "content=\"article\"><meta property=\"og:site_name\" content=\"Business AM\">"
            "<meta property=\"article:published_time\" content=\"2026-01-22T13:05:00+00:00\">";
    page += "<style>";
    for (int i = 0; i < cssRules; ++i)
        page += ".c" + std::to_string(i) +
                "{margin:0 auto;padding:4px 8px;color:#222;font:16px/1.5 "
                "Georgia,serif}\n";
    page += "</style><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
            "\"@type\":\"NewsArticle\",\"headline\":\"F-35’s landen in Florennes\",\"author\":"
            "{\"@type\":\"Person\",\"name\":\"Jan Peeters\"},\"datePublished\":"
            "\"2026-01-22T13:05:00+00:00\"}</script><script>window.__STATE__={\"items\":[";
    for (int i = 0; i < stateItems; ++i)
        page += "{\"id\":" + std::to_string(i) + ",\"title\":\"" + kSentences[i % 8] +
                "\",\"url\":\"/artikel/" + std::to_string(i) + "\"},";
    page += "{}]};</script></head>";
}

void appendChrome(std::string& page) {
    page += "<body><div id=\"cookie-notice\" role=\"dialog\"><p>Wij gebruiken cookies om je de "
            "beste ervaring te geven.</p><a href=\"#\">Ok</a></div><header id=\"masthead\" "
            "class=\"site-header\"><nav class=\"main-navigation\"><ul class=\"menu\">";
    for (int i = 0; i < 200; ++i)
        page += "<li class=\"menu-item\"><a href=\"/category/rubriek-" + std::to_string(i) +
                "/\">Rubriek " + std::to_string(i) + "</a></li>";
    page += "</ul></nav></header><nav class=\"breadcrumbs\"><a href=\"/\">Home</a> » <a "
            "href=\"/defensie/\">Defensie</a></nav>";
}

void appendArticle(std::string& page) {
    page += "<main id=\"main\"><article class=\"post type-post\"><header class=\"entry-header\">"
            "<h1 class=\"entry-title\">F-35’s landen in Florennes</h1><span class=\"byline\">"
            "Door <a rel=\"author\" href=\"/author/jan/\">Jan Peeters</a></span></header>"
            "<div class=\"social-share\"><a href=\"https://facebook.com/sharer\">Facebook</a>"
            "<a href=\"https://x.com/share\">X</a></div><div class=\"entry-content\">"
            "<div class=\"key-takeaways\"><h2>Key takeaways</h2><ul>";
    for (int i = 0; i < 3; ++i)
        page += "<li>" + sentences(i, 1) + "</li>";
    page += "</ul></div>";
    for (int i = 0; i < 24; ++i) {
        if (i % 6 == 5)
            page += "<h2>Tussenkop " + std::to_string(i) + "</h2><figure><img src=\"/img/" +
                    std::to_string(i) + ".jpg\" alt=\"\"><figcaption>" + sentences(i, 1) +
                    "</figcaption></figure>";
        if (i == 12)
            page += "<div class=\"newsletter-box\"><h3>Schrijf je in voor onze nieuwsbrief</h3>"
                    "<form><input type=\"email\"><button>Inschrijven</button></form></div>";
        page += "<p>" + sentences(i, 4) + " <a href=\"/dossier/" + std::to_string(i) +
                "\">Meer in ons dossier</a>.</p>";
    }
    page += "<div class=\"related\"><h3>Lees ook</h3><ul>";
    for (int i = 0; i < 6; ++i)
        page +=
            "<li><a href=\"/artikel/" + std::to_string(i) + "\">" + sentences(i, 1) + "</a></li>";
    page += "</ul></div></div></article>";
}

void appendClutter(std::string& page) {
    page += "<div id=\"comments\" class=\"comments-area\"><h2>Reacties</h2><ol>";
    for (int i = 0; i < 60; ++i)
        page += "<li class=\"comment\"><div class=\"comment-author\">Lezer " + std::to_string(i) +
                "</div><p>" + sentences(i, 2) + "</p></li>";
    page += "</ol></div></main><aside class=\"widget-area\">";
    for (int w = 0; w < 12; ++w) {
        page += "<section class=\"widget\"><h2>Meest gelezen</h2><ul>";
        for (int i = 0; i < 10; ++i)
            page += "<li><a href=\"/populair/" + std::to_string(w * 10 + i) + "\"><img src=\"/t/" +
                    std::to_string(i) + ".jpg\" alt=\"\">" + sentences(i, 1) + "</a></li>";
        page += "</ul></section>";
    }
    page += "</aside><footer class=\"site-footer\">";
    for (int c = 0; c < 16; ++c) {
        page += "<div class=\"footer-column\"><h4>Kolom " + std::to_string(c) + "</h4><ul>";
        for (int i = 0; i < 20; ++i)
            page += "<li><a href=\"/footer/" + std::to_string(c * 20 + i) + "\">Link " +
                    std::to_string(i) + "</a></li>";
        page += "</ul></div>";
    }
    page += "<p>© 2026 Business AM</p></footer><script src=\"/js/app.js\"></script>"
            "<script>(function(){var s=document.createElement('script');s.src='/t.js';})();"
            "</script></body></html>";
}

std::string makePage(int cssRules, int stateItems) {
    std::string p;
    appendHead(p, cssRules, stateItems);
    appendChrome(p);
    appendArticle(p);
    appendClutter(p);
    return p;
}

void run(benchmark::State& state, const std::string& page) {
    size_t textBytes = 0;
    for (auto _ : state) {
        heraut::ExtractedArticle article =
            heraut::extractArticle(page, {"https://businessam.be/f35-florennes/", ""});
        textBytes = article.text.size();
        benchmark::DoNotOptimize(article);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * page.size()));
    state.counters["page_KiB"] = static_cast<double>(page.size()) / 1024.0;
    state.counters["text_KiB"] = static_cast<double>(textBytes) / 1024.0;
}

// The typical page: about 60% of its bytes are a style sheet and a script's JSON state.
void BM_ExtractNewsPage(benchmark::State& state) {
    static const std::string page = makePage(600, 500);
    run(state, page);
}

// The same page with a tenth of those: nearly all markup, the harder case per byte.
void BM_ExtractMarkupOnlyPage(benchmark::State& state) {
    static const std::string page = makePage(60, 50);
    run(state, page);
}

BENCHMARK(BM_ExtractMarkupOnlyPage)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractNewsPage)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
