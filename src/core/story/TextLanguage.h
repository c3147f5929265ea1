// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/StoryFeatures.h"

#include <string_view>

namespace heraut::story {

// The language an article is written in, Dutch or English, from its function words ("de",
// "het", "van" against "the", "of", "and") in its headline and the opening of its text;
// Unknown when neither has more (a headline alone, a list of names). Heraut's outlets write in
// these two; a report in another language counts as Unknown.
StoryLanguage guessLanguage(std::string_view headline, std::string_view text);

} // namespace heraut::story
