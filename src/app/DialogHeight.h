// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace heraut::app {

// Grows the shown `dialog` down, up to its screen's free height, until the word-wrapped texts of
// its layout fit its width. Call after showing a text in it (a refusal under the fields): Qt
// grows a shown window to its minimum size only, which counts one line for a wrapped label, so
// the texts above were squeezed.
void growToFitWrappedText(QWidget& dialog);

} // namespace heraut::app
