// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/UrlResolver.h"

#include "heraut/AsciiCase.h"
#include "heraut/CharsetDecoder.h"
#include "heraut/PlainText.h"

#include <cctype>
#include <curl/curl.h>
#include <memory>
#include <new>

namespace heraut {
namespace {

struct CurlUrlDeleter {
    void operator()(CURLU* url) const { curl_url_cleanup(url); }
};
using CurlUrl = std::unique_ptr<CURLU, CurlUrlDeleter>;

// Any scheme, and spaces as feeds write them (safeLink encodes them afterwards).
constexpr unsigned kCurlFlags = CURLU_NON_SUPPORT_SCHEME | CURLU_ALLOW_SPACE;

// "scheme://..." or "//...": a URL with an authority, the kind libcurl parses. "mailto:x" and
// "urn:x" have none and nothing to resolve.
bool hasAuthority(std::string_view url, std::string_view scheme) {
    return url.substr(scheme.empty() ? 0 : scheme.size() + 1).starts_with("//");
}

// Whether the path after the authority is empty: "https://x.nl", "//g?q".
bool hasEmptyPath(std::string_view url) {
    size_t authority = url.find("//");
    if (authority == std::string_view::npos) return false;
    size_t end = url.find_first_of("/?#", authority + 2);
    return end == std::string_view::npos || url[end] != '/';
}

// libcurl writes an empty path as "/"; RFC 3986 resolution keeps it empty ("//g" is "http://g").
void removeInsertedSlash(std::string& url) {
    size_t authority = url.find("://");
    if (authority == std::string::npos) return;
    size_t end = url.find_first_of("/?#", authority + 3);
    if (end != std::string::npos && url[end] == '/' &&
        (end + 1 == url.size() || url[end + 1] == '?' || url[end + 1] == '#'))
        url.erase(end, 1);
}

std::optional<std::string> curlGet(CURLU* url, CURLUPart part) {
    char* text = nullptr;
    if (curl_url_get(url, part, &text, 0) != CURLUE_OK) return std::nullopt;
    std::string result(text);
    curl_free(text);
    return result;
}

std::string_view withoutFragment(std::string_view url) {
    return url.substr(0, url.find('#'));
}

// An absolute URL libcurl would return unchanged: lower-case scheme, no dot segments. Most
// links in feeds are such, and parsing one costs libcurl several allocations.
bool isNormalAbsolute(std::string_view url, std::string_view scheme) {
    for (char c : url.substr(0, scheme.size()))
        if (c >= 'A' && c <= 'Z') return false;
    std::string_view rest = url.substr(scheme.size() + 3);
    std::string_view path = rest.substr(0, rest.find_first_of("?#"));
    return path.find("/.") == std::string_view::npos;
}

// An absolute URL with an authority, parsed and written back by libcurl: scheme in lower
// case, dot segments removed (RFC 3986 5.2.4). What libcurl cannot parse is returned as it is.
std::string normaliseAbsolute(std::string url, std::string_view scheme) {
    if (isNormalAbsolute(url, scheme)) return url;
    CurlUrl parsed(curl_url());
    if (!parsed) throw std::bad_alloc();
    if (curl_url_set(parsed.get(), CURLUPART_URL, url.c_str(), kCurlFlags) != CURLUE_OK) return url;
    std::optional<std::string> normal = curlGet(parsed.get(), CURLUPART_URL);
    if (!normal) return url;
    if (hasEmptyPath(url)) removeInsertedSlash(*normal);
    return *normal;
}

// A base URL as libcurl reads it, in the pieces RFC 3986 5.2.2 builds targets from.
struct ParsedBase {
    std::string scheme;    // "https"
    std::string origin;    // "https://user@d.nl:8443"
    std::string path;      // "/a/b;p", dot segments removed; "" when the base has none
    std::string directory; // "/a/"
};

std::optional<ParsedBase> parseBase(std::string_view base) {
    CurlUrl url(curl_url());
    if (!url) throw std::bad_alloc();
    if (curl_url_set(url.get(), CURLUPART_URL, std::string(base).c_str(), kCurlFlags) !=
            CURLUE_OK ||
        curl_url_set(url.get(), CURLUPART_FRAGMENT, nullptr, 0) != CURLUE_OK)
        return std::nullopt;
    auto scheme = curlGet(url.get(), CURLUPART_SCHEME);
    auto whole = curlGet(url.get(), CURLUPART_URL);
    auto path = curlGet(url.get(), CURLUPART_PATH);
    if (!scheme || !whole || !path) return std::nullopt;
    std::string_view beforeQuery(*whole);
    beforeQuery = beforeQuery.substr(0, beforeQuery.find('?', beforeQuery.find("://") + 3));
    ParsedBase parsed;
    parsed.scheme = std::move(*scheme);
    parsed.origin = beforeQuery.substr(0, beforeQuery.size() - path->size());
    parsed.directory = path->substr(0, path->rfind('/') + 1);
    parsed.path = hasEmptyPath(base) ? std::string() : std::move(*path);
    return parsed;
}

// Every link of an article has the same base: each thread parses its latest base once.
const ParsedBase* parsedBase(std::string_view base) {
    thread_local std::string cachedText;
    thread_local std::optional<ParsedBase> cached;
    thread_local bool valid = false;
    if (!valid || cachedText != base) {
        cached = parseBase(base);
        cachedText.assign(base);
        valid = true;
    }
    return cached ? &*cached : nullptr;
}

// Spaces, quotes and angle brackets are not URL characters; encoded, a link stays one token
// wherever it is written (an HTML attribute, a terminal, a browser's address bar).
std::string percentEncodeUnsafe(const std::string& url) {
    constexpr std::string_view kUnsafe = " \"<>`{}|\\^";
    if (url.find_first_of(kUnsafe) == std::string::npos) return url;
    std::string out;
    static const char* kHex = "0123456789ABCDEF";
    for (unsigned char c : url) {
        if (kUnsafe.find(static_cast<char>(c)) != std::string_view::npos) {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

} // namespace

std::string urlScheme(std::string_view url) {
    if (url.empty() || !std::isalpha(static_cast<unsigned char>(url[0]))) return {};
    for (size_t i = 1; i < url.size(); ++i) {
        char c = url[i];
        if (c == ':') {
            return asciiLower(url.substr(0, i));
        }
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.')
            return {};
    }
    return {};
}

std::string resolveUrl(std::string_view base, std::string_view reference) {
    std::string scheme = urlScheme(reference);
    if (!scheme.empty()) {
        if (!hasAuthority(reference, scheme)) // mailto:, urn:: nothing to resolve
            return scheme + std::string(reference.substr(scheme.size()));
        return normaliseAbsolute(std::string(reference), scheme);
    }
    // RFC 3986 5.2.2: the whole base, with the reference's fragment if it has one.
    if (reference.empty() || reference.starts_with('#'))
        return std::string(withoutFragment(base)).append(reference);
    const ParsedBase* parsed = parsedBase(base);
    if (!parsed) return std::string(reference);
    std::string target;
    if (reference.starts_with("//"))
        target = parsed->scheme + ":";
    else if (reference.starts_with('/'))
        target = parsed->origin;
    else if (reference.starts_with('?'))
        target = parsed->origin + parsed->path;
    else
        target = parsed->origin + parsed->directory;
    target.append(reference);
    return normaliseAbsolute(std::move(target), parsed->scheme);
}

std::optional<std::string> safeLink(std::string_view base, std::string_view reference) {
    // Browsers drop tabs and newlines anywhere in a URL ("java\tscript:"), and feeds wrap
    // links in whitespace; read the link as a browser would before judging its scheme.
    std::string cleaned;
    for (char c : reference)
        if (c != '\t' && c != '\n' && c != '\r') cleaned += c;
    cleaned = collapseWhitespace(cleaned);
    repairUtf8(cleaned);
    if (cleaned.empty()) return std::nullopt;
    for (char c : cleaned)
        if (static_cast<unsigned char>(c) < 0x20) return std::nullopt;
    if (urlScheme(cleaned).empty() && base.empty()) return std::nullopt;
    std::string absolute = resolveUrl(base, cleaned);
    std::string scheme = urlScheme(absolute);
    if (scheme != "http" && scheme != "https" && scheme != "mailto") return std::nullopt;
    return percentEncodeUnsafe(absolute);
}

} // namespace heraut
