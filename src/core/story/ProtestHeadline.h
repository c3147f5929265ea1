// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace heraut::story {

// Whether a headline reports a protest: protesters, a demonstration, a blockade of a gate or a
// base, a strike ("Actievoerders blokkeren ingang van defensiebeurs", "38 betogers opgepakt aan
// wapenbeurs", "Boerenblokkade bij vliegbasis opgeheven", "Staking legt productie stil bij John
// Cockerill", "Belgian police detain 38 protesters at Brussels arms fair"). A protest is an event
// of its own beside the fair, the base or the plan it is against, though its reports name that
// with most of their words (tests/data/stories/README.md's rule for what one event is). Dutch
// and English, in any case. Not a missile "strike", a "demonstratie" of a system, a state that
// blocks aid or protests to another, a navy's blockade.
bool reportsProtest(std::string_view headline);

} // namespace heraut::story
