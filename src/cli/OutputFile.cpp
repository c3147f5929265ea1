// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputFile.h"

#include "Command.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace heraut::cli {

void refuseDatabaseAsOutput(const std::string& output, const Database& db) {
    if (output.empty() || output == "-" || !db.isOwnFile(output)) return;
    throw UsageError(output + ": that is the news cache (or its journal); write to another file");
}

void writeText(const std::string& text, const std::string& path) {
    if (path.empty() || path == "-") {
        std::cout << text << std::flush;
        return;
    }
    if (std::filesystem::is_directory(path))
        throw UsageError(path + ": cannot be written: is a folder");
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (out) out << text << std::flush;
    if (!out) throw UsageError(path + ": cannot be written: " + std::strerror(errno));
}

} // namespace heraut::cli
