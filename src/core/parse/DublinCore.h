// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RawFeed.h"
#include "XmlNames.h"

#include <string>
#include <vector>

namespace heraut {

// Dublin Core elements (dc: and dcterms:, whatever their prefix) found beside a feed's or an
// item's own elements. They only fill what the format's own elements left empty, whichever
// comes first in the document; subjects are categories and always add.
class DublinCore {
  public:
    // Takes the element if it is Dublin Core; false for any other vocabulary.
    bool read(const pugi::xml_node& node, const xmlns::QName& name);
    void fillFeed(RawFeed& feed) const;
    void fillItem(RawItem& item) const;

  private:
    std::string m_title;
    std::string m_description;
    std::string m_creator;
    std::string m_date;     // dc:date, dcterms:created, dcterms:issued
    std::string m_modified; // dcterms:modified
    std::string m_language;
    std::string m_identifier;
    std::vector<std::string> m_subjects;
};

} // namespace heraut
