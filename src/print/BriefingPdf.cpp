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

PdfPrinter::PdfPrinter() {
    if (QGuiApplication::instance()) return;
    qInstallMessageHandler(onlyCritical);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    m_application = std::make_unique<QGuiApplication>(g_argc, g_argv);
}

PdfPrinter::~PdfPrinter() = default;

void PdfPrinter::write(const std::string& html, const std::string& title, const std::string& path) {
    const std::string partial = path + ".part";
    {
        QFile file(QString::fromStdString(partial));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw PdfError(path + ": cannot be written: " + file.errorString().toStdString());
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(16, 18, 16, 18), QPageLayout::Millimeter);
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
            std::filesystem::remove(partial);
            throw PdfError(path + ": cannot be written: " + reason);
        }
    }
    std::error_code error;
    std::filesystem::rename(partial, path, error);
    if (error) {
        std::filesystem::remove(partial);
        throw PdfError(path + ": cannot be written: " + error.message());
    }
}

} // namespace heraut
