// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleContextMenu.h"

#include "ArticleListModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMetaMethod>
#include <QMouseEvent>
#include <QTableView>

namespace heraut::app {

ArticleContextMenu::ArticleContextMenu(QTableView& list, ArticleListModel& model, QObject* parent)
    : QObject(parent), m_list(list), m_model(model) {
    m_list.setContextMenuPolicy(Qt::CustomContextMenu);
    connect(&m_list, &QWidget::customContextMenuRequested, this, &ArticleContextMenu::showMenuAt);
    m_list.viewport()->installEventFilter(this);
}

// The right button's press makes its row the current one before the menu is asked for (the
// view selects on any button): the row current before that press is the one the menu compares.
bool ArticleContextMenu::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_list.viewport() && event->type() == QEvent::MouseButtonPress &&
        static_cast<QMouseEvent*>(event)->button() == Qt::RightButton)
        m_rowBeforeRightPress = m_list.currentIndex().row();
    return QObject::eventFilter(watched, event);
}

void ArticleContextMenu::showMenuAt(const QPoint& position) {
    QModelIndex index = m_list.indexAt(position);
    int before = m_rowBeforeRightPress.value_or(m_list.currentIndex().row());
    m_rowBeforeRightPress.reset();
    if (!index.isValid()) return;
    // The row clicked becomes the current one, as in every other list: the menu acts on it.
    bool moved = before != index.row();
    m_list.setCurrentIndex(index);
    if (moved) emit selectedForMenu(m_model.headline(index.row()).id);
    std::unique_ptr<QMenu> menu = menuFor(index.row());
    menu->exec(m_list.viewport()->mapToGlobal(position));
}

std::unique_ptr<QMenu> ArticleContextMenu::menuFor(int row) {
    auto menu = std::make_unique<QMenu>(&m_list);
    const ArticleHeadline& headline = m_model.headline(row);
    std::int64_t id = headline.id;
    auto named = [](QAction* action, const char* name) {
        action->setObjectName(QLatin1String(name));
        return action;
    };
    // Rows move when the list reloads: actions find their article by id, not by row.
    auto rowNow = [this, id] { return m_model.rowOfArticle(id); };
    QUrl link = headline.link ? QUrl(QString::fromStdString(*headline.link)) : QUrl();

    QAction* open = named(menu->addAction(tr("Open in browser")), "open");
    QAction* copy = named(menu->addAction(tr("Copy link")), "copyLink");
    open->setEnabled(link.isValid());
    copy->setEnabled(link.isValid());
    connect(open, &QAction::triggered, this, [this, id, link, rowNow] {
        emit openRequested(link);
        if (int r = rowNow(); r >= 0) m_model.setRead(r, true);
        emit readOrStarChanged(id);
    });
    connect(copy, &QAction::triggered, this,
            [link] { QApplication::clipboard()->setText(link.toString(QUrl::FullyEncoded)); });
    menu->addSeparator();

    bool read = headline.read;
    QAction* toggleRead =
        named(menu->addAction(read ? tr("Mark as unread") : tr("Mark as read")), "toggleRead");
    connect(toggleRead, &QAction::triggered, this, [this, id, read, rowNow] {
        if (int r = rowNow(); r >= 0) m_model.setRead(r, !read);
        emit readOrStarChanged(id);
    });
    bool starred = headline.starred;
    QAction* toggleStar =
        named(menu->addAction(starred ? tr("Remove star") : tr("Star")), "toggleStar");
    connect(toggleStar, &QAction::triggered, this, [this, id, starred, rowNow] {
        if (int r = rowNow(); r >= 0) m_model.setStarred(r, !starred);
        emit readOrStarChanged(id);
    });
    QAction* older = named(menu->addAction(tr("Mark older as read")), "markOlderRead");
    connect(older, &QAction::triggered, this,
            [this, date = headline.sortDate] { emit markOlderReadRequested(date); });
    if (isSignalConnected(QMetaMethod::fromSignal(&ArticleContextMenu::muteRequested))) {
        QAction* mute = named(menu->addAction(tr("Mute articles like this…")), "muteLike");
        connect(mute, &QAction::triggered, this, [this, id] { emit muteRequested(id); });
    }
    if (isSignalConnected(QMetaMethod::fromSignal(&ArticleContextMenu::fullArticleRequested))) {
        menu->addSeparator();
        QAction* full = named(menu->addAction(tr("Fetch full article")), "fetchFull");
        connect(full, &QAction::triggered, this, [this, id] { emit fullArticleRequested(id); });
    }
    return menu;
}

} // namespace heraut::app
