// SPDX-License-Identifier: GPL-3.0-or-later
// RSS 0.90, 0.91, 0.92, 2.0 and RSS 1.0 (RDF): one family with channel and item elements.
#include "DublinCore.h"
#include "FormatParsers.h"
#include "XmlNames.h"
#include "heraut/AsciiCase.h"
#include "heraut/PlainText.h"
#include "heraut/UrlResolver.h"

namespace heraut {
namespace {

using xmlns::QName;

void setIfEmpty(std::string& target, std::string value) {
    if (target.empty()) target = std::move(value);
}

// "name@example.com (Jan Jansen)" is how RSS 2.0 wants authors; people want the name.
std::string authorName(std::string author) {
    auto open = author.find('(');
    auto close = author.rfind(')');
    if (author.find('@') != std::string::npos && open != std::string::npos &&
        close != std::string::npos && close > open + 1)
        return author.substr(open + 1, close - open - 1);
    return author;
}

void readMediaContent(const pugi::xml_node& node, RawItem& item) {
    const char* url = node.attribute("url").value();
    if (!*url) return;
    std::string type = node.attribute("type").value();
    if (type.empty() && std::string_view(node.attribute("medium").value()) == "image")
        type = "image/*";
    item.enclosures.push_back({url, type, node.attribute("fileSize").value()});
}

// A guid is a permalink unless isPermaLink says "false" (RSS 2.0). Many feeds put a bare
// number or a tag: URI there and say nothing, so without an explicit "true" only an absolute
// http(s) URL is taken for the link.
std::string permalinkOf(const pugi::xml_node& guid) {
    std::string flag = asciiLower(collapseWhitespace(guid.attribute("isPermaLink").value()));
    std::string value = collapseWhitespace(xmlns::text(guid));
    if (flag == "true") return value;
    std::string scheme = urlScheme(value);
    return flag.empty() && (scheme == "http" || scheme == "https") ? value : std::string();
}

// Item content in the order other readers prefer it: content:encoded, then an inline XHTML
// body, then Netscape's fullitem.
enum ContentRank { kNoContent, kFullItem, kBody, kEncoded };

struct ItemState {
    RawItem item;
    DublinCore dc;
    ContentRank contentRank = kNoContent;
    bool hasDescription = false;
    pugi::xml_node guid; // read for the link only when the item has none
};

// Reads one RSS document; m_rss is the namespace its channel is in, so RSS under a default
// namespace (Userland's, or any other) is still read by the names it uses.
class RssReader {
  public:
    explicit RssReader(std::string_view rss) : m_rss(rss) {}

    bool isRss(std::string_view uri) const {
        return uri.empty() || uri == m_rss || uri == xmlns::kRss10 || uri == xmlns::kRss090;
    }

    void readChannel(const pugi::xml_node& channel, RawFeed& feed) const {
        DublinCore dc;
        for (pugi::xml_node child = channel.first_child(); child; child = child.next_sibling()) {
            if (child.type() != pugi::node_element) continue;
            QName name = xmlns::resolve(child);
            if (dc.read(child, name)) continue;
            if (name.uri == xmlns::kAtom10 && name.local == "link") {
                std::string_view rel = child.attribute("rel").value();
                if (rel.empty() || rel == "alternate")
                    setIfEmpty(feed.link, child.attribute("href").value());
            } else if (isRss(name.uri)) {
                readChannelChild(child, name, feed);
            }
        }
        dc.fillFeed(feed);
    }

    void readItemsBelow(const pugi::xml_node& parent, RawFeed& feed) const {
        for (pugi::xml_node child = parent.first_child(); child; child = child.next_sibling()) {
            if (child.type() != pugi::node_element) continue;
            QName name = xmlns::resolve(child);
            if (name.local == "item" && isRss(name.uri))
                feed.items.push_back(readItem(child, feed.base));
        }
    }

  private:
    void readChannelChild(const pugi::xml_node& child, const QName& name, RawFeed& feed) const {
        if (name.local == "title")
            feed.title = {xmlns::text(child), TextKind::LooseHtml};
        else if (name.local == "link")
            setIfEmpty(feed.link, xmlns::text(child));
        else if (name.local == "description")
            feed.description = {xmlns::textOrMarkup(child, feed.base), TextKind::LooseHtml};
        else if (name.local == "language")
            feed.language = xmlns::text(child);
        else if (name.local == "lastBuildDate")
            feed.updated = xmlns::text(child);
        else if (name.local == "pubDate")
            setIfEmpty(feed.updated, xmlns::text(child));
        else if (name.local == "managingEditor")
            feed.author = xmlns::text(child);
        else if (name.local == "image")
            setIfEmpty(feed.icon, xmlns::text(child.child("url")));
    }

    RawItem readItem(const pugi::xml_node& node, const std::string& base) const {
        ItemState state;
        RawItem& item = state.item;
        item.base = xmlns::baseOf(node, base);
        // RSS 1.0 names the item by its rdf:about; it is the closest thing to a guid it has.
        item.id = node.attribute("rdf:about").value();
        for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling())
            if (child.type() == pugi::node_element)
                readItemChild(child, xmlns::resolve(child), state);
        state.dc.fillItem(item);
        if (item.link.empty() && state.guid) item.link = permalinkOf(state.guid);
        return std::move(item);
    }

    void readItemChild(const pugi::xml_node& child, const QName& name, ItemState& state) const {
        RawItem& item = state.item;
        if (name.uri == xmlns::kContent) {
            if (name.local == "encoded") setContent(child, kEncoded, state);
        } else if (name.uri == xmlns::kXhtml) {
            if (name.local == "body") setContent(child, kBody, state);
        } else if (name.uri == xmlns::kAtom10) {
            std::string_view rel = child.attribute("rel").value();
            if (name.local == "link" && (rel.empty() || rel == "alternate"))
                setIfEmpty(item.link, child.attribute("href").value());
            else if (name.local == "updated")
                item.updated = xmlns::text(child);
            else if (name.local == "published")
                setIfEmpty(item.published, xmlns::text(child));
        } else if (name.uri == xmlns::kMedia) {
            if (name.local == "content")
                readMediaContent(child, item);
            else if (name.local == "group")
                for (pugi::xml_node media : child.children())
                    if (xmlns::resolve(media).is(xmlns::kMedia, "content"))
                        readMediaContent(media, item);
        } else if (!state.dc.read(child, name) && isRss(name.uri)) {
            readRssChild(child, name, state);
        }
    }

    void readRssChild(const pugi::xml_node& child, const QName& name, ItemState& state) const {
        RawItem& item = state.item;
        if (name.local == "title")
            item.title = {xmlns::text(child), TextKind::LooseHtml};
        else if (name.local == "link")
            setIfEmpty(item.link, xmlns::text(child));
        else if (name.local == "description") {
            item.summary = textOf(child, item.base);
            state.hasDescription = true;
        } else if (name.local == "summary") {
            if (!state.hasDescription) item.summary = textOf(child, item.base);
        } else if (name.local == "body")
            setContent(child, kBody, state);
        else if (name.local == "fullitem")
            setContent(child, kFullItem, state);
        else if (name.local == "guid") {
            item.id = xmlns::text(child);
            state.guid = child;
        } else if (name.local == "pubDate")
            item.published = xmlns::text(child);
        else if (name.local == "author")
            setIfEmpty(item.author, authorName(xmlns::text(child)));
        else if (name.local == "category")
            item.categories.push_back(xmlns::text(child));
        else if (name.local == "enclosure")
            item.enclosures.push_back({child.attribute("url").value(),
                                       child.attribute("type").value(),
                                       child.attribute("length").value()});
    }

    static RawText textOf(const pugi::xml_node& node, const std::string& itemBase) {
        std::string base = xmlns::baseOf(node, itemBase);
        return {xmlns::textOrMarkup(node, base), TextKind::Html, base};
    }

    static void setContent(const pugi::xml_node& node, ContentRank rank, ItemState& state) {
        if (rank < state.contentRank) return;
        RawText content = textOf(node, state.item.base);
        if (content.empty()) return;
        state.item.content = std::move(content);
        state.contentRank = rank;
    }

    std::string_view m_rss;
};

pugi::xml_node findChannel(const pugi::xml_node& root) {
    for (pugi::xml_node child = root.first_child(); child; child = child.next_sibling())
        if (child.type() == pugi::node_element && xmlns::resolve(child).local == "channel")
            return child;
    return {};
}

} // namespace

RawFeed readRss(const pugi::xml_node& root, FeedFormat format, const std::string& base) {
    RawFeed feed;
    feed.format = format;
    feed.base = xmlns::baseOf(root, base);
    pugi::xml_node channel = findChannel(root);
    RssReader reader(xmlns::resolve(channel ? channel : root).uri);
    if (channel) {
        feed.base = xmlns::baseOf(channel, feed.base);
        reader.readChannel(channel, feed);
        reader.readItemsBelow(channel, feed); // RSS 0.91/0.92/2.0
    }
    reader.readItemsBelow(root, feed); // RSS 0.90 and 1.0 keep items beside the channel
    return feed;
}

} // namespace heraut
