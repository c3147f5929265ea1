// SPDX-License-Identifier: GPL-3.0-or-later
// Article pages built like today's Dutch and Flemish news sites (a WordPress theme, a public
// broadcaster, a ministry): the body keeps every paragraph and loses every piece of clutter,
// the takeaways are the page's own list, and pages that are no article say so.
#include "heraut/ArticleExtractor.h"
#include "TestData.h"
#include "heraut/DateParser.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace heraut {
namespace {

using testing::ElementsAre;
using testing::HasSubstr;
using testing::Not;

ExtractedArticle extractFile(const std::string& name, const std::string& url,
                             const std::string& charset = {}) {
    return extractArticle(test::readData("extract/" + name), {url, charset});
}

void expectAllIn(const std::string& text, const std::vector<std::string>& pieces) {
    for (const std::string& piece : pieces)
        EXPECT_THAT(text, HasSubstr(piece));
}

void expectNoneIn(const std::string& text, const std::vector<std::string>& pieces) {
    for (const std::string& piece : pieces)
        EXPECT_THAT(text, Not(HasSubstr(piece)));
}

size_t lineCount(const std::string& text) {
    return static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
}

// A WordPress theme like Business AM's: cookie notice, menu, breadcrumbs, a share bar, a
// "Key takeaways" box, headings and a figure in the body, a newsletter box and a "Lees ook"
// list in the middle of the text, comments, a "Meest gelezen" sidebar and a footer.
TEST(ArticleExtractorTest, WordPressArticleKeepsEveryParagraphAndNoClutter) {
    ExtractedArticle a = extractFile("businessam-wordpress-takeaways-box.html",
                                     "https://businessam.be/belgische-f35-landen-in-florennes/");
    expectAllIn(a.text,
                {"De eerste Belgische F-35’s zijn dinsdagmiddag geland",
                 "Voor de luchtmacht is het een historisch moment.",
                 "Nieuwe hangars en een beveiligde zone", "Florennes is volgens Defensie klaar",
                 "De nieuwe hangars op de vliegbasis van Florennes, gebouwd voor de F-35.",
                 "De piloten die de toestellen overvlogen", "Wat verandert er voor de F-16’s?",
                 "De F-16’s blijven voorlopig in dienst.",
                 "Dit is het begin van een nieuw tijdperk", "Kritiek blijft er ook.",
                 "Het volgende contingent van vier toestellen"});
    expectNoneIn(a.text, {"cookies",
                          "Nieuws\n",
                          "Home",
                          "Kruimelpad",
                          "Deel dit artikel",
                          "Facebook",
                          "LinkedIn",
                          "nieuwsbrief",
                          "Inschrijven",
                          "Lees ook",
                          "NAVO vraagt België",
                          "Reacties",
                          "Eindelijk!",
                          "Laat een reactie",
                          "Meest gelezen",
                          "Beurs van Brussel",
                          "onafhankelijke nieuwssite",
                          "Privacy",
                          "Tags",
                          "Key takeaways",
                          "De eerste vier Belgische F-35A’s"});
    EXPECT_EQ(lineCount(a.text), 11u); // seven paragraphs, two headings, a caption, a quote
    EXPECT_THAT(a.keyTakeaways,
                ElementsAre("De eerste vier Belgische F-35A’s zijn op de vliegbasis van "
                            "Florennes geland.",
                            "De toestellen vervangen vanaf 2027 de F-16’s, die al meer dan "
                            "veertig jaar vliegen.",
                            "Defensie investeert 275 miljoen euro in nieuwe hangars en een "
                            "beveiligde zone."));
    EXPECT_THAT(a.content, HasSubstr("<h2>Nieuwe hangars en een beveiligde zone</h2>"));
    EXPECT_THAT(a.content, HasSubstr("<figure>"));
    EXPECT_THAT(a.content, HasSubstr("<figcaption>"));
    EXPECT_THAT(a.content, HasSubstr("<blockquote>"));
    EXPECT_THAT(a.content, HasSubstr("src=\"https://businessam.be/wp-content/uploads/2026/01/"
                                     "hangar-florennes.jpg\""));
    EXPECT_THAT(a.content, Not(HasSubstr("<form")));
    EXPECT_THAT(a.content, Not(HasSubstr("<script")));
    // From the JSON-LD NewsArticle and Open Graph.
    EXPECT_EQ(a.title,
              "Belgische F-35’s landen in Florennes: wat betekent dat voor de luchtmacht?");
    EXPECT_EQ(a.byline, "Jan Peeters");
    ASSERT_TRUE(a.published);
    EXPECT_EQ(formatIso8601(*a.published), "2026-01-22T13:05:00Z");
    EXPECT_EQ(a.siteName, "Business AM");
    EXPECT_EQ(a.language, "nl-BE");
    EXPECT_EQ(a.image, "https://businessam.be/wp-content/uploads/2026/01/f35-florennes.jpg");
    EXPECT_EQ(a.excerpt, "De eerste Belgische F-35’s zijn geland op de vliegbasis van Florennes.");
}

// A public broadcaster like VRT NWS: a consent dialog, an "In het kort" box, a "Lees ook:"
// paragraph with a list of headlines inside the body, a video embed and "Meer nieuws".
TEST(ArticleExtractorTest, BroadcasterArticleDropsLeesOokAndMeerNieuws) {
    ExtractedArticle a = extractFile("vrtnws-broadcaster-in-het-kort.html",
                                     "https://www.vrt.be/vrtnws/nl/2026/01/22/fregatten-oostzee/");
    expectAllIn(a.text, {"Twee Nederlandse fregatten en een Belgische mijnenjager sluiten zich",
                         "De NAVO startte de operatie vorige week",
                         "Het Nederlandse fregat Zr.Ms. Tromp verlaat de haven",
                         "De Belgische mijnenjager Oostende vertrok", "Drones onder water",
                         "Nieuw is dat de schepen onbemande", "We moeten laten zien dat we er zijn",
                         "Volgens de NAVO is de aanwezigheid",
                         "De missie duurt minstens tot de "
                         "zomer. Daarna"});
    expectNoneIn(a.text,
                 {"privacy", "Alles accepteren", "Ga naar de inhoud", "Net binnen", "Buitenland",
                  "Deel dit artikel", "WhatsApp", "Lees ook", "Kabel tussen Finland", "Meer nieuws",
                  "Leger rekruteert", "Auguste Reyerslaan", "In het kort", "varen mee.\n"});
    EXPECT_THAT(a.keyTakeaways,
                ElementsAre("Twee Nederlandse fregatten en een Belgische mijnenjager varen mee.",
                            "De vloot bewaakt kabels en pijpleidingen op de bodem van de Oostzee.",
                            "De missie duurt minstens tot de zomer."));
    EXPECT_THAT(a.content,
                HasSubstr("src=\"https://www.vrt.be/vrtnws/nl/2026/01/22/zr-fregat.jpg\""));
    EXPECT_THAT(a.content, Not(HasSubstr("iframe")));
    EXPECT_EQ(a.title, "Nederlandse fregatten varen mee in NAVO-vloot in de Oostzee");
    EXPECT_EQ(a.byline, "Lotte Janssens");
    EXPECT_EQ(a.siteName, "VRT NWS");
    ASSERT_TRUE(a.published);
    EXPECT_EQ(formatIso8601(*a.published), "2026-01-22T08:41:00Z");
}

// A ministry page like Defensie.nl, in Windows-1252 by <meta charset>, with <base href>: an
// ordered "Wat je moet weten" list, a data table, "Deel deze pagina" and "Meer over".
TEST(ArticleExtractorTest, MinistryPageReadsCharsetBaseAndKeepsTable) {
    ExtractedArticle a = extractFile("defensie-ministry-windows1252-wat-je-moet-weten.html",
                                     "https://www.defensie.nl/actueel/nieuws/2026/01/22/oefening");
    expectAllIn(a.text, {"De marine heeft deze week voor het eerst geoefend",
                         "verliep de samenwerking „boven verwachting”.", "Nieuwe sonar",
                         "De nieuwe sonarsystemen zijn gevoeliger", "De oefening in cijfers",
                         "Militairen", "420", "Een NH90-helikopter laat een dompelsonar zakken.",
                         "De marine krijgt de komende jaren vier nieuwe onderzeebootjagers"});
    expectNoneIn(a.text, {"Direct naar content", "Onderwerpen", "U bent hier", "Deel deze pagina",
                          "Meer over", "Onderzeedienst", "Sterker door samenwerking",
                          "publieksvoorlichting", "Wat je moet weten"});
    EXPECT_THAT(a.keyTakeaways,
                ElementsAre("De oefening duurde vijf dagen en vond plaats ten noorden van Den "
                            "Helder.",
                            "Voor het eerst werden de nieuwe sonarsystemen op volle zee gebruikt.",
                            "De eerste onderzeebootjager wordt in 2028 aan de marine geleverd."));
    EXPECT_THAT(a.content, HasSubstr("<table>"));
    EXPECT_THAT(a.content, HasSubstr("<caption>De oefening in cijfers</caption>"));
    // "../../binaries/..." against <base href="https://www.defensie.nl/actueel/nieuws/">.
    EXPECT_THAT(a.content,
                HasSubstr("src=\"https://www.defensie.nl/binaries/large/oefening-noordzee.jpg\""));
    EXPECT_EQ(a.title, "Marine oefent met nieuwe onderzeebootjagers");
    EXPECT_EQ(a.siteName, "Defensie.nl");
    EXPECT_EQ(a.language, "nl");
    ASSERT_TRUE(a.published);
    EXPECT_EQ(formatIso8601(*a.published), "2026-01-22T13:05:00Z");
}

// A server that says the charset in its Content-Type wins over a missing <meta>.
TEST(ArticleExtractorTest, HttpCharsetDecodesLegacyBytes) {
    std::string page = "<html><body><article><h1>Nieuws</h1>";
    for (int i = 0; i < 4; ++i)
        page += "<p>De minister van Defensie zegt dat de financi\xEBle steun aan Oekra\xEFne "
                "dit jaar blijft, ook al is het budget krap en vragen de partners meer.</p>";
    page += "</article></body></html>";
    ExtractedArticle a = extractArticle(page, {"https://example.nl/a", "ISO-8859-1"});
    EXPECT_THAT(a.text, HasSubstr("financiële steun aan Oekraïne"));
}

// Pages that render the body with scripts still carry it in JSON-LD articleBody.
TEST(ArticleExtractorTest, JsonLdArticleBodyWhenThePageBodyIsEmpty) {
    std::string body = "Eerste alinea over de nieuwe fregatten van de marine, die in 2028 komen.";
    for (int i = 0; i < 8; ++i)
        body += "\\n\\nNog een alinea met uitleg over de bouw, de kosten en de bemanning van de "
                "schepen, die samen met België worden gebouwd.";
    std::string page = "<html><head><script type=\"application/ld+json\">{\"@context\":"
                       "\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Fregatten"
                       "\",\"articleBody\":\"" +
                       body +
                       "\"}</script></head><body><div id=\"app\"><p>Laden…</p></div>"
                       "<script>render()</script></body></html>";
    ExtractedArticle a = extractArticle(page, {"https://example.nl/a", ""});
    EXPECT_THAT(a.text, HasSubstr("Eerste alinea over de nieuwe fregatten"));
    EXPECT_EQ(lineCount(a.text), 9u);
    EXPECT_EQ(a.title, "Fregatten");
}

// Every kind of page that is not an article gives NotAnArticleError, not boilerplate.
TEST(ArticleExtractorTest, NonArticlePagesGiveNoArticle) {
    for (const char* name :
         {"nos-front-page-teasers.html", "nos-video-page.html", "hln-paywall-premium.html",
          "defensie-error-page-404.html", "demorgen-consent-wall.html"}) {
        SCOPED_TRACE(name);
        EXPECT_THROW(extractFile(name, "https://example.nl/"), NotAnArticleError);
    }
    EXPECT_THROW(extractArticle("", {}), NotAnArticleError);
    EXPECT_THROW(extractArticle("\x00\xFF garbage <<<>>>", {}), NotAnArticleError);
    EXPECT_THROW(extractArticle("<html><body><nav><a href=/>Home</a></nav></body></html>", {}),
                 NotAnArticleError);
}

// The page's own takeaways are found under any of the Dutch and English names, and the box
// never stays in the body.
TEST(ArticleExtractorTest, TakeawaysUnderEveryHeadingName) {
    std::string paragraphs;
    for (int i = 0; i < 5; ++i)
        paragraphs += "<p>De landmacht test deze maand nieuwe voertuigen op de heide bij "
                      "Oirschot, waar ook Duitse eenheden meedoen aan de oefening.</p>";
    for (const char* heading : {"Kernpunten", "In het kort:", "Samenvatting", "Het belangrijkste",
                                "Wat je moet weten", "TL;DR", "Key takeaways"}) {
        SCOPED_TRACE(heading);
        std::string page = "<html><body><article><h1>Test</h1><p>Inleiding van het stuk over de "
                           "landmacht en haar nieuwe voertuigen op de heide.</p><h3>" +
                           std::string(heading) +
                           "</h3><ul><li>Eerste punt.</li><li>Tweede punt.</li></ul>" + paragraphs +
                           "</article></body></html>";
        ExtractedArticle a = extractArticle(page, {"https://example.nl/a", ""});
        EXPECT_THAT(a.keyTakeaways, ElementsAre("Eerste punt.", "Tweede punt."));
        EXPECT_THAT(a.text, Not(HasSubstr("Eerste punt")));
        EXPECT_THAT(a.text, Not(HasSubstr(heading)));
        EXPECT_THAT(a.text, HasSubstr("Inleiding van het stuk"));
    }
}

// Without a takeaways box the list stays empty and a plain list in the body stays in it.
TEST(ArticleExtractorTest, NoTakeawaysBoxLeavesListsInTheBody) {
    std::string page = "<html><body><article><h1>Test</h1>";
    for (int i = 0; i < 4; ++i)
        page += "<p>De marine krijgt nieuwe schepen, die samen met België worden gebouwd en in "
                "2028 in dienst komen, meldt het ministerie.</p>";
    page += "<h2>De schepen</h2><ul><li>Zr.Ms. Karel Doorman, het bevoorradingsschip.</li>"
            "<li>Zr.Ms. Tromp, een luchtverdedigingsfregat.</li></ul></article></body></html>";
    ExtractedArticle a = extractArticle(page, {"https://example.nl/a", ""});
    EXPECT_TRUE(a.keyTakeaways.empty());
    EXPECT_THAT(a.text, HasSubstr("Zr.Ms. Tromp, een luchtverdedigingsfregat."));
}

} // namespace
} // namespace heraut
