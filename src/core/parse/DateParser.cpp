// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/DateParser.h"

#include "heraut/AsciiCase.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <ctime>
#include <regex>
#include <string>

namespace heraut {
namespace {

struct NamedValue {
    std::string_view name;
    int value;
};

// English, Dutch, German and French month names and abbreviations (lower case, UTF-8).
constexpr std::array kMonths = std::to_array<NamedValue>({
    {"jan", 1},
    {"january", 1},
    {"januari", 1},
    {"januar", 1},
    {"jänner", 1},
    {"janv", 1},
    {"janvier", 1},
    {"feb", 2},
    {"february", 2},
    {"februari", 2},
    {"februar", 2},
    {"febr", 2},
    {"fév", 2},
    {"févr", 2},
    {"fev", 2},
    {"février", 2},
    {"mar", 3},
    {"march", 3},
    {"mrt", 3},
    {"maart", 3},
    {"mär", 3},
    {"märz", 3},
    {"mrz", 3},
    {"mars", 3},
    {"apr", 4},
    {"april", 4},
    {"avr", 4},
    {"avril", 4},
    {"may", 5},
    {"mei", 5},
    {"mai", 5},
    {"jun", 6},
    {"june", 6},
    {"juni", 6},
    {"juin", 6},
    {"jul", 7},
    {"july", 7},
    {"juli", 7},
    {"juil", 7},
    {"juillet", 7},
    {"aug", 8},
    {"august", 8},
    {"augustus", 8},
    {"août", 8},
    {"aout", 8},
    {"sep", 9},
    {"sept", 9},
    {"september", 9},
    {"septembre", 9},
    {"oct", 10},
    {"october", 10},
    {"okt", 10},
    {"oktober", 10},
    {"octobre", 10},
    {"nov", 11},
    {"november", 11},
    {"novembre", 11},
    {"dec", 12},
    {"december", 12},
    {"dez", 12},
    {"dezember", 12},
    {"déc", 12},
    {"décembre", 12},
    // Greek, as feedparser's _parse_date_greek reads them, and the genitive of written dates
    {"ιαν", 1},
    {"ιανουαρίου", 1},
    {"φεβ", 2},
    {"φεβρουαρίου", 2},
    {"μάρ", 3},
    {"μαρ", 3},
    {"μάώ", 3},
    {"μαώ", 3},
    {"μαρτίου", 3},
    {"απρ", 4},
    {"απριλίου", 4},
    {"μάι", 5},
    {"μαϊ", 5},
    {"μαι", 5},
    {"μαΐου", 5},
    {"ιούν", 6},
    {"ιουν", 6},
    {"ιον", 6},
    {"ιουνίου", 6},
    {"ιούλ", 7},
    {"ιουλ", 7},
    {"ιολ", 7},
    {"ιουλίου", 7},
    {"αύγ", 8},
    {"αυγ", 8},
    {"αυγούστου", 8},
    {"σεπ", 9},
    {"σεπτεμβρίου", 9},
    {"οκτ", 10},
    {"οκτωβρίου", 10},
    {"νοέ", 11},
    {"νοε", 11},
    {"νοεμβρίου", 11},
    {"δεκ", 12},
    {"δεκεμβρίου", 12},
    // Hungarian (feedparser's _parse_date_hungarian, and the usual abbreviations)
    {"január", 1},
    {"február", 2},
    {"februári", 2},
    {"március", 3},
    {"márc", 3},
    {"április", 4},
    {"ápr", 4},
    {"május", 5},
    {"máj", 5},
    {"június", 6},
    {"jún", 6},
    {"július", 7},
    {"júl", 7},
    {"augusztus", 8},
    {"szeptember", 9},
    {"szept", 9},
    {"október", 10},
});

// Day names are read and ignored: feeds often get the weekday wrong.
constexpr std::array kWeekdays = std::to_array<std::string_view>({
    "mon",       "monday",     "tue",      "tues",      "tuesday", "wed",       "wednesday",
    "thu",       "thur",       "thurs",    "thursday",  "fri",     "friday",    "sat",
    "saturday",  "sun",        "sunday",   "ma",        "maandag", "di",        "dinsdag",
    "wo",        "woensdag",   "do",       "donderdag", "vr",      "vrijdag",   "za",
    "zaterdag",  "zo",         "zondag",   "mo",        "montag",  "dienstag",  "mi",
    "mittwoch",  "donnerstag", "fr",       "freitag",   "sa",      "samstag",   "so",
    "sonntag",   "lun",        "lundi",    "mardi",     "mer",     "mercredi",  "jeu",
    "jeudi",     "ven",        "vendredi", "sam",       "samedi",  "dim",       "dimanche",
    "κυρ",       "δευ",        "τρι",      "τετ",       "πεμ",     "πέμ",       "παρ",
    "σαβ",       "σάβ",        "κυριακή",  "δευτέρα",   "τρίτη",   "τετάρτη",   "πέμπτη",
    "παρασκευή", "σάββατο",    "hétfő",    "kedd",      "szerda",  "csütörtök", "péntek",
    "szombat",   "vasárnap",
});

// Offsets in minutes east of UTC.
constexpr std::array kZones = std::to_array<NamedValue>({
    {"ut", 0},
    {"utc", 0},
    {"gmt", 0},
    {"z", 0},
    {"est", -300},
    {"edt", -240},
    {"cst", -360},
    {"cdt", -300},
    {"mst", -420},
    {"mdt", -360},
    {"pst", -480},
    {"pdt", -420},
    {"cet", 60},
    {"cest", 120},
    {"met", 60},
    {"mest", 120},
    {"mez", 60},
    {"mesz", 120},
    {"bst", 60},
    {"wet", 0},
    {"west", 60},
    {"eet", 120},
    {"eest", 180},
    {"ist", 330},
    {"jst", 540},
    {"aest", 600},
    {"aedt", 660},
    {"nzst", 720},
    {"nzdt", 780},
    {"msk", 180},
    // US zones without standard or daylight, read as standard time as feedparser reads them
    {"at", -240},
    {"et", -300},
    {"ct", -360},
    {"mt", -420},
    {"pt", -480},
});

// Korean dates (feedparser's _parse_date_onblog and _parse_date_nate): "2004년 05월 28일
// 01:31:15", "2004-05-25 오후 11:23:17", in Korean time when they name no zone.
constexpr std::string_view kKoreanYear = "년";
constexpr std::string_view kKoreanMonth = "월";
constexpr std::string_view kKoreanDay = "일";
constexpr std::string_view kKoreanAm = "오전";
constexpr std::string_view kKoreanPm = "오후";
constexpr int kKoreaStandardTime = 540;

// The tz database's "Etc/GMT" family; "Etc/GMT+5" is five hours west (POSIX signs).
constexpr auto kEtcZones =
    std::to_array<std::string_view>({"gmt", "utc", "ut", "uct", "zulu", "universal", "greenwich"});

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

int fullYear(int twoDigits) {
    return twoDigits < 50 ? 2000 + twoDigits : 1900 + twoDigits;
}

// Day `ordinal` of the year (1..366) as month and day.
bool fromOrdinal(int ordinal, DateParts& p) {
    if (ordinal < 1) return false;
    for (p.month = 1; p.month <= 12; ++p.month) {
        int days = static_cast<int>(daysInMonth(p.year, static_cast<unsigned>(p.month)));
        if (ordinal <= days) {
            p.day = ordinal;
            return true;
        }
        ordinal -= days;
    }
    return false;
}

// The date of ISO 8601 / W3C-DTF in the forms feeds send: complete ("2003-12-31",
// "20031231"), reduced precision ("2003-12", "2003", nothing after them), ordinal ("2003-335",
// "2003335"), two-digit years ("03-12-31", "031231", "03-335", "03335") and a zero-padded
// three-digit month ("2003-012-31"). Sets `reduced` for the forms that take no time.
bool readIsoDate(Cursor& c, DateParts& p, bool& reduced) {
    int first = 0;
    int digits = c.number(first, 8);
    if (!c.accept('-')) { // basic format: the count of digits says which form
        switch (digits) {
        case 8:
            p.year = first / 10000, p.month = first / 100 % 100, p.day = first % 100;
            return true;
        case 7:
            p.year = first / 1000;
            return fromOrdinal(first % 1000, p);
        case 6: // YYMMDD; "200303" could as well be March 2003 (YYYYMM), so it is no date
            if (first / 100 >= 1000 && first % 100 >= 1 && first % 100 <= 12) return false;
            p.year = fullYear(first / 10000), p.month = first / 100 % 100, p.day = first % 100;
            return true;
        case 5:
            p.year = fullYear(first / 1000);
            return fromOrdinal(first % 1000, p);
        case 4:
            p.year = first, p.month = 1, p.day = 1;
            return reduced = true;
        }
        return false;
    }
    if (digits != 4 && digits != 2) return false;
    p.year = digits == 2 ? fullYear(first) : first;
    int second = 0;
    int secondDigits = c.number(second, 3);
    if (secondDigits == 3) {
        if (!c.accept('-')) return fromOrdinal(second, p);
        p.month = second;
        return second <= 99 && c.number(p.day, 2) == 2;
    }
    if (secondDigits != 2) return false;
    p.month = second;
    if (c.accept('-')) return c.number(p.day, 2) == 2;
    p.day = 1; // "2003-12"; a two-digit year alone would be a century in ISO 8601
    return digits == 4 && (reduced = true);
}

Timestamp parseIso8601(std::string_view text) {
    Cursor c(text);
    DateParts p;
    bool reduced = false;
    if (!readIsoDate(c, p, reduced)) return {};
    if (c.done()) return toTimestamp(p);
    if (reduced) return {};
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

size_t leadingDigits(std::string_view s, size_t from = 0) {
    size_t n = from;
    while (n < s.size() && isDigit(s[n]))
        ++n;
    return n - from;
}

// ISO 8601 by its shape: a year of four digits followed by "-" or nothing, a run of five to
// eight digits, or two-digit groups "03-12-31" and "03-335". "22-01-2026" is not: a
// European day-first date with the year last.
bool looksLikeIso8601(std::string_view s) {
    size_t n = leadingDigits(s);
    char next = n < s.size() ? s[n] : '\0';
    if (n == 4) return next == '-' || next == '\0';
    if (n >= 5 && n <= 8) return next == '\0' || next == 'T' || next == 't' || n == 8;
    if (n != 2 || next != '-') return false;
    size_t second = leadingDigits(s, 3);
    if (second == 3) return 6 == s.size() || !isDigit(s[6]);
    return second == 2 && s.size() > 6 && s[5] == '-' && leadingDigits(s, 6) == 2;
}

// "22-01-2026", "22/01/2026 14:05", "22.01.2026": European day-first numeric dates; and with
// the year first, "2006/09/15" (Perforce) and "2004-05-25" inside a longer human date.
bool readNumericDate(Cursor& c, DateParts& p) {
    int first = 0;
    int second = 0;
    int third = 0;
    int firstDigits = c.number(first, 4);
    if (firstDigits == 0 || firstDigits == 3) return false;
    char sep = c.peek();
    if (sep != '-' && sep != '/' && sep != '.') return false;
    c.skip();
    if (c.number(second, 2) == 0 || !c.accept(sep)) return false;
    int thirdDigits = c.number(third, 4);
    if (firstDigits == 4) {
        if (thirdDigits == 0 || thirdDigits > 2) return false;
        p.year = first, p.month = second, p.day = third;
        return true;
    }
    if (firstDigits > 2 || (thirdDigits != 4 && thirdDigits != 2)) return false;
    p.day = first;
    p.month = second;
    p.year = thirdDigits == 2 ? fullYear(third) : third;
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

// Lower case for the month and day names of the tables: ASCII, the Latin-1 capitals ("März",
// "Décembre", "Július") and Greek ("Ιούλ", "Κυρ").
std::string lowerWord(std::string_view word) {
    std::string lower = asciiLower(word);
    for (size_t i = 0; i + 1 < lower.size(); ++i) {
        auto lead = static_cast<unsigned char>(lower[i]);
        auto next = static_cast<unsigned char>(lower[i + 1]);
        if (lead == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97) {
            lower[i + 1] = static_cast<char>(next + 0x20); // À..Þ
        } else if (lead == 0xCE && next >= 0x91 && next <= 0x9F) {
            lower[i + 1] = static_cast<char>(next + 0x20); // Α..Ο
        } else if (lead == 0xCE && next >= 0xA0 && next <= 0xAB) {
            lower[i] = '\xCF'; // Π..Ϋ
            lower[i + 1] = static_cast<char>(next - 0x20);
        } else if (lead == 0xCE && next >= 0x86 && next <= 0x8F) { // Ά Έ Ή Ί Ό Ύ Ώ
            static constexpr std::string_view kAccented[] = {"ά", "",  "έ", "ή", "ί",
                                                             "",  "ό", "",  "ύ", "ώ"};
            std::string_view small = kAccented[next - 0x86];
            if (small.empty()) continue;
            lower.replace(i, 2, small);
        } else {
            continue;
        }
        ++i;
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
        if (m_twoDigitYear) m_p.year = fullYear(m_p.year);
        if ((m_am || m_pm) && !m_haveTime) return {};
        if (m_pm && m_p.hour < 12) m_p.hour += 12;
        if (m_am && m_p.hour == 12) m_p.hour = 0;
        if (m_korean && !m_haveZone) m_p.zoneMinutes = kKoreaStandardTime;
        return toTimestamp(m_p);
    }

  private:
    bool readZone() {
        // "GMT+0100": the named zone was only a label for the offset that follows.
        if (m_haveZone && !m_zoneIsUtcName) return false;
        m_haveZone = true;
        m_zoneIsUtcName = false;
        if (!readNumericZone(m_c, m_p.zoneMinutes)) return false;
        if (m_etcZone) m_p.zoneMinutes = -m_p.zoneMinutes;
        return true;
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
        m_lastNumber = value;
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
        if (m_haveTime && !m_haveZone) {
            // Before the fillers: "AT" after a time is Atlantic time, not the English word.
            if (const NamedValue* zone = findNamed(kZones, word)) {
                m_haveZone = true;
                m_zoneIsUtcName = word == "gmt" || word == "utc" || word == "ut";
                m_p.zoneMinutes = zone->value;
                return true;
            }
            if (word == "etc" && m_c.accept('/')) return readEtcZone();
        }
        if (contains(kWeekdays, word) || contains(kFillers, word)) return true;
        if (word == "t" && isDigit(m_c.peek()) && !m_haveTime) return true; // "13T9:15"
        if (word == "am" || word == "pm") {
            (word == "am" ? m_am : m_pm) = true;
            return m_haveTime;
        }
        if (readKoreanWord(word)) return true;
        if (m_haveTime && !m_haveZone) {
            if (auto military = militaryZone(word)) {
                m_haveZone = true;
                m_p.zoneMinutes = *military;
                return true;
            }
        }
        // "GMT+0100" after a named zone is a common doubled spelling; tolerate it.
        return m_haveZone && (word == "gmt" || word == "utc");
    }

    bool readEtcZone() {
        std::string name;
        while (isWordByte(m_c.peek())) {
            name += m_c.peek();
            m_c.skip();
        }
        if (!contains(kEtcZones, lowerWord(name))) return false;
        m_haveZone = true;
        m_zoneIsUtcName = true;
        m_etcZone = true;
        m_p.zoneMinutes = 0;
        return true;
    }

    // "년", "월", "일" name the number before them; "오전" and "오후" come before the time.
    bool readKoreanWord(std::string_view word) {
        if (word == kKoreanAm || word == kKoreanPm) {
            (word == kKoreanAm ? m_am : m_pm) = true;
        } else if (word == kKoreanMonth) {
            if (m_p.month >= 0 || m_p.day != m_lastNumber) return false;
            m_p.month = m_p.day;
            m_p.day = -1;
        } else if (word == kKoreanYear) {
            if (m_p.year != m_lastNumber) return false;
        } else if (word == kKoreanDay) {
            if (m_p.day != m_lastNumber) return false;
        } else {
            return false;
        }
        m_korean = true;
        return true;
    }

    Cursor m_c;
    DateParts m_p;
    bool m_haveTime = false;
    bool m_haveZone = false;
    bool m_zoneIsUtcName = false;
    bool m_twoDigitYear = false;
    bool m_am = false;
    bool m_pm = false;
    bool m_korean = false;
    bool m_etcZone = false;
    int m_lastNumber = -1;
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
    if (!looksLikeIso8601(text)) return HumanDateReader(text).read();
    Timestamp iso = parseIso8601(text);
    // Hungarian "2004-július-13T9:15-05:00" and Korean "2004-05-25 오후 11:23:17" open like
    // ISO 8601 and go on in words.
    bool hasWords = std::any_of(text.begin(), text.end(),
                                [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    return iso || !hasWords ? iso : HumanDateReader(text).read();
}

namespace {

// Whether a date a person typed names its zone: a time followed by Z, an offset or a zone's
// abbreviation. A date alone never does.
bool namesItsZone(std::string_view text) {
    static const std::regex zoned(
        R"(\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*([Zz]|[+-]\d{2}(:?\d{2})?|UTC|UT|GMT|[CEW]E?S?T|MES?T|BST|[ECMP][SD]T)$)");
    return std::regex_search(text.begin(), text.end(), zoned);
}

} // namespace

Timestamp parseUserDate(std::string_view text) {
    Timestamp utc = parseFeedDate(text);
    if (!utc || namesItsZone(trim(text))) return utc;
    // The same wall-clock time in the local zone; mktime finds the offset of that day (DST).
    std::time_t asUtc = static_cast<std::time_t>(*utc);
    std::tm fields{};
    if (!gmtime_r(&asUtc, &fields)) return utc;
    fields.tm_isdst = -1;
    std::time_t local = std::mktime(&fields);
    if (local == static_cast<std::time_t>(-1)) return utc;
    return static_cast<std::int64_t>(local);
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
