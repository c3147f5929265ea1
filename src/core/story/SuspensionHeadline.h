// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace heraut::story {

// Whether a headline reports a suspension or a like measure: a fleet grounded, a ship kept in
// port, training or flights halted, inspections ordered, rules tightened ("Alle Apaches aan de
// grond na crash in Texas", "Landmacht schort rijoefeningen met CV90 op", "Marine houdt
// zusterschip Rotterdam in de haven", "Extra inspecties na storing op Zr.Ms. Johan de Witt",
// "Stop op militaire treinen", "Landmacht scherpt regels voor oefenen bij hitte aan",
// "Netherlands grounds NH90 fleet after fatal crash"). Such a report is a decision of its own,
// not the incident that caused it, though it names the incident with nearly all of its words
// (tests/data/stories/README.md's rule for follow-ups). Dutch and English, in any case (the
// words looked for have no diacritics). "Stop met vrijblijvendheid", "training grounds" or a
// ship that ran aground ("aan de grond gelopen", "grounded off Texel") is not one.
bool reportsSuspension(std::string_view headline);

} // namespace heraut::story
