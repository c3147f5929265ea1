// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace heraut::story {

// Whether the outlet marks an article as commentary: a column, opinion piece, newsletter,
// weekly round-up or analysis. Such a piece names several events of its week and reports none
// of them, so it is a story of its own (tests/data/stories/README.md). Read from what outlets
// write: a headline's label ("Column:", "Opinie:", "Brussels Playbook:", "Analysis:"), a
// round-up's headline ("De week van ...", "... week in review"), a first takeaway that starts
// with such a word, or a segment of the link's path ("/opinie/", "/newsletter/",
// "/column-kamer-wil-..."). A "column of tanks" is no label. Dutch and English, any case.
bool isCommentary(std::string_view headline, const std::vector<std::string>& keyTakeaways,
                  const std::optional<std::string>& link);

} // namespace heraut::story
