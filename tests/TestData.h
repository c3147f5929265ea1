// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

namespace heraut::test {

inline std::string dataPath(const std::string& name) {
    return std::string(HERAUT_TEST_DATA) + "/" + name;
}

inline std::string readData(const std::string& name) {
    std::ifstream file(dataPath(name), std::ios::binary);
    if (!file) throw std::runtime_error("missing test data: " + name);
    return std::string(std::istreambuf_iterator<char>(file), {});
}

} // namespace heraut::test
