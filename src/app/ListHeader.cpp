// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListHeader.h"

#include "ElidedLabel.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>

namespace heraut::app {

ListHeader::ListHeader(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("listHeader"));
    m_title = new ElidedLabel;
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    // A check box, not a tool button: its tick says "on" in every style and theme, where a
    // raised frame read as "hovered" (a new user's trial).
    m_storyButton = new QCheckBox;
    m_storyButton->setObjectName(QStringLiteral("storyButton"));
    // Out of the Tab order, as a toolbar's buttons are: Space and Return in the reading area
    // are the reader's (next unread, open), and the keyboard has "v" and the Articles menu.
    m_storyButton->setFocusPolicy(Qt::NoFocus);
    auto* row = new QHBoxLayout(this);
    // The list's own left edge: the title lines up with the headlines below it.
    int gap = fontMetrics().averageCharWidth();
    row->setContentsMargins(gap, 2, gap, 2);
    row->addWidget(m_title, 1);
    row->addWidget(m_storyButton);
}

void ListHeader::setStorySwitch(QAction* storySwitch) {
    m_storyButton->setText(storySwitch->text());
    m_storyButton->setToolTip(storySwitch->toolTip());
    m_storyButton->setChecked(storySwitch->isChecked());
    // Each sets the other; setting what is set already emits nothing, so no loop.
    connect(m_storyButton, &QCheckBox::toggled, storySwitch, &QAction::setChecked);
    connect(storySwitch, &QAction::toggled, m_storyButton, &QCheckBox::setChecked);
}

void ListHeader::setTitle(const QString& title) {
    m_title->setText(title);
}

QString ListHeader::title() const {
    return m_title->text();
}

} // namespace heraut::app
