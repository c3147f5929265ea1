// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/FeedUrl.h"

#include "heraut/AsciiCase.h"

#include <cctype>
#include <charconv>

namespace heraut {
namespace {

// Where the authority of a URL whose "//" ends at `start` stops: the path, query or fragment,
// or (in running text) the first character no URL holds.
size_t authorityEnd(std::string_view text, size_t start) {
    size_t end = start;
    while (end < text.size()) {
        char c = text[end];
        if (c == '/' || c == '?' || c == '#' || c == '"' || c == '\'' || c == '<' || c == '>' ||
            static_cast<unsigned char>(c) <= ' ')
            break;
        ++end;
    }
    return end;
}

bool isHostCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '%' || static_cast<unsigned char>(c) >= 0x80;
}

std::optional<UrlProblem> hostProblem(std::string_view hostPort) {
    std::string_view host = hostPort;
    std::string_view port;
    if (host.starts_with('[')) { // an IPv6 literal, RFC 3986 section 3.2.2
        size_t close = host.find(']');
        if (close == std::string_view::npos || close == 1)
            return UrlProblem{.kind = UrlProblem::Kind::BadIpv6};
        for (char c : host.substr(1, close - 1))
            if (!std::isxdigit(static_cast<unsigned char>(c)) && c != ':' && c != '.')
                return UrlProblem{.kind = UrlProblem::Kind::BadIpv6};
        std::string_view rest = host.substr(close + 1);
        if (!rest.empty() && !rest.starts_with(':'))
            return UrlProblem{.kind = UrlProblem::Kind::BadHost};
        port = rest.empty() ? rest : rest.substr(1);
        if (!rest.empty() && port.empty()) return UrlProblem{.kind = UrlProblem::Kind::NoPort};
    } else {
        size_t colon = host.rfind(':');
        if (colon != std::string_view::npos) {
            port = host.substr(colon + 1);
            host = host.substr(0, colon);
            if (port.empty()) return UrlProblem{.kind = UrlProblem::Kind::NoPort};
        }
        if (host.empty()) return UrlProblem{.kind = UrlProblem::Kind::NoHostName};
        for (char c : host)
            if (!isHostCharacter(c)) return UrlProblem{.kind = UrlProblem::Kind::BadHostName};
    }
    if (!port.empty()) {
        int number = 0;
        auto [end, error] = std::from_chars(port.data(), port.data() + port.size(), number);
        if (error != std::errc() || end != port.data() + port.size() || number < 1 ||
            number > 65535)
            return UrlProblem{.kind = UrlProblem::Kind::BadPort};
    }
    return std::nullopt;
}

} // namespace

std::optional<UrlProblem> feedUrlProblemKind(std::string_view url) {
    if (url.empty()) return UrlProblem{.kind = UrlProblem::Kind::Empty};
    for (char c : url) {
        auto byte = static_cast<unsigned char>(c);
        if (byte <= ' ' || byte == 0x7f)
            return UrlProblem{.kind = UrlProblem::Kind::SpacesOrControls};
        if (c == '"' || c == '<' || c == '>' || c == '\\')
            return UrlProblem{.kind = UrlProblem::Kind::BadCharacter, .detail = std::string(1, c)};
    }
    size_t colon = url.find(':');
    std::string scheme = asciiLower(url.substr(0, colon == std::string_view::npos ? 0 : colon));
    bool schemeLike =
        !scheme.empty() && std::isalpha(static_cast<unsigned char>(scheme[0])) &&
        scheme.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789+-.") == std::string::npos;
    if (!schemeLike) return UrlProblem{.kind = UrlProblem::Kind::NotAUrl};
    if (scheme != "http" && scheme != "https")
        return UrlProblem{.kind = UrlProblem::Kind::Scheme, .detail = scheme};
    if (url.substr(colon + 1, 2) != "//") return UrlProblem{.kind = UrlProblem::Kind::NotAUrl};
    size_t start = colon + 3;
    std::string_view authority = url.substr(start, authorityEnd(url, start) - start);
    size_t at = authority.rfind('@');
    return hostProblem(at == std::string_view::npos ? authority : authority.substr(at + 1));
}

std::optional<std::string> feedUrlProblem(std::string_view url) {
    std::optional<UrlProblem> problem = feedUrlProblemKind(url);
    if (!problem) return std::nullopt;
    return describe(*problem);
}

std::string describe(const UrlProblem& problem) {
    using Kind = UrlProblem::Kind;
    switch (problem.kind) {
    case Kind::Empty:
        return "empty URL";
    case Kind::SpacesOrControls:
        return "contains spaces or control characters";
    case Kind::BadCharacter:
        return "contains the character " + problem.detail;
    case Kind::NotAUrl:
        return "not a URL (it needs http:// or https://)";
    case Kind::Scheme:
        return "only http and https feeds can be fetched (not " + problem.detail + ":)";
    case Kind::BadIpv6:
        return "not a valid IPv6 address";
    case Kind::BadHost:
        return "not a valid host";
    case Kind::NoPort:
        return "no port after the colon";
    case Kind::NoHostName:
        return "no host name";
    case Kind::BadHostName:
        return "not a valid host name";
    case Kind::BadPort:
        break;
    }
    return "not a valid port";
}

std::string withoutPasswords(std::string_view text) {
    std::string out;
    size_t copied = 0;
    for (size_t slashes = text.find("://"); slashes != std::string_view::npos;
         slashes = text.find("://", slashes + 3)) {
        size_t start = slashes + 3;
        std::string_view authority = text.substr(start, authorityEnd(text, start) - start);
        size_t at = authority.rfind('@');
        if (at == std::string_view::npos) continue;
        size_t colon = authority.substr(0, at).find(':');
        if (colon == std::string_view::npos) continue; // a user name alone gives nothing away
        out.append(text.substr(copied, start + colon + 1 - copied)).append("***");
        copied = start + at;
    }
    out.append(text.substr(copied));
    return out;
}

std::string withoutLogin(std::string_view url) {
    size_t slashes = url.find("://");
    if (slashes == std::string_view::npos) return std::string(url);
    size_t start = slashes + 3;
    size_t at = url.substr(start, authorityEnd(url, start) - start).rfind('@');
    if (at == std::string_view::npos) return std::string(url);
    return std::string(url.substr(0, start)).append(url.substr(start + at + 1));
}

} // namespace heraut
