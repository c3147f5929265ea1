// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <cstdint>

class QLabel;
class QPushButton;
class QTableView;

namespace heraut::app {

class ArticleListModel;
class FeedTreeModel;
class StoryMode;

// What an empty article list means, said in the list itself: a feed that never loaded shows
// why, with Retry; a search that found nothing says where it looked, with a switch to every
// article. Hidden whenever the list has rows.
class ListNotice : public QWidget {
    Q_OBJECT

  public:
    ListNotice(QTableView& view, ArticleListModel& list, const FeedTreeModel& tree);

    // In story mode the empty list speaks of stories.
    void setStoryMode(const StoryMode* mode) { m_storyMode = mode; }
    QString text() const;
    QPushButton* button() const { return m_button; }
    // Reads the list's state again; called by the list's own signals, and after a feed reload.
    void refresh();

  signals:
    void retryRequested(std::int64_t feedId);
    void everythingRequested();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void showNotice(const QString& text, const QString& action);

    QTableView& m_view;
    ArticleListModel& m_list;
    const FeedTreeModel& m_tree;
    const StoryMode* m_storyMode = nullptr;
    QLabel* m_label;
    QPushButton* m_button;
    std::int64_t m_feedId = 0; // the feed Retry refreshes; 0 when the button searches all
};

} // namespace heraut::app
