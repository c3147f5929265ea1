// SPDX-License-Identifier: GPL-3.0-or-later
// RSS 0.90, 0.91, 0.92, 2.0 and RSS 1.0 (RDF): one family with channel and item elements.
#include "FormatParsers.h"
#include "XmlNames.h"

namespace heraut {
namespace {

using xmlns::QName;

bool isRssNamespace(std::string_view uri) {
    return uri.empty() || uri == xmlns::kRss10 || uri == xmlns::kRss090;
}

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

void readItemChild(const pugi::xml_node& child, const QName& name, RawItem& item) {
    if (isRssNamespace(name.uri)) {
        if (name.local == "title")
            item.title = xmlns::text(child);
        else if (name.local == "link")
            setIfEmpty(item.link, xmlns::text(child));
        else if (name.local == "description")
            item.summary = {xmlns::textOrMarkup(child)};
        else if (name.local == "guid")
            item.id = xmlns::text(child);
        else if (name.local == "pubDate")
            item.published = xmlns::text(child);
        else if (name.local == "author")
            setIfEmpty(item.author, authorName(xmlns::text(child)));
        else if (name.local == "category")
            item.categories.push_back(xmlns::text(child));
        else if (name.local == "enclosure")
            item.enclosures.push_back({child.attribute("url").value(),
                                       child.attribute("type").value(),
                                       child.attribute("length").value()});
    } else if (name.uri == xmlns::kContent) {
        if (name.local == "encoded") item.content = {xmlns::textOrMarkup(child)};
    } else if (name.uri == xmlns::kDc) {
        if (name.local == "creator")
            setIfEmpty(item.author, xmlns::text(child));
        else if (name.local == "date")
            setIfEmpty(item.published, xmlns::text(child));
        else if (name.local == "subject")
            item.categories.push_back(xmlns::text(child));
        else if (name.local == "title")
            setIfEmpty(item.title, xmlns::text(child));
        else if (name.local == "identifier")
            setIfEmpty(item.id, xmlns::text(child));
    } else if (name.uri == xmlns::kDcTerms) {
        if (name.local == "modified")
            item.updated = xmlns::text(child);
        else if (name.local == "created" || name.local == "issued")
            setIfEmpty(item.published, xmlns::text(child));
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
    }
}

RawItem readItem(const pugi::xml_node& node, const std::string& base) {
    RawItem item;
    item.base = xmlns::baseOf(node, base);
    // RSS 1.0 names the item by its rdf:about; it is the closest thing to a guid it has.
    item.id = node.attribute("rdf:about").value();
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling())
        if (child.type() == pugi::node_element) readItemChild(child, xmlns::resolve(child), item);
    return item;
}

void readChannel(const pugi::xml_node& channel, RawFeed& feed) {
    for (pugi::xml_node child = channel.first_child(); child; child = child.next_sibling()) {
        if (child.type() != pugi::node_element) continue;
        QName name = xmlns::resolve(child);
        if (isRssNamespace(name.uri)) {
            if (name.local == "title")
                feed.title = xmlns::text(child);
            else if (name.local == "link")
                setIfEmpty(feed.link, xmlns::text(child));
            else if (name.local == "description")
                feed.description = xmlns::textOrMarkup(child);
            else if (name.local == "language")
                feed.language = xmlns::text(child);
            else if (name.local == "lastBuildDate")
                feed.updated = xmlns::text(child);
            else if (name.local == "pubDate")
                setIfEmpty(feed.updated, xmlns::text(child));
            else if (name.local == "managingEditor")
                feed.author = xmlns::text(child);
        } else if (name.uri == xmlns::kDc) {
            if (name.local == "language")
                setIfEmpty(feed.language, xmlns::text(child));
            else if (name.local == "date")
                setIfEmpty(feed.updated, xmlns::text(child));
            else if (name.local == "creator")
                setIfEmpty(feed.author, xmlns::text(child));
        } else if (name.uri == xmlns::kAtom10 && name.local == "link") {
            std::string_view rel = child.attribute("rel").value();
            if (rel.empty() || rel == "alternate")
                setIfEmpty(feed.link, child.attribute("href").value());
        }
    }
}

void readItemsBelow(const pugi::xml_node& parent, RawFeed& feed, const std::string& base) {
    for (pugi::xml_node child = parent.first_child(); child; child = child.next_sibling()) {
        if (child.type() != pugi::node_element) continue;
        QName name = xmlns::resolve(child);
        if (name.local == "item" && isRssNamespace(name.uri))
            feed.items.push_back(readItem(child, base));
    }
}

} // namespace

RawFeed readRss(const pugi::xml_node& root, FeedFormat format, const std::string& base) {
    RawFeed feed;
    feed.format = format;
    feed.base = xmlns::baseOf(root, base);
    pugi::xml_node channel;
    for (pugi::xml_node child = root.first_child(); child; child = child.next_sibling()) {
        if (child.type() == pugi::node_element && xmlns::resolve(child).local == "channel") {
            channel = child;
            break;
        }
    }
    if (channel) {
        feed.base = xmlns::baseOf(channel, feed.base);
        readChannel(channel, feed);
        readItemsBelow(channel, feed, feed.base); // RSS 0.91/0.92/2.0
    }
    readItemsBelow(root, feed, feed.base); // RSS 0.90 and 1.0 keep items beside the channel
    return feed;
}

} // namespace heraut
