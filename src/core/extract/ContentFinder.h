// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HtmlTree.h"

#include <string>

namespace heraut::extract {

// The three heuristics Readability relaxes one by one when a pass finds too little text.
struct FinderFlags {
    bool stripUnlikely = true;      // drop elements whose class or id says boilerplate
    bool weightClasses = true;      // let class and id names add to or take from a score
    bool cleanConditionally = true; // drop lists, tables and boxes that look like clutter
};

struct FoundContent {
    Node* content = nullptr; // a <div> outside the page tree, owned by the tree
    int textLength = 0;      // characters of its text
    std::string byline;      // a byline element found (and removed) on the way, if asked for
};

// Removes what is never content (scripts, styles, comments, <font>, <br><br> runs as
// paragraphs); run once on a fresh tree before anything else looks at the body.
void prepareDocument(HtmlTree& tree);

// Readability's content detection (Mozilla Readability.js, _grabArticle and _prepArticle):
// paragraphs score their ancestors by length and commas, link density scales the scores, the
// best container and its siblings that belong to it are kept and then cleaned. Dutch and
// English boilerplate names and headings both count as clutter. Expects tree.measure() to
// have run on the body since prepareDocument.
FoundContent findContent(HtmlTree& tree, std::string_view title, const FinderFlags& flags,
                         bool wantByline);

// Readability's isProbablyReaderable: enough long visible paragraphs outside boilerplate.
bool looksReadable(HtmlTree& tree);

// True when a short heading announces clutter rather than article: "Lees ook", "Meer nieuws",
// "Deel dit artikel", "Schrijf je in", "Reacties", "Related articles", and the like.
bool isBoilerplateHeading(std::string_view text);

} // namespace heraut::extract
