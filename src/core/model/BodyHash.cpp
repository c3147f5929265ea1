// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/BodyHash.h"

#include <cstdio>
#include <functional>

namespace heraut {

std::string bodyHash(std::string_view body) {
    // FNV-1a went a byte at a time and took 2 % of a cold refresh; this reads words.
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "h%016zx-%zu", std::hash<std::string_view>{}(body),
                  body.size());
    return buffer;
}

} // namespace heraut
