// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace heraut::extract {

using Node = xmlNode;

// What the content finder knows of an element; hangs off xmlNode::_private.
struct NodeInfo {
    double score = 0;
    bool scored = false; // a candidate: its score was initialised
    bool dataTable = false;
    int textLength = 0; // characters of its text, whitespace runs counted once
    int linkLength = 0; // of that, characters inside links ("#" links count 0.3)
    int commas = 0;
};

// A page parsed by libxml2's HTML parser (recovering like browsers of its era, never touching
// the network), with a NodeInfo per element. Nodes removed from the tree stay allocated until
// the tree goes, so pointers collected during a walk never dangle.
class HtmlTree {
  public:
    explicit HtmlTree(std::string_view utf8Html);
    ~HtmlTree();
    HtmlTree(const HtmlTree&) = delete;
    HtmlTree& operator=(const HtmlTree&) = delete;

    Node* root() const; // <html>, or nullptr for an empty document
    Node* body() const; // <body>, or the root when the page has none
    Node* head() const;

    void remove(Node* node);
    Node* createElement(std::string_view tag);
    NodeInfo& info(Node* element);
    // Recomputes textLength, linkLength and commas of every element under root, in one pass.
    void measure(Node* root);
    // What measure() would give root as its textLength, leaving every NodeInfo as it is.
    static int textLength(Node* root);

  private:
    struct DocDeleter {
        void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
    };
    std::unique_ptr<xmlDoc, DocDeleter> m_doc;
    std::deque<NodeInfo> m_infos; // one allocation per many nodes; addresses stay put
    std::vector<Node*> m_removed;
};

bool isElement(const Node* node);
bool isText(const Node* node);
std::string_view tagName(const Node* node); // lower case, as libxml2's HTML parser gives it
bool hasTag(const Node* node, std::string_view tag);
bool isHeadingTag(std::string_view tag);

// The value of an attribute, empty when absent.
std::string_view attribute(const Node* node, std::string_view name);
bool hasAttribute(const Node* node, std::string_view name);
// class and id, lower case, separated by a space: what the class-name rules look at.
std::string classAndId(const Node* node);

// Pre-order walk inside root: the node after `node`, or nullptr at the end.
Node* nextNode(Node* node, const Node* root, bool skipChildren = false);
Node* firstElementChild(Node* node);
Node* nextElementSibling(Node* node);
bool hasAncestorTag(const Node* node, std::string_view tag, int maxDepth = -1);
std::vector<Node*> elementsByTag(Node* root, std::initializer_list<std::string_view> tags);

// The text under a node with whitespace collapsed and trimmed.
std::string innerText(const Node* node);
// collapseWhitespace(text).size(), in bytes, without building the string.
size_t collapsedLength(std::string_view text);
// Appends the node's HTML; scripts never get here (removed earlier).
void serialize(const Node* node, std::string& out);

} // namespace heraut::extract
