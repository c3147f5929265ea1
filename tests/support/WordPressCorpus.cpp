// SPDX-License-Identifier: GPL-3.0-or-later
#include "WordPressCorpus.h"

#include <array>
#include <cstdio>

namespace heraut::test {
namespace {

constexpr std::array kSentences = {
    "Het Chinese ministerie van Defensie kondigde een onderzoek aan naar twee hoge militaire "
    "functionarissen.",
    "De reden is vermeende disciplinaire overtredingen, een term die in China vaak wijst op "
    "corruptie.",
    "Rusland probeert zijn drone-export uit te breiden door gevechtsdrones te herpositioneren als "
    "civiele technologie.",
    "Het Deense ministerie van Defensie heeft een contract ter waarde van 520 miljoen euro gegund "
    "aan Lockheed Martin.",
    "Die beslissing is genomen op grond van “essentiële veiligheidsbelangen” door de cruciale rol "
    "van de radars.",
    "Frankrijk en België onderzoeken de gezamenlijke ontwikkeling van een nieuw licht gepantserd "
    "gevechtsvoertuig.",
    "Het Britse ministerie van Defensie bereidt zich voor op de lancering van zijn nieuwe "
    "programma voor Oekraïne.",
    "Noorwegen heeft de verdediging van Oekraïne tegen de aanhoudende Russische luchtaanvallen "
    "versterkt.",
    "Zweedse straaljagers hebben een Russische Tu-22M-bommenwerper onderschept boven de Oostzee.",
    "De Royal Navy voerde onlangs een tweedaagse operatie uit in het Engelse Kanaal.",
};

constexpr std::array kTitles = {
    "China onderzoekt twee topmilitairen in nieuwe fase van anticorruptiecampagne",
    "Rusland probeert drone-export te verruimen via civiele omweg",
    "Denemarken investeert 520 miljoen euro in TPY-4-luchtverdedigingsradars",
    "Frankrijk en België onderzoeken gepantserd voertuig met 105 mm kanon",
    "Verenigd Koninkrijk werkt aan nieuwe langeafstandsraketten voor Oekraïne",
    "Noorwegen levert extra NASAMS-raketten aan Oekraïne",
    "Zweedse straaljagers onderscheppen Russische bommenwerper boven de Oostzee",
    "Britse marine schaduwt Russische schepen in het Kanaal",
};

const char* sentence(int n) {
    return kSentences[static_cast<size_t>(n) % kSentences.size()];
}

std::string itemXml(int feed, int item, const std::string& site) {
    char buffer[160];
    int day = 1 + (item * 7 + feed) % 28;
    std::snprintf(buffer, sizeof buffer, "%s, %02d Jan 2026 %02d:%02d:00 +0000", "Thu", day,
                  (item * 5 + feed) % 24, (item * 13) % 60);
    std::string pubDate = buffer;
    std::string slug = "artikel-" + std::to_string(feed) + "-" + std::to_string(item);
    std::string title = std::string(kTitles[static_cast<size_t>(item + feed) % kTitles.size()]) +
                        " (" + std::to_string(item) + ")";
    std::string excerpt = std::string("Key takeaways ") + sentence(item) + " " +
                          sentence(item + 1) + " " + sentence(item + 2) + " [&#8230;]";
    std::string body = "<div class=\"key-takeaways\"><h2 class=\"wp-block-heading\">Key "
                       "takeaways</h2><ul class=\"wp-block-list\">";
    for (int i = 0; i < 3; ++i)
        body += std::string("<li>") + sentence(item + i) + "</li>";
    body += "</ul></div>\n";
    for (int p = 0; p < 7; ++p) {
        body += "<p>";
        for (int s = 0; s < 4; ++s)
            body += std::string(sentence(item * 3 + p + s)) + " ";
        body += "<a href=\"/" + slug + "-bron-" + std::to_string(p) + "/\">Lees meer</a></p>\n";
        if (p == 2)
            body += "<figure class=\"wp-block-image size-large\"><img decoding=\"async\" "
                    "loading=\"lazy\" src=\"/wp-content/uploads/2026/01/" +
                    slug +
                    ".webp\" alt=\"Illustratie\" width=\"1024\" height=\"576\" "
                    "class=\"wp-image-1\"/><figcaption>Foto: Defensie</figcaption></figure>\n";
        if (p == 4) body += "<h3>Meer vuurkracht</h3>\n";
    }
    body += "<img src=\"https://stats.example.com/p.gif\" width=\"1\" height=\"1\" alt=\"\"/>";
    return "\t<item>\n\t\t<title>" + title + "</title>\n\t\t<link>" + site + "/" + slug +
           "/</link>\n\t\t<dc:creator><![CDATA[Redactie]]></dc:creator>\n\t\t<pubDate>" + pubDate +
           "</pubDate>\n\t\t<category><![CDATA[Defensie]]></category>\n"
           "\t\t<category><![CDATA[Internationaal]]></category>\n"
           "\t\t<guid isPermaLink=\"false\">" +
           site + "/?p=" + std::to_string(100000 + feed * 1000 + item) +
           "</guid>\n\t\t<description><![CDATA[" + excerpt +
           "]]></description>\n\t\t<content:encoded><![CDATA[" + body +
           "]]></content:encoded>\n\t</item>\n";
}

std::string header(int feed, const std::string& site) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"\n"
           "\txmlns:content=\"http://purl.org/rss/1.0/modules/content/\"\n"
           "\txmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
           "\txmlns:atom=\"http://www.w3.org/2005/Atom\"\n"
           "\txmlns:sy=\"http://purl.org/rss/1.0/modules/syndication/\">\n<channel>\n"
           "\t<title>Defensie &#8211; Bron " +
           std::to_string(feed) +
           "</title>\n"
           "\t<atom:link href=\"" +
           site +
           "/feed/\" rel=\"self\" type=\"application/rss+xml\"/>\n"
           "\t<link>" +
           site +
           "</link>\n\t<description>Defensienieuws</description>\n"
           "\t<lastBuildDate>Fri, 23 Jan 2026 10:15:00 +0000</lastBuildDate>\n"
           "\t<language>nl-BE</language>\n";
}

} // namespace

std::string makeWordPressFeed(int feedNumber, int items, const std::string& siteUrl) {
    std::string xml = header(feedNumber, siteUrl);
    for (int i = 0; i < items; ++i)
        xml += itemXml(feedNumber, i, siteUrl);
    return xml + "</channel>\n</rss>\n";
}

std::string makeWordPressFeedOfSize(size_t bytes) {
    const std::string site = "https://businessam.be";
    std::string xml = header(0, site);
    for (int i = 0; xml.size() < bytes; ++i)
        xml += itemXml(0, i, site);
    return xml + "</channel>\n</rss>\n";
}

} // namespace heraut::test
