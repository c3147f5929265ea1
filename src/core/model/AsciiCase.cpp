// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/AsciiCase.h"

namespace heraut {

std::string asciiLower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

} // namespace heraut
