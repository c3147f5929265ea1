// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDialogs.h"

#include <QAbstractFileIconProvider>
#include <QCoreApplication>
#include <QFileDialog>
#include <QRegularExpression>
#include <QStandardPaths>

namespace heraut::app {
namespace {

// Icons and type names by kind only: the base class asks QMimeDatabase, which reads the file.
class IconsByKind : public QAbstractFileIconProvider {
  public:
    using QAbstractFileIconProvider::icon;
    QIcon icon(const QFileInfo& info) const override {
        return icon(info.isDir() ? QAbstractFileIconProvider::Folder
                                 : QAbstractFileIconProvider::File);
    }
    // In the base class's words, which Qt's own translations carry (qtbase_nl).
    QString type(const QFileInfo& info) const override {
        if (info.isDir())
            return QCoreApplication::translate("QAbstractFileIconProvider", "Folder",
                                               "All other platforms");
        if (info.suffix().isEmpty())
            return QCoreApplication::translate("QAbstractFileIconProvider", "File",
                                               "All other platforms");
        return QCoreApplication::translate("QAbstractFileIconProvider", "%1 File",
                                           "%1 is a file name suffix, for example txt")
            .arg(info.suffix());
    }
};

// "Web page (*.html)" -> "html"; empty for a filter of several patterns or none.
QString suffixOf(const QString& filter) {
    static const QRegularExpression single(QStringLiteral("\\(\\*\\.(\\w+)\\)$"));
    QRegularExpressionMatch match = single.match(filter);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString chosenFile(QFileDialog& dialog, QString* selectedFilter) {
    listFilesByName(dialog);
    if (selectedFilter && !selectedFilter->isEmpty()) dialog.selectNameFilter(*selectedFilter);
    if (dialog.acceptMode() == QFileDialog::AcceptSave) {
        // A name typed without a suffix gets the filter's before the dialog asks whether to
        // replace an existing file, so it asks about the file that will be written.
        dialog.setDefaultSuffix(suffixOf(dialog.selectedNameFilter()));
        QObject::connect(
            &dialog, &QFileDialog::filterSelected, &dialog,
            [&dialog](const QString& filter) { dialog.setDefaultSuffix(suffixOf(filter)); });
    }
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) return {};
    if (selectedFilter) *selectedFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().constFirst();
}

} // namespace

void listFilesByName(QFileDialog& dialog) {
    static IconsByKind icons;
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&icons);
}

QString documentsFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString openFileName(QWidget* parent, const QString& caption, const QString& folder,
                     const QString& filter) {
    QFileDialog dialog(parent, caption, folder, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return chosenFile(dialog, nullptr);
}

QString saveFileName(QWidget* parent, const QString& caption, const QString& path,
                     const QString& filters, QString* selectedFilter) {
    QFileDialog dialog(parent, caption, path, filters);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    return chosenFile(dialog, selectedFilter);
}

} // namespace heraut::app
