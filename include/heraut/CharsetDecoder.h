// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace heraut {

struct DecodedText {
    std::string utf8;
    std::string encoding; // what the bytes were read as, e.g. "UTF-8", "WINDOWS-1252"
    std::vector<std::string> warnings;
};

// Turns the bytes of a feed into valid UTF-8. The encoding is taken from the byte order mark,
// then the XML declaration, then the HTTP charset, in that order of trust. Anything iconv knows
// is accepted; invalid sequences become U+FFFD and are reported once in the warnings.
DecodedText decodeToUtf8(std::string_view bytes, std::string_view httpCharset = {});

// Replaces every invalid UTF-8 sequence with U+FFFD. Returns how many were replaced.
size_t repairUtf8(std::string& text);

bool isValidUtf8(std::string_view text);

} // namespace heraut
