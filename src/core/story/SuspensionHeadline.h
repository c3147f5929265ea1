// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace heraut::story {

// Whether a headline reports a suspension: a fleet grounded, training or flights halted ("Alle
// Apaches aan de grond na crash in Texas", "Landmacht schort rijoefeningen met CV90 op",
// "Netherlands grounds NH90 fleet after fatal crash"). Such a report is a decision of its own,
// not the incident that caused it, though it names the incident with nearly all of its words
// (tests/data/stories/README.md's rule for follow-ups). Dutch and English; case and Latin
// diacritics do not matter. "Stop met vrijblijvendheid" or "training grounds" is not one.
bool reportsSuspension(std::string_view headline);

} // namespace heraut::story
