// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/Fnv1a.h"

#include <cstdio>

namespace heraut {

std::string Fnv1a::hex() const {
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(m_hash));
    return buffer;
}

} // namespace heraut
