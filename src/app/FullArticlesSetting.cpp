// SPDX-License-Identifier: GPL-3.0-or-later
#include "FullArticlesSetting.h"

#include "StoreErrors.h"

#include <QActionGroup>
#include <QComboBox>
#include <QMenu>

namespace heraut::app {
namespace {

constexpr FullArticlesMode kModes[] = {FullArticlesMode::Auto, FullArticlesMode::Always,
                                       FullArticlesMode::Never};

} // namespace

QString FullArticlesSetting::modeText(FullArticlesMode mode) {
    switch (mode) {
    case FullArticlesMode::Always:
        return tr("Always fetch the web page");
    case FullArticlesMode::Never:
        return tr("Never: the feed's text only");
    case FullArticlesMode::Auto:
        break;
    }
    return tr("Automatic: when the feed sends excerpts");
}

QMenu* FullArticlesSetting::addMenu(QMenu& menu, Database& db, std::int64_t feedId,
                                    StoreErrors& errors) {
    FullArticlesMode current = FullArticlesMode::Auto;
    errors.attempt(tr("Heraut could not read the feed's full-article setting."),
                   [&] { current = FullArticleStore(db).mode(feedId); });
    QMenu* sub = menu.addMenu(tr("Full articles"));
    sub->setObjectName(QStringLiteral("fullArticlesMenu"));
    auto* group = new QActionGroup(sub);
    for (FullArticlesMode mode : kModes) {
        QAction* action = sub->addAction(modeText(mode));
        action->setObjectName(QString::fromLatin1(fullArticlesModeName(mode)));
        action->setCheckable(true);
        action->setChecked(mode == current);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, sub, [&db, &errors, feedId, mode] {
            errors.attempt(tr("Heraut could not save the feed's full-article setting."),
                           [&] { FullArticleStore(db).setMode(feedId, mode); });
        });
    }
    return sub;
}

QComboBox* FullArticlesSetting::box(FullArticlesMode current) {
    auto* box = new QComboBox;
    for (FullArticlesMode mode : kModes)
        box->addItem(modeText(mode), static_cast<int>(mode));
    box->setCurrentIndex(box->findData(static_cast<int>(current)));
    return box;
}

FullArticlesMode FullArticlesSetting::chosen(const QComboBox& box) {
    return static_cast<FullArticlesMode>(box.currentData().toInt());
}

} // namespace heraut::app
