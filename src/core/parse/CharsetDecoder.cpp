// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/CharsetDecoder.h"

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

bool isUtf8Label(const std::string& label) {
    return label == "UTF-8" || label == "UTF8";
}
bool isUtf16Label(const std::string& label) {
    return label == "UTF-16" || label == "UTF16" || label == "UTF-16LE" || label == "UTF-16BE";
}

// Browsers decode ISO-8859-1 as Windows-1252 and so do servers' authors; follow them, so that
// curly quotes in 0x80..0x9F survive.
std::string effectiveLabel(const std::string& label) {
    if (label == "ISO-8859-1" || label == "LATIN1" || label == "ISO8859-1" || label == "US-ASCII" ||
        label == "ASCII" || label == "LATIN-1")
        return "WINDOWS-1252";
    return label;
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

size_t utf8SequenceLength(std::string_view s, size_t i) {
    auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = byte(i);
    if (c < 0x80) return 1;
    size_t n = s.size() - i;
    auto cont = [&](size_t k) { return k < s.size() && (byte(k) & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF) return n >= 2 && cont(i + 1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (n < 3 || !cont(i + 1) || !cont(i + 2)) return 0;
        if (c == 0xE0 && byte(i + 1) < 0xA0) return 0;  // overlong
        if (c == 0xED && byte(i + 1) >= 0xA0) return 0; // surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (n < 4 || !cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
        if (c == 0xF0 && byte(i + 1) < 0x90) return 0;
        if (c == 0xF4 && byte(i + 1) >= 0x90) return 0;
        return 4;
    }
    return 0;
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
            size_t skip = from.starts_with("UTF-16") ? std::min<size_t>(2, inLeft) : 1;
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
    std::string label;
    if (!bom.encoding.empty()) {
        label = std::string(bom.encoding);
        bytes.remove_prefix(bom.length);
    } else {
        label = declaredEncoding(bytes);
        if (label.empty()) label = trimmedLabel(httpCharset);
        if (label.empty()) label = "UTF-8";
        // Servers and declarations lie in both directions; bytes that are valid UTF-8 are
        // almost never meant as a legacy encoding.
        if (!isUtf8Label(label) && !isUtf16Label(label) && isValidUtf8(bytes)) label = "UTF-8";
    }
    if (isUtf8Label(label)) {
        result.encoding = "UTF-8";
        result.utf8.assign(bytes);
    } else {
        std::string from = effectiveLabel(label);
        auto converted = convertWithIconv(bytes, from);
        if (!converted) {
            result.warnings.push_back("unknown encoding \"" + label + "\", read as UTF-8");
            result.encoding = "UTF-8";
            result.utf8.assign(bytes);
        } else {
            result.encoding = from;
            result.utf8 = std::move(converted->text);
            if (converted->invalid > 0)
                result.warnings.push_back(std::to_string(converted->invalid) +
                                          " bytes were not valid " + from + " and were replaced");
        }
    }
    if (size_t replaced = repairUtf8(result.utf8))
        result.warnings.push_back(std::to_string(replaced) +
                                  " invalid UTF-8 sequences were replaced");
    return result;
}

} // namespace heraut
