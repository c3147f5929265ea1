// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace heraut::story {

// Whether a headline reports a repeat: another incident like one shortly before it ("Weer inbraak
// bij Defensie, nu in Vredepeel", "Legerhelikopter boven Breda met laser beschenen, tweede keer
// deze week", "Another drone sighting over Kleine-Brogel"). Such a report names the earlier
// incident with most of its words and is an event of its own (tests/data/stories/README.md's
// rule for what one event is). Read from a headline that opens with "Weer", "Opnieuw",
// "Alweer", "Nogmaals", "Again" or "Another"; says "nu boven/in/bij/op/voor/ook ..." (the
// other place); or counts the times ("tweede keer", "derde inbraak in twee dagen", "second time",
// "third incident in a week"). Dutch and English, in any case. "Weer" inside a headline ("N31
// weer open", "Snellius weer vlot") and the "Tweede Kamer" are no marks.
bool reportsRepeat(std::string_view headline);

} // namespace heraut::story
