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

// The abnormal examples of RFC 3986 section 5.4.2 (strict parser: "http:g" stays as it is).
TEST(UrlResolver, Rfc3986AbnormalExamples) {
    const std::string base = "http://a/b/c/d;p?q";
    const std::pair<const char*, const char*> cases[] = {
        {"../../../../g", "http://a/g"},
        {"/../g", "http://a/g"},
        {"g.", "http://a/b/c/g."},
        {".g", "http://a/b/c/.g"},
        {"g..", "http://a/b/c/g.."},
        {"..g", "http://a/b/c/..g"},
        {"./../g", "http://a/b/g"},
        {"./g/.", "http://a/b/c/g/"},
        {"g/./h", "http://a/b/c/g/h"},
        {"g/../h", "http://a/b/c/h"},
        {"g;x=1/./y", "http://a/b/c/g;x=1/y"},
        {"g;x=1/../y", "http://a/b/c/y"},
        {"g?y/./x", "http://a/b/c/g?y/./x"},
        {"g?y/../x", "http://a/b/c/g?y/../x"},
        {"g#s/./x", "http://a/b/c/g#s/./x"},
        {"g#s/../x", "http://a/b/c/g#s/../x"},
        {"http:g", "http:g"},
    };
    for (auto [reference, expected] : cases)
        EXPECT_EQ(resolveUrl(base, reference), expected) << reference;
}

// A base without a path keeps none; ports, user info and IPv6 hosts come through.
TEST(UrlResolver, AuthorityAndEmptyPathsSurviveResolution) {
    EXPECT_EQ(resolveUrl("http://a", "?y"), "http://a?y");
    EXPECT_EQ(resolveUrl("http://a?q", "#s"), "http://a?q#s");
    EXPECT_EQ(resolveUrl("http://a?q#old", ""), "http://a?q");
    EXPECT_EQ(resolveUrl("http://a/b", "//g?y"), "http://g?y");
    EXPECT_EQ(resolveUrl("https://u:p@d.nl:8443/a/b", "../c"), "https://u:p@d.nl:8443/c");
    EXPECT_EQ(resolveUrl("http://[::1]:8080/a/", "../b/./c"), "http://[::1]:8080/b/c");
}

// What cannot be parsed is handed back unresolved, never guessed at; safeLink then drops it.
TEST(UrlResolver, UnparsableBaseLeavesTheReferenceAlone) {
    EXPECT_EQ(resolveUrl("not a url", "g"), "g");
    EXPECT_FALSE(safeLink("not a url", "g"));
    EXPECT_EQ(resolveUrl("https://d.nl/", "http://x:99999/a"), "http://x:99999/a");
}

// Schemes are case-insensitive (RFC 3986 3.1); links leave the parser with a lower-case one,
// so every later check ("http", "mailto:") can compare plainly.
TEST(UrlResolver, SchemesAreNormalisedToLowerCase) {
    EXPECT_EQ(safeLink("", "HTTP://nos.nl/a"), "http://nos.nl/a");
    EXPECT_EQ(safeLink("", "HtTpS://nos.nl/a"), "https://nos.nl/a");
    EXPECT_EQ(safeLink("", "MAILTO:redactie@nos.nl"), "mailto:redactie@nos.nl");
    EXPECT_EQ(safeLink("HTTPS://nos.nl/a/", "b"), "https://nos.nl/a/b");
    EXPECT_EQ(resolveUrl("", "HTTPS://nos.nl"), "https://nos.nl");
    EXPECT_FALSE(safeLink("", "JAVASCRIPT:alert(1)"));
}

TEST(UrlResolver, DotSegmentsOfAbsoluteLinksAreRemoved) {
    EXPECT_EQ(safeLink("", "https://d.nl/a/../b/./c"), "https://d.nl/b/c");
    EXPECT_EQ(safeLink("", "https://d.nl/a/.."), "https://d.nl/");
    EXPECT_EQ(safeLink("", "https://d.nl/.well-known/x"), "https://d.nl/.well-known/x");
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
