// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageTakeaways.h"

#include "heraut/AsciiCase.h"
#include "heraut/KeyTakeaways.h"
#include "heraut/PlainText.h"

#include <algorithm>

namespace heraut::extract {
namespace {

// Headings the feed rules (isTakeawaysHeading) do not know but Dutch news pages use.
bool announcesTakeaways(std::string_view text) {
    if (isTakeawaysHeading(text)) return true;
    std::string lower = asciiLower(collapseWhitespace(text));
    while (!lower.empty() && (lower.back() == ':' || lower.back() == '.'))
        lower.pop_back();
    for (std::string_view heading : {"wat je moet weten", "wat u moet weten", "tldr", "tl;dr",
                                     "het belangrijkste in het kort", "de kern", "kort gezegd"})
        if (lower == heading) return true;
    return false;
}

bool isList(const Node* node) {
    return hasTag(node, "ul") || hasTag(node, "ol");
}

bool boxClass(std::string_view names, bool strict) {
    for (std::string_view name : {"key-takeaways", "keytakeaways", "key_takeaways", "takeaways",
                                  "kernpunten", "in-het-kort", "tldr"})
        if (names.find(name) != std::string_view::npos) return true;
    if (strict) return false;
    for (std::string_view name : {"summary", "intro", "samenvatting"})
        if (names.find(name) != std::string_view::npos) return true;
    return false;
}

std::vector<std::string> itemsOf(Node* list) {
    std::vector<std::string> items;
    for (Node* li = firstElementChild(list); li; li = nextElementSibling(li)) {
        if (!hasTag(li, "li")) continue;
        std::string text = innerText(li);
        if (!text.empty()) items.push_back(std::move(text));
    }
    return items;
}

Node* firstList(Node* root) {
    for (Node* n = nextNode(root, root); n; n = nextNode(n, root))
        if (isList(n)) return n;
    return nullptr;
}

// The list that follows a heading: its next sibling, or the first list inside that sibling;
// when the heading sits alone in a wrapper, the wrapper's next sibling.
Node* listAfter(Node*& heading) {
    for (int climb = 0; climb < 3 && heading; ++climb) {
        Node* next = nextElementSibling(heading);
        if (next) {
            if (isList(next)) return next;
            Node* inner = firstList(next);
            return inner && innerText(next).size() <= innerText(inner).size() + 20 ? inner
                                                                                   : nullptr;
        }
        if (!isElement(heading->parent)) return nullptr;
        heading = heading->parent;
    }
    return nullptr;
}

// The smallest container of both heading and list whose text is theirs alone.
Node* boxAround(Node* heading, Node* list) {
    size_t own = innerText(heading).size() + innerText(list).size();
    Node* box = heading->parent;
    while (isElement(box) && !hasTag(box, "body")) {
        bool holdsList = false;
        for (Node* p = list; p; p = p->parent)
            if (p == box) holdsList = true;
        if (holdsList) return innerText(box).size() <= own + 30 ? box : nullptr;
        box = box->parent;
    }
    return nullptr;
}

bool mayBeHeading(std::string_view tag) {
    return isHeadingTag(tag) || tag == "p" || tag == "strong" || tag == "b" || tag == "div" ||
           tag == "span" || tag == "dt" || tag == "header" || tag == "summary";
}

} // namespace

std::vector<std::string> takeTakeaways(HtmlTree& tree) {
    Node* body = tree.body();
    if (!body) return {};
    for (Node* node = body; node; node = nextNode(node, body)) {
        if (!isElement(node)) continue;
        std::string names = classAndId(node);
        if (boxClass(names, true) || (boxClass(names, false) && !isList(node))) {
            Node* list = isList(node) ? node : firstList(node);
            // A class named "summary" or "intro" is a takeaways box only when a list is all of it.
            if (list &&
                (boxClass(names, true) || innerText(node).size() <= innerText(list).size() + 60)) {
                std::vector<std::string> items = itemsOf(list);
                if (!items.empty()) {
                    tree.remove(node);
                    return items;
                }
            }
        }
        if (!mayBeHeading(tagName(node)) || tree.info(node).textLength > 45) continue;
        std::string text = innerText(node);
        if (text.empty() || text.size() > 40 || !announcesTakeaways(text)) continue;
        Node* heading = node;
        Node* list = listAfter(heading);
        if (!list) continue;
        std::vector<std::string> items = itemsOf(list);
        if (items.empty()) continue;
        if (Node* box = boxAround(heading, list)) {
            tree.remove(box);
        } else {
            tree.remove(list);
            tree.remove(heading);
        }
        return items;
    }
    return {};
}

} // namespace heraut::extract
