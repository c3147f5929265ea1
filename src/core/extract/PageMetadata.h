// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HtmlTree.h"

#include <string>

namespace heraut::extract {

// What a page says about its article outside the body: JSON-LD (schema.org NewsArticle and
// kin), Open Graph, article:*, Dublin Core, Twitter and Parse.ly meta tags, <title>, <html
// lang>, <base href>. Values are plain text; image and base are absolute.
struct PageMetadata {
    std::string title;
    std::string byline;
    std::string excerpt;
    std::string siteName;
    std::string published; // as the page wrote it
    std::string language;
    std::string image;
    std::string baseUrl;        // <base href> resolved against the page URL, else the page URL
    std::string ogType;         // og:type, lower case: "article", "video.other", "website", ...
    bool schemaArticle = false; // JSON-LD declares an Article type
    std::string articleBody;    // JSON-LD articleBody, for pages that render it with scripts
};

// Reads the metadata; call before scripts are removed (JSON-LD lives in them).
PageMetadata readMetadata(const HtmlTree& tree, std::string_view pageUrl);

// Readability's word-overlap similarity of two texts, 0..1: how much of b is in a.
double textSimilarity(std::string_view a, std::string_view b);

} // namespace heraut::extract
