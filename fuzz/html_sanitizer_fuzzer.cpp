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
    // Attribute names, read as a browser reads the sanitiser's output (values always in double
    // quotes, a '"' inside one escaped): no event handler, style or srcset, and no link to a
    // scheme that runs or reads something. " onclick=" or " style=" inside a value such as
    // lang=".1x oncf=" is text, not an attribute.
    size_t at = tag.find(' ');
    while (at != std::string::npos && at < tag.size()) {
        while (at < tag.size() && tag[at] == ' ')
            ++at;
        size_t nameEnd = at;
        while (nameEnd < tag.size() && tag[nameEnd] != '=' && tag[nameEnd] != ' ')
            ++nameEnd;
        std::string name = tag.substr(at, nameEnd - at);
        if (name.rfind("on", 0) == 0 || name == "style" || name == "srcset") std::abort();
        if (nameEnd + 1 < tag.size() && tag[nameEnd] == '=' && tag[nameEnd + 1] == '"') {
            size_t close = tag.find('"', nameEnd + 2);
            std::string value = tag.substr(nameEnd + 2, close - (nameEnd + 2));
            // A link that runs or reads something itself; "data:" in lang="data:" is only text.
            bool link = name == "href" || name == "src" || name == "cite" || name == "action" ||
                        name == "poster" || name == "background";
            for (const char* scheme : {"javascript:", "data:", "vbscript:", "file:"})
                if (link && value.rfind(scheme, 0) == 0) std::abort();
            at = close == std::string::npos ? close : close + 1;
        } else {
            at = nameEnd;
        }
    }
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
