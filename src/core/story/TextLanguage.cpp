// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextLanguage.h"

#include "HeadlineWords.h"
#include "heraut/AsciiCase.h"
#include "heraut/WordLists.h"

#include <array>
#include <string>

namespace heraut::story {
namespace {

// Enough words to tell the two apart in a two-sentence wire item, and no more: a body's
// opening is read, not all of it.
constexpr size_t kLanguageBytes = 1500;

// Words of one language only: "in", "is", "was", "had", "over" and "die" (English "to die")
// are in both and count for neither.
constexpr std::array<std::string_view, 22> kDutch = {
    "de",   "het", "een", "van", "en",    "op",  "voor", "met", "niet", "dat",   "zijn",
    "naar", "ook", "bij", "uit", "wordt", "nog", "maar", "om",  "te",   "heeft", "worden"};
constexpr std::array<std::string_view, 20> kEnglish = {
    "the", "of",  "and",  "to",   "a",    "for", "on", "with", "that", "from",
    "by",  "has", "have", "will", "said", "its", "it", "be",   "were", "this"};

} // namespace

StoryLanguage guessLanguage(std::string_view headline, std::string_view text) {
    int dutch = 0;
    int english = 0;
    for (std::string_view part : {headline, text.substr(0, kLanguageBytes)}) {
        std::string lower = asciiLower(part);
        for (std::string_view w : headlineWords(lower)) {
            dutch += isOneOf(w, kDutch);
            english += isOneOf(w, kEnglish);
        }
    }
    if (dutch == english) return StoryLanguage::Unknown;
    return dutch > english ? StoryLanguage::Dutch : StoryLanguage::English;
}

} // namespace heraut::story
