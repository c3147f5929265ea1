// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedTreeDelegate.h"

#include "FeedTreeModel.h"

#include <QApplication>
#include <QPainter>

namespace heraut::app {

void FeedTreeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const {
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    int unread = index.data(FeedTreeModel::UnreadRole).toInt();
    if (unread <= 0) return QStyledItemDelegate::paint(painter, option, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    QString count = opt.locale.toString(unread);
    QFontMetrics metrics(opt.font);
    QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    int countWidth = metrics.horizontalAdvance(count) + metrics.averageCharWidth();
    opt.text = metrics.elidedText(opt.text, Qt::ElideRight, textRect.width() - countWidth);
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                         : QPalette::Text));
    painter->drawText(textRect.adjusted(0, 0, -metrics.averageCharWidth() / 2, 0),
                      Qt::AlignRight | Qt::AlignVCenter, count);
    painter->restore();
}

} // namespace heraut::app
