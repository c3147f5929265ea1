// SPDX-License-Identifier: GPL-3.0-or-later
// Which headlines report a protest (a blockade, a demonstration, activists, a strike), an event of
// its own beside what it is against.
#include "ProtestHeadline.h"

#include <gtest/gtest.h>

namespace heraut::story {
namespace {

TEST(ProtestHeadlineTest, BlockadesDemonstrationsAndStrikesAreProtests) {
    for (const char* headline : {
             "Actievoerders blokkeren ingang van defensiebeurs op de Heizel",
             "38 betogers opgepakt aan wapenbeurs",
             "Duizenden militairen betogen in Brussel tegen pensioenhervorming",
             "Vredesactivisten dringen basis Kleine-Brogel binnen",
             "Boerenblokkade bij vliegbasis na acht uur opgeheven",
             "Militairen protesteren, maar regering houdt vast aan hervorming",
             "Staking legt productie stil bij John Cockerill Defense",
             "DEMONSTRANTEN BIJ DE POORT VAN VOLKEL",
             "Belgian police detain 38 protesters at Brussels arms fair",
             "Activists block gate of Volkel air base",
             "Farmers' blockade at the gate of Leeuwarden air base ends",
             "Boeren blokkeren hoofdpoort vliegbasis Leeuwarden",
             "Demonstrators block gate of Volkel air base",
             "Protest tegen wapenbeurs op de Heizel",
             "Boerenprotest bij vliegbasis Leeuwarden",
             "\xe2\x80\x98Staking\xe2\x80\x99 bij Damen",
         })
        EXPECT_TRUE(reportsProtest(headline)) << headline;
}

// A missile strike, a system shown, an argument, a search called off, the fair itself, a state
// that blocks aid or protests to another, and a navy's blockade are not.
TEST(ProtestHeadlineTest, StrikesOfWarDemonstrationsOfSystemsAndTheEventItselfAreNot) {
    for (const char* headline : {
             "Russian strike on Odesa port kills four",
             "Netherlands joins ELSA long-range strike effort",
             "Demonstratie van dronezwerm op Vlieland",
             "Minister betoogt dat de begroting volstaat",
             "Zoektocht naar korporaal gestaakt",
             "Defensiebeurs BEDEX opent met recordaantal exposanten",
             "Hongarije blokkeert EU-steun voor Oekra\xc3\xafne",
             "Houthi blockade of Red Sea continues",
             "China protests Dutch frigate transit",
             "China lodges protest over Dutch frigate",
             "Defensie test blockchain voor logistiek",
             "Germany contracts Thales Nederland for APAR Block 2 radars for F127 frigates",
             "Dutch navy fires first SM-2 Block IIIC as Europe eyes longer-range air defense",
             "",
         })
        EXPECT_FALSE(reportsProtest(headline)) << headline;
}

} // namespace
} // namespace heraut::story
