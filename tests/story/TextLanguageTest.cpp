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

// Words both languages have ("in", "is", "was", "over", "die", "of", "met") tell nothing; nor
// do names and numbers.
TEST(TextLanguageTest, WordsOfBothLanguagesTellNothing) {
    EXPECT_EQ(guessLanguage("F-35 in Florennes", "F-35 is in Florennes"), StoryLanguage::Unknown);
    EXPECT_EQ(guessLanguage("Patriot, NASAMS, IRIS-T", "2029: 120 YPR-765, 85 mln"),
              StoryLanguage::Unknown);
    EXPECT_EQ(guessLanguage("Vijf of zes F-16's", "Hij was met de minister"), StoryLanguage::Dutch);
    EXPECT_EQ(guessLanguage("Minister met Ukrainian counterpart", "Talks of peace"),
              StoryLanguage::Unknown);
    // Alone, "met" is no Dutch and "of" no English.
    EXPECT_EQ(guessLanguage("Minister met counterpart", ""), StoryLanguage::Unknown);
    EXPECT_EQ(guessLanguage("Talks of peace", ""), StoryLanguage::Unknown);
}

// Designations with letters and digits are one word: "F-35A", "A400M" and "C-130J" hold no
// English "a", and the Dutch report stays Dutch.
TEST(TextLanguageTest, DesignationsAreNoWords) {
    EXPECT_EQ(guessLanguage("A400M en F-35A in actie", "Een A400M, twee C-130J en vier F-35A"),
              StoryLanguage::Dutch);
    EXPECT_EQ(guessLanguage("A400M, F-35A, KDC-10A", "A400M A400M F-35A"), StoryLanguage::Unknown);
}

// Curly quotes, guillemets and no-break spaces part words as spaces do: "‘de" is "de".
TEST(TextLanguageTest, Utf8PunctuationPartsWords) {
    EXPECT_EQ(guessLanguage("\u2018De\u2019 \u00abhet\u00bb", "van\u00a0een"),
              StoryLanguage::Dutch);
    EXPECT_EQ(guessLanguage("\u201cThe\u201d \u2014and", "to\u00a0a"), StoryLanguage::English);
}

// A report in French or German, as Belgian and German outlets write, is neither: its "de",
// "en", "a" and "die" do not make it Dutch or English.
TEST(TextLanguageTest, FrenchAndGermanReportsAreNeither) {
    EXPECT_EQ(guessLanguage("La Belgique envoie des F-16 en Ukraine",
                            "La Belgique a livr\u00e9 les premiers avions de chasse \u00e0 "
                            "l'Ukraine, a annonc\u00e9 le ministre de la D\u00e9fense."),
              StoryLanguage::Unknown);
    EXPECT_EQ(guessLanguage("Die Bundeswehr und die Niederlande",
                            "Das deutsch-niederl\u00e4ndische Korps ist in M\u00fcnster und wird "
                            "von einem Niederl\u00e4nder gef\u00fchrt."),
              StoryLanguage::Unknown);
    // German "will" (wants) is no English when the German words outnumber it.
    EXPECT_EQ(guessLanguage("Die Bundeswehr will mehr Soldaten",
                            "Das Ministerium will die Wehrpflicht und ist dazu bereit."),
              StoryLanguage::Unknown);
    // A Dutch report that names a French paper stays Dutch.
    EXPECT_EQ(guessLanguage("Kritiek op de aankoop",
                            "Volgens La Libre Belgique is het contract voor de drones te duur."),
              StoryLanguage::Dutch);
    // "pas" and "von" are Dutch words and parts of names as well: they make nothing neither.
    EXPECT_EQ(guessLanguage("Fregatten pas in 2030 op zee", ""), StoryLanguage::Dutch);
    EXPECT_EQ(guessLanguage("Von der Leyen will more", ""), StoryLanguage::English);
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

// The opening ends at a word's end: the first half of a word cut at the 800th byte is no word.
TEST(TextLanguageTest, TheOpeningEndsAtAWordsEnd) {
    std::string text(796, 'x');
    text[0] = ' ';
    text += " then"; // "the" at bytes 797-799 would be English if the cut kept it
    EXPECT_EQ(guessLanguage("", text), StoryLanguage::Unknown);
    text = std::string(796, ' ') + "the then"; // a whole "the" before the cut counts
    EXPECT_EQ(guessLanguage("", text), StoryLanguage::English);
    text = std::string(797, ' ') + "the then"; // "the" ends at the 800th byte itself
    EXPECT_EQ(guessLanguage("", text), StoryLanguage::English);
}

} // namespace
} // namespace heraut::story
