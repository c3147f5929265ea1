// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace heraut {

// Lists the store keeps in one TEXT column, one item a line: key takeaways (the feed's and a
// page's) and categories. An item never holds a newline: the parser and extractor flatten them.
inline std::string joinLines(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) {
        if (!out.empty()) out += '\n';
        out += item;
    }
    return out;
}

// The items of a column written by joinLines; "" gives none.
inline std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> items;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        items.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return items;
}

} // namespace heraut
