// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoryList.h"

#include <QObject>
#include <QSettings>

class QAction;
class QMenu;

namespace heraut::app {

class ArticleListModel;
class ArticleView;
class FeedTreeModel;

// The switch between the article list and the story list (StoryList.h), its setting "reading
// a story marks all its articles read", and the article pane of a story: each source's
// headline, link, date and key takeaways, side by side as the pane's width allows. Both choices are
// kept in the settings (stories/mode, stories/markWholeStoryRead).
class StoryMode : public QObject {
    Q_OBJECT

  public:
    StoryMode(Database& db, QSettings& settings, ArticleListModel* list, FeedTreeModel* tree,
              QObject* parent = nullptr);

    // The switch and the setting, in the Articles menu; the switch is the list header's too
    // (ListHeader).
    void addActions(QMenu* menu);
    bool on() const;
    void setOn(bool on);
    QAction* switchAction() const { return m_switch; }

    // Shows the row's story in the pane when the row is a story of several articles.
    bool showStory(const ArticleHeadline& row, ArticleView* view);
    // `columns` sources side by side (a table), or one after another for 1.
    static QString storyHtml(const StorySummary& story, const std::vector<StoredArticle>& items,
                             int columns = 1);
    // How many of `sources` sit side by side in a pane `paneWidth` pixels wide: up to three.
    static int storyColumns(int paneWidth, size_t sources);

  private:
    Database& m_db;
    QSettings& m_settings;
    ArticleListModel* m_list;
    FeedTreeModel* m_tree;
    StoryList m_stories;
    QAction* m_switch = nullptr;
    QAction* m_wholeStory = nullptr;
};

} // namespace heraut::app
