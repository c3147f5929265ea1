// SPDX-License-Identifier: GPL-3.0-or-later
// JSON Feed as generators write it: single values where lists belong are read, values of the
// wrong type are ignored, and both are named in a warning.
#include "TestData.h"
#include "heraut/FeedParser.h"

#include <gtest/gtest.h>

namespace heraut {
namespace {

using test::readData;

class JsonFeedLeniency : public ::testing::Test {
  protected:
    ParsedFeed feed = parseFeed(readData("jsonfeed-single-values-and-wrong-types.json"), {});

    ::testing::AssertionResult warned(std::string_view first, std::string_view second) const {
        for (const std::string& warning : feed.warnings)
            if (warning.find(first) != std::string::npos &&
                warning.find(second) != std::string::npos)
                return ::testing::AssertionSuccess();
        auto failure = ::testing::AssertionFailure()
                       << "no warning with " << first << " and " << second << "; warnings:";
        for (const std::string& warning : feed.warnings)
            failure << "\n  " << warning;
        return failure;
    }
};

TEST_F(JsonFeedLeniency, SingleValuesAreReadAsListsOfOne) {
    ASSERT_EQ(feed.articles.size(), 3u) << "the item that is a string is skipped";
    const Article& a = feed.articles[0];
    EXPECT_EQ(a.categories, std::vector<std::string>{"one"});
    ASSERT_EQ(a.enclosures.size(), 1u);
    EXPECT_EQ(a.enclosures[0], (Enclosure{"https://lenient.example/a.mp3", "audio/mpeg", 10}));
    EXPECT_EQ(a.author, "Bare Name") << "author as a string";
    EXPECT_EQ(feed.articles[1].author, "Name In A List");
    EXPECT_EQ(feed.articles[2].author, "Single Author Object") << "feed authors as one object";
    EXPECT_TRUE(warned("\"tags\"", "item 1"));
    EXPECT_TRUE(warned("\"attachments\"", "item 1"));
    EXPECT_TRUE(warned("\"author\"", "item 1"));
    EXPECT_TRUE(warned("\"authors\"", "list"));
    EXPECT_TRUE(warned("\"authors\"", "item 2"));
}

TEST_F(JsonFeedLeniency, WrongTypesAreIgnoredWithAWarning) {
    EXPECT_FALSE(feed.link);
    EXPECT_TRUE(warned("\"home_page_url\"", "a number"));
    const Article& b = feed.articles.at(1);
    EXPECT_EQ(b.title, "HTML") << "the list title is ignored; the text stands in";
    EXPECT_TRUE(warned("item 2: \"title\"", "a list"));
    EXPECT_EQ(b.categories, std::vector<std::string>{"fine"});
    EXPECT_TRUE(warned("item 2: a tag", "a number"));
    EXPECT_TRUE(warned("item 3", "not an object"));
    const Article& d = feed.articles.at(2);
    EXPECT_EQ(d.link, "https://lenient.example/4");
    EXPECT_TRUE(d.enclosures.empty());
    EXPECT_TRUE(warned("item 4: \"id\"", "an object"));
    EXPECT_TRUE(warned("item 4: \"date_published\"", "a number"));
    EXPECT_TRUE(warned("item 4: an attachment", "a number"));
}

TEST_F(JsonFeedLeniency, NullIsAnAbsentFieldNotAWrongType) {
    for (const std::string& warning : feed.warnings)
        EXPECT_EQ(warning.find("summary"), std::string::npos) << warning;
}

TEST(JsonFeedStrict, ACorrectFeedHasNoWarnings) {
    EXPECT_TRUE(parseFeed(readData("jsonfeed-11.json"), {}).warnings.empty());
}

} // namespace
} // namespace heraut
