// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoredText.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

TEST(StoredText, BlocksOnLinesInlineElementsInWordsEntitiesDecoded) {
    EXPECT_EQ(plainTextOfStoredHtml("", "<div><h2>Key takeaways</h2></div>\n<ul><li>Een</li>"
                                        "<li>Twee &amp; drie</li></ul>\n<p>De <strong>F-35</strong>"
                                        "-vloot   groeit.<br>Nieuwe regel &lt;3 &quot;x&quot;</p>"),
              "Key takeaways\nEen\nTwee & drie\nDe F-35-vloot groeit.\nNieuwe regel <3 \"x\"");
}

TEST(StoredText, ImagesAndAttributesLeaveNoText) {
    EXPECT_EQ(plainTextOfStoredHtml("", "<figure><img src=\"https://a.nl/x.jpg\" alt=\"\" "
                                        "width=\"10\"></figure><p>Lees <a href=\"https://a.nl/"
                                        "?a=1&amp;b=2\">meer</a>.</p>"),
              "Lees meer.");
}

TEST(StoredText, SummaryWhenTheBodyHasNoText) {
    EXPECT_EQ(plainTextOfStoredHtml("<p>Samenvatting</p>", ""), "Samenvatting");
    EXPECT_EQ(plainTextOfStoredHtml("<p>Samenvatting</p>", "<figure><img src=\"x\"></figure>"),
              "Samenvatting");
    EXPECT_EQ(plainTextOfStoredHtml("<p>Samenvatting</p>", "<p>Tekst</p>"), "Tekst");
}

TEST(StoredText, UnfinishedMarkupAndStrayAmpersandsAreSafe) {
    EXPECT_EQ(plainTextOfStoredHtml("", "A & B &unknown; <p"), "A & B &unknown;");
    EXPECT_EQ(plainTextOfStoredHtml("", ""), "");
    EXPECT_EQ(plainTextOfStoredHtml("", "   \n  "), "");
}

// What search, "show" and story text read: "<td>Schip</td><td>In dienst</td>" read
// "SchipIn dienst" and "Schip" found nothing.
TEST(StoredText, TableCellsAreSeparatedAndRowsHaveLinesOfTheirOwn) {
    EXPECT_EQ(plainTextOfStoredHtml("", "<table><caption>Vloot</caption><thead><tr><th>Schip</th>"
                                        "<th>In dienst</th><th>Kosten</th></tr></thead>\n"
                                        "<tbody><tr><td>Fregat A</td> <td>2029</td><td colspan="
                                        "\"2\">1,2 mld</td></tr></tbody></table><p>Na</p>"),
              "Vloot\nSchip | In dienst | Kosten\nFregat A | 2029 | 1,2 mld\nNa");
    EXPECT_EQ(plainTextOfStoredHtml("", "<table><tr><td></td><td>A</td><td></td></tr></table>"),
              "A");
}

TEST(StoredText, EveryBlockTheSanitiserKeepsEndsALine) {
    EXPECT_EQ(plainTextOfStoredHtml("", "<dl><dt>F-35</dt><dd>Toestel</dd></dl>Na<figure>"
                                        "<figcaption>Onderschrift</figcaption></figure>Tekst"
                                        "<blockquote>Citaat</blockquote><pre>code</pre><hr>Einde"),
              "F-35\nToestel\nNa\nOnderschrift\nTekst\nCitaat\ncode\nEinde");
}

} // namespace
} // namespace heraut
