// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Article.h"

#include <string>
#include <string_view>

namespace heraut {

// Parses the dates feeds really send: RFC 822/2822 with its wild variants (named, numeric and
// military zones, two-digit years, missing seconds or weekday, wrong weekday), RFC 3339 and
// ISO 8601 (basic and extended), and English, Dutch, German and French month and day names.
// Returns UTC seconds, or nothing when the text is not a date we can read with confidence.
Timestamp parseFeedDate(std::string_view text);

// "YYYY-MM-DDTHH:MM:SSZ"
std::string formatIso8601(std::int64_t secondsUtc);

// Days since 1970-01-01 of a proleptic Gregorian date.
std::int64_t daysFromCivil(int year, unsigned month, unsigned day);

} // namespace heraut
