// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace heraut {

struct SanitizedHtml {
    std::string html; // a safe subset: no scripts, styles, frames, forms, handlers or trackers
    std::string text; // the plain text of it, blocks on lines of their own
    std::vector<std::string> keyTakeaways; // the list under a "Key takeaways" heading, if any
};

// Cleans HTML from a feed for display in a reader that must never run or fetch anything on
// its own: only harmless elements and attributes stay, links and images are made absolute
// against baseUrl and kept only for http, https (and mailto for links), 1x1 images go.
SanitizedHtml sanitizeHtml(std::string_view html, std::string_view baseUrl);

} // namespace heraut
