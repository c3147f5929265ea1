// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QCheckBox;

namespace heraut::app {

class ElidedLabel;

// The bar above the article list: the name of what the list shows (the feed, folder or
// watch-list chosen in the tree) and the story switch (issue 13: "a switch in the list header
// turns story mode on and off"), where the eye is when the list reads as too many rows.
class ListHeader : public QWidget {
    Q_OBJECT

  public:
    explicit ListHeader(QWidget* parent = nullptr);

    // The switch follows StoryMode's action and sets it: the menu's item and this box stay
    // one state.
    void setStorySwitch(QAction* storySwitch);
    void setTitle(const QString& title);
    QString title() const;
    QCheckBox* storyButton() const { return m_storyButton; }

  private:
    ElidedLabel* m_title;
    QCheckBox* m_storyButton;
};

} // namespace heraut::app
