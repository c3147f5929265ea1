// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextLanguage.h"

#include "heraut/WordLists.h"

#include <array>

namespace heraut::story {
namespace {

// Enough words to tell the two apart in a two-sentence wire item, and no more: the language is
// told for every article a refresh stores.
constexpr size_t kLanguageBytes = 800;

// Words of one language only: "in", "is", "was", "had", "over" and "die" (English "to die")
// are in both and count for neither. None is longer than kLongestWord letters.
constexpr std::array<std::string_view, 22> kDutch = {
    "de",   "het", "een", "van", "en",    "op",  "voor", "met", "niet",  "dat",    "zijn",
    "naar", "ook", "bij", "uit", "wordt", "nog", "maar", "om",  "heeft", "worden", "te"};
constexpr std::array<std::string_view, 20> kEnglish = {
    "the", "of",  "and",  "to",   "a",    "for", "on", "with", "that", "from",
    "by",  "has", "have", "will", "said", "its", "it", "be",   "were", "this"};
constexpr size_t kLongestWord = 6;

bool isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Adds to `dutch` and `english` the function words of `text`: runs of ASCII letters, compared
// in lower case. A letter outside ASCII ends no word ("Oekraïne" is no "oekra" and "ne").
void countFunctionWords(std::string_view text, int& dutch, int& english) {
    std::array<char, kLongestWord> word{};
    size_t i = 0;
    while (i < text.size()) {
        size_t start = i;
        while (i < text.size() &&
               (isAsciiLetter(text[i]) || static_cast<unsigned char>(text[i]) >= 0x80))
            ++i;
        size_t length = i - start;
        if (length > 0 && length <= kLongestWord) {
            bool ascii = true;
            for (size_t k = 0; k < length; ++k) {
                char c = text[start + k];
                ascii = ascii && isAsciiLetter(c);
                word[k] = static_cast<char>(c | 0x20); // ASCII lower case
            }
            std::string_view w(word.data(), length);
            if (ascii) {
                dutch += isOneOf(w, kDutch);
                english += isOneOf(w, kEnglish);
            }
        }
        if (length == 0) ++i;
    }
}

} // namespace

StoryLanguage guessLanguage(std::string_view headline, std::string_view text) {
    int dutch = 0;
    int english = 0;
    countFunctionWords(headline, dutch, english);
    countFunctionWords(text.substr(0, kLanguageBytes), dutch, english);
    if (dutch == english) return StoryLanguage::Unknown;
    return dutch > english ? StoryLanguage::Dutch : StoryLanguage::English;
}

} // namespace heraut::story
