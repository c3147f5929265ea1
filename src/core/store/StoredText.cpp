// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoredText.h"

#include "SqlFunctionArgument.h"

#include <array>

namespace heraut {
namespace {

constexpr std::array<bool, 256> kSpecial = [] {
    std::array<bool, 256> table{};
    for (unsigned char c : {'<', '&', ' ', '\t', '\n', '\r'})
        table[c] = true;
    return table;
}();

// Elements after which the text goes on on a new line.
bool endsBlock(std::string_view tag) {
    if (!tag.empty() && tag.front() == '/') tag.remove_prefix(1);
    size_t end = tag.find_first_of(" \t\n/");
    tag = tag.substr(0, end);
    static constexpr std::string_view kBlocks[] = {
        "p",  "br", "li",  "div",        "h1",     "h2", "h3", "h4", "h5",         "h6",   "tr",
        "ul", "ol", "pre", "blockquote", "figure", "hr", "dt", "dd", "figcaption", "table"};
    for (std::string_view block : kBlocks)
        if (tag == block) return true;
    return false;
}

// The four entities the sanitiser writes; anything else stays as it is.
size_t appendEntity(std::string& out, std::string_view html, size_t at) {
    static constexpr std::pair<std::string_view, char> kEntities[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
    for (auto [entity, c] : kEntities)
        if (html.substr(at, entity.size()) == entity) {
            out += c;
            return entity.size();
        }
    out += '&';
    return 1;
}

// Appends a separator: a space between words, a newline between blocks, never two.
void separate(std::string& out, char separator) {
    if (out.empty()) return;
    char& last = out.back();
    if (last == '\n') return;
    if (last == ' ')
        last = separator;
    else
        out += separator;
}

std::string plainText(std::string_view html) {
    std::string out;
    out.reserve(html.size());
    size_t i = 0;
    while (i < html.size()) {
        size_t run = i;
        while (run < html.size()) { // words and the single spaces between them in one piece
            unsigned char c = static_cast<unsigned char>(html[run]);
            if (!kSpecial[c])
                ++run;
            else if (c == ' ' && run > i && run + 1 < html.size() &&
                     !kSpecial[static_cast<unsigned char>(html[run + 1])])
                run += 2;
            else
                break;
        }
        out.append(html.data() + i, run - i);
        if (run == html.size()) break;
        i = run;
        char c = html[i];
        if (c == '&') {
            i += appendEntity(out, html, i);
        } else if (c == '<') {
            size_t close = html.find('>', i);
            if (close == std::string_view::npos) break;
            if (endsBlock(html.substr(i + 1, close - i - 1))) separate(out, '\n');
            i = close + 1;
        } else {
            separate(out, ' ');
            ++i;
        }
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == '\n'))
        out.pop_back();
    return out;
}

void plainTextFunction(sqlite3_context* context, int, sqlite3_value** arguments) {
    std::string text =
        plainTextOfStoredHtml(textArgument(arguments[0]), textArgument(arguments[1]));
    sqlite3_result_text64(context, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

} // namespace

std::string plainTextOfStoredHtml(std::string_view summary, std::string_view content) {
    std::string text = plainText(content);
    return text.empty() ? plainText(summary) : text;
}

bool registerStoredText(sqlite3* db) {
    return sqlite3_create_function(db, "heraut_plain_text", 2,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                   plainTextFunction, nullptr, nullptr) == SQLITE_OK;
}

} // namespace heraut
