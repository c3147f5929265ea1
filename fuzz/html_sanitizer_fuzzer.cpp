// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/CharsetDecoder.h"
#include "heraut/HtmlSanitizer.h"

#include <cctype>
#include <cstdlib>
#include <string>

namespace {

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size) {
    std::string html(reinterpret_cast<const char*>(data), size);
    heraut::repairUtf8(html);
    heraut::SanitizedHtml out = heraut::sanitizeHtml(html, "https://example.nl/a/");
    std::string result = lower(out.html);
    // The output must never carry anything that runs or fetches on its own.
    for (const char* bad : {"<script", "<iframe", "<object", "<embed", "<style", "<form",
                            "=\"javascript:", "=\"data:", "<svg", "<base", "<meta", "<link"})
        if (result.find(bad) != std::string::npos) std::abort();
    // An event handler inside a tag. Text cannot hold a tag: its "<" is escaped as &lt;.
    for (size_t open = result.find('<'); open != std::string::npos; open = result.find('<', open + 1)) {
        std::string tag = result.substr(open, result.find('>', open) - open);
        for (size_t at = tag.find(" on"); at != std::string::npos; at = tag.find(" on", at + 1)) {
            size_t end = at + 3;
            while (end < tag.size() && std::isalpha(static_cast<unsigned char>(tag[end]))) ++end;
            if (end > at + 3 && tag.compare(end, 2, "=\"") == 0) std::abort();
        }
    }
    if (!heraut::isValidUtf8(out.text)) std::abort();
    return 0;
}
