// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QFileDialog;
class QWidget;

namespace heraut::app {

// The user's documents folder: where imports and exports start.
QString documentsFolder();

// File dialogs that list files by name only. Qt's own dialog reads the first bytes of each
// file it lists to pick its icon (QMimeDatabase); when it lists the news cache, that read and
// close drops every SQLite lock this process holds on the file (POSIX locks belong to the
// process; sqlite.org/howtocorrupt.html, 2.2), and the next heraut-cli run then deletes the
// window's write-ahead log: its changes are lost and the file is damaged. The platform's
// native dialog may read files too, so Qt's own is used, with icons by kind (file, folder).
// Empty when cancelled.
QString openFileName(QWidget* parent, const QString& caption, const QString& folder,
                     const QString& filter);
// `selectedFilter` gives the filter shown first and returns the one chosen. A name typed
// without a suffix gets the chosen filter's ("*.html"), and an existing file of that name is
// asked about before it is chosen.
QString saveFileName(QWidget* parent, const QString& caption, const QString& path,
                     const QString& filters, QString* selectedFilter = nullptr);

// Makes `dialog` Qt's own, listing files by name only (what the two above show).
void listFilesByName(QFileDialog& dialog);

} // namespace heraut::app
