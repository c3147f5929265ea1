// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace heraut {

// Removes C0 control characters, which XML forbids but feeds carry (pasted from Word, mostly).
// Returns how many were removed.
size_t removeControlCharacters(std::string& text);

// Escapes what makes real-world feeds ill-formed: a bare "&" that starts no reference and a
// "<" that starts no tag. Used for a second attempt after a failed parse.
std::string escapeStrayMarkup(const std::string& text);

} // namespace heraut
