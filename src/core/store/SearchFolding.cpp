// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchFolding.h"

#include "SearchRank.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <span>
#include <sqlite3.h>

namespace heraut {
namespace {

struct Fold {
    char32_t from;
    const char* to;
};

constexpr Fold kFolds[] = {
#include "SearchFoldTable.inc"
};

const char* foldOf(char32_t c) {
    const Fold* end = std::end(kFolds);
    const Fold* hit = std::lower_bound(std::begin(kFolds), end, c,
                                       [](const Fold& f, char32_t key) { return f.from < key; });
    return hit != end && hit->from == c ? hit->to : nullptr;
}

// The code point at `text[i]` and its length in bytes; a malformed byte stands for itself.
std::pair<char32_t, size_t> decode(std::string_view text, size_t i) {
    auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
    unsigned char lead = byte(i);
    size_t length = lead < 0x80         ? 1
                    : lead >> 5 == 0x6  ? 2
                    : lead >> 4 == 0xE  ? 3
                    : lead >> 3 == 0x1E ? 4
                                        : 0;
    if (length == 0 || i + length > text.size()) return {lead, 1};
    char32_t c = length == 1 ? lead : lead & (0x7F >> length);
    for (size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return {lead, 1};
        c = (c << 6) | (byte(i + k) & 0x3F);
    }
    return {c, length};
}

struct CodePointRange {
    char32_t first, last;
};

// Letters and numbers (Unicode's L* and N*, unicode61's token characters) among what
// kSeparators holds: ª ² ³ µ ¹ º ¼-¾, super- and subscripts, ½ and Ⅳ, ① and ❶, 々.
constexpr CodePointRange kTokensAmongSeparators[] = {
    {0xAA, 0xAA},     {0xB2, 0xB3},     {0xB5, 0xB5},     {0xB9, 0xBA},
    {0xBC, 0xBE},     {0x2070, 0x209F}, {0x2150, 0x218F}, {0x2460, 0x24FF},
    {0x2776, 0x2793}, {0x3005, 0x3007}, {0x3021, 0x3029}};

// Blocks of punctuation, symbols, arrows, dingbats and emoji, which unicode61 reads as
// separators; the fullwidth forms' punctuation too.
constexpr CodePointRange kSeparators[] = {
    {0x80, 0xBF},     {0xD7, 0xD7},     {0xF7, 0xF7},       {0x2000, 0x2BFF},  {0x2E00, 0x2E7F},
    {0x3000, 0x303F}, {0xFE00, 0xFE0F}, {0xFE30, 0xFE4F},   {0xFF01, 0xFF0F},  {0xFF1A, 0xFF20},
    {0xFF3B, 0xFF40}, {0xFF5B, 0xFF65}, {0x1F000, 0x1FAFF}, {0xE0000, 0xE007F}};

bool inRanges(char32_t c, std::span<const CodePointRange> ranges) {
    return std::any_of(ranges.begin(), ranges.end(),
                       [c](const CodePointRange& r) { return c >= r.first && c <= r.last; });
}

bool isTokenCharacter(char32_t c) {
    if (c < 0x80) return std::isalnum(static_cast<int>(c)) != 0;
    return inRanges(c, kTokensAmongSeparators) || !inRanges(c, kSeparators);
}

// kFeedTokenMarker, "feed", digits: one token as it stands. unicode61 would drop the marker.
bool isFeedToken(std::string_view text) {
    constexpr std::string_view prefix = "\x01"
                                        "feed";
    if (!text.starts_with(prefix) || text.size() == prefix.size()) return false;
    return std::all_of(text.begin() + prefix.size(), text.end(),
                       [](char c) { return c >= '0' && c <= '9'; });
}

bool isAscii(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

void appendFolded(std::string_view token, std::string& out) {
    for (size_t i = 0; i < token.size();) {
        auto [c, length] = decode(token, i);
        const char* folded = c < 0x80 ? nullptr : foldOf(c);
        if (folded)
            out += folded;
        else
            out.append(token.substr(i, length));
        i += length;
    }
}

// unicode61 with the folding after it.
struct FoldingTokenizer {
    fts5_tokenizer inner{};
    Fts5Tokenizer* instance = nullptr;
    ~FoldingTokenizer() {
        if (instance) inner.xDelete(instance);
    }
};

using TokenCallback = int (*)(void*, int, const char*, int, int, int);

struct TokenSink {
    void* context;
    TokenCallback emit;
    std::string folded;
};

int foldToken(void* sink, int flags, const char* token, int size, int start, int end) {
    auto* s = static_cast<TokenSink*>(sink);
    std::string_view text(token, static_cast<size_t>(size));
    if (isAscii(text)) return s->emit(s->context, flags, token, size, start, end);
    s->folded.clear();
    appendFolded(text, s->folded);
    return s->emit(s->context, flags, s->folded.data(), static_cast<int>(s->folded.size()), start,
                   end);
}

int createTokenizer(void* api, const char** args, int argCount, Fts5Tokenizer** out) {
    auto* fts = static_cast<fts5_api*>(api);
    auto tokenizer = std::make_unique<FoldingTokenizer>();
    void* innerData = nullptr;
    int rc = fts->xFindTokenizer(fts, "unicode61", &innerData, &tokenizer->inner);
    if (rc != SQLITE_OK) return rc;
    static const char* defaults[] = {"remove_diacritics", "2"};
    rc = tokenizer->inner.xCreate(innerData, argCount > 0 ? args : defaults,
                                  argCount > 0 ? argCount : 2, &tokenizer->instance);
    if (rc != SQLITE_OK) return rc;
    *out = reinterpret_cast<Fts5Tokenizer*>(tokenizer.release());
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer* tokenizer) {
    delete reinterpret_cast<FoldingTokenizer*>(tokenizer);
}

int tokenize(Fts5Tokenizer* tokenizer, void* context, int flags, const char* text, int size,
             TokenCallback emit) {
    std::string_view whole(text, static_cast<size_t>(size));
    if (isFeedToken(whole)) return emit(context, 0, text, size, 0, size);
    auto* self = reinterpret_cast<FoldingTokenizer*>(tokenizer);
    TokenSink sink{context, emit, {}};
    return self->inner.xTokenize(self->instance, &sink, flags, text, size, foldToken);
}

} // namespace

bool hasTokenCharacter(std::string_view text) {
    for (size_t i = 0; i < text.size();) {
        auto [c, length] = decode(text, i);
        if (isTokenCharacter(c)) return true;
        i += length;
    }
    return false;
}

std::string foldForSearch(std::string_view token) {
    std::string out;
    out.reserve(token.size());
    appendFolded(token, out);
    return out;
}

bool registerSearchFolding(sqlite3* db) {
    fts5_api* api = fts5Api(db);
    if (!api) return false;
    fts5_tokenizer functions{createTokenizer, deleteTokenizer, tokenize};
    return api->xCreateTokenizer(api, "heraut_fold", api, &functions, nullptr) == SQLITE_OK;
}

} // namespace heraut
