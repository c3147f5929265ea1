// SPDX-License-Identifier: GPL-3.0-or-later
#include "RichTextDialog.h"

#include <QDialogButtonBox>
#include <QScreen>
#include <QScrollBar>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace heraut::app {
namespace {

constexpr int kWidthChars = 70; // the table's two columns, descriptions unwrapped

} // namespace

RichTextDialog::RichTextDialog(QWidget* parent) : QDialog(parent), m_view(new QTextBrowser) {
    m_view->setOpenLinks(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->viewport()->setAutoFillBackground(false); // the dialog's colour, as a message's
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
}

void RichTextDialog::setText(const QString& html) {
    m_html = html;
    m_view->setHtml(html);
}

// The text's own height at a readable width, bounded by the screen's free area: what does not
// fit scrolls.
void RichTextDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    QRect area = screen() ? screen()->availableGeometry() : QRect(0, 0, 640, 460);
    int width = std::min(fontMetrics().averageCharWidth() * kWidthChars, area.width() - 40);
    m_view->document()->setTextWidth(width);
    int chrome = height() - m_view->height();
    int scrollbar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    QSize wanted(width + scrollbar + 2 * m_view->frameWidth() + (this->width() - m_view->width()),
                 static_cast<int>(m_view->document()->size().height()) + chrome + 4);
    QSize room = area.size() - QSize(40, 60); // a title bar and a margin on every side
    resize(wanted.boundedTo(room).expandedTo(minimumSizeHint()));
    move(area.center() - rect().center());
}

} // namespace heraut::app
