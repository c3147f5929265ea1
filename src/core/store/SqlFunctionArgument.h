// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <sqlite3.h>
#include <string_view>

namespace heraut {

// A text argument of an SQL function the store adds; NULL reads as empty.
inline std::string_view textArgument(sqlite3_value* value) {
    const unsigned char* text = sqlite3_value_text(value); // before _bytes, which it may change
    return text ? std::string_view(reinterpret_cast<const char*>(text),
                                   static_cast<size_t>(sqlite3_value_bytes(value)))
                : std::string_view();
}

} // namespace heraut
