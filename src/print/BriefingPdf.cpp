// SPDX-License-Identifier: GPL-3.0-or-later
#include "BriefingPdf.h"

#include <QFile>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <cstdio>
#include <filesystem>

namespace heraut {
namespace {

int g_argc = 1;
char g_name[] = "heraut-cli";
char* g_argv[] = {g_name, nullptr};

// heraut-cli's standard error carries one line per failure (DESIGN.md): Qt's own notes
// ("XDG_RUNTIME_DIR not set") are not failures of the command.
void onlyCritical(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtCriticalMsg || type == QtFatalMsg)
        fprintf(stderr, "heraut-cli: Qt: %s\n", qPrintable(message));
}

} // namespace

void leaveMarginsToTheDocument(QPagedPaintDevice& device) {
    // A printer keeps its own least margins (QPageLayout's standard mode clamps to them).
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

PdfPrinter::PdfPrinter() {
    if (QGuiApplication::instance()) return;
    qInstallMessageHandler(onlyCritical);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    m_application = std::make_unique<QGuiApplication>(g_argc, g_argv);
}

PdfPrinter::~PdfPrinter() = default;

namespace {

// Where the PDF goes: through a symbolic link the file it points to is replaced, not the link,
// also when that file is not there yet.
std::string replacedFile(const std::string& path) {
    std::filesystem::path target = path;
    std::error_code error;
    for (int hops = 0; hops < 40 && std::filesystem::is_symlink(target, error); ++hops) {
        std::filesystem::path next = std::filesystem::read_symlink(target, error);
        if (error) return path;
        target = next.is_absolute() ? next : target.parent_path() / next;
    }
    std::filesystem::path resolved = std::filesystem::weakly_canonical(target, error);
    return error ? target.string() : resolved.string();
}

// A device or a named pipe (/dev/stdout, a FIFO) is written into, never replaced by a file.
bool isSpecialFile(const std::string& path) {
    std::error_code error;
    std::filesystem::file_status status = std::filesystem::status(path, error);
    return !error && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status) &&
           !std::filesystem::is_directory(status);
}

} // namespace

void PdfPrinter::write(const std::string& html, const std::string& title, const std::string& path) {
    const std::string target = replacedFile(path);
    const bool direct = isSpecialFile(target);
    const std::string partial = direct ? target : target + ".part";
    {
        QFile file(QString::fromStdString(partial));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw PdfError(path + ": cannot be written: " + file.errorString().toStdString());
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        leaveMarginsToTheDocument(writer);
        writer.setResolution(300);
        writer.setTitle(QString::fromStdString(title));
        writer.setCreator(QStringLiteral("Heraut"));
        QTextDocument document;
        // DejaVu covers the Latin, Greek and Cyrillic of the sources; Qt embeds the subset used.
        document.setDefaultFont(QFont(QStringLiteral("DejaVu Serif"), 10));
        document.setHtml(QString::fromStdString(html));
        document.print(&writer);
        file.flush();
        if (file.error() != QFileDevice::NoError) {
            std::string reason = file.errorString().toStdString();
            file.close();
            if (!direct) std::filesystem::remove(partial);
            throw PdfError(path + ": cannot be written: " + reason);
        }
    }
    if (direct) return;
    std::error_code error;
    std::filesystem::rename(partial, target, error);
    if (error) {
        std::filesystem::remove(partial);
        throw PdfError(path + ": cannot be written: " + error.message());
    }
}

} // namespace heraut
