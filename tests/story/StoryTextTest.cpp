// SPDX-License-Identifier: GPL-3.0-or-later
// The words grouping compares: a Dutch and an English report of one event must read the names
// they share as one word, whatever language and form each outlet uses.
#include "StoryText.h"

#include <gtest/gtest.h>

namespace heraut::story {
namespace {

std::vector<std::uint64_t> keysOf(std::string_view text) {
    std::vector<Word> words;
    appendWords(text, words, 100);
    std::vector<std::uint64_t> keys;
    for (const Word& w : words)
        keys.push_back(w.key);
    return keys;
}

std::uint64_t keyOfOne(std::string_view word) {
    std::vector<std::uint64_t> keys = keysOf(word);
    EXPECT_EQ(keys.size(), 1u) << word;
    return keys.empty() ? 0 : keys.front();
}

TEST(StoryTextTest, ACountrysAdjectiveIsItsNameInDutchAndEnglish) {
    struct Forms {
        std::vector<const char*> words;
        const char* name;
    };
    const Forms countries[] = {
        {{"België", "Belgische", "belgisch", "Belgian", "Belgium"}, "belgium"},
        {{"Nederland", "Nederlandse", "Nederlands", "Dutch", "Netherlands"}, "netherlands"},
        {{"Duitsland", "Duitse", "German", "Germany"}, "germany"},
        {{"Oekraïne", "Oekraïense", "Ukrainian", "Ukraine"}, "ukraine"},
        {{"Frankrijk", "Franse", "French", "France"}, "france"},
        {{"Zweden", "Zweedse", "Swedish", "Sweden"}, "sweden"},
        {{"Tsjechië", "Tsjechische", "Czech"}, "czechia"},
        {{"Schotland", "Schotse", "Scottish", "Scotland"}, "scotland"},
        {{"Libanon", "Libanese", "Lebanese", "Lebanon"}, "lebanon"},
        {{"Chinese", "China"}, "china"},
    };
    for (const Forms& country : countries)
        for (const char* word : country.words)
            EXPECT_EQ(keyOfOne(word), wordKey(country.name)) << word;
}

TEST(StoryTextTest, CitiesWithADutchNameReadAsTheEnglishOne) {
    EXPECT_EQ(keyOfOne("Antwerpen"), keyOfOne("Antwerp"));
    EXPECT_EQ(keyOfOne("Luik"), keyOfOne("Liège"));
    EXPECT_EQ(keyOfOne("Warschau"), keyOfOne("Warsaw"));
    EXPECT_NE(keyOfOne("Antwerpen"), keyOfOne("Brussel"));
}

TEST(StoryTextTest, TwoWordEnglishNamesReadAsTheDutchWordForThem) {
    EXPECT_EQ(keysOf("Wadden Sea"), keysOf("Waddenzee"));
    EXPECT_EQ(keysOf("North Sea"), keysOf("Noordzee"));
    EXPECT_EQ(keysOf("air defence"), keysOf("luchtverdediging"));
    EXPECT_EQ(keysOf("the Wadden islands").size(), 2u); // "wadden" alone stays a word
}

TEST(StoryTextTest, ADesignationsEnglishPluralIsTheDesignation) {
    EXPECT_EQ(keyOfOne("F-16s"), keyOfOne("F-16"));
    EXPECT_EQ(keyOfOne("F-16's"), keyOfOne("F-16"));
    EXPECT_EQ(keyOfOne("CV90s"), keyOfOne("CV90"));
    EXPECT_EQ(keyOfOne("P-8s"), keyOfOne("P-8"));
    EXPECT_NE(keyOfOne("F-16"), keyOfOne("F-35"));
}

TEST(StoryTextTest, OnlyTheHomeCountriesAreHomeCountries) {
    EXPECT_TRUE(isHomeCountry(keyOfOne("België")));
    EXPECT_TRUE(isHomeCountry(keyOfOne("Dutch")));
    EXPECT_TRUE(isHomeCountry(keyOfOne("Nederlandse")));
    EXPECT_FALSE(isHomeCountry(keyOfOne("Duitsland")));
    EXPECT_FALSE(isHomeCountry(keyOfOne("Letland")));
    EXPECT_FALSE(isHomeCountry(keyOfOne("CV90")));
}

TEST(StoryTextTest, TheSameReportInDutchAndEnglishSharesItsNames) {
    std::vector<std::uint64_t> dutch = keysOf("Belgische paracommando's naar Benin");
    std::vector<std::uint64_t> english = keysOf("Belgian paratroopers head to Benin");
    int shared = 0;
    for (std::uint64_t key : dutch)
        shared += std::count(english.begin(), english.end(), key) > 0;
    EXPECT_EQ(shared, 2); // belgium, benin
}

} // namespace
} // namespace heraut::story
