// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;
class QTranslator;

namespace heraut::app {

// Loads the Dutch or English interface: the reader's choice, else the system language.
// Returns the language used ("nl" or "en").
QString installTranslations(QCoreApplication& app, const QString& choice);

} // namespace heraut::app
