// SPDX-License-Identifier: GPL-3.0-or-later
// Which articles their outlet marks as commentary (a column, an opinion piece, a newsletter, a
// weekly round-up, an analysis): they name several events and join none.
#include "CommentaryMarker.h"

#include <gtest/gtest.h>

namespace heraut::story {
namespace {

const std::optional<std::string> kNewsLink = "https://nos.nl/artikel/2651233-fregat-van-speijk";

TEST(CommentaryMarkerTest, LabelledHeadlinesAndRoundUpsAreCommentary) {
    for (const char* headline : {
             "Column: Kamer wil dienstplichtigen, maar wie bemant de Tromp?",
             "OPINIE: Europa moet zijn eigen luchtverdediging betalen",
             "Brussels Playbook: Francken's busy week",
             "Analysis: Europe's conventional submarine market enters a crowded decade",
             "Commentaar: te weinig, te laat",
             "De week van Theo Francken: gps-storing, tijgers en een leenplan",
             "Benelux defence week in review: drones, budgets and a frigate",
         })
        EXPECT_TRUE(isCommentary(headline, {}, kNewsLink)) << headline;
}

TEST(CommentaryMarkerTest, ATakeawayOrALinkCanSayIt) {
    EXPECT_TRUE(isCommentary("Francken op zijn best", {"Column. De minister had een goede week."},
                             kNewsLink));
    EXPECT_TRUE(isCommentary("Wie bemant de Tromp?", {},
                             "https://www.telegraaf.nl/nieuws/1505561/column-kamer-wil"));
    EXPECT_TRUE(isCommentary("Een leger zonder reservisten", {},
                             "https://www.standaard.be/opinie/dmf20270515_97716044"));
    EXPECT_TRUE(isCommentary("Francken has a busy week", {},
                             "https://www.politico.eu/newsletter/brussels-playbook/busy-week/"));
}

// A piece on the sector's shares names the week's orders and reports none of them.
TEST(CommentaryMarkerTest, PiecesOnTheSectorsSharesAreCommentary) {
    for (const char* headline : {
             "Defensieaandelen veren op na reeks Europese bestellingen",
             "DEFENSIEAANDELEN: de orders stapelen zich op, de koersen minder",
             "Defensiefondsen blijven in trek",
             "Defence stocks rally as NATO allies raise budgets",
             "European defense shares slip after ceasefire talk",
             "Europese defensieaandelen stijgen na NAVO-top",
         })
        EXPECT_TRUE(isCommentary(headline, {}, kNewsLink)) << headline;
}

// News, whatever words it uses: a column of tanks, an analysis filed under a trade site's
// "analysis" section, a minister's opinion reported, a week named in a headline.
TEST(CommentaryMarkerTest, NewsIsNot) {
    EXPECT_FALSE(isCommentary("Russian column of tanks seen near Kharkiv", {}, kNewsLink));
    EXPECT_FALSE(isCommentary("Tank column: 40 vehicles cross the border at dawn", {}, kNewsLink));
    EXPECT_FALSE(isCommentary("Netherlands orders Spike LR2 missiles", {},
                              "https://www.janes.com/analysis/netherlands-orders-spike"));
    EXPECT_FALSE(
        isCommentary("Brekelmans: opinion of the Kamer is clear, Patriots go", {}, kNewsLink));
    EXPECT_FALSE(isCommentary("Week van de veteraan begint in Den Haag", {}, kNewsLink));
    // One company's share moving on an order reports the order.
    EXPECT_FALSE(isCommentary("Aandeel Thales stijgt na radarorder", {}, kNewsLink));
    EXPECT_FALSE(isCommentary("Rheinmetall shares jump on Dutch ammunition order", {}, kNewsLink));
    EXPECT_FALSE(isCommentary("Defence minister shares plan for reservists", {}, kNewsLink));
    EXPECT_FALSE(
        isCommentary("Defence shares footage of intercept over the Baltic", {}, kNewsLink));
    EXPECT_FALSE(isCommentary("Fregat Van Speijk stuurloos voor Noorse kust",
                              {"Het schip wordt naar Bergen gesleept."}, std::nullopt));
    EXPECT_FALSE(isCommentary("", {}, std::nullopt));
}

} // namespace
} // namespace heraut::story
