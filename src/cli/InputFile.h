// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace heraut::cli {

// The whole content of a file, or of standard input for "-". Throws UsageError naming the file.
std::string readInput(const std::string& path);

std::string displayName(const std::string& path);

} // namespace heraut::cli
