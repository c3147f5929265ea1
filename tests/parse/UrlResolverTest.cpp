// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/UrlResolver.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

// The normal examples of RFC 3986 section 5.4.1.
TEST(UrlResolver, Rfc3986NormalExamples) {
    const std::string base = "http://a/b/c/d;p?q";
    const std::pair<const char*, const char*> cases[] = {
        {"g:h", "g:h"},
        {"g", "http://a/b/c/g"},
        {"./g", "http://a/b/c/g"},
        {"g/", "http://a/b/c/g/"},
        {"/g", "http://a/g"},
        {"//g", "http://g"},
        {"?y", "http://a/b/c/d;p?y"},
        {"g?y", "http://a/b/c/g?y"},
        {"#s", "http://a/b/c/d;p?q#s"},
        {"g#s", "http://a/b/c/g#s"},
        {";x", "http://a/b/c/;x"},
        {"", "http://a/b/c/d;p?q"},
        {".", "http://a/b/c/"},
        {"./", "http://a/b/c/"},
        {"..", "http://a/b/"},
        {"../", "http://a/b/"},
        {"../g", "http://a/b/g"},
        {"../..", "http://a/"},
        {"../../g", "http://a/g"},
        {"../../../g", "http://a/g"},
        {"/./g", "http://a/g"},
    };
    for (auto [reference, expected] : cases)
        EXPECT_EQ(resolveUrl(base, reference), expected) << reference;
}

TEST(UrlResolver, OnlyWebAndMailLinksSurvive) {
    EXPECT_EQ(safeLink("https://nos.nl/", "artikel/1"), "https://nos.nl/artikel/1");
    EXPECT_EQ(safeLink("", "mailto:redactie@nos.nl"), "mailto:redactie@nos.nl");
    EXPECT_FALSE(safeLink("https://nos.nl/", "javascript:alert(1)"));
    EXPECT_FALSE(safeLink("https://nos.nl/", "JaVaScRiPt:alert(1)"));
    EXPECT_FALSE(safeLink("https://nos.nl/", "data:text/html;base64,PHNjcmlwdD4="));
    EXPECT_FALSE(safeLink("https://nos.nl/", "file:///etc/passwd"));
    EXPECT_FALSE(safeLink("https://nos.nl/", "java\tscript:alert(1)"));
    EXPECT_FALSE(safeLink("", "relative/without/base"));
    EXPECT_FALSE(safeLink("https://nos.nl/", "   "));
}

TEST(UrlResolver, WhitespaceAroundLinksIsTrimmed) {
    EXPECT_EQ(safeLink("", "\n  https://nos.nl/a  \n"), "https://nos.nl/a");
}

TEST(UrlResolver, CharactersThatAreNoUrlCharactersAreEncoded) {
    EXPECT_EQ(safeLink("https://d.nl/a/", "../x! onclick=\"y"), "https://d.nl/x!%20onclick=%22y");
    EXPECT_EQ(safeLink("", "https://d.nl/a b<c>"), "https://d.nl/a%20b%3Cc%3E");
}

TEST(UrlResolver, SchemeIsCaseInsensitive) {
    EXPECT_EQ(urlScheme("HTTPS://x"), "https");
}

} // namespace
} // namespace heraut
