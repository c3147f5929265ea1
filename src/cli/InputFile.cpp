// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputFile.h"

#include "Command.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace heraut::cli {

std::string displayName(const std::string& path) {
    return path == "-" ? "<stdin>" : path;
}

std::string readInput(const std::string& path) {
    if (path == "-") {
        std::ostringstream buffer;
        buffer << std::cin.rdbuf();
        return buffer.str();
    }
    std::ifstream file(path, std::ios::binary);
    if (!file) throw UsageError(path + ": cannot open: " + std::strerror(errno));
    return std::string(std::istreambuf_iterator<char>(file), {});
}

} // namespace heraut::cli
