// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Article.h"

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace heraut {

struct ExtractContext {
    std::string url;         // where the page came from: the base for relative links
    std::string httpCharset; // the charset of the HTTP Content-Type, when there was one
};

// The article of a web page, as a reader view shows it. Text fields are plain UTF-8; empty
// when the page does not say.
struct ExtractedArticle {
    std::string title;
    std::string byline;
    Timestamp published;
    std::string language; // as the page declares it: "nl", "nl-BE", "en-GB", ...
    std::string siteName;
    std::string image;   // the lead image, absolute http(s)
    std::string excerpt; // the page's description, else the first paragraph
    std::string content; // the body as sanitised HTML (sanitizeHtml), links absolute
    std::string text;    // its plain text, blocks on lines of their own
    std::vector<std::string> keyTakeaways; // the page's own list, removed from content
};

// The page is not an article: a front page or index, a video page, a paywall or consent wall,
// an error page, or no readable text at all. what() says which, for a person.
class NotAnArticleError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// An HTML page in (bytes in any encoding: BOM, then the HTTP charset, then <meta charset>),
// its article out. Content detection follows Mozilla Readability's scoring, with Dutch and
// English boilerplate; JSON-LD, Open Graph and article:* metadata fill the other fields.
// Throws NotAnArticleError when the page holds no article. Never touches the network.
ExtractedArticle extractArticle(std::string_view html, const ExtractContext& context);

} // namespace heraut
