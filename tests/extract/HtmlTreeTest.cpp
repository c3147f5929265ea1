// SPDX-License-Identifier: GPL-3.0-or-later
// The extractor's tree helpers (src/core/extract/HtmlTree.h) that count text without building
// it must count what the string-building rules they stand in for would give.
#include "HtmlTree.h"
#include "heraut/PlainText.h"

#include <gtest/gtest.h>

namespace heraut::extract {
namespace {

TEST(HtmlTreeTest, CollapsedLengthIsTheLengthOfTheCollapsedText) {
    for (std::string_view text :
         {"", " ", "\n\t ", "woord", "  twee  woorden  ", "a\r\nb\fc\vd", "een\xC2\xA0twee",
          "\xC2\xA0\xC2\xA0voor en na\xC2\xA0", "Oekra\xC3\xAFne , drones\n\n\n", "los \xC2 byte",
          "eind\xC2", "\xE2\x80\xA6 [\xE2\x80\xA6]", " \t a \xC2\xA0 b \n"})
        EXPECT_EQ(collapsedLength(text), collapseWhitespace(text).size()) << '"' << text << '"';
}

TEST(HtmlTreeTest, TagAndAttributeNamesMatchWholeNamesOnly) {
    HtmlTree tree("<html><body><p class=\"x\" data-class=\"y\">a</p><pre>b</pre>"
                  "<section id=\"s\">c</section></body></html>");
    Node* body = tree.body();
    ASSERT_TRUE(hasTag(body, "body"));
    Node* p = firstElementChild(body);
    EXPECT_TRUE(hasTag(p, "p"));
    EXPECT_FALSE(hasTag(p, "pre"));
    EXPECT_FALSE(hasTag(p, ""));
    EXPECT_FALSE(hasTag(nextElementSibling(p), "p"));
    EXPECT_EQ(attribute(p, "class"), "x");
    EXPECT_EQ(attribute(p, "data-class"), "y");
    EXPECT_FALSE(hasAttribute(p, "clas"));
    EXPECT_FALSE(hasAttribute(p, "classes"));
    EXPECT_TRUE(hasTag(p->children, "")) << "a text node has no tag name";
    std::vector<Node*> found = elementsByTag(body, {"pre", "section"});
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(attribute(found[1], "id"), "s");
}

} // namespace
} // namespace heraut::extract
