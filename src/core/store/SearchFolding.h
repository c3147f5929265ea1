// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

struct sqlite3;

namespace heraut {

// Folds one token as the search index does after unicode61 (remove_diacritics 2) has cased
// and stripped it: Latin, Greek and Cyrillic letters with marks to their base letter (ά to α,
// ё to е, й to и, as their decomposed forms already fold), letters with a stroke or a
// ligature that Unicode never decomposes to what readers type instead (ł to l, ø to o, ı to
// i, ß to ss, æ to ae, þ to th). The table is SearchFoldTable.inc. UTF-8 in and out.
std::string foldForSearch(std::string_view token);

// Whether unicode61 finds a token in `text`: a letter or a digit. Approximated by blocks, not
// read from Unicode's tables: ASCII letters and digits, and any character outside the blocks of
// punctuation, symbols, arrows, dingbats and emoji ("🚀", "→", "…", "！" are none), with the
// letters and numbers inside those blocks ("½", "²", "Ⅳ", "①") kept. UTF-8.
bool hasTokenCharacter(std::string_view text);

// Adds the FTS5 tokenizer "heraut_fold" to a connection: unicode61 (with its arguments, by
// default remove_diacritics 2), each token then folded by foldForSearch. The index and the
// queries go through it alike, so "lask" finds "Łask" and "αθηνα" finds "Αθήνα".
// A text of the control character U+0001, "feed" and a feed's number is one token as it
// stands: the index's feed column (Schema.cpp). Queries never carry control characters
// (parseSearchQuery makes them spaces), so no typed word reaches it.
// Returns false when the SQLite build has no FTS5.
bool registerSearchFolding(sqlite3* db);

} // namespace heraut
