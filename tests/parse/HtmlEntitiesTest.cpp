// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/HtmlEntities.h"
#include "heraut/PlainText.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

TEST(HtmlEntities, NamedEntitiesXmlDoesNotDefine) {
    EXPECT_EQ(decodeHtmlEntities("caf&eacute;&nbsp;&euro;5 &hellip;"), "café\u00A0€5 …");
}

TEST(HtmlEntities, NumericReferences) {
    EXPECT_EQ(decodeHtmlEntities("&#8217;&#x2019;&#X2019;&#39;"), "’’’'");
}

TEST(HtmlEntities, Windows1252NumbersMeanWhatBrowsersShow) {
    EXPECT_EQ(decodeHtmlEntities("&#150;&#147;x&#148;"), "–“x”");
}

TEST(HtmlEntities, BareAmpersandsAndUnknownNamesStay) {
    EXPECT_EQ(decodeHtmlEntities("AT&T & B&amp C &bogus; &#; &#xZZ;"),
              "AT&T & B&amp C &bogus; &#; &#xZZ;");
}

TEST(HtmlEntities, InvalidCodepointsBecomeReplacementCharacters) {
    EXPECT_EQ(decodeHtmlEntities("&#0;&#xD800;&#x110000;"), "\uFFFD\uFFFD\uFFFD");
}

TEST(PlainTitle, DoubleEscapedWordPressTitlesAreDecodedOnce) {
    // After the XML parser "&amp;#8217;" is "&#8217;": still a reference, so decode it.
    EXPECT_EQ(plainTitle("Trump&#8217;s NAVO-uitspraken"), "Trump’s NAVO-uitspraken");
}

TEST(PlainTitle, CorrectTitlesSurviveASecondDecode) {
    EXPECT_EQ(plainTitle("Q&A: F-35 & de luchtmacht"), "Q&A: F-35 & de luchtmacht");
}

TEST(PlainTitle, MarkupIsStrippedAndWhitespaceCollapsed) {
    EXPECT_EQ(plainTitle("  <b>Breaking:</b>\n\t<em>fregat</em>&nbsp;vertrekt "),
              "Breaking: fregat\u00A0vertrekt")
        << "a no-break space is kept, and the space the </em> left beside it goes";
}

TEST(PlainTitle, TextThatShowsNoHtmlIsPlainText) {
    EXPECT_EQ(plainTitle("History of the <blink> tag"), "History of the <blink> tag");
    EXPECT_EQ(plainTitle("Why <marquee> died & <blink> too"), "Why <marquee> died & <blink> too");
    EXPECT_EQ(plainTitle("<b>Bold</b> move"), "Bold move") << "an end tag shows HTML";
    EXPECT_EQ(plainTitle("Line<br/>break"), "Line break") << "so does an empty-element tag";
    EXPECT_EQ(plainTitle("<blink> &amp; more"), "& more") << "and an entity";
    EXPECT_EQ(plainTitle("Title<script>alert(1)"), "Title") << "code is never text";
}

TEST(PlainTitle, EscapedMarkupIsStrippedToo) {
    EXPECT_EQ(plainTitle("&lt;i&gt;Zr.Ms.&lt;/i&gt; Tromp"), "Zr.Ms. Tromp");
}

TEST(PlainTitle, ALoneLessThanIsText) {
    EXPECT_EQ(plainTitle("3 < 4"), "3 < 4");
}

} // namespace
} // namespace heraut
