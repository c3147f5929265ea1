// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace heraut {

// Resolves a reference against an absolute base URL (RFC 3986 section 5.2) and normalises the
// result as libcurl's URL API writes it: scheme in lower case, dot segments removed. A base or
// reference libcurl cannot parse leaves the reference as it was; "mailto:" and other URLs
// without an authority are returned with only their scheme lowered.
std::string resolveUrl(std::string_view base, std::string_view reference);

// The scheme of an absolute URL, lower case; empty for a relative reference.
std::string urlScheme(std::string_view url);

// Resolves and keeps the result only when it is http, https or mailto: the only links a
// reader should ever follow from a feed. The scheme of the result is lower case, so callers
// may compare it plainly.
std::optional<std::string> safeLink(std::string_view base, std::string_view reference);

} // namespace heraut
