// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace heraut {

// Decodes HTML character references (&eacute; &#8217; &#x2019;) once. Text that is not a
// well-formed reference, such as a bare "&" in "AT&T", is left as it is, so decoding a correct
// title again cannot damage it.
std::string decodeHtmlEntities(std::string_view text);

void appendUtf8(std::string& out, std::uint32_t codepoint);

// Appends text with the characters HTML gives a meaning escaped: & < > (and " in an attribute
// value, which Heraut always writes between double quotes).
void appendEscaped(std::string& out, std::string_view text, bool attribute);

} // namespace heraut
