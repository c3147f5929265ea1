// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <cstdint>
#include <vector>

class QAction;
class QTableView;

namespace heraut::app {

class ArticleListModel;

// "Mark read when scrolled past" (issue 13 §3): while on, the unread rows that the reader
// scrolls above the top of the article list are marked read, and announced so the window can
// offer the undo of mark-all-read. Only scrolling down passes rows: a list read again (a
// refresh putting new rows above) or scrolled up marks nothing. Off by default; the switch is
// an action for the Articles menu, kept in step with the setting by the window.
class ScrolledPastReader : public QObject {
    Q_OBJECT

  public:
    ScrolledPastReader(QTableView& list, ArticleListModel& model, QObject* parent = nullptr);

    QAction* action() const { return m_action; } // checkable; toggles on()
    bool on() const;
    void setOn(bool on);

  signals:
    // Articles just marked read by scrolling; none are announced twice.
    void markedRead(const std::vector<std::int64_t>& ids);
    void toggled(bool on); // the action was switched

  private:
    void scrolled();
    void noteTop();

    QTableView& m_list;
    ArticleListModel& m_model;
    QAction* m_action;
    std::int64_t m_topId = 0; // the article at the top of the list when last looked
};

} // namespace heraut::app
