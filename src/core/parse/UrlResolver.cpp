// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/UrlResolver.h"

#include "heraut/AsciiCase.h"
#include "heraut/CharsetDecoder.h"
#include "heraut/PlainText.h"

#include <cctype>
#include <vector>

namespace heraut {
namespace {

struct UrlParts {
    std::string scheme;
    std::optional<std::string> authority;
    std::string path;
    std::optional<std::string> query;
    std::optional<std::string> fragment;
};

UrlParts split(std::string_view url) {
    UrlParts parts;
    parts.scheme = urlScheme(url);
    if (!parts.scheme.empty()) url.remove_prefix(parts.scheme.size() + 1);
    if (auto hash = url.find('#'); hash != std::string_view::npos) {
        parts.fragment = std::string(url.substr(hash + 1));
        url = url.substr(0, hash);
    }
    if (auto q = url.find('?'); q != std::string_view::npos) {
        parts.query = std::string(url.substr(q + 1));
        url = url.substr(0, q);
    }
    if (url.starts_with("//")) {
        url.remove_prefix(2);
        auto slash = url.find('/');
        parts.authority = std::string(url.substr(0, slash));
        url = slash == std::string_view::npos ? std::string_view{} : url.substr(slash);
    }
    parts.path = std::string(url);
    return parts;
}

std::string removeDotSegments(std::string_view path) {
    std::vector<std::string_view> segments;
    bool absolute = path.starts_with('/');
    size_t start = absolute ? 1 : 0;
    bool trailingSlash = false;
    while (start <= path.size()) {
        size_t end = path.find('/', start);
        if (end == std::string_view::npos) end = path.size();
        std::string_view segment = path.substr(start, end - start);
        trailingSlash = false;
        if (segment == "..") {
            if (!segments.empty()) segments.pop_back();
            trailingSlash = true;
        } else if (segment == ".") {
            trailingSlash = true;
        } else {
            segments.push_back(segment);
        }
        start = end + 1;
    }
    std::string out = absolute ? "/" : "";
    for (size_t i = 0; i < segments.size(); ++i) {
        if (i > 0) out += '/';
        out += segments[i];
    }
    if (trailingSlash && !out.ends_with('/')) out += '/';
    return out;
}

std::string merge(const UrlParts& base, std::string_view refPath) {
    if (base.authority && base.path.empty()) return std::string(1, '/').append(refPath);
    auto slash = base.path.rfind('/');
    if (slash == std::string::npos) return std::string(refPath);
    return base.path.substr(0, slash + 1) + std::string(refPath);
}

std::string compose(const UrlParts& p) {
    std::string out = p.scheme.empty() ? "" : p.scheme + ":";
    if (p.authority) out += "//" + *p.authority;
    out += p.path;
    if (p.query) out += "?" + *p.query;
    if (p.fragment) out += "#" + *p.fragment;
    return out;
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
    UrlParts ref = split(reference);
    if (!ref.scheme.empty()) {
        ref.path = removeDotSegments(ref.path);
        return compose(ref);
    }
    UrlParts b = split(base);
    UrlParts t;
    t.scheme = b.scheme;
    t.fragment = ref.fragment;
    if (ref.authority) {
        t.authority = ref.authority;
        t.path = removeDotSegments(ref.path);
        t.query = ref.query;
    } else {
        t.authority = b.authority;
        if (ref.path.empty()) {
            t.path = b.path;
            t.query = ref.query ? ref.query : b.query;
        } else {
            t.path = removeDotSegments(ref.path.starts_with('/') ? ref.path : merge(b, ref.path));
            t.query = ref.query;
        }
    }
    return compose(t);
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
    std::string scheme = urlScheme(cleaned);
    std::string absolute = scheme.empty() && !base.empty() ? resolveUrl(base, cleaned) : cleaned;
    scheme = urlScheme(absolute);
    if (scheme != "http" && scheme != "https" && scheme != "mailto") return std::nullopt;
    return percentEncodeUnsafe(absolute);
}

} // namespace heraut
