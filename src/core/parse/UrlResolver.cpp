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

std::optional<std::string> curlGet(CURLU* url) {
    char* text = nullptr;
    if (curl_url_get(url, CURLUPART_URL, &text, 0) != CURLUE_OK) return std::nullopt;
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
    return path.find("/.") == std::string_view::npos && !hasEmptyPath(url);
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
    if (!scheme.empty() && !hasAuthority(reference, scheme))
        return scheme + std::string(reference.substr(scheme.size()));
    // libcurl 7.88 resolves these two against the base's directory; RFC 3986 5.2.2 keeps the
    // whole base.
    if (scheme.empty() && (reference.empty() || reference.starts_with('#')))
        return std::string(withoutFragment(base)).append(reference);
    if (!scheme.empty() && isNormalAbsolute(reference, scheme)) return std::string(reference);
    CurlUrl url(curl_url());
    if (!url) throw std::bad_alloc();
    if (scheme.empty() &&
        curl_url_set(url.get(), CURLUPART_URL, std::string(base).c_str(), kCurlFlags) != CURLUE_OK)
        return std::string(reference);
    if (curl_url_set(url.get(), CURLUPART_URL, std::string(reference).c_str(), kCurlFlags) !=
        CURLUE_OK)
        return std::string(reference);
    std::optional<std::string> resolved = curlGet(url.get());
    if (!resolved) return std::string(reference);
    bool pathFromReference = !scheme.empty() || reference.starts_with("//");
    std::string_view pathSource = pathFromReference            ? reference
                                  : reference.starts_with('?') ? base
                                                               : std::string_view{};
    if (hasEmptyPath(pathSource)) removeInsertedSlash(*resolved);
    return *resolved;
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
