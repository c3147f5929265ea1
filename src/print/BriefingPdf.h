// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <stdexcept>
#include <string>

class QGuiApplication;
class QPagedPaintDevice;

namespace heraut {

// The PDF could not be written: the message names the file and the reason.
class PdfError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Gives `device` (a PDF writer, a printer) the smallest page margins it takes: a QTextDocument
// printed on it adds 2 cm margins of its own and numbers the pages (inside margins of 16 mm
// the text took two thirds of the A4 width).
void leaveMarginsToTheDocument(QPagedPaintDevice& device);

// Prints HTML (a briefing, briefingHtml) to an A4 PDF with its fonts embedded, through Qt's
// QTextDocument and QPdfWriter. Qt lays text out only inside a QGuiApplication: without one
// (heraut-cli) it makes one on the "offscreen" platform, which needs no display, and ends it
// when destroyed.
class PdfPrinter {
  public:
    PdfPrinter();
    ~PdfPrinter();
    PdfPrinter(const PdfPrinter&) = delete;
    PdfPrinter& operator=(const PdfPrinter&) = delete;

    // Written to a file beside `path`, then renamed over it: whole or not at all. Through a
    // symbolic link the file it points to is replaced; a device or a named pipe is written
    // into as it is. Throws PdfError.
    void write(const std::string& html, const std::string& title, const std::string& path);

  private:
    std::unique_ptr<QGuiApplication> m_application;
};

} // namespace heraut
