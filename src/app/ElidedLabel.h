// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace heraut::app {

// A one-line plain-text label that gives way in a narrow window: it asks for its whole text but
// needs only a few characters, drawing the rest as "…" and showing the whole text as its tip.
// A QLabel's minimum width is its whole text, so a long status line ("Refreshing: 3 of 200
// (a long feed name)") made the window wider than a small screen (1024x700 at scale 1.5).
// text() stays the whole text.
class ElidedLabel : public QLabel {
    Q_OBJECT

  public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;
    bool elided() const; // whether the text is cut at the label's present width

  protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
};

} // namespace heraut::app
