// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace heraut::cli {

// Writes `html` as an A4 PDF to `path` through heraut-print.so (src/print/PdfModule.h), opened
// only now: first beside the running heraut-cli (the build tree), then in the installed
// module folder (HERAUT_PRINT_MODULE_DIR). Throws UsageError (exit 2) when no module can be
// opened, naming where it looked, and when the PDF cannot be written, naming the file.
void writePdfThroughModule(const std::string& html, const std::string& title,
                           const std::string& path);

} // namespace heraut::cli
