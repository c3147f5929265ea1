// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/StoryFeatures.h"

#include <string_view>

namespace heraut::story {

// The language an article is written in, Dutch or English, from the function words ("de",
// "het", "van" against "the", "and", "to") of its headline and the first 800 bytes of its text.
// Unknown when neither has more (names and numbers only, or a headline without such words and
// no text), and when French or German function words ("les", "des", "und") are as many as the
// larger count: Heraut's outlets write in Dutch and English, and a Belgian report in French is
// told as neither rather than as Dutch for its "de" and "en".
StoryLanguage guessLanguage(std::string_view headline, std::string_view text);

} // namespace heraut::story
