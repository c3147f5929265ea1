// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/CharsetDecoder.h"

#include "EncodingLabels.h"
#include "Mojibake.h"
#include "Utf8Sequence.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <iconv.h>
#include <memory>
#include <optional>

namespace heraut {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

class IconvHandle {
  public:
    IconvHandle(const std::string& to, const std::string& from)
        : m_handle(iconv_open(to.c_str(), from.c_str())) {}
    ~IconvHandle() {
        if (valid()) iconv_close(m_handle);
    }
    IconvHandle(const IconvHandle&) = delete;
    IconvHandle& operator=(const IconvHandle&) = delete;
    bool valid() const { return m_handle != reinterpret_cast<iconv_t>(-1); }
    iconv_t get() const { return m_handle; }

  private:
    iconv_t m_handle;
};

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

std::string trimmedLabel(std::string_view label) {
    while (!label.empty() &&
           (label.front() == ' ' || label.front() == '"' || label.front() == '\''))
        label.remove_prefix(1);
    while (!label.empty() && (label.back() == ' ' || label.back() == '"' || label.back() == '\''))
        label.remove_suffix(1);
    return upper(label);
}

struct Bom {
    std::string_view encoding;
    size_t length = 0;
};

Bom detectBom(std::string_view b) {
    auto starts = [&](std::string_view prefix) { return b.substr(0, prefix.size()) == prefix; };
    if (starts("\xEF\xBB\xBF")) return {"UTF-8", 3};
    if (starts(std::string_view("\xFF\xFE\x00\x00", 4))) return {"UTF-32LE", 4};
    if (starts(std::string_view("\x00\x00\xFE\xFF", 4))) return {"UTF-32BE", 4};
    if (starts("\xFF\xFE")) return {"UTF-16LE", 2};
    if (starts("\xFE\xFF")) return {"UTF-16BE", 2};
    // No BOM but an XML declaration in UTF-16: "<?" with zero bytes between.
    if (starts(std::string_view("<\0?\0", 4))) return {"UTF-16LE", 0};
    if (starts(std::string_view("\0<\0?", 4))) return {"UTF-16BE", 0};
    return {};
}

// The encoding="..." of an XML declaration, read from the first bytes as ASCII.
std::string declaredEncoding(std::string_view b) {
    size_t start = 0;
    while (start < b.size() && std::isspace(static_cast<unsigned char>(b[start])))
        ++start;
    if (b.substr(start, 5) != "<?xml") return {};
    size_t end = b.find("?>", start);
    if (end == std::string_view::npos || end - start > 300) return {};
    std::string_view decl = b.substr(start, end - start);
    size_t at = decl.find("encoding");
    if (at == std::string_view::npos) return {};
    at = decl.find_first_of("\"'", at);
    if (at == std::string_view::npos) return {};
    size_t close = decl.find(decl[at], at + 1);
    if (close == std::string_view::npos) return {};
    return trimmedLabel(decl.substr(at + 1, close - at - 1));
}

size_t firstInvalidUtf8(std::string_view s) {
    size_t i = 0;
    const size_t n = s.size();
    while (i < n) {
        // Fast path over ASCII, eight bytes at a time.
        while (i + 8 <= n) {
            std::uint64_t chunk;
            std::memcpy(&chunk, s.data() + i, 8);
            if (chunk & 0x8080808080808080ULL) break;
            i += 8;
        }
        if (i >= n) break;
        size_t len = utf8SequenceLength(s, i);
        if (len == 0) return i;
        i += len;
    }
    return std::string_view::npos;
}

struct Conversion {
    std::string text;
    size_t invalid = 0;
};

// Converts with iconv, replacing undecodable bytes one at a time so nothing stops the feed.
std::optional<Conversion> convertWithIconv(std::string_view bytes, const std::string& from) {
    IconvHandle handle("UTF-8", from);
    if (!handle.valid()) return std::nullopt;
    Conversion result;
    result.text.resize(bytes.size() * 2 + 16);
    char* in = const_cast<char*>(bytes.data());
    size_t inLeft = bytes.size();
    size_t outUsed = 0;
    while (inLeft > 0) {
        char* out = result.text.data() + outUsed;
        size_t outLeft = result.text.size() - outUsed;
        size_t rc = iconv(handle.get(), &in, &inLeft, &out, &outLeft);
        outUsed = result.text.size() - outLeft;
        if (rc != static_cast<size_t>(-1)) break;
        if (errno == E2BIG) {
            result.text.resize(result.text.size() * 2);
        } else { // EILSEQ or EINVAL: skip the bad unit
            size_t unit = from.starts_with("UTF-16") ? 2 : from.starts_with("UTF-32") ? 4 : 1;
            size_t skip = std::min(unit, inLeft);
            in += skip;
            inLeft -= skip;
            result.text.resize(std::max(result.text.size(), outUsed + 16));
            result.text.replace(outUsed, 3, kReplacement);
            outUsed += 3;
            ++result.invalid;
        }
    }
    result.text.resize(outUsed);
    return result;
}

// The declaration first, then the HTTP charset; a label nobody knows is reported and passed
// over. Bytes that are valid UTF-8 are read as UTF-8 whatever the label says: servers and
// declarations lie in both directions, and legacy text is almost never valid UTF-8.
Encoding chooseEncoding(std::string_view bytes, std::string_view httpCharset,
                        std::vector<std::string>& warnings) {
    const std::pair<std::string, const char*> labels[] = {
        {declaredEncoding(bytes), "the XML declaration"},
        {trimmedLabel(httpCharset), "the HTTP charset"}};
    Encoding utf8 = *lookupEncoding("UTF-8");
    for (const auto& [label, source] : labels) {
        if (label.empty()) continue;
        std::optional<Encoding> encoding = lookupEncoding(label);
        if (!encoding) {
            warnings.push_back("unknown encoding \"" + label + "\" in " + source + ", ignored");
            continue;
        }
        // The label was read as ASCII, so the bytes are not UTF-16 or UTF-32 (XML 1.0 F.1).
        if (encoding->utf16or32) {
            warnings.push_back(source + std::string(" says ") + label +
                               " but the bytes are 8-bit; read as UTF-8");
            return utf8;
        }
        if (!isUtf8(*encoding) && !encoding->sevenBit && isValidUtf8(bytes)) return utf8;
        return *encoding;
    }
    return utf8;
}

void readAsUtf8(std::string_view bytes, DecodedText& result) {
    result.encoding = "UTF-8";
    result.utf8.assign(bytes);
    if (isValidUtf8(result.utf8)) return;
    StrayBytes stray = readStrayBytesAsWindows1252(result.utf8);
    if (stray.readAsWindows1252 > 0)
        result.warnings.push_back(std::to_string(stray.readAsWindows1252) +
                                  " bytes were not UTF-8 and were read as Windows-1252");
    if (stray.replaced > 0)
        result.warnings.push_back(std::to_string(stray.replaced) +
                                  " bytes of invalid UTF-8 sequences were replaced");
}

// The label's decoder, then its alternative when the first left bytes undecoded; the one that
// decoded more wins.
void convert(std::string_view bytes, const Encoding& encoding, DecodedText& result) {
    auto converted = convertWithIconv(bytes, encoding.name);
    std::string name = encoding.name;
    if (converted && converted->invalid > 0 && !encoding.alternative.empty()) {
        auto second = convertWithIconv(bytes, std::string(encoding.alternative));
        if (second && second->invalid < converted->invalid) {
            converted = std::move(second);
            name = encoding.alternative;
        }
    }
    if (!converted) { // iconv knew the name a moment ago; only a broken install gets here
        result.warnings.push_back("cannot decode " + name + ", read as UTF-8");
        readAsUtf8(bytes, result);
        return;
    }
    result.encoding = name;
    result.utf8 = std::move(converted->text);
    if (converted->invalid > 0)
        result.warnings.push_back(std::to_string(converted->invalid) + " bytes were not valid " +
                                  name + " and were replaced");
    // iconv writes valid UTF-8; this is a guard against a broken converter, not a repair.
    if (size_t replaced = repairUtf8(result.utf8))
        result.warnings.push_back(std::to_string(replaced) +
                                  " invalid UTF-8 sequences were replaced");
}

// What the writer's tools got wrong after the bytes were decoded right.
void repairMisreadText(const Encoding& encoding, DecodedText& result) {
    if (size_t twice = repairDoubleEncodedUtf8(result.utf8))
        result.warnings.push_back(std::to_string(twice) +
                                  " characters encoded as UTF-8 twice were repaired");
    if (size_t c1 = replaceC1Controls(result.utf8, encoding.windowsCodePage))
        result.warnings.push_back(std::to_string(c1) + " C1 control characters were read as " +
                                  std::string(encoding.windowsCodePage) +
                                  ", what the writer's system meant");
}

} // namespace

bool isValidUtf8(std::string_view text) {
    return firstInvalidUtf8(text) == std::string_view::npos;
}

size_t repairUtf8(std::string& text) {
    size_t bad = firstInvalidUtf8(text);
    if (bad == std::string::npos) return 0;
    std::string out;
    out.reserve(text.size() + 16);
    out.append(text, 0, bad);
    size_t replaced = 0;
    for (size_t i = bad; i < text.size();) {
        size_t len = utf8SequenceLength(text, i);
        if (len == 0) {
            out += kReplacement;
            ++replaced;
            ++i;
        } else {
            out.append(text, i, len);
            i += len;
        }
    }
    text = std::move(out);
    return replaced;
}

DecodedText decodeToUtf8(std::string_view bytes, std::string_view httpCharset) {
    DecodedText result;
    Bom bom = detectBom(bytes);
    Encoding encoding = *lookupEncoding("UTF-8");
    if (!bom.encoding.empty()) {
        encoding = *lookupEncoding(bom.encoding);
        bytes.remove_prefix(bom.length);
    } else {
        encoding = chooseEncoding(bytes, httpCharset, result.warnings);
    }
    if (isUtf8(encoding))
        readAsUtf8(bytes, result);
    else
        convert(bytes, encoding, result);
    repairMisreadText(encoding, result);
    return result;
}

} // namespace heraut
