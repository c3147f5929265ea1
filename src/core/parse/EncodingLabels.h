// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace heraut {

// How a declared charset label is decoded.
struct Encoding {
    std::string name;             // the iconv name, e.g. "CP932"
    std::string_view alternative; // tried when `name` leaves bytes undecoded; may be empty
    // The Windows code page whose 0x80..0x9F the writer's system produced, for C1 characters.
    std::string_view windowsCodePage = "WINDOWS-1252";
    bool sevenBit = false; // ISO-2022-*, UTF-7, HZ: their bytes are ASCII, so also valid UTF-8
    bool utf16or32 = false;
};

// The decoder for a label as browsers read it (WHATWG Encoding Standard, "Names and labels"):
// the legacy CJK labels mean the Microsoft supersets real documents are written in (GB2312 is
// read as GB18030, EUC-KR as CP949, Shift_JIS as CP932). `upperLabel` is trimmed, upper case.
// Labels not in the table are handed to iconv as they are; nothing when iconv does not know
// them either.
std::optional<Encoding> lookupEncoding(std::string_view upperLabel);

inline bool isUtf8(const Encoding& encoding) {
    return encoding.name == "UTF-8";
}

} // namespace heraut
