// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatchListActions.h"

#include "StoreErrors.h"
#include "WatchListDialog.h"
#include "WatchListNames.h"

#include <QMenu>
#include <QMessageBox>
#include <QWidget>

namespace heraut::app {

WatchListActions::WatchListActions(QWidget& window, Database& db, StoreErrors& errors,
                                   const ArticleListModel& list, QObject* parent)
    : QObject(parent), m_window(window), m_db(db), m_errors(errors), m_list(list) {}

void WatchListActions::addMenuItems(QMenu& menu, const ArticleScope& scope) {
    menu.addSeparator();
    menu.addAction(tr("New watch-list…"), this, [this] { newList(); })
        ->setObjectName(QStringLiteral("newWatchList"));
    if (scope.kind != ArticleScope::Kind::WatchList) return;
    std::optional<WatchList> list = listOf(scope.feedId);
    if (!list) return;
    menu.addAction(tr("Edit watch-list…"), this, [this, id = list->id] { editList(id); })
        ->setObjectName(QStringLiteral("editWatchList"));
    QAction* notify = menu.addAction(tr("Notify of new articles"));
    notify->setObjectName(QStringLiteral("notifyWatchList"));
    notify->setCheckable(true);
    notify->setChecked(list->notify);
    connect(notify, &QAction::toggled, this, [this, id = list->id](bool on) { setNotify(id, on); });
    menu.addAction(tr("Remove watch-list…"), this, [this, id = list->id] { removeList(id); })
        ->setObjectName(QStringLiteral("removeWatchList"));
}

bool WatchListActions::newList() {
    WatchList initial;
    if (m_search) initial.query = m_search().trimmed().toStdString();
    WatchListDialog dialog(
        initial, {}, [this](const WatchList& l) { return WatchListDialog::saveList(m_db, l); },
        &m_window);
    if (dialog.exec() != QDialog::Accepted) return false;
    emit listsChanged();
    if (std::optional<WatchList> made = WatchListStore(m_db).find(dialog.list().name))
        emit scopeRequested(scopeOf(*made));
    return true;
}

bool WatchListActions::editList(std::int64_t id) {
    std::optional<WatchList> list = listOf(id);
    if (!list) return false;
    WatchListDialog dialog(
        *list, WatchListNames::shown(*list),
        [this](const WatchList& l) { return WatchListDialog::saveList(m_db, l); }, &m_window);
    if (dialog.exec() != QDialog::Accepted) return false;
    // Shown, it shows its new search (the scope shown carries the old one); asked before the
    // tree is read again, which then finds the scope shown and keeps the folders as they were.
    if (std::optional<WatchList> changed = listOf(id); changed && isShown(id))
        emit scopeRequested(scopeOf(*changed));
    emit listsChanged();
    return true;
}

bool WatchListActions::removeList(std::int64_t id) {
    std::optional<WatchList> list = listOf(id);
    if (!list) return false;
    QMessageBox::StandardButton answer =
        QMessageBox::question(&m_window, tr("Remove watch-list"),
                              tr("Remove the watch-list \"%1\"? Its articles stay in their feeds.")
                                  .arg(WatchListNames::shown(*list)));
    if (answer != QMessageBox::Yes) return false;
    if (!m_errors.attempt(tr("Heraut could not remove the watch-list."),
                          [&] { WatchListStore(m_db).remove(list->name); }))
        return false;
    if (isShown(id)) emit scopeRequested({}); // before the tree is read again, as in editList
    emit listsChanged();
    return true;
}

void WatchListActions::setNotify(std::int64_t id, bool notify) {
    if (m_errors.attempt(tr("Heraut could not save the watch-list's notification setting."),
                         [&] { WatchListStore(m_db).setNotify(id, notify); }))
        emit listsChanged();
}

std::optional<WatchList> WatchListActions::listOf(std::int64_t id) {
    std::optional<WatchList> list;
    m_errors.attempt(StoreErrors::readFailure(), [&] { list = WatchListStore(m_db).list(id); });
    return list;
}

bool WatchListActions::isShown(std::int64_t id) const {
    return m_list.scope().kind == ArticleScope::Kind::WatchList && m_list.scope().feedId == id;
}

ArticleScope WatchListActions::scopeOf(const WatchList& list) {
    ArticleScope scope;
    scope.kind = ArticleScope::Kind::WatchList;
    scope.feedId = list.id;
    scope.query = QString::fromStdString(list.query);
    return scope;
}

} // namespace heraut::app
