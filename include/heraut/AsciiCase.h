// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace heraut {

// Lower case for the ASCII letters only: header names, URL schemes, tag names, keywords.
// Bytes of UTF-8 sequences pass unchanged, so the result is valid wherever the input was.
std::string asciiLower(std::string_view text);

} // namespace heraut
