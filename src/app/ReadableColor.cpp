// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadableColor.h"

#include <QPalette>
#include <QWidget>
#include <cmath>

namespace heraut::app {
namespace {

double linear(double channel) {
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c) {
    QColor rgb = c.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
           0.0722 * linear(rgb.blueF());
}

} // namespace

double contrastRatio(const QColor& a, const QColor& b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor blend(const QColor& a, const QColor& b, double share) {
    QColor x = a.toRgb();
    QColor y = b.toRgb();
    auto mix = [share](double p, double q) { return p * share + q * (1 - share); };
    return QColor::fromRgbF(static_cast<float>(mix(x.redF(), y.redF())),
                            static_cast<float>(mix(x.greenF(), y.greenF())),
                            static_cast<float>(mix(x.blueF(), y.blueF())));
}

QColor readableOn(const QColor& wanted, const QColor& background, double minimum) {
    // Towards white or black, whichever the background is further from, keeping the hue as
    // long as it can: ten steps reach the end colour itself, which always has enough contrast
    // against a background it is the further one from (at least 4.58).
    const QColor end = luminance(background) < 0.179 ? QColor(Qt::white) : QColor(Qt::black);
    QColor colour = wanted.toRgb();
    for (int step = 1; step <= 10 && contrastRatio(colour, background) < minimum; ++step)
        colour = blend(end, wanted, step / 10.0);
    return colour;
}

void useSecondaryText(QWidget& label) {
    QPalette palette = label.palette();
    QColor window = palette.color(QPalette::Window);
    QColor quiet = blend(palette.color(QPalette::WindowText), window, 0.65);
    palette.setColor(QPalette::WindowText, readableOn(quiet, window));
    label.setPalette(palette);
}

} // namespace heraut::app
