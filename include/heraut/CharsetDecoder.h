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
// then the XML declaration, then the HTTP charset, in that order of trust; a label neither the
// WHATWG Encoding Standard nor iconv knows is a warning and passed over. Labels are read as
// browsers read them (GB2312 as GB18030, EUC-KR as CP949, Shift_JIS as CP932). What the
// writer's tools got wrong is repaired, each kind reported once in the warnings: bytes of
// Windows-1252 in UTF-8, C1 controls meant as Windows-1252 ("don\x92t" in ISO-8859-1), UTF-8
// decoded twice ("â€™"). Sequences that still decode to nothing become U+FFFD.
DecodedText decodeToUtf8(std::string_view bytes, std::string_view httpCharset = {});

// Replaces every invalid UTF-8 sequence with U+FFFD. Returns how many were replaced.
size_t repairUtf8(std::string& text);

bool isValidUtf8(std::string_view text);

} // namespace heraut
