// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace heraut {

struct HtmlEntity {
    std::string_view name;
    std::uint32_t codepoint;
};

extern const std::array<HtmlEntity, 253> kHtmlEntities;

} // namespace heraut
