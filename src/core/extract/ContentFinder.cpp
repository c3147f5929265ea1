// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentFinder.h"

#include "PageMetadata.h"

#include "heraut/AsciiCase.h"
#include "heraut/PlainText.h"
#include "heraut/WordLists.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_set>

namespace heraut::extract {
namespace {

using Words = std::initializer_list<std::string_view>;

// Readability's class and id patterns, plus the Dutch names of the same clutter.
constexpr std::string_view kUnlikely[] = {
    "-ad-",         "ai2html",     "banner",   "breadcrumbs", "combx",       "comment",
    "community",    "cover-wrap",  "disqus",   "extra",       "footer",      "gdpr",
    "header",       "legends",     "menu",     "related",     "remark",      "replies",
    "rss",          "shoutbox",    "sidebar",  "skyscraper",  "social",      "sponsor",
    "supplemental", "ad-break",    "agegate",  "pagination",  "pager",       "popup",
    "yom-remote",   "cookie",      "consent",  "newsletter",  "nieuwsbrief", "lees-ook",
    "leesook",      "meer-nieuws", "reacties", "gerelateerd", "paywall"};
constexpr std::string_view kMaybe[] = {"and",  "article", "body",   "column", "content",
                                       "main", "mathjax", "shadow", "artikel"};
constexpr std::string_view kPositive[] = {"article", "body", "content", "entry",      "hentry",
                                          "h-entry", "main", "page",    "pagination", "post",
                                          "text",    "blog", "story",   "artikel"};
constexpr std::string_view kNegative[] = {
    "-ad-",     "hidden",  "banner",   "combx",       "comment", "com-",       "contact",
    "footer",   "gdpr",    "masthead", "media",       "meta",    "outbrain",   "promo",
    "related",  "scroll",  "share",    "shoutbox",    "sidebar", "skyscraper", "sponsor",
    "shopping", "tags",    "widget",   "cookie",      "consent", "newsletter", "nieuwsbrief",
    "lees-ook", "leesook", "reactie",  "gerelateerd", "delen",   "advert",     "breadcrumb"};
constexpr std::string_view kBylineNames[] = {"byline", "author", "dateline", "writtenby",
                                             "p-author"};
constexpr std::string_view kUnlikelyRoles[] = {
    "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"};

// Headings of boxes that are not the article (compared at the start of the heading).
constexpr std::string_view kBoilerplateHeadings[] = {"lees ook",
                                                     "lees meer",
                                                     "meer over",
                                                     "meer nieuws",
                                                     "meer lezen",
                                                     "meer artikelen",
                                                     "gerelateerd",
                                                     "gerelateerde",
                                                     "ook interessant",
                                                     "bekijk ook",
                                                     "deel dit",
                                                     "deel dit artikel",
                                                     "delen",
                                                     "schrijf je in",
                                                     "schrijf u in",
                                                     "abonneer",
                                                     "inschrijven",
                                                     "nieuwsbrief",
                                                     "reacties",
                                                     "reageer",
                                                     "laat een reactie",
                                                     "volg ons",
                                                     "meest gelezen",
                                                     "populair",
                                                     "related",
                                                     "read more",
                                                     "read also",
                                                     "see also",
                                                     "more on this",
                                                     "more from",
                                                     "more stories",
                                                     "share this",
                                                     "share on",
                                                     "sign up",
                                                     "subscribe",
                                                     "newsletter",
                                                     "comments",
                                                     "leave a comment",
                                                     "leave a reply",
                                                     "follow us",
                                                     "most read",
                                                     "most popular",
                                                     "you may also like",
                                                     "recommended"};

bool hasHidToken(std::string_view s) {
    size_t at = s.find("hid");
    while (at != std::string_view::npos) {
        bool startOk = at == 0 || s[at - 1] == ' ';
        bool endOk = at + 3 == s.size() || s[at + 3] == ' ';
        if (startOk && endOk) return true;
        at = s.find("hid", at + 1);
    }
    return false;
}

int nameWeight(std::string_view lowerName) {
    if (lowerName.empty()) return 0;
    int weight = 0;
    if (containsAny(lowerName, kNegative) || hasHidToken(lowerName)) weight -= 25;
    if (containsAny(lowerName, kPositive)) weight += 25;
    return weight;
}

// \b(share|sharedaddy)\b with "_" counting as a boundary, as Readability has it.
bool isShareName(std::string_view s) {
    auto isWord = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    for (size_t at = s.find("share"); at != std::string_view::npos; at = s.find("share", at + 1)) {
        size_t end = at + 5;
        if (s.substr(end, 5) == "daddy") end += 5;
        bool startOk = at == 0 || !isWord(s[at - 1]);
        bool endOk = end == s.size() || !isWord(s[end]);
        if (startOk && endOk) return true;
    }
    return false;
}

bool isWhitespaceNode(const Node* node) {
    if (hasTag(node, "br")) return true;
    if (!isText(node)) return false;
    for (const xmlChar* c = node->content; c && *c; ++c)
        if (!std::isspace(*c)) return false;
    return true;
}

// The next sibling that is an element or text with words.
Node* nextSignificant(Node* node) {
    while (node && !isElement(node) && isWhitespaceNode(node))
        node = node->next;
    return node;
}

bool isPhrasing(const Node* node) {
    if (isText(node)) return true;
    std::string_view tag = tagName(node);
    if (isOneOf(tag, {"abbr",     "audio",  "b",        "bdo",      "br",     "button", "cite",
                      "code",     "data",   "datalist", "dfn",      "em",     "embed",  "i",
                      "img",      "input",  "kbd",      "label",    "mark",   "math",   "meter",
                      "noscript", "object", "output",   "progress", "q",      "ruby",   "samp",
                      "script",   "select", "small",    "span",     "strong", "sub",    "sup",
                      "textarea", "time",   "var",      "wbr"}))
        return true;
    if (!isOneOf(tag, {"a", "del", "ins"})) return false;
    for (const Node* child = node->children; child; child = child->next)
        if ((isElement(child) || isText(child)) && !isPhrasing(child)) return false;
    return true;
}

void setTag(Node* node, const char* tag) {
    xmlNodeSetName(node, reinterpret_cast<const xmlChar*>(tag));
}

bool isProbablyVisible(const Node* node) {
    if (std::string_view raw = attribute(node, "style"); !raw.empty()) {
        std::string style = asciiLower(raw);
        style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
        if (style.find("display:none") != std::string::npos ||
            style.find("visibility:hidden") != std::string::npos)
            return false;
    }
    if (hasAttribute(node, "hidden")) return false;
    return attribute(node, "aria-hidden") != "true" ||
           attribute(node, "class").find("fallback-image") != std::string_view::npos;
}

// No text, and no children but <br> and <hr> (textLength from the last measure()).
bool isWithoutContent(HtmlTree& tree, Node* node) {
    for (const Node* child = node->children; child; child = child->next)
        if (isElement(child) && !hasTag(child, "br") && !hasTag(child, "hr")) return false;
    return tree.info(node).textLength == 0;
}

bool hasChildBlockElement(Node* node) {
    for (Node* n = nextNode(node, node); n; n = nextNode(n, node))
        if (isOneOf(tagName(n),
                    {"blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"}))
            return true;
    return false;
}

bool hasSingleTagInside(Node* node, std::string_view tag) {
    int elements = 0;
    for (Node* child = node->children; child; child = child->next) {
        if (isElement(child)) {
            if (++elements > 1 || tagName(child) != tag) return false;
        } else if (isText(child) && !isWhitespaceNode(child)) {
            return false;
        }
    }
    return elements == 1;
}

// Counts of what sits under one node, for the cleaning rules.
struct SubtreeStats {
    int text = 0;
    int links = 0;
    int commas = 0;
    int headingText = 0;
    int textishText = 0; // inside span, li, td and block elements
    int listText = 0;
    int paragraphs = 0;
    int images = 0;
    int listItems = 0;
    int inputs = 0;
    int embeds = 0;
    bool hasDataTable = false;
};

// Where a text node sits, as subtreeStats counts it: each flag is set by some ancestor below
// the subtree's root.
struct TextPlace {
    bool link = false;
    bool heading = false;
    bool textish = false;
    bool list = false;
};

TextPlace placeInside(TextPlace outer, std::string_view tag) {
    if (tag == "a") outer.link = true;
    if (isHeadingTag(tag)) outer.heading = true;
    if (tag == "ul" || tag == "ol") outer.list = true;
    if (isOneOf(tag, {"span", "li", "td", "blockquote", "dl", "div", "img", "ol", "p", "pre",
                      "table", "ul"}))
        outer.textish = true;
    return outer;
}

void countElement(HtmlTree& tree, Node* n, SubtreeStats& s) {
    std::string_view tag = tagName(n);
    if (tag == "p")
        ++s.paragraphs;
    else if (tag == "img")
        ++s.images;
    else if (tag == "li")
        ++s.listItems;
    else if (tag == "input")
        ++s.inputs;
    else if (tag == "object" || tag == "embed" || tag == "iframe")
        ++s.embeds;
    else if (tag == "table" && tree.info(n).dataTable)
        s.hasDataTable = true;
}

void countText(const Node* n, TextPlace place, SubtreeStats& s) {
    if (!n->content) return;
    std::string_view text = reinterpret_cast<const char*>(n->content);
    int length = static_cast<int>(collapsedLength(text));
    if (length == 0) return;
    s.text += length + 1;
    s.commas += static_cast<int>(std::count(text.begin(), text.end(), ','));
    if (place.link) s.links += length;
    if (place.heading) s.headingText += length;
    if (place.textish) s.textishText += length;
    if (place.list) s.listText += length;
}

// One walk down the subtree carrying where each text sits, rather than a climb to the root
// from every text node: cleaning runs this for every div of the article.
SubtreeStats subtreeStats(HtmlTree& tree, Node* root) {
    SubtreeStats s;
    std::vector<TextPlace> places{TextPlace{}}; // places.back(): inside the current parent
    Node* node = root->children;
    while (node) {
        if (isText(node)) countText(node, places.back(), s);
        if (isElement(node)) {
            countElement(tree, node, s);
            if (node->children) {
                places.push_back(placeInside(places.back(), tagName(node)));
                node = node->children;
                continue;
            }
        }
        while (node != root && !node->next) {
            node = node->parent;
            places.pop_back();
        }
        node = node == root ? nullptr : node->next;
    }
    return s;
}

double linkDensity(HtmlTree& tree, Node* node) {
    const NodeInfo& i = tree.info(node);
    return i.textLength > 0 ? static_cast<double>(i.linkLength) / i.textLength : 0.0;
}

class Finder {
  public:
    Finder(HtmlTree& tree, std::string_view title, const FinderFlags& flags, bool wantByline)
        : m_tree(tree), m_title(title), m_flags(flags), m_wantByline(wantByline) {}

    FoundContent run();

  private:
    int classWeight(const Node* node) const;
    void initialize(Node* node);
    bool takeByline(Node* node, const std::string& names);
    bool duplicatesTitle(Node* node) const;
    Node* walk(Node* node, Node* body, std::vector<Node*>& toScore);
    Node* handleDiv(Node* div, std::vector<Node*>& toScore);
    void score(const std::vector<Node*>& toScore);
    Node* pickTopCandidate(Node* body);
    Node* gatherSiblings(Node* top);
    void prepare(Node* content);
    void removeTags(Node* content, Words tags);
    void cleanConditionally(Node* content, std::string_view tag);
    bool shouldClean(Node* node, std::string_view tag);
    void removeBoilerplateBoxes(Node* content);
    void markDataTables(Node* content);

    HtmlTree& m_tree;
    std::string_view m_title;
    FinderFlags m_flags;
    bool m_wantByline;
    std::string m_byline;
    std::vector<Node*> m_candidates;
};

int Finder::classWeight(const Node* node) const {
    if (!m_flags.weightClasses) return 0;
    return nameWeight(asciiLower(attribute(node, "class"))) +
           nameWeight(asciiLower(attribute(node, "id")));
}

void Finder::initialize(Node* node) {
    NodeInfo& info = m_tree.info(node);
    if (info.scored) return;
    std::string_view tag = tagName(node);
    double base = 0;
    if (tag == "div")
        base = 5;
    else if (isOneOf(tag, {"pre", "td", "blockquote"}))
        base = 3;
    else if (isOneOf(tag, {"address", "ol", "ul", "dl", "dd", "dt", "li", "form"}))
        base = -3;
    else if (isHeadingTag(tag) || tag == "th")
        base = -5;
    info.score = base + classWeight(node);
    info.scored = true;
    m_candidates.push_back(node);
}

bool Finder::takeByline(Node* node, const std::string& names) {
    if (!m_wantByline || !m_byline.empty()) return false;
    bool looksLikeByline =
        attribute(node, "rel") == "author" ||
        asciiLower(attribute(node, "itemprop")).find("author") != std::string::npos ||
        containsAny(names, kBylineNames);
    if (!looksLikeByline) return false;
    std::string text = innerText(node);
    if (text.empty() || text.size() >= 100) return false;
    m_byline = std::move(text);
    return true;
}

bool Finder::duplicatesTitle(Node* node) const {
    std::string_view tag = tagName(node);
    if (tag != "h1" && tag != "h2") return false;
    return textSimilarity(m_title, innerText(node)) > 0.75;
}

Node* Finder::handleDiv(Node* div, std::vector<Node*>& toScore) {
    // Runs of phrasing content become paragraphs, so that text loose in a div scores.
    Node* paragraph = nullptr;
    for (Node* child = div->children; child;) {
        Node* next = child->next;
        if (isPhrasing(child)) {
            if (paragraph) {
                xmlUnlinkNode(child);
                xmlAddChild(paragraph, child);
            } else if (!isWhitespaceNode(child)) {
                paragraph = m_tree.createElement("p");
                xmlReplaceNode(child, paragraph);
                xmlAddChild(paragraph, child);
            }
        } else if (paragraph) {
            while (paragraph->last && isWhitespaceNode(paragraph->last))
                m_tree.remove(paragraph->last);
            paragraph = nullptr;
        }
        child = next;
    }
    if (hasSingleTagInside(div, "p")) {
        Node* p = firstElementChild(div);
        SubtreeStats s = subtreeStats(m_tree, div);
        if (s.text == 0 || static_cast<double>(s.links) / s.text < 0.25) {
            xmlUnlinkNode(p);
            xmlReplaceNode(div, p);
            m_tree.remove(div);
            toScore.push_back(p);
            return p;
        }
    }
    if (!hasChildBlockElement(div)) {
        setTag(div, "p");
        toScore.push_back(div);
    }
    return div;
}

// One step of the walk over the body: removes what is not content, collects what scores.
// Returns the next node to look at.
Node* Finder::walk(Node* node, Node* body, std::vector<Node*>& toScore) {
    std::string names = classAndId(node);
    std::string_view tag = tagName(node);
    bool drop = !isProbablyVisible(node) ||
                (attribute(node, "aria-modal") == "true" && attribute(node, "role") == "dialog") ||
                takeByline(node, names);
    if (!drop && m_flags.stripUnlikely && tag != "body" && tag != "a") {
        drop = (containsAny(names, kUnlikely) && !containsAny(names, kMaybe) &&
                !hasAncestorTag(node, "table") && !hasAncestorTag(node, "code")) ||
               isOneOf(attribute(node, "role"), kUnlikelyRoles);
    }
    if (!drop && isOneOf(tag, {"div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6"}))
        drop = isWithoutContent(m_tree, node);
    if (drop) {
        Node* next = nextNode(node, body, true);
        m_tree.remove(node);
        return next;
    }
    if (isOneOf(tag, {"section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"}))
        toScore.push_back(node);
    if (tag == "div") node = handleDiv(node, toScore);
    return nextNode(node, body);
}

void Finder::score(const std::vector<Node*>& toScore) {
    for (Node* element : toScore) {
        if (!isElement(element->parent)) continue;
        const NodeInfo& own = m_tree.info(element);
        if (own.textLength < 25) continue;
        double points = 1 + own.commas + std::min(own.textLength / 100, 3);
        Node* ancestor = element->parent;
        for (int level = 0; level < 5 && isElement(ancestor);
             ++level, ancestor = ancestor->parent) {
            if (!isElement(ancestor->parent)) break; // <html>, or a detached subtree
            initialize(ancestor);
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            m_tree.info(ancestor).score += points / divider;
        }
    }
    for (Node* candidate : m_candidates)
        m_tree.info(candidate).score *= 1 - linkDensity(m_tree, candidate);
}

std::vector<Node*> ancestorsOf(Node* node) {
    std::vector<Node*> out;
    for (Node* p = node->parent; isElement(p); p = p->parent)
        out.push_back(p);
    return out;
}

Node* Finder::pickTopCandidate(Node* body) {
    std::vector<Node*> top;
    for (Node* candidate : m_candidates) {
        if (!isElement(candidate->parent) && candidate != body) continue;
        top.push_back(candidate);
    }
    auto byScore = [&](Node* a, Node* b) { return m_tree.info(a).score > m_tree.info(b).score; };
    size_t keep = std::min<size_t>(5, top.size());
    std::partial_sort(top.begin(), top.begin() + static_cast<long>(keep), top.end(), byScore);
    top.resize(keep);
    if (top.empty() || top[0] == body) return nullptr;
    Node* candidate = top[0];
    double topScore = m_tree.info(candidate).score;
    // Several near-best candidates under one ancestor: the ancestor holds the article.
    std::vector<std::vector<Node*>> alternatives;
    for (size_t i = 1; i < top.size(); ++i)
        if (topScore > 0 && m_tree.info(top[i]).score / topScore >= 0.75)
            alternatives.push_back(ancestorsOf(top[i]));
    if (alternatives.size() >= 3) {
        for (Node* p = candidate->parent; isElement(p) && p != body; p = p->parent) {
            int lists = 0;
            for (const auto& list : alternatives)
                lists += std::find(list.begin(), list.end(), p) != list.end();
            if (lists >= 3) {
                candidate = p;
                break;
            }
        }
    }
    initialize(candidate);
    // A parent scoring higher than the child means more content lies beside it.
    double lastScore = m_tree.info(candidate).score;
    double threshold = lastScore / 3;
    for (Node* p = candidate->parent; isElement(p) && p != body; p = p->parent) {
        if (!m_tree.info(p).scored) continue;
        double parentScore = m_tree.info(p).score;
        if (parentScore < threshold) break;
        if (parentScore > lastScore) {
            candidate = p;
            break;
        }
        lastScore = parentScore;
    }
    // An only child: its parent's siblings may be the rest of the article.
    while (isElement(candidate->parent) && candidate->parent != body &&
           firstElementChild(candidate->parent) == candidate && !nextElementSibling(candidate))
        candidate = candidate->parent;
    initialize(candidate);
    return candidate;
}

bool endsLikeSentence(std::string_view text) {
    for (size_t at = text.find('.'); at != std::string_view::npos; at = text.find('.', at + 1))
        if (at + 1 == text.size() || text[at + 1] == ' ') return true;
    return false;
}

Node* Finder::gatherSiblings(Node* top) {
    Node* content = m_tree.createElement("div");
    double topScore = m_tree.info(top).score;
    double threshold = std::max(10.0, topScore * 0.2);
    std::string_view topClass = attribute(top, "class");
    Node* parent = top->parent;
    std::vector<Node*> siblings;
    for (Node* s = firstElementChild(parent); s; s = nextElementSibling(s))
        siblings.push_back(s);
    for (Node* sibling : siblings) {
        bool append = sibling == top;
        if (!append) {
            double bonus =
                !topClass.empty() && attribute(sibling, "class") == topClass ? topScore * 0.2 : 0;
            const NodeInfo& info = m_tree.info(sibling);
            if (info.scored && info.score + bonus >= threshold) {
                append = true;
            } else if (hasTag(sibling, "p")) {
                double density = linkDensity(m_tree, sibling);
                std::string text = innerText(sibling);
                if (text.size() > 80 && density < 0.25)
                    append = true;
                else if (!text.empty() && text.size() < 80 && density == 0 &&
                         endsLikeSentence(text))
                    append = true;
            }
        }
        if (!append) continue;
        if (!isOneOf(tagName(sibling), {"div", "article", "section", "p", "ol", "ul"}))
            setTag(sibling, "div");
        xmlUnlinkNode(sibling);
        xmlAddChild(content, sibling);
    }
    return content;
}

void Finder::removeTags(Node* content, Words tags) {
    for (Node* node : elementsByTag(content, tags))
        m_tree.remove(node);
}

// Readability's _markDataTables: tables of data stay whatever their link density.
void Finder::markDataTables(Node* content) {
    for (Node* table : elementsByTag(content, {"table"})) {
        NodeInfo& info = m_tree.info(table);
        if (attribute(table, "role") == "presentation" || attribute(table, "datatable") == "0")
            continue;
        if (hasAttribute(table, "summary") ||
            !elementsByTag(table, {"caption", "thead", "tfoot", "col", "colgroup", "th"}).empty()) {
            info.dataTable = true;
            continue;
        }
        if (!elementsByTag(table, {"table"}).empty()) continue;
        int rows = 0, columns = 0;
        for (Node* tr : elementsByTag(table, {"tr"})) {
            ++rows;
            int cells = 0;
            for (Node* c = firstElementChild(tr); c; c = nextElementSibling(c))
                cells += isOneOf(tagName(c), {"td", "th"})
                             ? std::max(1, std::atoi(std::string(attribute(c, "colspan")).c_str()))
                             : 0;
            columns = std::max(columns, cells);
        }
        info.dataTable = rows >= 10 || columns > 4 || rows * columns > 10;
    }
}

bool Finder::shouldClean(Node* node, std::string_view tag) {
    SubtreeStats s = subtreeStats(m_tree, node);
    bool isList = tag == "ul" || tag == "ol" || (s.text > 0 && s.listText * 10 > s.text * 9);
    if (tag == "table" && m_tree.info(node).dataTable) return false;
    for (Node* p = node->parent; isElement(p); p = p->parent)
        if ((hasTag(p, "table") && m_tree.info(p).dataTable) || hasTag(p, "code")) return false;
    if (s.hasDataTable) return false;
    int weight = classWeight(node);
    if (weight < 0) return true;
    if (s.commas >= 10) return false;
    std::string text = innerText(node);
    std::string lower = asciiLower(text);
    if (isOneOf(lower, {"ad", "advertising", "advertisement", "advertentie", "reclame", "pub",
                        "publicité", "werbung", "loading", "loading...", "loading…", "laden..."}))
        return true;
    int length = static_cast<int>(text.size());
    double density = s.text > 0 ? static_cast<double>(s.links) / s.text : 0;
    double headingDensity = s.text > 0 ? static_cast<double>(s.headingText) / s.text : 0;
    bool inFigure = hasAncestorTag(node, "figure");
    int listItems = s.listItems - 100;
    bool remove = (!inFigure && s.images > 1 && s.paragraphs * 2 < s.images) ||
                  (!isList && listItems > s.paragraphs) || (s.inputs > s.paragraphs / 3) ||
                  (!isList && !inFigure && headingDensity < 0.9 && length < 25 &&
                   (s.images == 0 || s.images > 2) && density > 0) ||
                  (!isList && weight < 25 && density > 0.2) || (weight >= 25 && density > 0.5) ||
                  (s.embeds == 1 && length < 75) || s.embeds > 1 ||
                  (s.images == 0 && s.textishText == 0);
    if (isList && remove) {
        for (Node* child = firstElementChild(node); child; child = nextElementSibling(child)) {
            Node* grandchild = firstElementChild(child);
            if (grandchild && nextElementSibling(grandchild)) return true;
        }
        if (s.images == s.listItems) return false;
    }
    return remove;
}

void Finder::cleanConditionally(Node* content, std::string_view tag) {
    if (!m_flags.cleanConditionally) return;
    std::vector<Node*> nodes = elementsByTag(content, {tag});
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it)
        if ((*it)->parent && shouldClean(*it, tag)) m_tree.remove(*it);
}

// Boxes headed "Lees ook", "Deel dit artikel", "Schrijf je in" ... and the list after such a
// heading: other headlines, share buttons and sign-up forms sit inside many article bodies.
void Finder::removeBoilerplateBoxes(Node* content) {
    std::vector<Node*> headings;
    for (Node* node = nextNode(content, content); node; node = nextNode(node, content)) {
        std::string_view tag = tagName(node);
        if (isHeadingTag(tag) || isOneOf(tag, {"p", "strong", "b", "span", "div", "dt", "header"}))
            headings.push_back(node);
    }
    for (Node* heading : headings) {
        // textLength is from before the content was cut out: good enough to skip long blocks.
        if (!heading->parent || m_tree.info(heading).textLength > 80) continue;
        std::string text = innerText(heading);
        if (text.empty() || text.size() > 60 || !isBoilerplateHeading(text)) continue;
        // Climb to the box the heading opens: a parent whose text is not much more.
        Node* box = heading;
        while (isElement(box->parent) && box->parent != content &&
               firstElementChild(box->parent) == box && innerText(box->parent).size() < 1500)
            box = box->parent;
        if (box != heading) {
            m_tree.remove(box);
            continue;
        }
        Node* next = nextElementSibling(heading);
        if (next && isOneOf(tagName(next), {"ul", "ol"})) m_tree.remove(next);
        m_tree.remove(heading);
    }
}

void Finder::prepare(Node* content) {
    markDataTables(content);
    removeBoilerplateBoxes(content);
    cleanConditionally(content, "form");
    cleanConditionally(content, "fieldset");
    removeTags(content, {"object", "embed", "footer", "link", "aside", "nav"});
    for (Node* child = firstElementChild(content); child; child = nextElementSibling(child)) {
        std::vector<Node*> shares;
        for (Node* n = nextNode(child, child); n; n = nextNode(n, child))
            if (isElement(n) && isShareName(classAndId(n)) && innerText(n).size() < 500)
                shares.push_back(n);
        for (Node* n : shares)
            m_tree.remove(n);
    }
    removeTags(content, {"iframe", "input", "textarea", "select", "button"});
    for (Node* heading : elementsByTag(content, {"h1", "h2"}))
        if (classWeight(heading) < 0) m_tree.remove(heading);
    cleanConditionally(content, "table");
    cleanConditionally(content, "ul");
    cleanConditionally(content, "div");
    for (Node* h1 : elementsByTag(content, {"h1"}))
        setTag(h1, "h2");
    for (Node* p : elementsByTag(content, {"p"}))
        if (elementsByTag(p, {"img", "embed", "object", "iframe"}).empty() && innerText(p).empty())
            m_tree.remove(p);
}

FoundContent Finder::run() {
    Node* body = m_tree.body();
    if (!body) return {};
    std::vector<Node*> toScore;
    bool titleHeadingLeft = !m_title.empty();
    for (Node* node = body; node;) {
        if (!isElement(node)) {
            node = nextNode(node, body);
            continue;
        }
        if (titleHeadingLeft && duplicatesTitle(node)) {
            titleHeadingLeft = false;
            Node* next = nextNode(node, body, true);
            m_tree.remove(node);
            node = next;
            continue;
        }
        node = walk(node, body, toScore);
    }
    m_tree.measure(body);
    score(toScore);
    Node* top = pickTopCandidate(body);
    Node* content = nullptr;
    if (!top) {
        // No container stands out: the whole body is the article.
        content = m_tree.createElement("div");
        for (Node* child = body->children; child;) {
            Node* next = child->next;
            xmlUnlinkNode(child);
            xmlAddChild(content, child);
            child = next;
        }
    } else {
        content = gatherSiblings(top);
    }
    prepare(content);
    FoundContent found;
    found.content = content;
    found.textLength = HtmlTree::textLength(content); // all the caller needs of a measure()
    found.byline = std::move(m_byline);
    return found;
}

// <br><br> chains separate paragraphs on old pages: make them real paragraphs.
void replaceBrs(HtmlTree& tree, Node* body) {
    for (Node* br : elementsByTag(body, {"br"})) {
        if (!br->parent) continue;
        bool replaced = false;
        for (Node* next = nextSignificant(br->next); hasTag(next, "br");
             next = nextSignificant(br->next)) {
            replaced = true;
            tree.remove(next);
        }
        if (!replaced) continue;
        Node* p = tree.createElement("p");
        xmlReplaceNode(br, p);
        tree.remove(br);
        for (Node* next = p->next; next;) {
            if (hasTag(next, "br") && hasTag(nextSignificant(next->next), "br")) break;
            if (!isPhrasing(next)) break;
            Node* sibling = next->next;
            xmlUnlinkNode(next);
            xmlAddChild(p, next);
            next = sibling;
        }
        while (p->last && isWhitespaceNode(p->last))
            tree.remove(p->last);
        if (hasTag(p->parent, "p")) setTag(p->parent, "div");
    }
}

} // namespace

bool isBoilerplateHeading(std::string_view text) {
    std::string lower = asciiLower(collapseWhitespace(text));
    // A heading, not a sentence that happens to open with the same word ("Delen van het land").
    if (lower.ends_with('.')) return false;
    for (std::string_view heading : kBoilerplateHeadings) {
        if (!lower.starts_with(heading) || lower.size() > heading.size() + 20) continue;
        if (lower.size() == heading.size()) return true;
        if (!std::isalnum(static_cast<unsigned char>(lower[heading.size()]))) return true;
    }
    return false;
}

void prepareDocument(HtmlTree& tree) {
    Node* root = tree.root();
    if (!root) return;
    std::vector<Node*> doomed;
    for (Node* node = root; node; node = nextNode(node, root)) {
        if (node->type == XML_COMMENT_NODE ||
            isOneOf(tagName(node), {"script", "noscript", "style", "template", "svg", "math"}))
            doomed.push_back(node);
        else if (hasTag(node, "font"))
            setTag(node, "span");
    }
    for (Node* node : doomed)
        tree.remove(node);
    replaceBrs(tree, tree.body());
}

FoundContent findContent(HtmlTree& tree, std::string_view title, const FinderFlags& flags,
                         bool wantByline) {
    return Finder(tree, title, flags, wantByline).run();
}

// Characters of the raw text under a node, trimmed but with its inner whitespace as written
// (what Readability's isProbablyReaderable measures).
int rawTextLength(Node* root) {
    std::string text;
    for (Node* n = root; n; n = nextNode(n, root))
        if (isText(n) && n->content) text += reinterpret_cast<const char*>(n->content);
    size_t start = text.find_first_not_of(" \t\r\n");
    if (start == std::string::npos) return 0;
    size_t end = text.find_last_not_of(" \t\r\n");
    int length = 0;
    for (size_t i = start; i <= end; ++i)
        length += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    return length;
}

bool looksReadable(HtmlTree& tree) {
    Node* body = tree.body();
    if (!body) return false;
    std::vector<Node*> nodes = elementsByTag(body, {"p", "pre", "article"});
    // Text split by <br> in a div counts as the div's paragraph.
    std::unordered_set<Node*> seen;
    for (Node* br : elementsByTag(body, {"br"}))
        if (hasTag(br->parent, "div") && seen.insert(br->parent).second)
            nodes.push_back(br->parent);
    double score = 0;
    for (Node* node : nodes) {
        std::string names = classAndId(node);
        if (containsAny(names, kUnlikely) && !containsAny(names, kMaybe)) continue;
        if (hasTag(node, "p") && hasTag(node->parent, "li")) continue;
        bool visible = true;
        for (Node* p = node; isElement(p) && visible; p = p->parent)
            visible = isProbablyVisible(p);
        if (!visible) continue;
        int length = rawTextLength(node);
        if (length < 140) continue;
        score += std::sqrt(length - 140);
        if (score > 20) return true;
    }
    return false;
}

} // namespace heraut::extract
