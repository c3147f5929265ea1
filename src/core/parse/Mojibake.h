// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace heraut {

// Repairs of text that a writer's tools decoded with the wrong table. Each takes valid or
// nearly valid UTF-8 and returns how many characters it changed, for the feed's warnings.

struct StrayBytes {
    size_t readAsWindows1252 = 0;
    size_t replaced = 0;
};

// Makes UTF-8 of text that is UTF-8 with bytes of another encoding mixed in ("don\x92t",
// "caf\xE9": text pasted from a Windows editor into a UTF-8 template). A byte that starts no
// valid sequence is read as Windows-1252; a sequence shaped like UTF-8 that is still invalid
// (overlong, surrogate, beyond U+10FFFF) and the five bytes Windows-1252 leaves undefined
// become U+FFFD.
StrayBytes readStrayBytesAsWindows1252(std::string& text);

// Reads U+0080..U+009F, control characters no feed means, as the characters the bytes
// 0x80..0x9F are in `windowsCodePage` (an iconv name, "WINDOWS-1252" for Western text):
// "don\u0092t" becomes "don’t". They come from a Windows-1252 text labelled ISO-8859-1.
// Positions the code page leaves undefined stay as they are.
size_t replaceC1Controls(std::string& text, std::string_view windowsCodePage = "WINDOWS-1252");

// Undoes UTF-8 that was read as Windows-1252 (or ISO-8859-1) and encoded as UTF-8 again:
// "â€™" becomes "’", "cafÃ©" "café", "ðŸš¢" "🚢". Only where the reading is unambiguous: a
// three- or four-byte sequence (no real text spells "â€™"), or a two-byte one led by "Â" or
// "Ã" (Latin-1 letters and signs). Other two-byte leads ("Ä“", "Ø”") are real letters
// before a quote as often as they are damage, and are left alone.
size_t repairDoubleEncodedUtf8(std::string& text);

} // namespace heraut
