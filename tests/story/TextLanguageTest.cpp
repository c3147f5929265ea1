// SPDX-License-Identifier: GPL-3.0-or-later
// The language grouping reads an article in: a Dutch and an English report of one event may
// share fewer words, so each must be known for what it is, from its headline and opening.
#include "TextLanguage.h"

#include <gtest/gtest.h>

namespace heraut::story {
namespace {

TEST(TextLanguageTest, DutchAndFlemishReportsAreDutch) {
    EXPECT_EQ(guessLanguage("Nederland stuurt 120 oude pantservoertuigen naar Oekraïne",
                            "Nederland geeft Oekraïne 120 YPR-765 pantservoertuigen. Dat schrijft "
                            "de minister van Defensie in een brief aan de Tweede Kamer."),
              StoryLanguage::Dutch);
    EXPECT_EQ(guessLanguage("Matroos komt om bij ongeval op marineschip in Zeebrugge",
                            "Een matroos van 24 is woensdag om het leven gekomen bij een "
                            "arbeidsongeval op de marinebasis."),
              StoryLanguage::Dutch);
    // A headline alone tells it too, when it has a function word.
    EXPECT_EQ(guessLanguage("Defensie stopt met oefenen op de Waal", ""), StoryLanguage::Dutch);
}

TEST(TextLanguageTest, WireItemsAndTradePressAreEnglish) {
    EXPECT_EQ(guessLanguage("Netherlands to give Ukraine 120 armoured personnel carriers",
                            "The Netherlands will give Ukraine 120 YPR-765 armoured personnel "
                            "carriers being retired by the Dutch army, the minister said."),
              StoryLanguage::English);
    EXPECT_EQ(guessLanguage("Belgian Navy Boards Shadow Fleet Tanker off Ostend", ""),
              StoryLanguage::Unknown);
    EXPECT_EQ(guessLanguage("Belgian Navy Boards Shadow Fleet Tanker off Ostend",
                            "Belgian sailors boarded the tanker on Thursday, the navy said."),
              StoryLanguage::English);
}

// Words both languages have ("in", "is", "was", "over", "die") tell nothing; nor do names and
// numbers; a text in a third language is neither.
TEST(TextLanguageTest, WordsOfBothLanguagesAndOtherLanguagesTellNothing) {
    EXPECT_EQ(guessLanguage("F-35 in Florennes", "F-35 is in Florennes"), StoryLanguage::Unknown);
    EXPECT_EQ(guessLanguage("Patriot, NASAMS, IRIS-T", "2029: 120 YPR-765, 85 mln"),
              StoryLanguage::Unknown);
    EXPECT_EQ(guessLanguage("Les Belges envoient des F-16 en Ukraine",
                            "La Belgique a livré ses premiers avions à l'Ukraine."),
              StoryLanguage::Unknown);
}

// Only the opening is read: a Dutch article with a long English document quoted after its
// opening stays Dutch.
TEST(TextLanguageTest, OnlyTheOpeningIsRead) {
    std::string text;
    for (int i = 0; i < 20; ++i)
        text += "De minister van Defensie zegt dat het kabinet de fregatten niet naar de Rode Zee "
                "stuurt, maar naar de Straat van Hormuz. ";
    for (int i = 0; i < 200; ++i)
        text += "The ship and the crew of the frigate will sail with the allies. ";
    EXPECT_EQ(guessLanguage("Fregat naar Hormuz", text), StoryLanguage::Dutch);
}

} // namespace
} // namespace heraut::story
