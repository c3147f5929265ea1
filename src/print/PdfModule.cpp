// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF printer as a module that heraut-cli loads only for `briefing --format pdf`
// (PdfModule.h): linked into the command line tool, Qt Gui and the 40 libraries behind it
// would be loaded and relocated at the start of every command, a refresh included.
#include "PdfModule.h"
#include "BriefingPdf.h"

#include <algorithm>
#include <cstring>

extern "C" __attribute__((visibility("default"))) int
heraut_write_pdf(const char* html, const char* title, const char* path, char* error,
                 std::size_t errorSize) {
    try {
        heraut::PdfPrinter().write(html, title, path);
        return 0;
    } catch (const std::exception& failure) {
        std::size_t n = std::min(std::strlen(failure.what()), errorSize - 1);
        std::memcpy(error, failure.what(), n);
        error[n] = '\0';
        return 1;
    }
}
