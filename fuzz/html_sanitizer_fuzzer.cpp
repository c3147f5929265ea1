// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoredText.h"
#include "heraut/CharsetDecoder.h"
#include "heraut/HtmlSanitizer.h"

#include <cctype>
#include <cstdlib>
#include <string>

namespace {

std::string lower(std::string s) {
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// A tag of the output must never run or fetch anything on its own. Only tags are checked:
// text cannot hold one, its "<" is always escaped as &lt;.
void checkTag(const std::string& tag) {
    for (const char* element : {"<script", "<iframe", "<object", "<embed", "<style", "<form",
                                "<svg", "<base", "<meta", "<link", "<math", "<video", "<audio"})
        if (tag.rfind(element, 0) == 0) std::abort();
    for (const char* scheme : {"=\"javascript:", "=\"data:", "=\"vbscript:", "=\"file:"})
        if (tag.find(scheme) != std::string::npos) std::abort();
    for (size_t at = tag.find(" on"); at != std::string::npos; at = tag.find(" on", at + 1)) {
        size_t end = at + 3;
        while (end < tag.size() && std::isalpha(static_cast<unsigned char>(tag[end])))
            ++end;
        if (end > at + 3 && tag.compare(end, 2, "=\"") == 0) std::abort();
    }
    if (tag.find(" style=") != std::string::npos || tag.find(" srcset=") != std::string::npos)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size) {
    std::string html(reinterpret_cast<const char*>(data), size);
    heraut::repairUtf8(html);
    heraut::SanitizedHtml out = heraut::sanitizeHtml(html, "https://example.nl/a/");
    std::string result = lower(out.html);
    for (size_t open = result.find('<'); open != std::string::npos;
         open = result.find('<', open + 1))
        checkTag(result.substr(open, result.find('>', open) - open));
    if (!heraut::isValidUtf8(out.text) || !heraut::isValidUtf8(out.html)) std::abort();
    // The store derives its text from this HTML when it indexes and shows an article.
    if (!heraut::isValidUtf8(heraut::plainTextOfStoredHtml(out.html, out.html))) std::abort();
    return 0;
}
