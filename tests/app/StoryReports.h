// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small news cache with one story told twice: NOS and NU.nl report one Patriot delivery
// (grouped into a story), VRT NWS reports the first Belgian F-35, all in folder "Nieuws".

#include "heraut/ArticleStore.h"
#include "heraut/FeedStore.h"
#include "heraut/StoryGrouper.h"

#include <string>

namespace heraut::test {

constexpr std::int64_t kStoryNow = 1769200000; // 23 Jan 2026

inline Article storyReport(const std::string& id, const std::string& title, const std::string& text,
                           std::int64_t published) {
    Article a;
    a.id = id;
    a.title = title;
    a.link = "https://example.nl/" + id;
    a.author = "Redactie " + id;
    a.published = published;
    a.content = "<p>" + text + "</p>";
    a.keyTakeaways = {"Kernpunt van " + id + ": " + title};
    return a;
}

struct StoryReports {
    std::int64_t nos = 0, nu = 0, vrt = 0;
};

inline StoryReports storeStoryReports(const std::string& path) {
    Database db(path);
    FeedStore feeds(db);
    ArticleStore articles(db);
    StoryReports r;
    r.nos = feeds.addFeed("https://nos.nl/feed", "NOS", "Nieuws", kStoryNow);
    r.nu = feeds.addFeed("https://nu.nl/feed", "NU.nl", "Nieuws", kStoryNow);
    r.vrt = feeds.addFeed("https://vrt.be/feed", "VRT NWS", "Nieuws", kStoryNow);
    Transaction t(db);
    articles.storeArticles(
        r.nos,
        {storyReport("p", "Nederland levert nog twee Patriots aan Oekraïne",
                     "Nederland stuurt twee extra lanceerinstallaties voor het Patriot-systeem "
                     "naar Oekraïne, zegt minister Brekelmans. Ze gaan via het Poolse Rzeszów.",
                     kStoryNow - 7200)},
        kStoryNow);
    articles.storeArticles(
        r.nu,
        {storyReport("q", "Brekelmans: twee Patriot-lanceerinstallaties naar Oekraïne",
                     "Minister Brekelmans geeft Oekraïne twee Patriot-lanceerinstallaties uit "
                     "eigen voorraad. De levering loopt via Rzeszów in Polen.",
                     kStoryNow - 3600)},
        kStoryNow);
    articles.storeArticles(r.vrt,
                           {storyReport("r", "Eerste Belgische F-35 landt in Florennes",
                                        "De eerste F-35 van de Luchtcomponent landde in Florennes.",
                                        kStoryNow - 1800)},
                           kStoryNow);
    t.commit();
    groupWaitingStories(db);
    return r;
}

} // namespace heraut::test
