// SPDX-License-Identifier: GPL-3.0-or-later
// The image a feed names for itself, which the refresh fetches as its icon: RSS <image><url>,
// Atom <icon> (square, for lists) before <logo>, JSON Feed "favicon" before "icon"; relative
// URLs resolved against the feed, anything but http(s) dropped.
#include "heraut/FeedParser.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

std::optional<std::string> iconOf(const std::string& feed) {
    return parseFeed(feed, {"https://nieuws.example/feeds/defensie.xml", ""}).icon;
}

TEST(FeedIcon, RssImageUrlResolvedAgainstTheFeed) {
    EXPECT_EQ(iconOf("<rss version=\"2.0\"><channel><title>D</title><image><url>/img/logo.png"
                     "</url><title>D</title><link>/</link></image></channel></rss>"),
              "https://nieuws.example/img/logo.png");
}

TEST(FeedIcon, AtomIconBeforeLogoInWhicheverOrder) {
    EXPECT_EQ(iconOf("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>D</title>"
                     "<logo>https://nieuws.example/logo-wide.png</logo>"
                     "<icon>favicon.png</icon></feed>"),
              "https://nieuws.example/feeds/favicon.png");
    EXPECT_EQ(iconOf("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>D</title>"
                     "<logo>https://nieuws.example/logo-wide.png</logo></feed>"),
              "https://nieuws.example/logo-wide.png");
}

TEST(FeedIcon, JsonFeedFaviconBeforeIcon) {
    EXPECT_EQ(iconOf(R"({"version":"https://jsonfeed.org/version/1.1","title":"D","items":[],
                        "icon":"https://nieuws.example/big.png",
                        "favicon":"https://nieuws.example/small.png"})"),
              "https://nieuws.example/small.png");
    EXPECT_EQ(iconOf(R"({"version":"https://jsonfeed.org/version/1.1","title":"D","items":[],
                        "icon":"https://nieuws.example/big.png"})"),
              "https://nieuws.example/big.png");
}

TEST(FeedIcon, NoneOrNotHttpIsNoIcon) {
    EXPECT_FALSE(iconOf("<rss version=\"2.0\"><channel><title>D</title></channel></rss>"));
    EXPECT_FALSE(iconOf("<rss version=\"2.0\"><channel><title>D</title><image><url>"
                        "javascript:alert(1)</url></image></channel></rss>"));
    EXPECT_FALSE(iconOf("<rss version=\"2.0\"><channel><title>D</title><image><url>"
                        "data:image/png;base64,AAAA</url></image></channel></rss>"));
}

} // namespace
} // namespace heraut
