// SPDX-License-Identifier: GPL-3.0-or-later
// The plain text an article's HTML gives (search, "heraut-cli show", takeaways, story text)
// keeps its blocks apart: table cells side by side with " | ", each row, list item, term,
// caption, heading and block on a line of its own, however the markup is laid out. Today's
// fault: "<td>Schip</td><td>In dienst</td>" read "SchipIn dienst".
#include "heraut/HtmlSanitizer.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

std::string textOf(std::string_view html) {
    return sanitizeHtml(html, "https://example.org/").text;
}

TEST(PlainTextBlocks, TableCellsAreSeparatedAndRowsHaveLinesOfTheirOwn) {
    EXPECT_EQ(textOf("<table><tr><th>Schip</th><th>In dienst</th><th>Kosten</th></tr>"
                     "<tr><td>Fregat A</td><td>2029</td><td>1,2 mld</td></tr></table>"),
              "Schip | In dienst | Kosten\nFregat A | 2029 | 1,2 mld");
    // thead/tbody, whitespace between cells, a caption, inline markup inside a cell.
    EXPECT_EQ(textOf("<table>\n<caption>Budget</caption>\n<thead><tr>\n  <th>Jaar</th>\n"
                     "  <th>Budget (mld €)</th><th>% bbp</th></tr></thead>\n<tbody><tr><td>"
                     "<b>2024</b></td> <td>21,4</td><td>2,0</td></tr></tbody></table>"),
              "Budget\nJaar | Budget (mld €) | % bbp\n2024 | 21,4 | 2,0");
}

TEST(PlainTextBlocks, EmptyCellsLeaveNoDanglingSeparators) {
    EXPECT_EQ(textOf("<table><tr><td></td><td>Kosten</td><td> </td></tr>"
                     "<tr><td>A</td><td></td><td>B</td></tr></table>"),
              "Kosten\nA | B");
}

TEST(PlainTextBlocks, TheTextAroundATableStaysOnItsOwnLines) {
    EXPECT_EQ(textOf("<p>Voor</p><table><tr><td>a</td><td>b</td></tr></table>Na"),
              "Voor\na | b\nNa");
}

TEST(PlainTextBlocks, EveryBlockElementEndsALine) {
    EXPECT_EQ(textOf("Een<br>twee<br/>drie"), "Een\ntwee\ndrie");
    EXPECT_EQ(textOf("<ul><li>Een</li><li>Twee</li></ul><ol><li>Drie</li></ol>"),
              "Een\nTwee\nDrie");
    EXPECT_EQ(textOf("<dl><dt>F-35</dt><dd>Gevechtsvliegtuig</dd><dt>MQ-9</dt><dd>Drone</dd>"
                     "</dl>"),
              "F-35\nGevechtsvliegtuig\nMQ-9\nDrone");
    EXPECT_EQ(textOf("<figure><img src=\"a.jpg\"><figcaption>Een fregat</figcaption></figure>"
                     "<p>Tekst</p>"),
              "Een fregat\nTekst");
    EXPECT_EQ(textOf("<div>Een</div><div>Twee</div><h2>Kop</h2><h3>Tussenkop</h3>Tekst"),
              "Een\nTwee\nKop\nTussenkop\nTekst");
    EXPECT_EQ(textOf("<blockquote>Citaat</blockquote><pre>code</pre><hr>Einde"),
              "Citaat\ncode\nEinde");
}

// Block elements the sanitiser does not keep are unwrapped, and still end their line.
TEST(PlainTextBlocks, UnwrappedBlockElementsStillEndALine) {
    EXPECT_EQ(textOf("<address>Den Haag</address><address>Brussel</address>"), "Den Haag\nBrussel");
    EXPECT_EQ(textOf("<main>Hoofd</main><nav>Menu</nav><section>Deel</section>"
                     "<article>Stuk</article><aside>Kader</aside><header>Kop</header>"
                     "<footer>Voet</footer>"),
              "Hoofd\nMenu\nDeel\nStuk\nKader\nKop\nVoet");
    EXPECT_EQ(textOf("<details><summary>Meer</summary>Uitleg</details><center>Midden</center>"
                     "<fieldset><legend>Veld</legend>Inhoud</fieldset>"),
              "Meer\nUitleg\nMidden\nVeld\nInhoud");
}

TEST(PlainTextBlocks, InlineElementsStayInTheirWords) {
    EXPECT_EQ(textOf("<p>De <strong>F-35</strong>-vloot en <a href=\"/x\">Kos</a><em>ten</em>"
                     " <span>samen</span></p>"),
              "De F-35-vloot en Kosten samen");
}

} // namespace
} // namespace heraut
