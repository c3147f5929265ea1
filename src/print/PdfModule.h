// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

// The entry point of heraut-print.so, the PDF printer that heraut-cli opens with dlopen() when
// a briefing is asked for as PDF. A plain C function, so that the tool needs neither Qt's
// headers nor its libraries. Writes `html` as an A4 PDF titled `title` to `path` (whole or not
// at all, PdfPrinter::write); returns 0, or 1 with the reason, cut to `errorSize` bytes with its
// terminating NUL, in `error`.
extern "C" int heraut_write_pdf(const char* html, const char* title, const char* path, char* error,
                                std::size_t errorSize);
using HerautWritePdf = decltype(&heraut_write_pdf);
constexpr const char* kHerautWritePdfSymbol = "heraut_write_pdf";
