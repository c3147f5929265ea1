// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageMetadata.h"

#include "heraut/AsciiCase.h"
#include "heraut/PlainText.h"
#include "heraut/UrlResolver.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace heraut::extract {
namespace {

using nlohmann::json;

// schema.org types whose JSON-LD describes an article (Readability's list).
bool isArticleType(std::string_view type) {
    static const std::set<std::string_view> kTypes = {"Article",
                                                      "AdvertiserContentArticle",
                                                      "NewsArticle",
                                                      "AnalysisNewsArticle",
                                                      "AskPublicNewsArticle",
                                                      "BackgroundNewsArticle",
                                                      "OpinionNewsArticle",
                                                      "ReportageNewsArticle",
                                                      "ReviewNewsArticle",
                                                      "Report",
                                                      "SatiricalArticle",
                                                      "ScholarlyArticle",
                                                      "MedicalScholarlyArticle",
                                                      "SocialMediaPosting",
                                                      "BlogPosting",
                                                      "LiveBlogPosting",
                                                      "DiscussionForumPosting",
                                                      "TechArticle",
                                                      "APIReference"};
    return kTypes.contains(type);
}

bool hasArticleType(const json& node) {
    auto type = node.find("@type");
    if (type == node.end()) return false;
    if (type->is_string()) return isArticleType(type->get_ref<const std::string&>());
    if (type->is_array())
        return std::any_of(type->begin(), type->end(), [](const json& t) {
            return t.is_string() && isArticleType(t.get_ref<const std::string&>());
        });
    return false;
}

const json* findArticle(const json& node, int depth = 0) {
    if (depth > 4) return nullptr;
    if (node.is_array()) {
        for (const json& item : node)
            if (const json* found = findArticle(item, depth + 1)) return found;
        return nullptr;
    }
    if (!node.is_object()) return nullptr;
    if (hasArticleType(node)) return &node;
    if (auto graph = node.find("@graph"); graph != node.end())
        return findArticle(*graph, depth + 1);
    return nullptr;
}

std::string stringOf(const json& object, const char* key) {
    auto it = object.find(key);
    if (it == object.end()) return {};
    if (it->is_string()) return plainTitle(it->get_ref<const std::string&>());
    return {};
}

std::string nameOf(const json& value) {
    if (value.is_string()) return plainTitle(value.get_ref<const std::string&>());
    if (value.is_object()) return stringOf(value, "name");
    if (!value.is_array()) return {};
    std::string names;
    for (const json& item : value) {
        std::string name = nameOf(item);
        if (name.empty()) continue;
        if (!names.empty()) names += ", ";
        names += name;
    }
    return names;
}

std::string imageOf(const json& value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_object()) return value.contains("url") ? imageOf(value["url"]) : std::string();
    if (value.is_array() && !value.empty()) return imageOf(value.front());
    return {};
}

std::string scriptText(const Node* script) {
    std::string text;
    for (const Node* child = script->children; child; child = child->next)
        if (child->content) text += reinterpret_cast<const char*>(child->content);
    // Pages wrap it in CDATA markers for old XHTML parsers.
    size_t open = text.find("<![CDATA[");
    if (open != std::string::npos) text.erase(0, open + 9);
    size_t close = text.rfind("]]>");
    if (close != std::string::npos) text.resize(close);
    return text;
}

void readJsonLd(const Node* script, PageMetadata& meta) {
    json doc = json::parse(scriptText(script), nullptr, false);
    if (doc.is_discarded()) return;
    const json* article = findArticle(doc);
    if (!article) return;
    meta.schemaArticle = true;
    std::string name = stringOf(*article, "name");
    std::string headline = stringOf(*article, "headline");
    if (meta.title.empty()) meta.title = !headline.empty() ? headline : name;
    if (meta.byline.empty() && article->contains("author"))
        meta.byline = nameOf((*article)["author"]);
    if (meta.excerpt.empty()) meta.excerpt = stringOf(*article, "description");
    if (meta.siteName.empty() && article->contains("publisher"))
        meta.siteName = nameOf((*article)["publisher"]);
    if (meta.published.empty()) meta.published = stringOf(*article, "datePublished");
    if (meta.image.empty() && article->contains("image")) meta.image = imageOf((*article)["image"]);
    if (auto body = article->find("articleBody"); body != article->end() && body->is_string())
        meta.articleBody = body->get<std::string>();
}

// Readability's normalisation of property and name attributes, e.g. "og:title", "dc.creator".
std::string metaKey(std::string_view raw) {
    std::string key = asciiLower(collapseWhitespace(raw));
    std::replace(key.begin(), key.end(), '.', ':');
    key.erase(std::remove(key.begin(), key.end(), ' '), key.end());
    return key;
}

using MetaValues = std::map<std::string, std::string, std::less<>>;

void readMetaTag(const Node* meta, MetaValues& values) {
    std::string content = collapseWhitespace(attribute(meta, "content"));
    if (content.empty()) return;
    // property may hold several space-separated names ("og:title twitter:title").
    std::string_view property = attribute(meta, "property");
    size_t start = 0;
    while (start < property.size()) {
        size_t end = property.find(' ', start);
        if (end == std::string_view::npos) end = property.size();
        std::string key = metaKey(property.substr(start, end - start));
        if (!key.empty()) values.emplace(key, content);
        start = end + 1;
    }
    std::string name = metaKey(attribute(meta, "name"));
    if (!name.empty()) values.emplace(name, content);
    std::string itemprop = metaKey(attribute(meta, "itemprop"));
    if (!itemprop.empty()) values.emplace("itemprop:" + itemprop, content);
}

std::string first(const MetaValues& values, std::initializer_list<std::string_view> keys) {
    for (std::string_view key : keys)
        if (auto it = values.find(key); it != values.end() && !it->second.empty())
            return plainTitle(it->second);
    return {};
}

int wordCount(std::string_view text) {
    int words = 0;
    bool inWord = false;
    for (char c : text) {
        bool space = c == ' ' || c == '\t' || c == '\n';
        if (!space && !inWord) ++words;
        inWord = !space;
    }
    return words;
}

bool isTitleSeparator(std::string_view title, size_t at, size_t& length) {
    if (at == 0 || title[at - 1] != ' ') return false;
    for (std::string_view sep : {"|", "-", "–", "—", "\\", "/", ">", "»"}) {
        if (title.substr(at, sep.size()) == sep && at + sep.size() < title.size() &&
            title[at + sep.size()] == ' ') {
            length = sep.size();
            return true;
        }
    }
    return false;
}

// The <title> without the site name around it (Readability's _getArticleTitle, shortened).
std::string titleFromDocumentTitle(std::string_view original) {
    std::string title(original);
    size_t firstSep = std::string::npos, firstLen = 0, lastSep = std::string::npos, len = 0;
    for (size_t i = 0; i < original.size(); ++i) {
        if (!isTitleSeparator(original, i, len)) continue;
        if (firstSep == std::string::npos) {
            firstSep = i;
            firstLen = len;
        }
        lastSep = i;
    }
    if (lastSep != std::string::npos) {
        title = collapseWhitespace(original.substr(0, lastSep));
        if (wordCount(title) < 3) title = collapseWhitespace(original.substr(firstSep + firstLen));
    } else if (size_t colon = original.rfind(": "); colon != std::string::npos) {
        std::string after = collapseWhitespace(original.substr(colon + 1));
        if (wordCount(after) >= 3) title = after;
    }
    if (wordCount(title) <= 4 && lastSep == std::string::npos) title = std::string(original);
    return collapseWhitespace(title);
}

std::string resolvedBase(const HtmlTree& tree, std::string_view pageUrl) {
    Node* head = tree.head();
    for (Node* node = head; node; node = nextNode(node, head)) {
        if (!hasTag(node, "base")) continue;
        std::string_view href = attribute(node, "href");
        if (href.empty()) break;
        std::string base = resolveUrl(pageUrl, href);
        std::string scheme = urlScheme(base);
        if (scheme == "http" || scheme == "https") return base;
        break;
    }
    return std::string(pageUrl);
}

} // namespace

PageMetadata readMetadata(const HtmlTree& tree, std::string_view pageUrl) {
    PageMetadata meta;
    Node* root = tree.root();
    if (!root) return meta;
    meta.language = collapseWhitespace(attribute(root, "lang"));
    MetaValues values;
    std::string documentTitle;
    for (Node* node = root; node; node = nextNode(node, root)) {
        std::string_view tag = tagName(node);
        if (tag == "meta") {
            readMetaTag(node, values);
        } else if (tag == "title" && documentTitle.empty()) {
            documentTitle = innerText(node);
        } else if (tag == "script" &&
                   asciiLower(attribute(node, "type")) == "application/ld+json" &&
                   !meta.schemaArticle) {
            readJsonLd(node, meta);
        }
    }
    if (meta.title.empty())
        meta.title = first(values, {"dc:title", "dcterm:title", "dcterms:title", "og:title",
                                    "weibo:article:title", "weibo:webpage:title", "title",
                                    "twitter:title", "parsely-title"});
    if (meta.title.empty()) meta.title = titleFromDocumentTitle(documentTitle);
    if (meta.byline.empty()) {
        meta.byline = first(values, {"dc:creator", "dcterm:creator", "author", "parsely-author"});
        std::string articleAuthor = first(values, {"article:author"});
        if (meta.byline.empty() && !articleAuthor.starts_with("http")) meta.byline = articleAuthor;
    }
    if (meta.excerpt.empty())
        meta.excerpt = first(values, {"dc:description", "dcterm:description", "og:description",
                                      "weibo:article:description", "weibo:webpage:description",
                                      "description", "twitter:description"});
    if (meta.siteName.empty()) meta.siteName = first(values, {"og:site_name"});
    if (meta.published.empty())
        meta.published =
            first(values, {"article:published_time", "parsely-pub-date", "itemprop:datepublished",
                           "dcterm:created", "dcterms:issued", "dcterms:created"});
    if (meta.image.empty())
        meta.image = first(values, {"og:image", "og:image:url", "og:image:secure_url",
                                    "twitter:image", "twitter:image:src"});
    if (meta.language.empty()) meta.language = first(values, {"og:locale", "content-language"});
    meta.ogType = asciiLower(first(values, {"og:type"}));
    meta.baseUrl = resolvedBase(tree, pageUrl);
    if (!meta.image.empty()) meta.image = safeLink(meta.baseUrl, meta.image).value_or("");
    if (meta.image.starts_with("mailto:")) meta.image.clear();
    return meta;
}

double textSimilarity(std::string_view a, std::string_view b) {
    auto tokens = [](std::string_view text) {
        std::vector<std::string> out;
        std::string word;
        for (char c : asciiLower(text)) {
            auto u = static_cast<unsigned char>(c);
            if (std::isalnum(u) || u >= 0x80 || c == '_') {
                word += c;
            } else if (!word.empty()) {
                out.push_back(std::move(word));
                word.clear();
            }
        }
        if (!word.empty()) out.push_back(std::move(word));
        return out;
    };
    std::vector<std::string> ta = tokens(a), tb = tokens(b);
    if (ta.empty() || tb.empty()) return 0;
    std::set<std::string> inA(ta.begin(), ta.end());
    size_t all = 0, missing = 0;
    for (const std::string& t : tb) {
        all += t.size() + 1;
        if (!inA.contains(t)) missing += t.size() + 1;
    }
    return 1.0 - static_cast<double>(missing) / static_cast<double>(all);
}

} // namespace heraut::extract
