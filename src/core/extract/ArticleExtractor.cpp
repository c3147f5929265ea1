// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/ArticleExtractor.h"
#include "heraut/HtmlEntities.h"

#include "ContentFinder.h"
#include "HtmlTree.h"
#include "PageMetadata.h"
#include "PageTakeaways.h"
#include "heraut/AsciiCase.h"
#include "heraut/CharsetDecoder.h"
#include "heraut/DateParser.h"
#include "heraut/HtmlSanitizer.h"
#include "heraut/PlainText.h"
#include "heraut/WordLists.h"

#include <array>

namespace heraut {
namespace {

using namespace extract;

// Below this many characters a pass is retried with fewer heuristics (Readability's
// charThreshold).
constexpr int kEnoughText = 500;

// The charset of <meta charset> or <meta http-equiv content="...; charset=">, from the first
// kilobytes as ASCII (the HTML spec's prescan, simplified).
std::string metaCharset(std::string_view bytes) {
    std::string head = asciiLower(bytes.substr(0, 4096));
    for (size_t at = head.find("<meta"); at != std::string::npos; at = head.find("<meta", at + 5)) {
        size_t end = head.find('>', at);
        if (end == std::string::npos) break;
        std::string_view tag = std::string_view(head).substr(at, end - at);
        size_t cs = tag.find("charset=");
        if (cs == std::string_view::npos) continue;
        size_t start = cs + 8;
        while (start < tag.size() && (tag[start] == '"' || tag[start] == '\'' || tag[start] == ' '))
            ++start;
        size_t stop = tag.find_first_of("\"'; /", start);
        return std::string(tag.substr(start, stop == std::string_view::npos ? stop : stop - start));
    }
    return {};
}

struct Attempt {
    std::string html;
    int textLength = -1;
    std::string byline;
    std::vector<std::string> takeaways;
};

struct PageFacts {
    PageMetadata meta;
    bool readable = false;
    std::string firstHeading;
};

std::string firstHeadingText(HtmlTree& tree) {
    for (Node* h : elementsByTag(tree.body(), {"h1"}))
        if (std::string text = innerText(h); !text.empty()) return text;
    return {};
}

// One parse of the page and one content search. The first pass also reads the page facts.
Attempt runPass(const std::string& utf8, std::string_view url, const FinderFlags& flags,
                PageFacts& facts, bool first) {
    HtmlTree tree(utf8);
    Attempt attempt;
    if (!tree.root()) return attempt;
    if (first) {
        facts.meta = readMetadata(tree, url);
        facts.readable = looksReadable(tree);
        facts.firstHeading = firstHeadingText(tree);
    }
    prepareDocument(tree);
    tree.measure(tree.body());
    attempt.takeaways = takeTakeaways(tree);
    FoundContent found = findContent(tree, facts.meta.title, flags, facts.meta.byline.empty());
    if (!found.content) return attempt;
    serialize(found.content, attempt.html);
    attempt.textLength = found.textLength;
    attempt.byline = std::move(found.byline);
    return attempt;
}

// Readability's retry loop: each pass relaxes one heuristic until enough text is found; else
// the longest pass wins.
Attempt bestPass(const std::string& utf8, std::string_view url, PageFacts& facts) {
    constexpr std::array<FinderFlags, 4> kPasses = {
        {{true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}}};
    Attempt best;
    for (size_t i = 0; i < kPasses.size(); ++i) {
        Attempt attempt = runPass(utf8, url, kPasses[i], facts, i == 0);
        if (attempt.textLength >= kEnoughText) return attempt;
        if (attempt.textLength > best.textLength) best = std::move(attempt);
    }
    return best;
}

// A paywall often sits outside what the finder keeps, so for a short article the whole page
// is searched for one.
bool mentionsPaywall(std::string_view lowerText) {
    return containsAny(lowerText,
                       {"om verder te lezen", "om dit artikel te lezen", "lees verder met",
                        "abonneer je om", "alleen voor abonnees", "premium artikel",
                        "voorbehouden aan abonnees", "subscribe to continue", "subscribe to read",
                        "to continue reading", "subscribers only"});
}

// Consent managers carry these words in their scripts on every page: only the text counts.
bool asksConsent(std::string_view lowerText) {
    return containsAny(lowerText, {"accepteer cookies", "cookies accepteren", "accept cookies",
                                   "toestemming voor cookies", "akkoord met cookies",
                                   "cookies te accepteren"});
}

// Why a page with this little text is not an article, or empty when it may be one.
std::string whyNotAnArticle(const PageFacts& facts, const std::string& text,
                            std::string_view page) {
    size_t length = text.size();
    if (length == 0) return "no readable text on the page";
    std::string heading = asciiLower(facts.firstHeading + " " + facts.meta.title);
    bool shortText = length < 1500;
    if (shortText && containsAny(heading, {"404", "niet gevonden", "not found", "bestaat niet",
                                           "page not found", "error", "foutmelding"}))
        return "an error page";
    std::string lower = asciiLower(text);
    if (length < 1000 &&
        (mentionsPaywall(lower) || asksConsent(lower) || mentionsPaywall(asciiLower(page))))
        return "a paywall or consent wall";
    if (shortText && facts.meta.ogType.starts_with("video")) return "a video page";
    bool declaredArticle = facts.meta.schemaArticle || facts.meta.ogType == "article";
    if (!facts.readable && !(declaredArticle && length >= 300))
        return "no article: no run of paragraphs long enough to read";
    return {};
}

// JSON-LD articleBody as paragraphs, for pages whose body is rendered by scripts.
std::string paragraphsOf(std::string_view body) {
    std::string html;
    size_t start = 0;
    while (start < body.size()) {
        size_t end = body.find('\n', start);
        if (end == std::string_view::npos) end = body.size();
        std::string line = collapseWhitespace(body.substr(start, end - start));
        if (!line.empty()) {
            html += "<p>";
            appendEscaped(html, line, false);
            html += "</p>";
        }
        start = end + 1;
    }
    return html;
}

std::string firstParagraph(std::string_view text) {
    size_t end = text.find('\n');
    return std::string(text.substr(0, end));
}

} // namespace

ExtractedArticle extractArticle(std::string_view html, const ExtractContext& context) {
    std::string label = context.httpCharset.empty() ? metaCharset(html) : context.httpCharset;
    DecodedText decoded = decodeToUtf8(html, label);
    PageFacts facts;
    Attempt pass = bestPass(decoded.utf8, context.url, facts);
    const PageMetadata& meta = facts.meta;
    SanitizedHtml body = sanitizeHtml(pass.html, meta.baseUrl);
    if (meta.articleBody.size() > body.text.size() * 2 && meta.articleBody.size() > 500)
        body = sanitizeHtml(paragraphsOf(meta.articleBody), meta.baseUrl);
    if (std::string why = whyNotAnArticle(facts, body.text, decoded.utf8); !why.empty())
        throw NotAnArticleError(why);
    ExtractedArticle article;
    article.title = meta.title;
    article.byline = !meta.byline.empty() ? meta.byline : pass.byline;
    article.published = parseFeedDate(meta.published);
    article.language = meta.language;
    article.siteName = meta.siteName;
    article.image = meta.image;
    article.excerpt = !meta.excerpt.empty() ? meta.excerpt : firstParagraph(body.text);
    article.content = std::move(body.html);
    article.text = std::move(body.text);
    article.keyTakeaways = std::move(pass.takeaways);
    return article;
}

} // namespace heraut
