// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/FullArticleStore.h"

#include <QCoreApplication>
#include <QString>

class QComboBox;
class QMenu;

namespace heraut::app {

class StoreErrors;

// A feed's "full articles" setting (auto, always, never; FullArticleStore.h) as the reader
// sees it: words for each mode, a submenu for the feed's context menu, a box for dialogs.
class FullArticlesSetting {
    Q_DECLARE_TR_FUNCTIONS(FullArticlesSetting)

  public:
    static QString modeText(FullArticlesMode mode);
    // Adds "Full articles" with the three modes to `menu`, the feed's mode checked; choosing
    // one stores it. Store failures go to `errors`.
    static QMenu* addMenu(QMenu& menu, Database& db, std::int64_t feedId, StoreErrors& errors);
    // A box offering the three modes, `current` selected.
    static QComboBox* box(FullArticlesMode current = FullArticlesMode::Auto);
    static FullArticlesMode chosen(const QComboBox& box);
};

} // namespace heraut::app
