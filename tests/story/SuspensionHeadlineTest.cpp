// SPDX-License-Identifier: GPL-3.0-or-later
// Which headlines report a suspension (a fleet grounded, training halted), an event of its own
// beside the incident that caused it.
#include "SuspensionHeadline.h"

#include <gtest/gtest.h>

namespace heraut::story {
namespace {

TEST(SuspensionHeadlineTest, DutchGroundingsAndHaltsAreSuspensions) {
    for (const char* headline : {
             "Alle Apache-gevechtshelikopters aan de grond na crash in Texas",
             "Defensie zet alle NH90-helikopters aan de grond na crash",
             "Stil op Gilze-Rijen: Apaches blijven aan de grond",
             "Landmacht schort rijoefeningen met CV90 tijdelijk op",
             "Oefeningen met scherpe handgranaten opgeschort",
             "Landmacht stopt voorlopig met oefenen met CV90 na ongeluk Oirschot",
             "Luchtmacht stopt met vliegen boven de Waddenzee",
             "Defensie zet oefeningen met handgranaten stop na ongeluk",
             "Tijdelijke stop op gebruik scherpe handgranaten",
             "Vliegverbod voor alle Chinooks na vondst metaaldeeltjes",
             "ALLE F-16'S AAN DE GROND",
             "Alle Apaches aan de grond, onderzoek loopt",
             "Stop op militaire treinen: Amerikanen wijken uit naar de Rijn",
             "Landmacht scherpt regels voor oefenen bij hitte aan",
             "Veiligheidsregels op schietbanen aangescherpt",
             "Luymes blijft in haven na vastlopen Snellius",
             "Marine houdt zusterschip Rotterdam voorlopig in de haven na storing",
             "Zusterschip Snellius mag niet uitvaren, mogelijk fout in zeekaart",
             "Extra inspecties na storing op Zr.Ms. Johan de Witt",
             "Twee branden in twee dagen: Defensie laat alle magazijnen controleren",
             "Strengere regels voor vervoer van wapens",
             "Defensie verbiedt wapens in priv\xc3\xa9auto's",
             "Wapenverbod in eigen auto na diefstal pistool",
             "Na blikseminslagen: oefenen bij onweer voortaan verboden",
             "Wapens in eigen auto verboden na diefstal pistool",
         })
        EXPECT_TRUE(reportsSuspension(headline)) << headline;
}

TEST(SuspensionHeadlineTest, EnglishGroundingsAndHaltsAreSuspensions) {
    for (const char* headline : {
             "Netherlands grounds entire NH90 fleet after fatal crash",
             "Dutch Apache fleet grounded after Texas crash",
             "Dutch Army suspends CV90 field training after rollover injures three soldiers",
             "Army halts live-fire training after grenade accident",
             "Live-fire training halted after accident at Oldebroek",
             "Grounds for concern: Dutch air force grounds F-35s",
             "F-35s grounded",
             "Dutch Army tightens heat rules after recruits collapse",
             "Royal Netherlands Navy Keeps HNLMS Luymes in Port After Snellius Grounding",
             "Navy orders fleet inspections after LPD breakdown",
             "Navy keeps survey ship in port after Snellius grounding",
             "Army tightens safety rules after grenade accident",
             "Belgium halts Lebanon demining after peacekeepers wounded",
         })
        EXPECT_TRUE(reportsSuspension(headline)) << headline;
}

// The incident itself (a ship run aground too), a demand to stop, a place called grounds, a line a
// blast stopped, and a maker stopping deliveries (its own event, not a halt the forces decide on)
// are not.
TEST(SuspensionHeadlineTest, IncidentsAndOtherStopsAreNot) {
    for (const char* headline : {
             "Apache-gevechtshelikopter neergestort bij Fort Hood in Texas",
             "Chinook maakt voorzorgslanding in weiland bij Liempde",
             "Kamer zet druk op Brekelmans: 'Stop met vrijblijvendheid'",
             "Belgian troops train on Norwegian training grounds",
             "Court rules on the grounds of a leaked memo",
             "Blast at Mecar plant halts 155 mm filling line",
             "Lockheed Martin stopt opnieuw met leveren van F-35's",
             "Landmacht opent nieuw oefenterrein bij Oirschot",
             "Zr.Ms. Snellius aan de grond gelopen",
             "Fregat loopt aan de grond",
             "Survey ship freed after Snellius grounding",
             "HNLMS Snellius grounded off Texel",
             "Grounds for concern over F-35 delays",
             "Fregat Tromp terug in de haven van Den Helder",
             "Haven van Rotterdam oefent met militair transport",
             "Inspectie: Defensie schiet tekort bij opvang veteranen",
             "Frigate arrives in port of Rotterdam after six months",
             "Marine houdt oefening in haven van Den Helder",
             "Haven Rotterdam blijft cruciaal voor NAVO-transport",
             "Russian warship remains in port of Tartus after drone strike",
             "Russia tightens grip on Pokrovsk",
             "Laatste Leopards geleverd",
             "Vermiste militair niet meer in leven",
             "Cyberaanval op defensiebedrijf: Francken wil strengere regels",
             "Verboden wapenexport: rechter spreekt fabrikant vrij",
             "Douane vindt verboden wapens in container",
             "Kamer wil verband tussen inbraken onderzoeken",
             "Laat ons met rust, zeggen omwonenden van de schietbaan",
             "",
             "aan de",
         })
        EXPECT_FALSE(reportsSuspension(headline)) << headline;
}

} // namespace
} // namespace heraut::story
