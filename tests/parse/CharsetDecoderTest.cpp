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

TEST(CharsetDecoder, InvalidUtf8IsReplacedAndReported) {
    DecodedText d = decodeToUtf8("<t>a\xFF\xC3(b\xED\xA0\x80</t>");
    EXPECT_TRUE(isValidUtf8(d.utf8));
    EXPECT_EQ(d.utf8, "<t>a\xEF\xBF\xBD\xEF\xBF\xBD(b\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD</t>");
    ASSERT_EQ(d.warnings.size(), 1u);
}

TEST(CharsetDecoder, UnknownEncodingFallsBackToUtf8WithAWarning) {
    DecodedText d = decodeToUtf8("<?xml version=\"1.0\" encoding=\"x-klingon\"?><t>\xE9</t>");
    EXPECT_TRUE(isValidUtf8(d.utf8));
    EXPECT_FALSE(d.warnings.empty());
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
