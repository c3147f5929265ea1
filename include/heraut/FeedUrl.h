// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace heraut {

// Why a URL cannot be a subscription, as a kind a GUI words in its own language.
struct UrlProblem {
    enum class Kind {
        Empty,
        SpacesOrControls,
        BadCharacter, // detail: the character
        NotAUrl,      // no http:// or https://
        Scheme,       // detail: the scheme, without its colon
        BadIpv6,
        BadHost,
        NoPort, // a colon with no port after it
        NoHostName,
        BadHostName,
        BadPort,
    };
    Kind kind = Kind::Empty;
    std::string detail = {};
};

// Nothing when the URL can be a subscription: http or https, a host, a port within 1-65535,
// no spaces, control characters, quotes or angle brackets. Adding a feed and importing OPML
// apply this one rule, so neither stores a URL the other refuses.
std::optional<UrlProblem> feedUrlProblemKind(std::string_view url);
// The same, for a person, in English ("only http and https feeds can be fetched (not ftp:)").
std::optional<std::string> feedUrlProblem(std::string_view url);
std::string describe(const UrlProblem& problem);

// The text with the password of every URL in it shown as "***" ("https://jan:***@x.nl/feed").
// A feed URL may carry a login (RFC 3986 section 3.2.1 deprecates it, servers still ask for
// it); the URL is kept whole for fetching, but what is shown or logged goes through this.
std::string withoutPasswords(std::string_view text);

// The URL with its "user:password@" removed, for a base that links are resolved against:
// an article's link must not carry the feed's login.
std::string withoutLogin(std::string_view url);

} // namespace heraut
