// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/FeedUrl.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

TEST(FeedUrl, HttpAndHttpsWithAHostAreFeeds) {
    for (const char* url :
         {"https://www.defensie.nl/rss", "http://nos.nl/rss/buitenland.xml", "HTTPS://VRT.BE/",
          "https://jan:geheim@intranet.mil.nl:8443/feed?x=1#top", "http://127.0.0.1:1/feed",
          "http://[::1]:8080/feed", "https://défense.be/flux", "https://a.nl"})
        EXPECT_EQ(feedUrlProblem(url), std::nullopt) << url;
}

// What `add` and OPML import both refuse: other schemes, and text that is no URL at all.
TEST(FeedUrl, OtherSchemesAndGarbageAreRefusedWithAReason) {
    auto problem = [](const char* url) { return feedUrlProblem(url).value_or("(accepted)"); };
    EXPECT_NE(problem("file:///etc/passwd").find("only http and https"), std::string::npos);
    EXPECT_NE(problem("ftp://ftp.nl/feed.xml").find("not ftp:"), std::string::npos);
    EXPECT_NE(problem("javascript:alert(1)").find("only http and https"), std::string::npos);
    EXPECT_NE(problem("feed://x.nl/rss").find("only http and https"), std::string::npos);
    EXPECT_NE(problem("www.defensie.nl/rss").find("http://"), std::string::npos);
    EXPECT_NE(problem("defensie nieuws").find("spaces"), std::string::npos);
    EXPECT_NE(problem("").find("empty"), std::string::npos);
    for (const char* garbage :
         {"http://", "https:///feed", "http:/x.nl/feed", "http://x.nl:0/", "http://x.nl:99999/",
          "http://x.nl:/", "http://x.nl:80a/", "http://[zz]/", "http://a b.nl/", "http://x.nl/\t",
          "https://<script>/", "http://x.nl/\"", "http://x_y!.nl/", "http:\\\\x.nl\\feed",
          "://x.nl/", "1http://x.nl/"})
        EXPECT_NE(feedUrlProblem(garbage), std::nullopt) << garbage;
}

TEST(FeedUrl, ProblemsComeAsKindsWithTheirEnglishWords) {
    using Kind = UrlProblem::Kind;
    auto kind = [](const char* url) { return feedUrlProblemKind(url).value().kind; };
    EXPECT_EQ(kind(""), Kind::Empty);
    EXPECT_EQ(kind("defensie nieuws"), Kind::SpacesOrControls);
    EXPECT_EQ(kind("http://x.nl/\""), Kind::BadCharacter);
    EXPECT_EQ(kind("www.defensie.nl/rss"), Kind::NotAUrl);
    EXPECT_EQ(feedUrlProblemKind("ftp://x.nl/").value().detail, "ftp");
    EXPECT_EQ(kind("http://[zz]/"), Kind::BadIpv6);
    EXPECT_EQ(kind("http://x.nl:/"), Kind::NoPort);
    EXPECT_EQ(kind("http://"), Kind::NoHostName);
    EXPECT_EQ(kind("http://x_y!.nl/"), Kind::BadHostName);
    EXPECT_EQ(kind("http://x.nl:0/"), Kind::BadPort);
    EXPECT_EQ(feedUrlProblemKind("https://x.nl/feed"), std::nullopt);
    for (const char* url : {"", "ftp://x.nl/", "http://x.nl:0/"})
        EXPECT_EQ(feedUrlProblem(url), describe(*feedUrlProblemKind(url))) << url;
}

TEST(FeedUrl, PasswordsAreMaskedEverywhereInAText) {
    EXPECT_EQ(withoutPasswords("https://jan:geheim@intranet.nl/feed"),
              "https://jan:***@intranet.nl/feed");
    EXPECT_EQ(withoutPasswords("https://intranet.nl/feed"), "https://intranet.nl/feed");
    EXPECT_EQ(withoutPasswords("https://jan@intranet.nl/feed"), "https://jan@intranet.nl/feed");
    EXPECT_EQ(withoutPasswords("http://a:p@ss:w@rd@x.nl:81?q=a:b@c"),
              "http://a:***@x.nl:81?q=a:b@c");
    EXPECT_EQ(withoutPasswords("fetch of http://u:1@a.nl/ failed, moved to https://u:2@b.nl/x"),
              "fetch of http://u:***@a.nl/ failed, moved to https://u:***@b.nl/x");
    EXPECT_EQ(withoutPasswords("no url: a:b@c"), "no url: a:b@c");
    EXPECT_EQ(withoutPasswords(withoutPasswords("https://a:b@x.nl")), "https://a:***@x.nl");
}

TEST(FeedUrl, LinksResolveAgainstAUrlWithoutItsLogin) {
    EXPECT_EQ(withoutLogin("https://jan:geheim@intranet.nl/feed"), "https://intranet.nl/feed");
    EXPECT_EQ(withoutLogin("https://jan@intranet.nl/"), "https://intranet.nl/");
    EXPECT_EQ(withoutLogin("https://intranet.nl/a@b"), "https://intranet.nl/a@b");
}

} // namespace
} // namespace heraut
