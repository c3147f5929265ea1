// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/DateParser.h"

#include "heraut/AsciiCase.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <string>

namespace heraut {
namespace {

struct NamedValue {
    std::string_view name;
    int value;
};

// English, Dutch, German and French month names and abbreviations (lower case, UTF-8).
constexpr std::array kMonths = std::to_array<NamedValue>({
    {"jan", 1},       {"january", 1},   {"januari", 1},   {"januar", 1},    {"jänner", 1},
    {"janv", 1},      {"janvier", 1},   {"feb", 2},       {"february", 2},  {"februari", 2},
    {"februar", 2},   {"febr", 2},      {"fév", 2},       {"févr", 2},      {"fev", 2},
    {"février", 2},   {"mar", 3},       {"march", 3},     {"mrt", 3},       {"maart", 3},
    {"mär", 3},       {"märz", 3},      {"mrz", 3},       {"mars", 3},      {"apr", 4},
    {"april", 4},     {"avr", 4},       {"avril", 4},     {"may", 5},       {"mei", 5},
    {"mai", 5},       {"jun", 6},       {"june", 6},      {"juni", 6},      {"juin", 6},
    {"jul", 7},       {"july", 7},      {"juli", 7},      {"juil", 7},      {"juillet", 7},
    {"aug", 8},       {"august", 8},    {"augustus", 8},  {"août", 8},      {"aout", 8},
    {"sep", 9},       {"sept", 9},      {"september", 9}, {"septembre", 9}, {"oct", 10},
    {"october", 10},  {"okt", 10},      {"oktober", 10},  {"octobre", 10},  {"nov", 11},
    {"november", 11}, {"novembre", 11}, {"dec", 12},      {"december", 12}, {"dez", 12},
    {"dezember", 12}, {"déc", 12},      {"décembre", 12},
});

// Day names are read and ignored: feeds often get the weekday wrong.
constexpr std::array kWeekdays = std::to_array<std::string_view>({
    "mon",      "monday",     "tue",      "tues",      "tuesday", "wed",      "wednesday",
    "thu",      "thur",       "thurs",    "thursday",  "fri",     "friday",   "sat",
    "saturday", "sun",        "sunday",   "ma",        "maandag", "di",       "dinsdag",
    "wo",       "woensdag",   "do",       "donderdag", "vr",      "vrijdag",  "za",
    "zaterdag", "zo",         "zondag",   "mo",        "montag",  "dienstag", "mi",
    "mittwoch", "donnerstag", "fr",       "freitag",   "sa",      "samstag",  "so",
    "sonntag",  "lun",        "lundi",    "mardi",     "mer",     "mercredi", "jeu",
    "jeudi",    "ven",        "vendredi", "sam",       "samedi",  "dim",      "dimanche",
});

// Offsets in minutes east of UTC.
constexpr std::array kZones = std::to_array<NamedValue>({
    {"ut", 0},     {"utc", 0},    {"gmt", 0},    {"z", 0},      {"est", -300}, {"edt", -240},
    {"cst", -360}, {"cdt", -300}, {"mst", -420}, {"mdt", -360}, {"pst", -480}, {"pdt", -420},
    {"cet", 60},   {"cest", 120}, {"met", 60},   {"mest", 120}, {"mez", 60},   {"mesz", 120},
    {"bst", 60},   {"wet", 0},    {"west", 60},  {"eet", 120},  {"eest", 180}, {"ist", 330},
    {"jst", 540},  {"aest", 600}, {"aedt", 660}, {"nzst", 720}, {"nzdt", 780}, {"msk", 180},
});

// Words that sit between the parts of a date in human-written feeds.
constexpr std::array kFillers = std::to_array<std::string_view>({
    "om",
    "uur",
    "at",
    "um",
    "uhr",
    "le",
    "à",
    "the",
    "of",
    "de",
    "den",
    "der",
    "h",
});

template <typename Table> const NamedValue* findNamed(const Table& table, std::string_view word) {
    for (const auto& entry : table)
        if (entry.name == word) return &entry;
    return nullptr;
}

bool contains(const auto& table, std::string_view word) {
    for (const auto& entry : table)
        if (entry == word) return true;
    return false;
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isWordByte(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
}

// Military zones as the armed forces use them: A..I, K..M east, N..Y west, Z is UTC. RFC 822
// printed the signs backwards; nobody's clock follows that.
std::optional<int> militaryZone(std::string_view word) {
    if (word.size() != 1) return std::nullopt;
    char c = word[0];
    if (c == 'z') return 0;
    if (c >= 'a' && c <= 'i') return (c - 'a' + 1) * 60;
    if (c >= 'k' && c <= 'm') return (c - 'k' + 10) * 60;
    if (c >= 'n' && c <= 'y') return -(c - 'n' + 1) * 60;
    return std::nullopt;
}

unsigned daysInMonth(int year, unsigned month) {
    static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

struct DateParts {
    int year = -1;
    int month = -1;
    int day = -1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int zoneMinutes = 0;
};

Timestamp toTimestamp(const DateParts& p) {
    if (p.year < 1 || p.year > 9999 || p.month < 1 || p.month > 12 || p.day < 1) return {};
    if (static_cast<unsigned>(p.day) > daysInMonth(p.year, static_cast<unsigned>(p.month)))
        return {};
    if (p.hour < 0 || p.hour > 24 || p.minute < 0 || p.minute > 59 || p.second < 0 || p.second > 60)
        return {};
    if (p.hour == 24 && (p.minute != 0 || p.second != 0)) return {};
    int second = p.second == 60 ? 59 : p.second; // a leap second is not worth a failure
    std::int64_t days =
        daysFromCivil(p.year, static_cast<unsigned>(p.month), static_cast<unsigned>(p.day));
    std::int64_t seconds = days * 86400 + p.hour * 3600 + p.minute * 60 + second -
                           static_cast<std::int64_t>(p.zoneMinutes) * 60;
    // Years outside 1000..9999 are typing errors in feeds, and a zone must not push a date
    // out of that range either (the ISO form has four-digit years).
    static const std::int64_t kFirst = daysFromCivil(1000, 1, 1) * 86400;
    static const std::int64_t kLast = daysFromCivil(9999, 12, 31) * 86400 + 86399;
    if (seconds < kFirst || seconds > kLast) return {};
    return seconds;
}

class Cursor {
  public:
    explicit Cursor(std::string_view text) : m_text(text) {}
    bool done() const { return m_pos >= m_text.size(); }
    char peek(size_t ahead = 0) const {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : '\0';
    }
    void skip(size_t n = 1) { m_pos += n; }
    // Reads up to maxDigits digits; returns the count read.
    int number(int& out, int maxDigits = 9) {
        int count = 0;
        out = 0;
        while (count < maxDigits && isDigit(peek())) {
            out = out * 10 + (peek() - '0');
            ++m_pos;
            ++count;
        }
        return count;
    }
    bool accept(char c) {
        if (peek() != c) return false;
        ++m_pos;
        return true;
    }

  private:
    std::string_view m_text;
    size_t m_pos = 0;
};

// "+01:00", "-0500", "+01", "Z"
bool readNumericZone(Cursor& c, int& zoneMinutes) {
    if (c.accept('Z') || c.accept('z')) {
        zoneMinutes = 0;
        return true;
    }
    int sign = c.peek() == '-' ? -1 : (c.peek() == '+' ? 1 : 0);
    if (sign == 0) return false;
    c.skip();
    int hours = 0;
    int minutes = 0;
    int digits = c.number(hours, 4);
    if (digits == 4) {
        minutes = hours % 100;
        hours /= 100;
    } else if (digits == 2 || digits == 1) {
        if (c.accept(':') && c.number(minutes, 2) != 2) return false;
    } else {
        return false;
    }
    if (hours > 23 || minutes > 59) return false;
    zoneMinutes = sign * (hours * 60 + minutes);
    return true;
}

Timestamp parseIso8601(std::string_view text) {
    Cursor c(text);
    DateParts p;
    if (c.number(p.year, 4) != 4) return {};
    bool extended = c.accept('-');
    if (c.number(p.month, 2) != 2) return {};
    if (extended && !c.accept('-')) return {};
    if (c.number(p.day, 2) != 2) return {};
    if (c.done()) return toTimestamp(p);
    if (!(c.accept('T') || c.accept('t') || c.accept(' '))) return {};
    if (c.number(p.hour, 2) != 2) return {};
    bool colon = c.accept(':');
    if (c.number(p.minute, 2) != 2) return {};
    if (colon ? c.accept(':') : isDigit(c.peek())) {
        if (c.number(p.second, 2) != 2) return {};
    }
    if (c.accept('.') || c.accept(',')) {
        int fraction = 0;
        if (c.number(fraction, 9) == 0) return {};
        while (isDigit(c.peek()))
            c.skip();
    }
    while (c.peek() == ' ')
        c.skip();
    if (!c.done() && !readNumericZone(c, p.zoneMinutes)) return {};
    while (c.peek() == ' ')
        c.skip();
    if (!c.done()) return {};
    return toTimestamp(p);
}

bool looksLikeIso8601(std::string_view s) {
    if (s.size() < 8) return false;
    for (int i = 0; i < 4; ++i)
        if (!isDigit(s[i])) return false;
    return s[4] == '-' || (isDigit(s[4]) && isDigit(s[5]) && isDigit(s[6]) && isDigit(s[7]));
}

// "22-01-2026", "22/01/2026 14:05", "22.01.2026": European day-first numeric dates.
bool readNumericDate(Cursor& c, DateParts& p) {
    int day = 0;
    int month = 0;
    int year = 0;
    if (c.number(day, 2) == 0) return false;
    char sep = c.peek();
    if (sep != '-' && sep != '/' && sep != '.') return false;
    c.skip();
    if (c.number(month, 2) == 0 || !c.accept(sep)) return false;
    int yearDigits = c.number(year, 4);
    if (yearDigits != 4 && yearDigits != 2) return false;
    p.day = day;
    p.month = month;
    p.year = yearDigits == 2 ? (year < 50 ? 2000 + year : 1900 + year) : year;
    return true;
}

bool readTime(Cursor& c, int first, DateParts& p) {
    p.hour = first;
    if (c.number(p.minute, 2) != 2) return false;
    if (c.accept(':') && c.number(p.second, 2) != 2) return false;
    if (c.accept('.') || c.accept(',')) {
        int fraction = 0;
        c.number(fraction, 9);
        while (isDigit(c.peek()))
            c.skip();
    }
    return true;
}

std::string lowerWord(std::string_view word) {
    std::string lower = asciiLower(word);
    // Capital umlauts and accents in month names: "März", "Décembre"
    for (std::string_view from : {"Ä", "É", "Û"}) {
        auto at = lower.find(from);
        if (at != std::string::npos)
            lower.replace(at, 2, from == "Ä" ? "ä" : from == "É" ? "é" : "û");
    }
    return lower;
}

class HumanDateReader {
  public:
    explicit HumanDateReader(std::string_view text) : m_c(text) {}

    Timestamp read() {
        while (!m_c.done()) {
            char ch = m_c.peek();
            bool ok = true;
            if (isDigit(ch))
                ok = readNumberToken();
            else if (isWordByte(ch))
                ok = readWordToken();
            else if ((ch == '+' || ch == '-') && m_haveTime && isDigit(m_c.peek(1)))
                ok = readZone();
            else if (ch == ' ' || ch == ',' || ch == '.' || ch == '\t' || ch == '-' || ch == '/' ||
                     ch == '(' || ch == ')' || ch == '\n' || ch == '\r')
                m_c.skip();
            else
                ok = false;
            if (!ok) return {};
        }
        if (m_twoDigitYear) m_p.year = m_p.year < 50 ? 2000 + m_p.year : 1900 + m_p.year;
        if (m_pm && m_p.hour < 12) m_p.hour += 12;
        if (m_am && m_p.hour == 12) m_p.hour = 0;
        return toTimestamp(m_p);
    }

  private:
    bool readZone() {
        // "GMT+0100": the named zone was only a label for the offset that follows.
        if (m_haveZone && !m_zoneIsUtcName) return false;
        m_haveZone = true;
        m_zoneIsUtcName = false;
        return readNumericZone(m_c, m_p.zoneMinutes);
    }

    bool readNumberToken() {
        if (m_p.day < 0 && m_p.month < 0 && m_p.year < 0) {
            Cursor probe = m_c;
            DateParts numeric = m_p;
            if (readNumericDate(probe, numeric) && !isDigit(probe.peek())) {
                m_c = probe;
                m_p = numeric;
                return true;
            }
        }
        int value = 0;
        int digits = m_c.number(value, 9);
        if (m_c.peek() == ':' && digits <= 2 && !m_haveTime) {
            m_c.skip();
            m_haveTime = true;
            return readTime(m_c, value, m_p);
        }
        skipOrdinalSuffix();
        if (digits == 4 || digits == 3 || value > 31) {
            if (m_p.year >= 0) return false;
            m_p.year = value;
            m_twoDigitYear = digits <= 2;
            return true;
        }
        if (m_p.day < 0) {
            m_p.day = value;
            return true;
        }
        if (m_p.year < 0 && digits == 2) {
            m_p.year = value;
            m_twoDigitYear = true;
            return true;
        }
        return false;
    }

    void skipOrdinalSuffix() {
        for (std::string_view suffix : {"st", "nd", "rd", "th", "e"}) {
            Cursor probe = m_c;
            bool match = true;
            for (char s : suffix)
                match = match && std::tolower(static_cast<unsigned char>(probe.peek())) == s &&
                        (probe.skip(), true);
            if (match && !isWordByte(probe.peek())) {
                m_c = probe;
                return;
            }
        }
    }

    bool readWordToken() {
        std::string raw;
        while (isWordByte(m_c.peek())) {
            raw += m_c.peek();
            m_c.skip();
        }
        std::string word = lowerWord(raw);
        if (const NamedValue* month = findNamed(kMonths, word)) {
            if (m_p.month >= 0) return false;
            m_p.month = month->value;
            return true;
        }
        if (contains(kWeekdays, word) || contains(kFillers, word)) return true;
        if (word == "am" || word == "pm") {
            (word == "am" ? m_am : m_pm) = true;
            return m_haveTime;
        }
        if (m_haveTime && !m_haveZone) {
            if (const NamedValue* zone = findNamed(kZones, word)) {
                m_haveZone = true;
                m_zoneIsUtcName = word == "gmt" || word == "utc" || word == "ut";
                m_p.zoneMinutes = zone->value;
                return true;
            }
            if (auto military = militaryZone(word)) {
                m_haveZone = true;
                m_p.zoneMinutes = *military;
                return true;
            }
        }
        // "GMT+0100" after a named zone is a common doubled spelling; tolerate it.
        return m_haveZone && (word == "gmt" || word == "utc");
    }

    Cursor m_c;
    DateParts m_p;
    bool m_haveTime = false;
    bool m_haveZone = false;
    bool m_zoneIsUtcName = false;
    bool m_twoDigitYear = false;
    bool m_am = false;
    bool m_pm = false;
};

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

} // namespace

std::int64_t daysFromCivil(int year, unsigned month, unsigned day) {
    // Howard Hinnant's algorithm: exact for the whole proleptic Gregorian calendar.
    year -= month <= 2;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(year - era * 400);
    const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

Timestamp parseFeedDate(std::string_view text) {
    text = trim(text);
    if (text.empty() || text.size() > 100) return {};
    if (looksLikeIso8601(text)) return parseIso8601(text);
    return HumanDateReader(text).read();
}

std::string formatIso8601(std::int64_t secondsUtc) {
    std::int64_t days = secondsUtc / 86400;
    std::int64_t rest = secondsUtc % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned day = doy - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = static_cast<std::int64_t>(yoe) + era * 400 + (month <= 2);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02uT%02lld:%02lld:%02lldZ",
                  static_cast<long long>(year), month, day, static_cast<long long>(rest / 3600),
                  static_cast<long long>(rest / 60 % 60), static_cast<long long>(rest % 60));
    return buffer;
}

} // namespace heraut
