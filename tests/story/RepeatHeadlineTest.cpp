// SPDX-License-Identifier: GPL-3.0-or-later
// Which headlines report a repeat: another incident like one shortly before it, an event of its
// own that names the earlier one with most of its words.
#include "RepeatHeadline.h"

#include <gtest/gtest.h>

namespace heraut::story {
namespace {

TEST(RepeatHeadlineTest, HeadlinesOpeningWithAgainAreRepeats) {
    for (const char* headline : {
             "Weer inbraak bij Defensie, nu op munitiecomplex bij Vredepeel",
             "Opnieuw drones gespot boven vliegbasis Kleine-Brogel",
             "WEER LASER OP HELIKOPTER",
             "Alweer een legertruck in de berm",
             "Nogmaals verdachte drone boven Volkel",
             "W\xc3\xa9\xc3\xa9r een inbraak op een kazerne",
             "Again: drones over Kleine-Brogel",
             "Another Dutch helicopter lasered, this time over Den Helder",
         })
        EXPECT_TRUE(reportsRepeat(headline)) << headline;
}

TEST(RepeatHeadlineTest, TheOtherPlaceOrACountIsARepeat) {
    for (const char* headline : {
             "Kabel beschadigd in Noordzee, nu voor de Belgische kust",
             "Nu ook drones boven Gilze-Rijen",
             "Inbraak bij Defensie (nu in Vredepeel)",
             "Laser op helikopter \xe2\x80\x93 nu boven Breda",
             "\xe2\x80\x98Weer inbraak bij kazerne\xe2\x80\x99",
             "Tweede inbraak in drie maanden bij munitiedepot",
             "Second breach in a month at Volkel",
             "Brand op militair domein, nu in Peutie",
             "Laserincident nu ook bij Gilze-Rijen",
             "Legerhelikopter boven Breda met laser beschenen, tweede keer deze week",
             "Tweede inbraak in twee dagen: hoe veilig zijn onze kazernes?",
             "Derde verdwaalde kogel in een week bij schietkamp",
             "Helicopter lasered for the second time this week",
             "Third break-in in two days at Dutch army depot",
             "Second incident in a week at Volkel",
         })
        EXPECT_TRUE(reportsRepeat(headline)) << headline;
}

// "Weer" and "again" inside a headline mostly say a thing is back; ordinals count other things;
// "nu" before no place is the present.
TEST(RepeatHeadlineTest, ThingsBackAndOtherOrdinalsAreNot) {
    for (const char* headline : {
             "Snellius weer vlot, schade aan schroef en roer",
             "Militaire vrachtwagen in berm bij Harlingen, N31 weer open",
             "Nederland heeft na 15 jaar weer een eigen tank",
             "Lockheed pauses F-35 deliveries again over software issues",
             "Tweede Kamer wil opheldering over inbraak in Ermelo",
             "Mijn uit Tweede Wereldoorlog aangespoeld op strand",
             "Marine krijgt tweede fregat in twee jaar",
             "Second batch of CV90s arrives in Oirschot",
             "Germany pledges another Patriot battery to Ukraine",
             "Defensie wil nu snel nieuwe tanks",
             "Brand op de Leusderheide nu op 200 hectare",
             "Tekort aan militairen nu op hoogste punt",
             "Defensie investeert nu in drones",
             "Zoektocht naar vermiste militair op tweede dag",
             "Russian offensive enters third day",
             "Tweede Kamer krijgt in twee weken brief over munitie",
             "Luchtafweer en geweren voor Oekra\xc3\xafne",
             "Weerbericht: storm legt oefening stil",
             "",
             "   ",
         })
        EXPECT_FALSE(reportsRepeat(headline)) << headline;
}

} // namespace
} // namespace heraut::story
