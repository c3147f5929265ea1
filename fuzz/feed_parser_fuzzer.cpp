// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/CharsetDecoder.h"
#include "heraut/FeedParser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        heraut::ParsedFeed feed = heraut::parseFeed(bytes, {"https://example.nl/feed/", ""});
        for (const auto& article : feed.articles)
            if (!heraut::isValidUtf8(article.title) || !heraut::isValidUtf8(article.text) ||
                article.id.empty())
                std::abort();
    } catch (const heraut::NotAFeedError&) {
    }
    return 0;
}
