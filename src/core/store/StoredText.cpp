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

// The element's name in what lies between "<" and ">": "td" of "td colspan=\"2\"" and of "/td".
std::string_view elementName(std::string_view tag) {
    if (!tag.empty() && tag.front() == '/') tag.remove_prefix(1);
    return tag.substr(0, tag.find_first_of(" \t\n/"));
}

// Elements after which the text goes on on a new line: every block the sanitiser keeps
// (HtmlSanitizer.cpp), so that no two blocks' words run together.
bool endsBlock(std::string_view name) {
    static constexpr std::string_view kBlocks[] = {
        "p",  "br",         "li",     "div", "h1",      "h2",         "h3",   "h4",
        "h5", "h6",         "tr",     "ul",  "ol",      "pre",        "hr",   "dt",
        "dd", "blockquote", "figure", "dl",  "caption", "figcaption", "table"};
    for (std::string_view block : kBlocks)
        if (name == block) return true;
    return false;
}

bool isCell(std::string_view name) {
    return name == "td" || name == "th";
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

// Between two cells of a row, as in the sanitiser's text (PlainTextBuilder::endCell); none
// before a row's first cell or after an empty one.
constexpr std::string_view kCellSeparator = " | ";

// A separator before a cell that held nothing, or before the row's end, goes again.
void dropOpenCell(std::string& out) {
    if (out.ends_with(kCellSeparator)) out.resize(out.size() - kCellSeparator.size());
}

// Appends a separator: a space between words, a newline between blocks, never two.
void separate(std::string& out, char separator) {
    if (separator == '\n') dropOpenCell(out);
    if (out.empty()) return;
    char& last = out.back();
    if (last == '\n') return;
    if (last == ' ')
        last = separator;
    else
        out += separator;
}

void separateCell(std::string& out) {
    if (out.empty() || out.back() == '\n' || out.ends_with(kCellSeparator)) return;
    if (out.back() == ' ') out.pop_back();
    out += kCellSeparator;
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
            std::string_view tag = html.substr(i + 1, close - i - 1);
            std::string_view name = elementName(tag);
            if (endsBlock(name))
                separate(out, '\n');
            else if (isCell(name) && tag.front() != '/')
                separateCell(out);
            i = close + 1;
        } else {
            separate(out, ' ');
            ++i;
        }
    }
    dropOpenCell(out);
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
