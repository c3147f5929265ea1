// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoryText.h"

#include "KeyIndex.h"
#include "heraut/Fnv1a.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>

namespace heraut::story {
namespace {

// U+00C0..U+017F without their marks, lower case; a space for × and ÷.
constexpr std::string_view kLatinFold =
    "aaaaaaaceeeeiiiidnooooo ouuuuytsaaaaaaaceeeeiiiidnooooo ouuuuyty"
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrr"
    "ssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

// Word lists are looked up by the FNV-1a hash of the word, which grouping computes for each
// word anyway: one probe of a flat table instead of hashing the word again per list.
std::uint64_t hashOf(std::string_view word) {
    return Fnv1a().add(word).value();
}

KeyIndex indexOf(std::initializer_list<std::string_view> words) {
    KeyIndex index(words.size());
    for (std::string_view w : words)
        index.tryEmplace(hashOf(w), 0);
    return index;
}

const KeyIndex& stopWords() {
    static const KeyIndex words = indexOf({
        // Dutch
        "de",
        "het",
        "een",
        "en",
        "van",
        "in",
        "op",
        "te",
        "dat",
        "die",
        "is",
        "zijn",
        "voor",
        "met",
        "niet",
        "aan",
        "er",
        "om",
        "ook",
        "als",
        "bij",
        "of",
        "door",
        "naar",
        "maar",
        "dan",
        "nog",
        "wel",
        "uit",
        "over",
        "tot",
        "kan",
        "worden",
        "wordt",
        "werd",
        "werden",
        "zal",
        "zullen",
        "zou",
        "zouden",
        "heeft",
        "hebben",
        "had",
        "hadden",
        "was",
        "waren",
        "deze",
        "dit",
        "wat",
        "wie",
        "waar",
        "hoe",
        "meer",
        "al",
        "geen",
        "zo",
        "veel",
        "na",
        "tegen",
        "onder",
        "sinds",
        "tussen",
        "volgens",
        "zegt",
        "zeggen",
        "zei",
        "ze",
        "zij",
        "hij",
        "we",
        "wij",
        "ik",
        "je",
        "jullie",
        "hun",
        "hem",
        "haar",
        "ons",
        "onze",
        "zich",
        "hier",
        "daar",
        "nu",
        "toen",
        "omdat",
        "want",
        "terwijl",
        "dus",
        "alleen",
        "andere",
        "nieuwe",
        "nieuw",
        "eerste",
        "twee",
        "drie",
        "vier",
        "vijf",
        "jaar",
        "dag",
        "week",
        "vandaag",
        "gisteren",
        "morgen",
        "kunnen",
        "moeten",
        "moet",
        "gaan",
        "gaat",
        "komt",
        "komen",
        "eerder",
        "later",
        "echter",
        "binnen",
        "tijdens",
        "zonder",
        "via",
        "per",
        "elk",
        "elke",
        "alle",
        "iets",
        "enkele",
        "laat",
        "staat",
        "aldus",
        "meldt",
        "melden",
        "maakt",
        "maken",
        "kwam",
        "ging",
        "krijgt",
        "kreeg",
        "bijna",
        "ruim",
        "onder",
        "sprak",
        "wil",
        "willen",
        "steeds",
        "daarmee",
        "daarbij",
        "waarin",
        "waarmee",
        "wordt",
        "weer",
        "andere",
        "ander",
        "heel",
        "groot",
        "grote",
        "goed",
        "nieuws",
        "mogelijk",
        "tweede",
        "beide",
        "ongeveer",
        "inmiddels",
        "verder",
        "onder",
        "uur",
        "keer",
        "deel",
        "procent",
        "miljoen",
        "miljard",
        "euro",
        "den",
        "der",
        "des",
        "dus",
        "zelf",
        "zo'n",
        "welke",
        // English
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "from",
        "as",
        "are",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "which",
        "who",
        "whom",
        "what",
        "when",
        "where",
        "how",
        "not",
        "no",
        "but",
        "if",
        "than",
        "then",
        "so",
        "also",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "said",
        "says",
        "say",
        "according",
        "new",
        "first",
        "two",
        "three",
        "four",
        "five",
        "year",
        "years",
        "week",
        "day",
        "today",
        "yesterday",
        "tomorrow",
        "more",
        "most",
        "about",
        "after",
        "before",
        "over",
        "into",
        "out",
        "up",
        "down",
        "against",
        "between",
        "during",
        "while",
        "there",
        "their",
        "they",
        "them",
        "he",
        "she",
        "his",
        "her",
        "we",
        "our",
        "you",
        "us",
        "until",
        "each",
        "all",
        "any",
        "some",
        "other",
        "such",
        "only",
        "just",
        "very",
        "still",
        "yet",
        "however",
        "were",
        "was",
        "told",
        "added",
        "percent",
        "million",
        "billion",
        "last",
        "next",
        "since",
        "per",
        "under",
        "news",
        "part",
        "both",
        "second",
        "one",
        "because",
        "through",
        "around",
        "statement",
        "i",
        "my",
        "me",
        "your",
        "than",
        "like",
        "well",
        // Units of time and numbers in words: no event is told by them.
        "maand",
        "weken",
        "dagen",
        "jaren",
        "uren",
        "minuten",
        "month",
        "months",
        "weeks",
        "days",
        "hours",
        "hour",
        "minutes",
        "zes",
        "zeven",
        "acht",
        "negen",
        "tien",
        "elf",
        "twaalf",
        "twintig",
        "dertig",
        "veertig",
        "vijftig",
        "honderd",
        "honderden",
        "duizend",
        "duizenden",
        "tientallen",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "dozen",
        "dozens",
        // Days and months: every report of the week has them.
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
        "january",
        "february",
        "march",
        "may",
        "june",
        "july",
        "august",
        "october",
    });
    return words;
}

// Dutch names of places, organisations and a few defence terms, read as the English ones, so
// that a Dutch and an English report of one event share their names.
struct EnglishName {
    std::string_view dutch;
    std::string_view english;
};

constexpr EnglishName kEnglishNames[] = {
    {"oekraine", "ukraine"},
    {"oekraiense", "ukraine"},
    {"oekrainse", "ukraine"},
    {"rusland", "russia"},
    {"russische", "russia"},
    {"navo", "nato"},
    {"duitsland", "germany"},
    {"duitse", "germany"},
    {"duits", "germany"},
    {"belgie", "belgium"},
    {"belgische", "belgium"},
    {"nederland", "netherlands"},
    {"nederlandse", "netherlands"},
    {"frankrijk", "france"},
    {"franse", "france"},
    {"polen", "poland"},
    {"poolse", "poland"},
    {"litouwen", "lithuania"},
    {"litouwse", "lithuania"},
    {"amerikaanse", "american"},
    {"noordzee", "northsea"},
    {"oostzee", "baltic"},
    {"brussel", "brussels"},
    {"haag", "hague"},
    {"fregat", "frigate"},
    {"onderzeeer", "submarine"},
    {"onderzeeboot", "submarine"},
    {"duikboot", "submarine"},
    {"marine", "navy"},
    {"luchtmacht", "airforce"},
    {"luchtverdediging", "airdefence"},
    {"munitie", "ammunition"},
    {"fabriek", "factory"},
    {"raffinaderij", "refinery"},
    {"defensie", "defence"},
    {"defense", "defence"},
    {"straaljager", "fighter"},
    {"straaljagers", "fighter"},
    {"gevechtsvliegtuig", "fighter"},
    {"gevechtsvliegtuigen", "fighter"},
    {"levert", "deliver"},
    {"leveren", "deliver"},
    {"levering", "deliver"},
    {"delivers", "deliver"},
    {"delivery", "deliver"},
    {"delivered", "deliver"},
    {"mijnenjager", "minehunter"},
    {"mijnenjagers", "minehunter"},
    {"oefening", "exercise"},
    {"top", "summit"},
    {"raketten", "missile"},
    {"raket", "missile"},
    {"missiles", "missile"},
    {"vliegbasis", "airbase"},
    {"luchtmachtbasis", "airbase"},
    {"noodlanding", "emergency"},
    {"bestelling", "order"},
    {"koopt", "buy"},
    {"kopen", "buy"},
    {"buys", "buy"},
    {"aankoop", "buy"},
    {"voorzorgslanding", "precautionary"},
    {"vogelaanvaring", "birdstrike"},
    {"vogel", "bird"},
    {"piloot", "pilot"},
    {"ongedeerd", "unharmed"},
    {"oefenvlucht", "training"},
    {"waddenzee", "waddensea"},
    {"olieraffinaderij", "refinery"},
    {"rjazan", "ryazan"},
    {"brand", "fire"},
    {"gouverneur", "governor"},
    {"olie", "oil"},
    {"capaciteitsdoelen", "capability"},
    {"doelen", "target"},
    {"bbp", "gdp"},
    {"koude", "cold"},
    {"uitbreiding", "expansion"},
    {"secretaris", "secretary"},
    {"generaal", "general"},
    {"granaten", "shell"},
    {"artilleriegranaten", "shell"},
    {"lanceerinstallaties", "launcher"},
    {"lanceerinstallatie", "launcher"},
    {"lanceerders", "launcher"},
    {"voorraad", "stock"},
    {"stoorzender", "jammer"},
    {"sleepboot", "tug"},
    {"begeleidt", "escort"},
    {"begeleid", "escort"},
    {"begeleiding", "escort"},
    {"escorted", "escort"},
    {"tribunaal", "tribunal"},
    {"wederopbouw", "reconstruction"},
    {"plant", "factory"},
    {"gevangenen", "prisoner"},
    {"bestelt", "order"},
    {"besteld", "order"},
    {"bestellen", "order"},
    {"ordered", "order"},
    {"batterij", "battery"},
    {"batterijen", "battery"},
    {"batteries", "battery"},
    {"aangekondigd", "announce"},
    {"kondigde", "announce"},
    {"announced", "announce"},
    {"landde", "land"},
    {"geland", "land"},
    {"landt", "land"},
    {"landed", "land"},
    {"onderzoekt", "investigat"},
    {"onderzoek", "investigat"},
    {"investigation", "investigat"},
    {"investigating", "investigat"},
    {"schade", "damage"},
    {"getroffen", "hit"},
    {"troffen", "hit"},
    {"raken", "hit"},
    {"struck", "hit"},
    // General terms of the field, so that Dutch and English reports of any event share them.
    {"schip", "ship"},
    {"schepen", "ship"},
    {"oorlogsschip", "warship"},
    {"oorlogsschepen", "warship"},
    {"helikopter", "helicopter"},
    {"helikopters", "helicopter"},
    {"vliegtuig", "aircraft"},
    {"vliegtuigen", "aircraft"},
    {"toestel", "aircraft"},
    {"toestellen", "aircraft"},
    {"jets", "jet"},
    {"voertuig", "vehicle"},
    {"voertuigen", "vehicle"},
    {"tanks", "tank"},
    {"artillerie", "artillery"},
    {"houwitser", "howitzer"},
    {"houwitsers", "howitzer"},
    {"wapen", "weapon"},
    {"wapens", "weapon"},
    {"wapensysteem", "weapon"},
    {"kruisraket", "cruise"},
    {"kruisraketten", "cruise"},
    {"luchtafweer", "airdefence"},
    {"ongeluk", "accident"},
    {"ongeval", "accident"},
    {"accidents", "accident"},
    {"doden", "kill"},
    {"gedood", "kill"},
    {"omgekomen", "kill"},
    {"killed", "kill"},
    {"dodelijk", "fatal"},
    {"ziekenhuis", "hospital"},
    {"burgers", "civilian"},
    {"burger", "civilian"},
    {"civilians", "civilian"},
    {"aanval", "attack"},
    {"aanvallen", "attack"},
    {"aangevallen", "attack"},
    {"attacked", "attack"},
    {"explosie", "explosion"},
    {"explosies", "explosion"},
    {"vertraging", "delay"},
    {"vertraagd", "delay"},
    {"delayed", "delay"},
    {"delays", "delay"},
    {"overeenkomst", "agreement"},
    {"akkoord", "agreement"},
    {"verdrag", "treaty"},
    {"fonds", "fund"},
    {"funds", "fund"},
    {"steunpakket", "aid"},
    {"hulppakket", "aid"},
    {"steun", "aid"},
    {"hulp", "aid"},
    {"pakket", "package"},
    {"packages", "package"},
    {"bedrijf", "company"},
    {"bedrijven", "company"},
    {"companies", "company"},
    {"industrie", "industry"},
    {"fabrikant", "manufacturer"},
    {"haven", "port"},
    {"havens", "port"},
    {"zee", "sea"},
    {"kust", "coast"},
    {"eiland", "island"},
    {"grens", "border"},
    {"grenzen", "border"},
    {"luchtruim", "airspace"},
    {"vliegveld", "airfield"},
    {"onderhoud", "maintenance"},
    {"opleiding", "training"},
    {"training", "training"},
    {"eenheid", "unit"},
    {"eenheden", "unit"},
    {"bataljon", "battalion"},
    {"infanterie", "infantry"},
    {"commandant", "commander"},
    {"kolonel", "colonel"},
    {"pijpleiding", "pipeline"},
    {"pijpleidingen", "pipeline"},
    {"inzet", "deploy"},
    {"ingezet", "deploy"},
    {"deployed", "deploy"},
    {"deployment", "deploy"},
    {"deploys", "deploy"},
    {"stuurt", "send"},
    {"gestuurd", "send"},
    {"sends", "send"},
    {"sent", "send"},
    {"parlement", "parliament"},
    {"begroting", "budget"},
    {"uitgaven", "spending"},
    {"kosten", "cost"},
    {"costs", "cost"},
    {"prijs", "price"},
    {"miljardencontract", "contract"},
    {"contracten", "contract"},
    {"contracts", "contract"},
    {"bouw", "construction"},
    {"gebouwd", "built"},
    {"bouwt", "build"},
    {"builds", "build"},
    {"oefeningen", "exercise"},
    {"exercises", "exercise"},
    {"manoeuvre", "exercise"},
    {"zweden", "sweden"},
    {"zweedse", "sweden"},
    {"noorwegen", "norway"},
    {"noorse", "norway"},
    {"denemarken", "denmark"},
    {"deense", "denmark"},
    {"finse", "finland"},
    {"estland", "estonia"},
    {"estse", "estonia"},
    {"letland", "latvia"},
    {"letse", "latvia"},
    {"britse", "britain"},
    {"brittannie", "britain"},
    {"italie", "italy"},
    {"italiaanse", "italy"},
    {"spanje", "spain"},
    {"spaanse", "spain"},
    {"turkije", "turkey"},
    {"turkse", "turkey"},
    {"griekenland", "greece"},
    {"roemenie", "romania"},
    {"roemeense", "romania"},
    {"hongarije", "hungary"},
    {"tsjechie", "czechia"},
    {"oostenrijk", "austria"},
    {"zwitserland", "switzerland"},
    {"jemen", "yemen"},
    {"syrie", "syria"},
    {"irak", "iraq"},
    {"verenigd", "united"},
    {"koninkrijk", "kingdom"},
    {"europese", "european"},
    {"unie", "union"},
    {"oceaan", "ocean"},
    {"atlantische", "atlantic"},
    {"spoedoverleg", "emergency"},
    {"noodtoestand", "emergency"},
    {"neergeschoten", "shotdown"},
    {"gesloten", "closed"},
    {"sluit", "closed"},
    {"closes", "closed"},
    {"verkenning", "reconnaissance"},
    {"bewapend", "armed"},
    {"soldaat", "soldier"},
    {"kazerne", "barracks"},
    {"vloot", "fleet"},
    {"fleets", "fleet"},
    {"bemanning", "crew"},
    {"bemanningsleden", "crew"},
    // A country's adjective is its name: "Belgian troops" and "België stuurt" name one country.
    {"ukrainian", "ukraine"},
    {"oekraiens", "ukraine"},
    {"russian", "russia"},
    {"russisch", "russia"},
    {"german", "germany"},
    {"belgian", "belgium"},
    {"belgisch", "belgium"},
    {"dutch", "netherlands"},
    {"nederlands", "netherlands"},
    {"french", "france"},
    {"polish", "poland"},
    {"lithuanian", "lithuania"},
    {"swedish", "sweden"},
    {"norwegian", "norway"},
    {"danish", "denmark"},
    {"finnish", "finland"},
    {"estonian", "estonia"},
    {"latvian", "latvia"},
    {"british", "britain"},
    {"italian", "italy"},
    {"spanish", "spain"},
    {"turkish", "turkey"},
    {"romanian", "romania"},
    {"griekse", "greece"},
    {"greek", "greece"},
    {"hongaarse", "hungary"},
    {"hungarian", "hungary"},
    {"tsjechische", "czechia"},
    {"czech", "czechia"},
    {"oostenrijkse", "austria"},
    {"austrian", "austria"},
    {"zwitserse", "switzerland"},
    {"swiss", "switzerland"},
    {"schotland", "scotland"},
    {"schotse", "scotland"},
    {"scottish", "scotland"},
    {"engeland", "england"},
    {"engelse", "england"},
    {"ierland", "ireland"},
    {"ierse", "ireland"},
    {"irish", "ireland"},
    {"israelische", "israel"},
    {"israeli", "israel"},
    {"iraanse", "iran"},
    {"iranian", "iran"},
    {"chinese", "china"},
    {"japanse", "japan"},
    {"japanese", "japan"},
    {"canadese", "canada"},
    {"canadian", "canada"},
    {"australische", "australia"},
    {"australie", "australia"},
    {"australian", "australia"},
    {"indiase", "india"},
    {"indian", "india"},
    {"syrische", "syria"},
    {"syrian", "syria"},
    {"libie", "libya"},
    {"libische", "libya"},
    {"libyan", "libya"},
    {"libanon", "lebanon"},
    {"libanese", "lebanon"},
    {"lebanese", "lebanon"},
    {"irakese", "iraq"},
    {"iraqi", "iraq"},
    {"afghaanse", "afghanistan"},
    {"afghan", "afghanistan"},
    {"jemenitische", "yemen"},
    {"yemeni", "yemen"},
    {"egypte", "egypt"},
    {"egyptische", "egypt"},
    {"egyptian", "egypt"},
    {"moldavie", "moldova"},
    {"moldavische", "moldova"},
    {"moldovan", "moldova"},
    {"georgie", "georgia"},
    {"servie", "serbia"},
    {"servische", "serbia"},
    {"serbian", "serbia"},
    {"bosnie", "bosnia"},
    {"bosnische", "bosnia"},
    {"bosnian", "bosnia"},
    {"kroatie", "croatia"},
    {"kroatische", "croatia"},
    {"croatian", "croatia"},
    {"slowakije", "slovakia"},
    {"slowaakse", "slovakia"},
    {"slovak", "slovakia"},
    {"slovenie", "slovenia"},
    {"sloveense", "slovenia"},
    {"slovenian", "slovenia"},
    {"bulgarije", "bulgaria"},
    {"bulgaarse", "bulgaria"},
    {"bulgarian", "bulgaria"},
    {"portugese", "portugal"},
    {"portuguese", "portugal"},
    {"ijsland", "iceland"},
    {"ijslandse", "iceland"},
    {"icelandic", "iceland"},
    {"luxemburg", "luxembourg"},
    {"luxemburgse", "luxembourg"},
    {"somalie", "somalia"},
    {"somalische", "somalia"},
    {"somali", "somalia"},
    {"soedan", "sudan"},
    {"marokko", "morocco"},
    {"marokkaanse", "morocco"},
    {"moroccan", "morocco"},
    {"algerije", "algeria"},
    {"tunesie", "tunisia"},
    {"brazilie", "brazil"},
    {"braziliaanse", "brazil"},
    {"brazilian", "brazil"},
    {"indonesie", "indonesia"},
    {"indonesische", "indonesia"},
    {"indonesian", "indonesia"},
    {"koreaanse", "korea"},
    {"korean", "korea"},
    {"taiwanese", "taiwan"},
    {"filipijnen", "philippines"},
    {"filipijnse", "philippines"},
    {"philippine", "philippines"},
    {"malinese", "mali"},
    {"malian", "mali"},
    {"nigeriaanse", "nigeria"},
    {"nigerian", "nigeria"},
    // Cities with a Dutch name of their own.
    {"antwerpen", "antwerp"},
    {"gent", "ghent"},
    {"brugge", "bruges"},
    {"luik", "liege"},
    {"parijs", "paris"},
    {"berlijn", "berlin"},
    {"londen", "london"},
    {"warschau", "warsaw"},
    {"wenen", "vienna"},
    {"kopenhagen", "copenhagen"},
    {"praag", "prague"},
    {"boekarest", "bucharest"},
    {"kyjiv", "kyiv"},
};

// The index in kEnglishNames of each Dutch word's hash, and of each English word's: an English
// one is taken as it is, not cut back as a plural ("Sweden", "Netherlands" and "barracks" in an
// English report are the words the Dutch ones become).
const KeyIndex& englishNames() {
    static const KeyIndex names = [] {
        KeyIndex index(2 * std::size(kEnglishNames));
        for (std::uint32_t i = 0; i < std::size(kEnglishNames); ++i)
            index.tryEmplace(hashOf(kEnglishNames[i].dutch), i);
        for (std::uint32_t i = 0; i < std::size(kEnglishNames); ++i)
            index.tryEmplace(hashOf(kEnglishNames[i].english), i);
        return index;
    }();
    return names;
}

const KeyIndex& generalWords() {
    static const KeyIndex words = indexOf({
        "nato",         "ukraine",    "ukrainian", "russia",   "russian",   "defence",
        "minister",     "army",       "military",  "militair", "militaire", "leger",
        "krijgsmacht",  "war",        "oorlog",    "navy",     "airforce",  "government",
        "regering",     "kabinet",    "soldier",   "soldat",   "soldaten",  "troop",
        "europa",       "europe",     "european",  "europese", "security",  "veiligheid",
        "ministry",     "ministerie", "forces",    "force",    "armed",     "american",
        "united",       "states",     "verenigde", "staten",   "president", "country",
        "land",         "landen",     "countrie",  "official", "officials", "spokesperson",
        "woordvoerder", "reuter",     "reuters",   "anp",      "belga",     "2025",
        "2026",         "2027",       "kiev",      "kyiv",     "moscow",    "moskou",
    });
    return words;
}

// Decodes one UTF-8 sequence at `i`, advancing it; U+FFFD for a broken one.
char32_t nextCodePoint(std::string_view s, size_t& i) {
    auto byte = static_cast<unsigned char>(s[i++]);
    if (byte < 0x80) return byte;
    int extra = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0;
    char32_t cp = byte & (0x3F >> extra);
    if (extra == 0) return 0xFFFD;
    for (int k = 0; k < extra; ++k) {
        if (i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) return 0xFFFD;
        cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
    }
    return cp;
}

bool isAsciiLetter(char32_t cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

bool isDigit(char32_t cp) {
    return cp >= '0' && cp <= '9';
}

bool isWordPart(char32_t cp) {
    if (cp < 0x80) return isAsciiLetter(cp) || isDigit(cp);
    if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || cp == 0xFFFD) return false;
    return !(cp >= 0x2000 && cp <= 0x2BFF) && !(cp >= 0x3000 && cp <= 0x303F);
}

bool isUpper(char32_t cp) {
    return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7);
}

void appendFolded(char32_t cp, std::string& word) {
    if (cp < 0x80) {
        word += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp | 0x20 : cp);
    } else if (cp >= 0xC0 && cp < 0xC0 + kLatinFold.size()) {
        word += kLatinFold[cp - 0xC0];
    } else { // other scripts as they are: a name in them is still a name
        if (cp < 0x800) {
            word += static_cast<char>(0xC0 | (cp >> 6));
        } else if (cp < 0x10000) {
            word += static_cast<char>(0xE0 | (cp >> 12));
            word += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        } else {
            word += static_cast<char>(0xF0 | (cp >> 18));
            word += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            word += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        }
        word += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Plurals and Dutch verb endings cut back, so "drones" meets "drone", "F-16s" "F-16" and
// "systemen" "systeem" nearly enough ("system"); names in the list above are taken as they are.
std::string_view stem(std::string_view word) {
    // The English plural of a designation: "F-16s", "CV90s" are "F-16", "CV90".
    if (word.size() >= 3 && word.back() == 's' &&
        isDigit(static_cast<unsigned char>(word[word.size() - 2])))
        return word.substr(0, word.size() - 1);
    bool letters =
        std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!letters) return word;
    if (word.size() >= 6 && word.ends_with("en")) {
        // Dutch doubles a consonant before "-en" ("fregatten", "bommen"): one is the stem's.
        std::string_view cut = word.substr(0, word.size() - 2);
        char last = cut.back();
        bool doubled = cut[cut.size() - 2] == last &&
                       std::string_view("aeiou").find(last) == std::string_view::npos;
        return doubled ? cut.substr(0, cut.size() - 1) : cut;
    }
    if (word.size() >= 5 && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") &&
        !word.ends_with("is"))
        return word.substr(0, word.size() - 1);
    return word;
}

std::uint64_t keyOfHash(std::uint64_t hash) {
    bool general = generalWords().at(hash) != KeyIndex::kNone;
    return (hash & ~std::uint64_t{1}) | (general ? 1 : 0);
}

bool isStopWord(std::uint64_t hash) {
    return stopWords().at(hash) != KeyIndex::kNone;
}

// The hash of the word grouping reads a word as: its English name when the name table has one,
// else the word cut back ("fregatten": "fregat" -> "frigate"); 0 for a stop word.
std::uint64_t readAs(std::string_view word) {
    std::uint64_t hash = hashOf(word);
    if (isStopWord(hash)) return 0;
    if (std::uint32_t name = englishNames().at(hash); name != KeyIndex::kNone)
        return hashOf(kEnglishNames[name].english);
    std::string_view stemmed = stem(word);
    std::uint64_t textHash = stemmed.size() == word.size() ? hash : hashOf(stemmed);
    // A Dutch plural of a word in the list ("fregatten": "fregat").
    if (std::uint32_t n = englishNames().at(textHash); n != KeyIndex::kNone)
        textHash = hashOf(kEnglishNames[n].english);
    return isStopWord(textHash) ? 0 : textHash;
}

// English names of two words that Dutch writes as one ("air defence", "luchtverdediging"):
// the key of the joined word, 0 when the two are no such name. The two are compared as they
// are read ("wadden" is cut back as a plural would be).
std::uint64_t joinedWith(std::uint64_t previousKey, std::uint64_t wordHash) {
    struct Joined {
        std::uint64_t first;
        std::uint64_t second;
        std::uint64_t joined;
    };
    static const std::vector<Joined> pairs = [] {
        constexpr std::array<std::array<std::string_view, 3>, 8> names = {{
            {"air", "defence", "airdefence"},
            {"air", "force", "airforce"},
            {"air", "base", "airbase"},
            {"bird", "strike", "birdstrike"},
            {"north", "sea", "northsea"},
            {"wadden", "sea", "waddensea"},
            {"emergency", "landing", "emergency"},
            {"long", "range", "longrange"},
        }};
        std::vector<Joined> out;
        for (const auto& n : names)
            out.push_back({keyOfHash(readAs(n[0])), readAs(n[1]), wordKey(n[2])});
        return out;
    }();
    for (const Joined& p : pairs)
        if (p.first == previousKey && p.second == wordHash) return p.joined;
    return 0;
}

void finishWord(std::string& word, bool entity, std::vector<Word>& out) {
    bool digits = std::any_of(word.begin(), word.end(), [](char c) { return isDigit(c); });
    if (word.size() >= 2 || digits) {
        std::uint64_t textHash = readAs(word);
        std::uint64_t joined = out.empty() ? 0 : joinedWith(out.back().key, textHash);
        if (joined != 0)
            out.back().key = joined;
        else if (textHash != 0)
            out.push_back({keyOfHash(textHash), entity || digits});
    }
    word.clear();
}

} // namespace

std::uint64_t wordKey(std::string_view word) {
    return keyOfHash(hashOf(word));
}

bool isHomeCountry(std::uint64_t key) {
    static const std::uint64_t belgium = wordKey("belgium");
    static const std::uint64_t netherlands = wordKey("netherlands");
    return key == belgium || key == netherlands;
}

void appendWords(std::string_view text, std::vector<Word>& out, size_t limit) {
    size_t end = out.size() + limit;
    std::string word;
    word.reserve(32);
    bool entity = false;
    bool sentenceStart = true;
    char32_t previous = 0;
    size_t i = 0;
    while (i < text.size() && out.size() < end) {
        char32_t cp = nextCodePoint(text, i);
        if (isWordPart(cp)) {
            if (word.empty())
                entity = isUpper(cp) && !sentenceStart;
            else if (isUpper(cp))
                entity = true; // "NAVO", "McDonnell"
            appendFolded(cp, word);
            previous = cp;
            continue;
        }
        size_t peek = i;
        char32_t next = i < text.size() ? nextCodePoint(text, peek) : 0;
        bool digitNext = isDigit(next);
        bool digitBefore = isDigit(previous);
        // "F-35", "MQ-9", "3,5", "3.5": one word, as the same event spells it in each outlet.
        if (!word.empty() && cp == '-' && digitNext && (word.size() <= 3 || digitBefore)) continue;
        if (!word.empty() && (cp == ',' || cp == '.') && digitBefore && digitNext) continue;
        if (!word.empty()) {
            finishWord(word, entity, out);
            sentenceStart = false;
        }
        if (cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == '\n') sentenceStart = true;
        previous = cp;
    }
    if (!word.empty() && out.size() < end) finishWord(word, entity, out);
}

std::string canonicalLink(std::string_view url) {
    size_t scheme = url.find("://");
    if (scheme == std::string_view::npos) return {};
    url.remove_prefix(scheme + 3);
    url = url.substr(0, url.find('#'));
    size_t pathStart = std::min(url.find('/'), url.size());
    std::string host(url.substr(0, pathStart));
    std::transform(host.begin(), host.end(), host.begin(),
                   [](char c) { return static_cast<char>(std::tolower(c)); });
    if (host.starts_with("www.")) host.erase(0, 4);
    std::string_view rest = url.substr(pathStart);
    size_t queryStart = std::min(rest.find('?'), rest.size());
    std::string path(rest.substr(0, queryStart));
    while (!path.empty() && path.back() == '/')
        path.pop_back();
    std::string query;
    std::string_view params = rest.substr(std::min(queryStart + 1, rest.size()));
    while (!params.empty()) {
        size_t amp = std::min(params.find('&'), params.size());
        std::string_view param = params.substr(0, amp);
        bool tracking = param.starts_with("utm_") || param.starts_with("fbclid=") ||
                        param.starts_with("gclid=") || param.starts_with("xtor=") ||
                        param.starts_with("ref=");
        if (!tracking && !param.empty()) query += (query.empty() ? "?" : "&") + std::string(param);
        params.remove_prefix(std::min(amp + 1, params.size()));
    }
    if (path.empty() && query.empty()) return {};
    return host + path + query;
}

} // namespace heraut::story
