// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/HtmlSanitizer.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

struct HostileCase {
    const char* name;
    const char* html;
    std::vector<const char*> forbidden; // must not appear in the output (lower-cased check)
    std::vector<const char*> kept;      // must appear in the output
};

std::string lower(std::string s) {
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Snippets from XSS cheat sheets and from real feeds that carried scripts, trackers and embeds.
const std::vector<HostileCase> kHostile = {
    {"script", "<p>a</p><script>alert(1)</script>", {"<script", "alert"}, {"<p>a</p>"}},
    {"script upper case", "<SCRIPT SRC=//x.nl/x.js></SCRIPT>b", {"script", "x.js"}, {"b"}},
    {"script in svg", "<svg><script>alert(1)</script></svg>c", {"svg", "alert"}, {"c"}},
    {"style element", "<style>body{display:none}</style>d", {"<style", "display"}, {"d"}},
    {"style attribute",
     "<p style=\"background:url(http://t.nl/x)\">e</p>",
     {"style", "t.nl"},
     {"<p>e</p>"}},
    {"iframe",
     "<iframe src=\"https://youtube.com/embed/x\"></iframe>f",
     {"iframe", "youtube"},
     {"f"}},
    {"object",
     "<object data=\"x.swf\"><param name=a value=b></object>g",
     {"object", "swf", "param"},
     {"g"}},
    {"embed", "<embed src=\"x.swf\">h", {"embed", "swf"}, {"h"}},
    {"form",
     "<form action=\"https://evil.nl\"><input name=p></form>i",
     {"form", "input", "evil"},
     {"i"}},
    {"onclick", "<p onclick=\"steal()\">j</p>", {"onclick", "steal"}, {"<p>j</p>"}},
    {"onerror on img",
     "<img src=\"https://a.nl/x.jpg\" onerror=\"alert(1)\">",
     {"onerror", "alert"},
     {"https://a.nl/x.jpg"}},
    {"onload on body", "<body onload=alert(1)>k</body>", {"onload", "alert"}, {"k"}},
    {"onmouseover with odd quoting",
     "<a href=\"/x\" onmouseover='alert(1)'>l</a>",
     {"onmouseover", "alert"},
     {"l"}},
    {"javascript link", "<a href=\"javascript:alert(1)\">m</a>", {"javascript", "href"}, {"m"}},
    {"javascript link with entities",
     "<a href=\"&#106;avascript:alert(1)\">n</a>",
     {"javascript", "href"},
     {"n"}},
    {"javascript link with tab",
     "<a href=\"java\tscript:alert(1)\">o</a>",
     {"script", "href"},
     {"o"}},
    {"javascript with spaces",
     "<a href=\"  javascript:alert(1)\">p</a>",
     {"javascript", "href"},
     {"p"}},
    {"vbscript", "<a href=\"vbscript:msgbox(1)\">q</a>", {"vbscript", "href"}, {"q"}},
    {"data url link",
     "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">r</a>",
     {"data:", "href"},
     {"r"}},
    {"data url image",
     "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">s",
     {"data:", "<img"},
     {"s"}},
    {"javascript image", "<img src=\"javascript:alert(1)\">t", {"javascript", "<img"}, {"t"}},
    {"tracking pixel",
     "<p>u</p><img src=\"https://pixel.wp.com/g.gif\" width=\"1\" height=\"1\">",
     {"pixel", "<img"},
     {"u"}},
    {"zero size tracker",
     "<img src=\"https://t.nl/o.gif\" width=0 height=0>v",
     {"t.nl", "<img"},
     {"v"}},
    {"meta refresh",
     "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.nl\">w",
     {"meta", "evil"},
     {"w"}},
    {"base href",
     "<base href=\"https://evil.nl/\"><a href=\"x\">y</a>",
     {"<base", "evil"},
     {"https://nos.nl/artikel/x"}},
    {"link stylesheet",
     "<link rel=stylesheet href=\"https://evil.nl/x.css\">z",
     {"<link", "evil"},
     {"z"}},
    {"unclosed script", "<p>aa</p><script>alert(1)", {"script", "alert"}, {"aa"}},
    {"comment hiding script",
     "<!--<script>alert(1)</script>-->bb",
     {"script", "alert", "<!--"},
     {"bb"}},
    {"conditional comment",
     "<!--[if IE]><script>alert(1)</script><![endif]-->cc",
     {"script", "alert"},
     {"cc"}},
    {"noscript",
     "<noscript><img src=\"https://t.nl/x.gif\"></noscript>dd",
     {"noscript", "t.nl"},
     {"dd"}},
    {"svg onload",
     "<svg onload=alert(1)><circle r=1></svg>ee",
     {"svg", "onload", "circle"},
     {"ee"}},
    {"math",
     "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>ff",
     {"math", "javascript"},
     {"ff"}},
    {"template",
     "<template><script>alert(1)</script></template>gg",
     {"template", "script"},
     {"gg"}},
    {"video with poster",
     "<video poster=\"https://t.nl/p.jpg\" src=\"x.mp4\"></video>hh",
     {"video", "t.nl"},
     {"hh"}},
    {"audio",
     "<audio src=\"https://t.nl/a.mp3\" autoplay></audio>ii",
     {"audio", "autoplay"},
     {"ii"}},
    {"frameset",
     "<frameset><frame src=\"https://evil.nl\"></frameset>jj",
     {"frame", "evil"},
     {"jj"}},
    {"class and id dropped",
     "<div class=\"x\" id=\"y\" data-track=\"1\">kk</div>",
     {"class", "id=", "data-track"},
     {"<div>kk</div>"}},
    {"srcset dropped",
     "<img src=\"https://a.nl/a.jpg\" srcset=\"https://t.nl/b.jpg 2x\">",
     {"srcset", "t.nl"},
     {"https://a.nl/a.jpg"}},
    {"attribute breaking out",
     "<img src=\"https://a.nl/a.jpg\" alt='\"><script>alert(1)</script>'>",
     {"<script"},
     {"&quot;&gt;&lt;script&gt;"}},
    {"text that looks like markup",
     "&lt;script&gt;alert(1)&lt;/script&gt;",
     {"<script"},
     {"&lt;script&gt;"}},
    {"button", "<button formaction=\"https://evil.nl\">ll</button>mm", {"button", "evil"}, {"mm"}},
    {"textarea", "<textarea>secret</textarea>nn", {"textarea", "secret"}, {"nn"}},
    {"applet", "<applet code=\"x.class\"></applet>oo", {"applet", "x.class"}, {"oo"}},
    {"xml processing junk", "<?xml-stylesheet href=\"evil.xsl\"?>pp", {"xsl"}, {"pp"}},
};

TEST(HtmlSanitizer, AtLeastThirtyHostileSnippets) {
    EXPECT_GE(kHostile.size(), 30u);
}

TEST(HtmlSanitizer, HostileSnippetsAreDefused) {
    for (const HostileCase& c : kHostile) {
        SanitizedHtml out = sanitizeHtml(c.html, "https://nos.nl/artikel/1");
        std::string html = lower(out.html);
        for (const char* bad : c.forbidden)
            EXPECT_EQ(html.find(lower(bad)), std::string::npos)
                << c.name << ": found \"" << bad << "\" in " << out.html;
        for (const char* good : c.kept)
            EXPECT_NE(out.html.find(good), std::string::npos)
                << c.name << ": lost \"" << good << "\" in " << out.html;
    }
}

// Found by the sanitiser fuzzer: markup-like text is kept as text, escaped, never as a tag.
TEST(HtmlSanitizer, TextThatLooksLikeAnAttributeStaysText) {
    SanitizedHtml out =
        sanitizeHtml("<h2>Kernpunten</h2><u>a</li></ul></ul><./x\" onclick=\"y\">.</a>", "");
    EXPECT_NE(out.html.find("&lt;./x\" onclick=\"y\"&gt;"), std::string::npos) << out.html;
    EXPECT_EQ(out.html.find("<./x"), std::string::npos);
}

TEST(HtmlSanitizer, AHandlerSmuggledIntoALinkIsPartOfTheEncodedUrl) {
    SanitizedHtml out =
        sanitizeHtml("<h2>/ul><a href=\"../x! onclick=\"y\">ul>", "https://example.nl/a/");
    EXPECT_NE(out.html.find("href=\"https://example.nl/x!%20onclick=\""), std::string::npos)
        << out.html;
    EXPECT_EQ(out.html.find(" onclick"), std::string::npos) << out.html;
}

TEST(HtmlSanitizer, RelativeUrlsBecomeAbsolute) {
    SanitizedHtml out = sanitizeHtml("<a href=\"../b\">b</a><img src=\"/i.jpg\" alt=\"i\">",
                                     "https://defensie.nl/nieuws/a/");
    EXPECT_EQ(out.html, "<a href=\"https://defensie.nl/nieuws/b\">b</a>"
                        "<img src=\"https://defensie.nl/i.jpg\" alt=\"i\">");
}

// Schemes are case-insensitive: "HTTP://" images load like "http://" ones, and a "MAILTO:"
// image is as useless as a "mailto:" one.
TEST(HtmlSanitizer, UpperCaseSchemesAreReadAsTheirLowerCaseSelves) {
    SanitizedHtml out = sanitizeHtml("<img src=\"HTTP://d.nl/a.png\" alt=\"a\">"
                                     "<img src=\"HtTpS://d.nl/b.png\" alt=\"b\">"
                                     "<img src=\"MAILTO:x@d.nl\" alt=\"c\">"
                                     "<a href=\"MAILTO:x@d.nl\">m</a>",
                                     "https://d.nl/");
    EXPECT_EQ(out.html, "<img src=\"http://d.nl/a.png\" alt=\"a\">"
                        "<img src=\"https://d.nl/b.png\" alt=\"b\">"
                        "<a href=\"mailto:x@d.nl\">m</a>");
}

TEST(HtmlSanitizer, HarmlessStructureIsKept) {
    const char* html = "<h2>Kop</h2><p>Een <strong>vet</strong> en <em>schuin</em> woord.</p>"
                       "<ul><li>een</li><li>twee</li></ul><blockquote>citaat</blockquote>"
                       "<table><tbody><tr><td colspan=\"2\">cel</td></tr></tbody></table>";
    EXPECT_EQ(sanitizeHtml(html, "").html, html);
}

TEST(HtmlSanitizer, PlainTextPutsBlocksOnTheirOwnLines) {
    SanitizedHtml out = sanitizeHtml(
        "<h2>Kernpunten</h2><p>Eerste   alinea\nmet <b>nadruk</b>.</p><ul><li>a</li><li>b</li></ul>"
        "<p>Caf&eacute;&nbsp;Oekra&iuml;ne</p>",
        "");
    EXPECT_EQ(out.text, "Kernpunten\nEerste alinea met nadruk.\na\nb\nCafé Oekraïne");
}

TEST(HtmlSanitizer, TakeawaysListAfterAHeading) {
    SanitizedHtml out = sanitizeHtml(
        "<p>Intro</p><p><strong>Key takeaways:</strong></p><ul><li>Een.</li><li> Twee <b>vet</b>"
        "</li></ul><h2>Rest</h2><ul><li>niet dit</li></ul>",
        "");
    EXPECT_EQ(out.keyTakeaways, (std::vector<std::string>{"Een.", "Twee vet"}));
}

TEST(HtmlSanitizer, TakeawaysInAWrapperBox) {
    SanitizedHtml out = sanitizeHtml("<div class=\"box\"><h3>In het kort</h3><div><ol><li>A</li>"
                                     "<li>B</li></ol></div></div><p>tekst</p>",
                                     "");
    EXPECT_EQ(out.keyTakeaways, (std::vector<std::string>{"A", "B"}));
}

TEST(HtmlSanitizer, NoTakeawaysWithoutAHeading) {
    EXPECT_TRUE(sanitizeHtml("<ul><li>A</li></ul>", "").keyTakeaways.empty());
    EXPECT_TRUE(sanitizeHtml("<h2>Kernpunten</h2><p>geen lijst</p><ul><li>A</li></ul>", "")
                    .keyTakeaways.empty());
}

TEST(HtmlSanitizer, DeeplyNestedHtmlDoesNotCrash) {
    std::string html;
    for (int i = 0; i < 20000; ++i)
        html += "<div>";
    html += "diep";
    SanitizedHtml out = sanitizeHtml(html, "");
    EXPECT_NE(out.text.find("diep"), std::string::npos);
}

TEST(HtmlSanitizer, EmptyInputGivesEmptyOutput) {
    SanitizedHtml out = sanitizeHtml("  \n ", "");
    EXPECT_TRUE(out.html.empty());
    EXPECT_TRUE(out.text.empty());
}

} // namespace
} // namespace heraut
