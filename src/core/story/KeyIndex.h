// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

namespace heraut::story {

// A map from 64-bit keys to 32-bit values in two flat arrays (open addressing, linear
// probing): grouping looks up millions of word hashes per run, and a node per entry of
// std::unordered_map made allocation its largest cost. Keys may be any 64-bit value; the
// value kNone cannot be stored.
class KeyIndex {
  public:
    static constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

    explicit KeyIndex(size_t expected = 64) { rehash(expected * 2); }

    // The value of `key`, storing `value` first when the key is new.
    std::uint32_t tryEmplace(std::uint64_t key, std::uint32_t value) {
        if (2 * (m_size + 1) > m_keys.size()) rehash(m_keys.size() * 2);
        size_t slot = find(key);
        if (m_values[slot] == kNone) {
            m_keys[slot] = key;
            m_values[slot] = value;
            ++m_size;
        }
        return m_values[slot];
    }
    // kNone when the key is absent.
    std::uint32_t at(std::uint64_t key) const { return m_values[find(key)]; }
    void assign(std::uint64_t key, std::uint32_t value) {
        tryEmplace(key, value);
        m_values[find(key)] = value;
    }
    size_t size() const { return m_size; }

  private:
    size_t find(std::uint64_t key) const {
        // Fibonacci hashing: the high bits of the product mix every bit of the key, so word
        // hashes whose low bits barely differ (FNV) spread over the table all the same.
        size_t slot = (key * 0x9E3779B97F4A7C15ULL) >> m_shift;
        while (m_values[slot] != kNone && m_keys[slot] != key)
            slot = (slot + 1) & (m_keys.size() - 1);
        return slot;
    }
    void rehash(size_t wanted) {
        size_t capacity = 16;
        int bits = 4;
        while (capacity < wanted) {
            capacity *= 2;
            ++bits;
        }
        std::vector<std::uint64_t> keys = std::move(m_keys);
        std::vector<std::uint32_t> values = std::move(m_values);
        m_keys.assign(capacity, 0);
        m_values.assign(capacity, kNone);
        m_shift = 64 - bits;
        for (size_t i = 0; i < keys.size(); ++i)
            if (values[i] != kNone) {
                size_t slot = find(keys[i]);
                m_keys[slot] = keys[i];
                m_values[slot] = values[i];
            }
    }

    std::vector<std::uint64_t> m_keys;
    std::vector<std::uint32_t> m_values;
    size_t m_size = 0;
    int m_shift = 60;
};

} // namespace heraut::story
