// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QWidget;

namespace heraut::app {

// The contrast ratio of two colours, 1 (none) to 21 (black on white), as WCAG 2.2 defines it
// (success criterion 1.4.3, "relative luminance" in sRGB).
double contrastRatio(const QColor& a, const QColor& b);

// `wanted`, made lighter on a dark background or darker on a light one until it reaches
// `minimum` contrast against it (WCAG's 4.5 for body text): a palette's own colours are used
// as they are where they are readable. Dark themes that leave QPalette::Link at its default
// blue put dark blue on dark grey.
QColor readableOn(const QColor& wanted, const QColor& background, double minimum = 4.5);

// `share` (0 to 1) of `a` over `b`: a border that stays visible on any background.
QColor blend(const QColor& a, const QColor& b, double share);

// Gives `label` a quieter text colour than the window's that is still readable (4.5:1) on
// the window's background: QPalette::Dark, used before, gave 2.3:1 in Fusion's light look.
void useSecondaryText(QWidget& label);

} // namespace heraut::app
