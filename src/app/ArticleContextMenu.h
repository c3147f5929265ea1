// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>
#include <memory>
#include <optional>

class QMenu;
class QTableView;

namespace heraut::app {

class ArticleListModel;

// The article list's context menu: open in the browser, copy the link, mark read or unread,
// star or unstar, mark older as read, fetch the full article. Read and star marks go through
// the list's model (and so through PendingChanges when the store is busy); what needs the
// window (the browser, a bulk mark with its undo, a page fetch) is asked for by a signal.
class ArticleContextMenu : public QObject {
    Q_OBJECT

  public:
    ArticleContextMenu(QTableView& list, ArticleListModel& model, QObject* parent = nullptr);

    // The menu for one row of the list, its actions named by objectName ("open", "copyLink",
    // "toggleRead", "toggleStar", "markOlderRead", "muteLike", "fetchFull") so tests can find them.
    std::unique_ptr<QMenu> menuFor(int row);

  signals:
    void openRequested(const QUrl& url);
    void readOrStarChanged(qint64 articleId);
    // Articles of the list's scope dated before `sortDate` (seconds UTC) are to be read.
    void markOlderReadRequested(qint64 sortDate);
    void fullArticleRequested(qint64 articleId);
    // A mute rule like this article is to be made (MuteRuleDialog::muteLike); the action
    // ("muteLike") is offered only where this signal is connected.
    void muteRequested(qint64 articleId);
    // A right-click on another row made it the current one, so it shows; opening a menu is not
    // reading, so the window should not mark it read after its delay.
    void selectedForMenu(qint64 articleId);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void showMenuAt(const QPoint& position);

    QTableView& m_list;
    ArticleListModel& m_model;
    std::optional<int> m_rowBeforeRightPress; // from the right button's press to its menu
};

} // namespace heraut::app
