// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoticeLayout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace heraut::app {

void useHeadlineFont(QLabel& headline) {
    QFont bold = headline.font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    headline.setFont(bold);
}

QHBoxLayout* iconBesideTexts(const QWidget& dialog, QStyle::StandardPixmap icon,
                             QVBoxLayout* texts) {
    auto* label = new QLabel;
    label->setPixmap(dialog.style()->standardIcon(icon).pixmap(48, 48));
    label->setAlignment(Qt::AlignTop);
    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addLayout(texts, 1);
    return row;
}

} // namespace heraut::app
