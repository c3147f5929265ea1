// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextLanguage.h"

#include "HeadlineWords.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace heraut::story {
namespace {

// Enough words to tell the two apart in a two-sentence wire item, and no more: the language is
// told for every article a refresh stores.
constexpr size_t kLanguageBytes = 800;

// Words of one language only. Words Dutch and English share count for neither: "in", "is",
// "was", "had", "over", "die" (English "to die"), "of" (Dutch "or") and "met" (English "met").
constexpr std::array<std::string_view, 21> kDutch = {
    "de",  "het", "een", "van",   "en",  "op",   "voor", "niet",  "dat",    "zijn", "naar",
    "ook", "bij", "uit", "wordt", "nog", "maar", "om",   "heeft", "worden", "te"};
constexpr std::array<std::string_view, 19> kEnglish = {
    "the", "and",  "to",   "a",    "for", "on", "with", "that", "from", "by",
    "has", "have", "will", "said", "its", "it", "be",   "were", "this"};
// Function words of the neighbours' languages that neither list has: Belgian outlets write in
// French too, and "de", "en", "a", "will" would read a French or German report as Dutch or
// English. Left out: "der" and "den", which Dutch keeps in names ("Kamer der Staten-Generaal"),
// and "pas" and "von", common in Dutch ("pas na") and in names ("von der Leyen").
constexpr std::array<std::string_view, 30> kFrenchOrGerman = {
    "le",  "la",   "les",  "des",   "du",  "une", "est",  "et",   "au",   "aux",
    "sur", "dans", "pour", "qui",   "que", "par", "ses",  "sont", "ont",  "und",
    "das", "ist",  "mit",  "nicht", "zu",  "auf", "eine", "dem",  "wird", "auch"};
constexpr size_t kLongestWord = 6;

enum class Tongue : std::uint8_t { Dutch, English, Other };

// A word of at most kLongestWord ASCII letters in lower case as one number, its letters' bytes
// one after another: words of other lengths never collide, as no letter is 0.
constexpr std::uint64_t packed(std::string_view word) {
    std::uint64_t value = 0;
    for (char c : word)
        value = value << 8 | static_cast<unsigned char>(c);
    return value;
}

struct FunctionWord {
    std::uint64_t word;
    Tongue tongue;
};

// Every list's words, ordered by their packed value: each word of an article is looked up with
// a binary search of integers, as the language is told for every article a refresh stores.
constexpr auto kFunctionWords = [] {
    std::array<FunctionWord, kDutch.size() + kEnglish.size() + kFrenchOrGerman.size()> table{};
    size_t n = 0;
    for (auto word : kDutch)
        table[n++] = {packed(word), Tongue::Dutch};
    for (auto word : kEnglish)
        table[n++] = {packed(word), Tongue::English};
    for (auto word : kFrenchOrGerman)
        table[n++] = {packed(word), Tongue::Other};
    std::sort(table.begin(), table.end(),
              [](const FunctionWord& a, const FunctionWord& b) { return a.word < b.word; });
    return table;
}();

static_assert(std::adjacent_find(kFunctionWords.begin(), kFunctionWords.end(),
                                 [](const FunctionWord& a, const FunctionWord& b) {
                                     return a.word == b.word;
                                 }) == kFunctionWords.end(),
              "a function word is in one list only");

bool isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// A byte that belongs to a word: letters, digits ("F-35A" and "A400M" are no words "a") and
// the bytes of letters outside ASCII ("Oekraïne" is no "oekra" and "ne"), but no UTF-8
// punctuation (a curly quote or a no-break space ends a word).
size_t wordBytesAt(std::string_view text, size_t i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) return isAsciiLetter(text[i]) || (c >= '0' && c <= '9') ? 1 : 0;
    return utf8PunctuationAt(text, i) == 0 ? 1 : 0;
}

struct WordCounts {
    int dutch = 0;
    int english = 0;
    int other = 0;
};

// Adds one word of `text` to `counts` when it is a function word: at most kLongestWord ASCII
// letters, compared in lower case.
void countWord(std::string_view word, WordCounts& counts) {
    if (word.size() > kLongestWord) return;
    std::uint64_t value = 0;
    for (char c : word) {
        if (!isAsciiLetter(c)) return;
        value = value << 8 | static_cast<unsigned char>(c | 0x20); // ASCII lower case
    }
    auto found =
        std::lower_bound(kFunctionWords.begin(), kFunctionWords.end(), value,
                         [](const FunctionWord& entry, std::uint64_t v) { return entry.word < v; });
    if (found == kFunctionWords.end() || found->word != value) return;
    if (found->tongue == Tongue::Dutch)
        ++counts.dutch;
    else if (found->tongue == Tongue::English)
        ++counts.english;
    else
        ++counts.other;
}

void countFunctionWords(std::string_view text, WordCounts& counts) {
    size_t i = 0;
    while (i < text.size()) {
        size_t start = i;
        while (i < text.size() && wordBytesAt(text, i) > 0)
            ++i;
        if (i > start)
            countWord(text.substr(start, i - start), counts);
        else
            i += std::max<size_t>(1, utf8PunctuationAt(text, i));
    }
}

// The first kLanguageBytes of `text`, cut back to the end of a word: a word cut in two
// ("be|sluit") would count its first half.
std::string_view opening(std::string_view text) {
    if (text.size() <= kLanguageBytes) return text;
    size_t end = kLanguageBytes;
    while (end > 0 && wordBytesAt(text, end) > 0)
        --end;
    return text.substr(0, end);
}

} // namespace

StoryLanguage guessLanguage(std::string_view headline, std::string_view text) {
    WordCounts counts;
    countFunctionWords(headline, counts);
    countFunctionWords(opening(text), counts);
    if (counts.dutch == counts.english || counts.other >= std::max(counts.dutch, counts.english))
        return StoryLanguage::Unknown;
    return counts.dutch > counts.english ? StoryLanguage::Dutch : StoryLanguage::English;
}

} // namespace heraut::story
