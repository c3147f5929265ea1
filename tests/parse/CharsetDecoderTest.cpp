// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/CharsetDecoder.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

TEST(CharsetDecoder, Utf8BomIsRemoved) {
    DecodedText d = decodeToUtf8("\xEF\xBB\xBF<rss/>");
    EXPECT_EQ(d.utf8, "<rss/>");
    EXPECT_EQ(d.encoding, "UTF-8");
}

TEST(CharsetDecoder, Utf16LittleEndianWithBom) {
    std::string bytes("\xFF\xFE<\0r\0\xEB\0", 8);
    DecodedText d = decodeToUtf8(bytes);
    EXPECT_EQ(d.utf8, "<rë");
}

TEST(CharsetDecoder, Utf16BigEndianWithoutBomFromTheDeclaration) {
    std::string bytes("\0<\0?\0x\0m\0l", 10);
    EXPECT_EQ(decodeToUtf8(bytes).utf8, "<?xml");
}

TEST(CharsetDecoder, DeclarationBeatsHttpCharset) {
    std::string bytes = "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><t>\xA4</t>";
    DecodedText d = decodeToUtf8(bytes, "windows-1252");
    EXPECT_NE(d.utf8.find("<t>€</t>"), std::string::npos) << d.utf8; // 0xA4 is € in Latin-9
}

TEST(CharsetDecoder, BomBeatsDeclaration) {
    std::string bytes = "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><t>é</t>";
    EXPECT_NE(decodeToUtf8(bytes).utf8.find("<t>é</t>"), std::string::npos);
}

TEST(CharsetDecoder, HttpCharsetUsedWithoutDeclaration) {
    std::string bytes = "<t>caf\xE9</t>";
    EXPECT_EQ(decodeToUtf8(bytes, "ISO-8859-1").utf8, "<t>café</t>");
}

TEST(CharsetDecoder, Latin1LabelDecodesAsWindows1252SoCurlyQuotesSurvive) {
    std::string bytes = "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><t>\x93Ja\x94</t>";
    EXPECT_NE(decodeToUtf8(bytes).utf8.find("“Ja”"), std::string::npos);
}

TEST(CharsetDecoder, ValidUtf8UnderALegacyLabelStaysUtf8) {
    std::string bytes = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><t>Oekraïne</t>";
    DecodedText d = decodeToUtf8(bytes);
    EXPECT_EQ(d.encoding, "UTF-8");
    EXPECT_NE(d.utf8.find("Oekraïne"), std::string::npos);
}

// UTF-8 with a Windows-1252 text pasted in: the stray bytes mean what Windows meant.
TEST(CharsetDecoder, StrayBytesInUtf8AreReadAsWindows1252WithAWarning) {
    const std::pair<const char*, const char*> cases[] = {
        {"<t>don\x92t</t>", "<t>don’t</t>"},
        {"<t>\x93Ja\x94, caf\xE9 \x80 5 \x96 na\xEF"
         "ef</t>",
         "<t>“Ja”, café € 5 – naïef</t>"},
        {"<t>Oekra\xEFne \xA0 Oekraïne</t>", "<t>Oekraïne \u00A0 Oekraïne</t>"},
        {"<?xml version=\"1.0\" encoding=\"utf-8\"?><t>\x85</t>",
         "<?xml version=\"1.0\" encoding=\"utf-8\"?><t>…</t>"},
    };
    for (auto [bytes, expected] : cases) {
        DecodedText d = decodeToUtf8(bytes);
        EXPECT_EQ(d.utf8, expected);
        EXPECT_EQ(d.encoding, "UTF-8");
        ASSERT_EQ(d.warnings.size(), 1u) << bytes;
        EXPECT_NE(d.warnings[0].find("Windows-1252"), std::string::npos) << d.warnings[0];
    }
    EXPECT_EQ(decodeToUtf8("<t>don\x92t</t>", "utf-8").utf8, "<t>don’t</t>");
}

// Overlong forms, surrogates and bytes no table defines are damage, not text.
TEST(CharsetDecoder, InvalidUtf8SequencesAreReplacedAndReported) {
    DecodedText d = decodeToUtf8("<t>a\xC0\xAF(b\xED\xA0\x80\xF4\x90\x80\x80\x81</t>");
    EXPECT_TRUE(isValidUtf8(d.utf8));
    std::string fffd = "\xEF\xBF\xBD";
    EXPECT_EQ(d.utf8, "<t>a" + fffd + fffd + "(b" + fffd + fffd + fffd + fffd + fffd + fffd + fffd +
                          fffd + "</t>");
    ASSERT_EQ(d.warnings.size(), 1u);
}

TEST(CharsetDecoder, Latin1WithWindows1252PunctuationIsReadAsWindows1252WithAWarning) {
    DecodedText d =
        decodeToUtf8("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><t>don\x92t \x80\xE9</t>");
    EXPECT_NE(d.utf8.find("<t>don’t €é</t>"), std::string::npos) << d.utf8;
    ASSERT_EQ(d.warnings.size(), 1u);
    EXPECT_NE(d.warnings[0].find("WINDOWS-1252"), std::string::npos) << d.warnings[0];
    // Latin-1 that uses no C1 byte is simply Latin-1.
    EXPECT_TRUE(decodeToUtf8("<t>caf\xE9</t>", "iso-8859-1").warnings.empty());
}

// C1 characters that survived as UTF-8 (a 1252 text converted as Latin-1) or came from another
// ISO-8859 part: read through the Windows code page of the same script.
TEST(CharsetDecoder, C1ControlCharactersBecomeWhatTheWritersSystemMeant) {
    DecodedText utf8 = decodeToUtf8("<t>don\xC2\x92t \xC2\x93Ja\xC2\x94</t>");
    EXPECT_EQ(utf8.utf8, "<t>don’t “Ja”</t>");
    EXPECT_EQ(utf8.warnings.size(), 1u);
    // 0x9C is "ś" in Windows-1250, the sibling of Latin-2, and "œ" in Windows-1252.
    DecodedText latin2 =
        decodeToUtf8("<?xml version=\"1.0\" encoding=\"iso-8859-2\"?><t>\xB1 \x9C</t>");
    EXPECT_NE(latin2.utf8.find("<t>ą ś</t>"), std::string::npos) << latin2.utf8;
    EXPECT_EQ(latin2.warnings.size(), 1u);
}

TEST(CharsetDecoder, Utf8DecodedTwiceIsRepaired) {
    const std::pair<const char*, const char*> cases[] = {
        {"donâ€™t", "don’t"},
        {"â€œJaâ€\xC2\x9D, cafÃ© Ã\xC2\xA0la carte", "“Ja”, café àla carte"},
        {"OekraÃ¯ne Ã‰tÃ© Â£5 Â°C", "Oekraïne Été £5 °C"},
        {"ðŸš¢ â€“ â‚¬", "🚢 – €"},
        // read as ISO-8859-1 rather than 1252: C1 characters where the punctuation was
        {"don\xC3\xA2\xC2\x80\xC2\x99t \xC3\x83\xC2\x81", "don’t Á"},
    };
    for (auto [input, expected] : cases) {
        DecodedText d = decodeToUtf8("<t>" + std::string(input) + "</t>");
        EXPECT_EQ(d.utf8, "<t>" + std::string(expected) + "</t>") << input;
        ASSERT_FALSE(d.warnings.empty()) << input;
        EXPECT_NE(d.warnings[0].find("twice"), std::string::npos) << d.warnings[0];
    }
}

// Letters before quotes and dashes are text, not damage: only unambiguous sequences change.
TEST(CharsetDecoder, TextThatOnlyLooksDoubleEncodedIsLeftAlone) {
    for (const char* text : {"Zr.Ms. Karel Doorman – “bevoorrading” 🚢", "Ä“ Å’s Ø” ß“ Ð•",
                             "café’s naïef “Oekraïne”", "São Paulo, Ã and Â alone", "é’s à la"}) {
        DecodedText d = decodeToUtf8("<t>" + std::string(text) + "</t>");
        EXPECT_EQ(d.utf8, "<t>" + std::string(text) + "</t>") << text;
        EXPECT_TRUE(d.warnings.empty()) << text << ": " << d.warnings.at(0);
    }
}

TEST(CharsetDecoder, UnknownEncodingFallsBackToUtf8WithAWarning) {
    DecodedText d = decodeToUtf8("<?xml version=\"1.0\" encoding=\"x-klingon\"?><t>\xE9</t>");
    EXPECT_TRUE(isValidUtf8(d.utf8));
    EXPECT_FALSE(d.warnings.empty());
}

// An unknown label is reported even when nothing in the bytes needed it.
TEST(CharsetDecoder, UnknownEncodingIsReportedWhenTheBytesAreAscii) {
    DecodedText declared = decodeToUtf8("<?xml version=\"1.0\" encoding=\"x-klingon\"?><t/>");
    ASSERT_EQ(declared.warnings.size(), 1u);
    EXPECT_NE(declared.warnings[0].find("X-KLINGON"), std::string::npos);
    DecodedText http = decodeToUtf8("<t/>", "x-vulcan");
    ASSERT_EQ(http.warnings.size(), 1u);
    EXPECT_NE(http.warnings[0].find("X-VULCAN"), std::string::npos);
}

TEST(CharsetDecoder, UnknownDeclarationGivesWayToTheHttpCharset) {
    DecodedText d =
        decodeToUtf8("<?xml version=\"1.0\" encoding=\"x-klingon\"?><t>\xA4</t>", "iso-8859-15");
    EXPECT_NE(d.utf8.find("<t>€</t>"), std::string::npos) << d.utf8;
    EXPECT_EQ(d.encoding, "ISO-8859-15");
    EXPECT_EQ(d.warnings.size(), 1u);
}

// A declaration read as ASCII cannot be UTF-16: the label is wrong, the bytes are 8-bit.
TEST(CharsetDecoder, Utf16DeclarationOnEightBitBytesIsReadAsUtf8) {
    DecodedText d = decodeToUtf8("<?xml version=\"1.0\" encoding=\"UTF-16\"?><t>é</t>");
    EXPECT_NE(d.utf8.find("<t>é</t>"), std::string::npos) << d.utf8;
    EXPECT_EQ(d.warnings.size(), 1u);
}

TEST(CharsetDecoder, OtherIconvEncodingsWork) {
    std::string koi8 = "<?xml version=\"1.0\" encoding=\"KOI8-R\"?><t>\xF0\xD2\xC9\xD7\xC5\xD4</t>";
    EXPECT_NE(decodeToUtf8(koi8).utf8.find("Привет"), std::string::npos);
}

TEST(CharsetDecoder, RepairLeavesValidTextAlone) {
    std::string text = "Zr.Ms. Karel Doorman – “bevoorrading” 🚢";
    EXPECT_EQ(repairUtf8(text), 0u);
    EXPECT_EQ(text, "Zr.Ms. Karel Doorman – “bevoorrading” 🚢");
}

TEST(CharsetDecoder, OverlongAndSurrogateSequencesAreInvalid) {
    EXPECT_FALSE(isValidUtf8("\xC0\xAF"));
    EXPECT_FALSE(isValidUtf8("\xE0\x80\xAF"));
    EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));
    EXPECT_FALSE(isValidUtf8("\xF4\x90\x80\x80"));
    EXPECT_TRUE(isValidUtf8("\xF4\x8F\xBF\xBF"));
}

} // namespace
} // namespace heraut
