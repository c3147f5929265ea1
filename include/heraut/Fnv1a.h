// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace heraut {

// FNV-1a, 64 bits: stable across runs, builds and platforms, which std::hash is not. Used for
// ids and change detection, never for security.
class Fnv1a {
  public:
    Fnv1a& add(std::string_view part) {
        for (unsigned char c : part)
            m_hash = (m_hash ^ c) * 1099511628211ULL;
        m_hash = (m_hash ^ 0x1F) * 1099511628211ULL; // "ab"+"c" differs from "a"+"bc"
        return *this;
    }
    std::uint64_t value() const { return m_hash; }
    std::string hex() const;

  private:
    std::uint64_t m_hash = 1469598103934665603ULL;
};

} // namespace heraut
