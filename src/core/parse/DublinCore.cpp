// SPDX-License-Identifier: GPL-3.0-or-later
#include "DublinCore.h"

namespace heraut {
namespace {

void setIfEmpty(std::string& target, const std::string& value) {
    if (target.empty()) target = value;
}

void setIfEmpty(RawText& target, const std::string& value, TextKind kind) {
    if (target.empty()) target = {value, kind};
}

} // namespace

bool DublinCore::read(const pugi::xml_node& node, const xmlns::QName& name) {
    // dcterms repeats the fifteen dc elements under its own namespace.
    if (name.uri != xmlns::kDc && name.uri != xmlns::kDcTerms) return false;
    std::string_view local = name.local;
    std::string* target = nullptr;
    if (local == "title")
        target = &m_title;
    else if (local == "description" || local == "abstract")
        target = &m_description;
    else if (local == "creator")
        target = &m_creator;
    else if (local == "date" || local == "created" || local == "issued")
        target = &m_date;
    else if (local == "modified")
        target = &m_modified;
    else if (local == "language")
        target = &m_language;
    else if (local == "identifier")
        target = &m_identifier;
    else if (local == "subject")
        m_subjects.push_back(xmlns::text(node));
    if (target && target->empty()) *target = xmlns::text(node);
    return true;
}

void DublinCore::fillFeed(RawFeed& feed) const {
    setIfEmpty(feed.title, m_title, TextKind::LooseHtml);
    setIfEmpty(feed.description, m_description, TextKind::LooseHtml);
    setIfEmpty(feed.author, m_creator);
    setIfEmpty(feed.updated, m_modified);
    setIfEmpty(feed.updated, m_date);
    setIfEmpty(feed.language, m_language);
}

void DublinCore::fillItem(RawItem& item) const {
    setIfEmpty(item.title, m_title, TextKind::LooseHtml);
    setIfEmpty(item.summary, m_description, TextKind::LooseHtml);
    setIfEmpty(item.author, m_creator);
    setIfEmpty(item.published, m_date);
    setIfEmpty(item.updated, m_modified);
    setIfEmpty(item.id, m_identifier);
    item.categories.insert(item.categories.end(), m_subjects.begin(), m_subjects.end());
}

} // namespace heraut
