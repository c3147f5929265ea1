// SPDX-License-Identifier: GPL-3.0-or-later
#include "EncodingLabels.h"

#include <array>
#include <iconv.h>

namespace heraut {
namespace {

struct Family {
    std::string_view name;
    std::string_view alternative;
    std::string_view windowsCodePage;
    bool sevenBit;
    bool utf16or32;
};

constexpr Family kUtf8{"UTF-8", "", "WINDOWS-1252", false, false};
constexpr Family kLatin1{"ISO-8859-1", "", "WINDOWS-1252", false, false};
constexpr Family kLatin2{"ISO-8859-2", "", "WINDOWS-1250", false, false};
constexpr Family kCyrillic{"ISO-8859-5", "", "WINDOWS-1251", false, false};
constexpr Family kGreek{"ISO-8859-7", "", "WINDOWS-1253", false, false};
constexpr Family kHebrew{"ISO-8859-8", "", "WINDOWS-1255", false, false};
// WHATWG reads Latin-5 and Thai as their Windows supersets, which agree on 0xA0..0xFF.
constexpr Family kTurkish{"WINDOWS-1254", "", "WINDOWS-1254", false, false};
constexpr Family kThai{"WINDOWS-874", "", "WINDOWS-874", false, false};
constexpr Family kBaltic{"ISO-8859-13", "", "WINDOWS-1257", false, false};
constexpr Family kLatin9{"ISO-8859-15", "", "WINDOWS-1252", false, false};
constexpr Family kShiftJis{"CP932", "SHIFT_JIS", "WINDOWS-1252", false, false};
// EUC-JP-MS adds the NEC and IBM rows (circled digits, 髙) but maps the wave dash differently;
// the standard table goes first.
constexpr Family kEucJp{"EUC-JP", "EUC-JP-MS", "WINDOWS-1252", false, false};
constexpr Family kIso2022Jp{"ISO-2022-JP", "ISO-2022-JP-3", "WINDOWS-1252", true, false};
constexpr Family kGbk{"GB18030", "", "WINDOWS-1252", false, false};
constexpr Family kBig5{"CP950", "BIG5-HKSCS", "WINDOWS-1252", false, false};
constexpr Family kBig5Hkscs{"BIG5-HKSCS", "CP950", "WINDOWS-1252", false, false};
constexpr Family kEucKr{"CP949", "", "WINDOWS-1252", false, false};
constexpr Family kIso2022Kr{"ISO-2022-KR", "", "WINDOWS-1252", true, false};
constexpr Family kUtf7{"UTF-7", "", "WINDOWS-1252", true, false};
constexpr Family kUtf16{"UTF-16LE", "", "WINDOWS-1252", false, true};
constexpr Family kUtf16Be{"UTF-16BE", "", "WINDOWS-1252", false, true};
constexpr Family kUtf32{"UTF-32LE", "", "WINDOWS-1252", false, true};
constexpr Family kUtf32Be{"UTF-32BE", "", "WINDOWS-1252", false, true};
constexpr Family kMacRoman{"MACINTOSH", "", "WINDOWS-1252", false, false};
constexpr Family kMacCyrillic{"MAC-CYRILLIC", "", "WINDOWS-1251", false, false};

struct Label {
    std::string_view label;
    const Family* family;
};

// The labels of the WHATWG Encoding Standard that iconv does not know, or knows as a stricter
// table than the documents use, plus the ISO-8859 spellings whose C1 range has a Windows
// sibling other than 1252.
constexpr auto kLabels = std::to_array<Label>({
    {"UTF-8", &kUtf8},
    {"UTF8", &kUtf8},
    {"UNICODE-1-1-UTF-8", &kUtf8},
    {"UNICODE11UTF8", &kUtf8},
    {"UNICODE20UTF8", &kUtf8},
    {"X-UNICODE20UTF8", &kUtf8},
    {"ISO-8859-1", &kLatin1},
    {"ISO8859-1", &kLatin1},
    {"ISO88591", &kLatin1},
    {"ISO_8859-1", &kLatin1},
    {"ISO_8859-1:1987", &kLatin1},
    {"ISO-IR-100", &kLatin1},
    {"LATIN1", &kLatin1},
    {"LATIN-1", &kLatin1},
    {"L1", &kLatin1},
    {"CP819", &kLatin1},
    {"IBM819", &kLatin1},
    {"CSISOLATIN1", &kLatin1},
    {"US-ASCII", &kLatin1},
    {"ASCII", &kLatin1},
    {"ANSI_X3.4-1968", &kLatin1},
    {"ISO-8859-2", &kLatin2},
    {"ISO8859-2", &kLatin2},
    {"ISO88592", &kLatin2},
    {"ISO_8859-2", &kLatin2},
    {"LATIN2", &kLatin2},
    {"L2", &kLatin2},
    {"ISO-8859-5", &kCyrillic},
    {"ISO8859-5", &kCyrillic},
    {"ISO_8859-5", &kCyrillic},
    {"ISO-8859-7", &kGreek},
    {"ISO8859-7", &kGreek},
    {"ISO_8859-7", &kGreek},
    {"GREEK", &kGreek},
    {"ISO-8859-8", &kHebrew},
    {"ISO8859-8", &kHebrew},
    {"ISO_8859-8", &kHebrew},
    {"HEBREW", &kHebrew},
    {"ISO-8859-9", &kTurkish},
    {"ISO8859-9", &kTurkish},
    {"ISO_8859-9", &kTurkish},
    {"LATIN5", &kTurkish},
    {"L5", &kTurkish},
    {"ISO-8859-11", &kThai},
    {"TIS-620", &kThai},
    {"DOS-874", &kThai},
    {"ISO-8859-13", &kBaltic},
    {"ISO8859-13", &kBaltic},
    {"ISO-8859-15", &kLatin9},
    {"ISO8859-15", &kLatin9},
    {"ISO_8859-15", &kLatin9},
    {"LATIN-9", &kLatin9},
    {"LATIN9", &kLatin9},
    {"X-CP1252", &kLatin1},
    {"SHIFT_JIS", &kShiftJis},
    {"SHIFT-JIS", &kShiftJis},
    {"SJIS", &kShiftJis},
    {"X-SJIS", &kShiftJis},
    {"MS_KANJI", &kShiftJis},
    {"CSSHIFTJIS", &kShiftJis},
    {"MS932", &kShiftJis},
    {"WINDOWS-31J", &kShiftJis},
    {"CP932", &kShiftJis},
    {"EUC-JP", &kEucJp},
    {"EUCJP", &kEucJp},
    {"X-EUC-JP", &kEucJp},
    {"CSEUCPKDFMTJAPANESE", &kEucJp},
    {"ISO-2022-JP", &kIso2022Jp},
    {"CSISO2022JP", &kIso2022Jp},
    {"GB2312", &kGbk},
    {"GB_2312", &kGbk},
    {"GB_2312-80", &kGbk},
    {"CHINESE", &kGbk},
    {"CSGB2312", &kGbk},
    {"CSISO58GB231280", &kGbk},
    {"ISO-IR-58", &kGbk},
    {"EUC-CN", &kGbk},
    {"GBK", &kGbk},
    {"X-GBK", &kGbk},
    {"CP936", &kGbk},
    {"MS936", &kGbk},
    {"WINDOWS-936", &kGbk},
    {"GB18030", &kGbk},
    {"BIG5", &kBig5},
    {"BIG-5", &kBig5},
    {"CN-BIG5", &kBig5},
    {"CSBIG5", &kBig5},
    {"X-X-BIG5", &kBig5},
    {"CP950", &kBig5},
    {"BIG5-HKSCS", &kBig5Hkscs},
    {"EUC-KR", &kEucKr},
    {"EUCKR", &kEucKr},
    {"CSEUCKR", &kEucKr},
    {"CSKSC56011987", &kEucKr},
    {"ISO-IR-149", &kEucKr},
    {"KOREAN", &kEucKr},
    {"KS_C_5601-1987", &kEucKr},
    {"KS_C_5601-1989", &kEucKr},
    {"KSC5601", &kEucKr},
    {"KSC_5601", &kEucKr},
    {"WINDOWS-949", &kEucKr},
    {"CP949", &kEucKr},
    {"UHC", &kEucKr},
    {"ISO-2022-KR", &kIso2022Kr},
    {"UTF-7", &kUtf7},
    {"UTF-16", &kUtf16},
    {"UTF16", &kUtf16},
    {"UTF-16LE", &kUtf16},
    {"UTF-16BE", &kUtf16Be},
    {"UCS-2", &kUtf16},
    {"UNICODE", &kUtf16},
    {"UTF-32", &kUtf32},
    {"UTF-32LE", &kUtf32},
    {"UTF-32BE", &kUtf32Be},
    {"MAC", &kMacRoman},
    {"MACINTOSH", &kMacRoman},
    {"CSMACINTOSH", &kMacRoman},
    {"X-MAC-ROMAN", &kMacRoman},
    {"X-MAC-CYRILLIC", &kMacCyrillic},
    {"X-MAC-UKRAINIAN", &kMacCyrillic},
});

Encoding fromFamily(const Family& f) {
    return {std::string(f.name), f.alternative, f.windowsCodePage, f.sevenBit, f.utf16or32};
}

// Windows code pages name their own C1 range: "windows-1250", "cp1250", "x-cp1250".
std::string_view windowsSiblingOf(std::string_view label) {
    for (std::string_view page : {"WINDOWS-1250", "WINDOWS-1251", "WINDOWS-1253", "WINDOWS-1254",
                                  "WINDOWS-1255", "WINDOWS-1256", "WINDOWS-1257", "WINDOWS-1258"})
        if (label.ends_with(page.substr(8))) return page;
    return "WINDOWS-1252";
}

bool iconvKnows(const std::string& name) {
    iconv_t handle = iconv_open("UTF-8", name.c_str());
    if (handle == reinterpret_cast<iconv_t>(-1)) return false;
    iconv_close(handle);
    return true;
}

} // namespace

std::optional<Encoding> lookupEncoding(std::string_view upperLabel) {
    for (const Label& entry : kLabels)
        if (entry.label == upperLabel) return fromFamily(*entry.family);
    if (upperLabel.empty()) return std::nullopt;
    std::string name(upperLabel);
    if (!iconvKnows(name)) return std::nullopt;
    Encoding encoding{name, {}, windowsSiblingOf(upperLabel)};
    return encoding;
}

} // namespace heraut
