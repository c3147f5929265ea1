// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace heraut {

// What a feed body is remembered by, to notice an unchanged body without parsing it. Fast
// rather than portable: should the standard library's hash ever change, each feed is parsed
// once more, nothing else.
std::string bodyHash(std::string_view body);

} // namespace heraut
