// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Article.h"

#include <string>
#include <string_view>

namespace heraut {

// Parses the dates feeds really send: RFC 822/2822 with its wild variants (named, numeric,
// military and seasonless US zones "ET".."PT", Etc/GMT, two-digit years, missing seconds or
// weekday, wrong weekday, year first "2006/09/15"), RFC 3339 and ISO 8601 / W3C-DTF (basic and
// extended, reduced precision "2003-12", ordinal "2003-335", two-digit years "03-12-31"), and
// English, Dutch, German, French, Greek, Hungarian and Korean month and day names (Python
// feedparser's forms). Zoneless dates are UTC, Korean ones Korean time (+09:00) as feedparser
// reads them. Returns UTC seconds, or nothing when the text is not a date we can read with
// confidence: the caller reports that, never a guessed date.
Timestamp parseFeedDate(std::string_view text);

// A date a person typed (a search's since:, heraut-cli's --since): read as parseFeedDate reads
// it, but a date or time without a zone is the local time, as the reader shows times
// ("2026-11-30 18:00" in Amsterdam is 17:00 UTC). An offset, Z or a zone's name is kept.
Timestamp parseUserDate(std::string_view text);

// "YYYY-MM-DDTHH:MM:SSZ"
std::string formatIso8601(std::int64_t secondsUtc);

// Days since 1970-01-01 of a proleptic Gregorian date.
std::int64_t daysFromCivil(int year, unsigned month, unsigned day);

} // namespace heraut
