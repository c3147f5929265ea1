// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListHeader.h"

#include "ElidedLabel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QToolButton>

namespace heraut::app {

ListHeader::ListHeader(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("listHeader"));
    m_title = new ElidedLabel;
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_storyButton = new QToolButton;
    m_storyButton->setObjectName(QStringLiteral("storyButton"));
    m_storyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_storyButton->setAutoRaise(true);
    // Out of the Tab order, as a toolbar's buttons are: Space and Return in the reading area
    // are the reader's (next unread, open), and the keyboard has "v" and the Articles menu.
    m_storyButton->setFocusPolicy(Qt::NoFocus);
    // On in the selection's colours: a raised frame alone read as "hovered", not as "on"
    // (a new user's trial). The palette's roles keep it right in a dark theme.
    m_storyButton->setStyleSheet(QStringLiteral(
        "QToolButton { padding: 2px 8px; border-radius: 3px; }"
        "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); }"
        "QToolButton:hover:!checked { background: palette(midlight); }"));
    auto* row = new QHBoxLayout(this);
    // The list's own left edge: the title lines up with the headlines below it.
    row->setContentsMargins(fontMetrics().averageCharWidth(), 2, 2, 2);
    row->addWidget(m_title, 1);
    row->addWidget(m_storyButton);
}

void ListHeader::setStorySwitch(QAction* storySwitch) {
    m_storyButton->setDefaultAction(storySwitch);
}

void ListHeader::setTitle(const QString& title) {
    m_title->setText(title);
}

QString ListHeader::title() const {
    return m_title->text();
}

} // namespace heraut::app
