// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/FeedParser.h"

#include "ArticleBuilder.h"
#include "FormatParsers.h"
#include "XmlNames.h"
#include "XmlRecovery.h"
#include "heraut/CharsetDecoder.h"
#include "heraut/FeedDiscovery.h"

#include <pugixml.hpp>

namespace heraut {
namespace {

constexpr unsigned kXmlOptions = pugi::parse_default;

class ItemCounter : public pugi::xml_tree_walker {
  public:
    bool for_each(pugi::xml_node& node) override {
        std::string_view name = node.name();
        if (name.ends_with("item") || name.ends_with("entry")) ++count;
        return true;
    }
    size_t count = 0;
};

size_t countItems(pugi::xml_document& doc) {
    ItemCounter counter;
    doc.traverse(counter);
    return counter.count;
}

// pugixml keeps what it parsed before an error; a second attempt with stray markup escaped
// often gets further. The better of the two wins.
void loadWithRecovery(pugi::xml_document& doc, std::string& text,
                      std::vector<std::string>& warnings) {
    std::string original = text;
    pugi::xml_parse_result result =
        doc.load_buffer_inplace(text.data(), text.size(), kXmlOptions, pugi::encoding_utf8);
    if (result) return;
    warnings.push_back("XML error at byte " + std::to_string(result.offset) + ": " +
                       result.description() + "; recovered what could be read");
    std::string repaired = escapeStrayMarkup(original);
    pugi::xml_document second;
    pugi::xml_parse_result retry =
        second.load_buffer(repaired.data(), repaired.size(), kXmlOptions, pugi::encoding_utf8);
    if (retry || (second.document_element() && countItems(second) > countItems(doc)))
        doc.reset(second);
}

[[noreturn]] void throwHtmlPage(std::string_view text, const ParseContext& context) {
    auto feeds = discoverFeedLinks(text, context.url);
    std::string message = "not a feed: an HTML page";
    if (feeds.empty())
        message += " that advertises no feeds";
    else {
        message += " that advertises feeds:";
        for (const auto& feed : feeds)
            message += " " + feed.url;
    }
    throw NotAFeedError(message, std::move(feeds));
}

RawFeed readXml(std::string& text, const ParseContext& context,
                std::vector<std::string>& warnings) {
    if (size_t removed = removeControlCharacters(text))
        warnings.push_back(std::to_string(removed) + " control characters were removed");
    pugi::xml_document doc;
    loadWithRecovery(doc, text, warnings);
    pugi::xml_node root = doc.document_element();
    if (!root) throw NotAFeedError("not a feed: no XML element found");
    xmlns::QName name = xmlns::resolve(root);
    if (name.local == "rss") return readRss(root, FeedFormat::Rss, context.url);
    if (name.local == "RDF") return readRss(root, FeedFormat::Rdf, context.url);
    if (name.local == "feed") return readAtom(root, context.url);
    if (name.local == "html") throwHtmlPage(text, context);
    throw NotAFeedError("not a feed: the root element is <" + std::string(root.name()) + ">");
}

} // namespace

std::string_view feedFormatName(FeedFormat format) {
    switch (format) {
    case FeedFormat::Rss:
        return "rss";
    case FeedFormat::Atom:
        return "atom";
    case FeedFormat::Rdf:
        return "rdf";
    case FeedFormat::Json:
        return "json";
    }
    return "rss";
}

ParsedFeed parseFeed(std::string_view bytes, const ParseContext& context,
                     const ParseOptions& options) {
    DecodedText decoded = decodeToUtf8(bytes, context.httpCharset);
    std::vector<std::string> warnings = std::move(decoded.warnings);
    std::string& text = decoded.utf8;
    size_t start = text.find_first_not_of(" \t\r\n");
    if (start == std::string::npos) throw NotAFeedError("not a feed: the document is empty");
    if (start > 0) text.erase(0, start); // WordPress plugins echo blank lines before <?xml
    RawFeed raw;
    if (text[0] == '{' || text[0] == '[')
        raw = readJsonFeed(text, context.url);
    else if (looksLikeHtml(text))
        throwHtmlPage(text, context);
    else
        raw = readXml(text, context, warnings);
    warnings.insert(warnings.begin(), std::make_move_iterator(raw.warnings.begin()),
                    std::make_move_iterator(raw.warnings.end()));
    raw.warnings = std::move(warnings);
    return buildParsedFeed(std::move(raw), context, options);
}

} // namespace heraut
