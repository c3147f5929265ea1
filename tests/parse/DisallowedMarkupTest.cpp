// SPDX-License-Identifier: GPL-3.0-or-later
// Scripts, styles, embeds and frames leave a feed; the safe text around them stays, and no
// one-line field ever shows the code of a script or style block.
#include "TestData.h"
#include "heraut/FeedParser.h"
#include "heraut/HtmlSanitizer.h"
#include "heraut/PlainText.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

using test::readData;

class DisallowedMarkup : public ::testing::Test {
  protected:
    ParsedFeed feed = parseFeed(readData("rss-disallowed-markup-around-text.xml"), {});
};

TEST_F(DisallowedMarkup, OneLineFieldsNeverShowScriptOrStyleCode) {
    EXPECT_EQ(feed.title, "Scripts everywhere");
    EXPECT_EQ(feed.description, "Feed description");
    ASSERT_EQ(feed.articles.size(), 4u);
    EXPECT_EQ(feed.articles[0].title, "Styled title") << "an unfinished script is code too";
    EXPECT_EQ(feed.articles[0].author, "Author Name");
}

TEST_F(DisallowedMarkup, TextAroundRemovedElementsStays) {
    const Article& a = feed.articles[0];
    EXPECT_EQ(a.summary, "<p>Before script.</p><p>After script.</p>");
    EXPECT_EQ(a.text, "Content start.\nAfter object.\nAfter self-closed iframe.\nAfter applet.\n"
                      "After frame.\nBlinking text\nContent end.");
    for (const char* gone : {"swf", "video.example", "A.class", "f.html", "x.css", "body{}",
                             "blink", "meta", "charset"})
        EXPECT_EQ(a.content->find(gone), std::string::npos) << gone << " in " << *a.content;
}

TEST_F(DisallowedMarkup, UnclosedEmbedsDoNotSwallowTheRest) {
    const Article& b = feed.articles.at(1);
    EXPECT_EQ(b.summary, "<p>Before iframe.</p><p>After unclosed iframe.</p>");
    EXPECT_EQ(b.content, "<p>Before object.</p><p>After unclosed object.</p>");
    const Article& c = feed.articles.at(2);
    EXPECT_EQ(c.summary, "<p>Text after meta and link.</p>");
    EXPECT_EQ(c.text, "Text after embed. and after applet.");
}

TEST_F(DisallowedMarkup, NoBreakSpaceInATitleStays) {
    EXPECT_EQ(feed.articles.at(3).title, "Non-breaking\u00A0space\u00A0and\u00A0more");
}

TEST(DisallowedMarkupSanitizer, EachElementBetweenText) {
    for (const char* element : {"script", "style", "object", "embed", "iframe", "frame", "applet",
                                "meta", "link", "blink", "noscript", "audio"}) {
        std::string tag = element;
        std::vector<std::string> cases = {"<p>before</p><" + tag + " src=\"x\">inner</" + tag +
                                              "><p>after</p>",
                                          "<p>before</p><" + tag + " src=\"x\"/><p>after</p>"};
        if (tag != "script" && tag != "style") // theirs is code up to the end tag, if any
            cases.push_back("before <" + tag + " src=\"x\"> after");
        for (const std::string& html : cases) {
            SanitizedHtml out = sanitizeHtml(html, "https://x.example/");
            EXPECT_NE(out.text.find("before"), std::string::npos) << html << " -> " << out.html;
            EXPECT_NE(out.text.find("after"), std::string::npos) << html << " -> " << out.html;
            EXPECT_EQ(out.html.find("<" + tag), std::string::npos) << html << " -> " << out.html;
        }
    }
}

TEST(DisallowedMarkupSanitizer, AnUnclosedElementAfterAClosedOneFarAway) {
    std::string words;
    for (int i = 0; i < 4000; ++i)
        words += "word ";
    std::string html =
        "<iframe src=\"x\">inner</iframe><p>" + words + "</p><iframe src=\"y\"><p>after</p>";
    SanitizedHtml out = sanitizeHtml(html, "");
    EXPECT_EQ(out.text.find("inner"), std::string::npos) << "the closed one is dropped whole";
    EXPECT_NE(out.text.find("after"), std::string::npos) << "the unclosed one keeps the rest";
}

TEST(DisallowedMarkupSanitizer, UnclosedScriptIsAllCode) {
    SanitizedHtml out = sanitizeHtml("<p>before</p><script>var a = '<p>x</p>';", "");
    EXPECT_EQ(out.html, "<p>before</p>");
}

TEST(PlainTextCode, StripTagsDropsScriptAndStyleBodies) {
    EXPECT_EQ(collapseWhitespace(stripTags("a<script>x()</script>b")), "a b");
    EXPECT_EQ(collapseWhitespace(stripTags("a<SCRIPT type=x>if (a<b) x()</Script >b")), "a b");
    EXPECT_EQ(collapseWhitespace(stripTags("a<style>p{}</style>b")), "a b");
    EXPECT_EQ(collapseWhitespace(stripTags("a<script>never closed")), "a");
    EXPECT_EQ(collapseWhitespace(stripTags("a<script src=x />b")), "a b");
    EXPECT_EQ(collapseWhitespace(stripTags("<scripts>kept</scripts>")), "kept");
    EXPECT_EQ(plainTitle("&lt;script&gt;alert(1)&lt;/script&gt;Hi"), "Hi") << "escaped twice";
}

TEST(PlainTextCode, KindsOfOneLineText) {
    EXPECT_EQ(plainLine("  History of the <blink>\n tag "), "History of the <blink> tag");
    EXPECT_EQ(plainLine("10\u00A0km"), "10\u00A0km");
    EXPECT_EQ(plainLineFromHtml("a &lt;b&gt; <i>c</i>"), "a <b> c");
    EXPECT_EQ(plainTitle("10&nbsp;km"), "10\u00A0km");
}

} // namespace
} // namespace heraut
