// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes as a web page: the extractor returns an article or NotAnArticleError, never
// crashes, and what it returns is valid UTF-8 without anything that runs or fetches.
#include "heraut/ArticleExtractor.h"
#include "heraut/CharsetDecoder.h"

#include <cstdlib>
#include <string>

namespace {

// Only tags are checked: text cannot hold one, its "<" is always escaped as &lt;.
void checkSafe(const std::string& html) {
    for (size_t open = html.find('<'); open != std::string::npos; open = html.find('<', open + 1)) {
        std::string tag = html.substr(open, html.find('>', open) - open);
        for (const char* element : {"<script", "<iframe", "<object", "<embed", "<style", "<form",
                                    "<svg", "<base", "<meta", "<link"})
            if (tag.rfind(element, 0) == 0) std::abort();
        for (const char* scheme : {"=\"javascript:", "=\"data:", "=\"vbscript:", "=\"file:"})
            if (tag.find(scheme) != std::string::npos) std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view page(reinterpret_cast<const char*>(data), size);
    try {
        heraut::ExtractedArticle article =
            heraut::extractArticle(page, {"https://example.nl/nieuws/artikel.html", ""});
        checkSafe(article.content);
        if (!heraut::isValidUtf8(article.text) || !heraut::isValidUtf8(article.content) ||
            !heraut::isValidUtf8(article.title))
            std::abort();
        for (const std::string& takeaway : article.keyTakeaways)
            if (!heraut::isValidUtf8(takeaway)) std::abort();
    } catch (const heraut::NotAnArticleError&) {
    }
    return 0;
}
