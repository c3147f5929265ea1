// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

struct sqlite3;

namespace heraut {

// The plain text of an article as the store derives it from the sanitised HTML it keeps
// (the body, else the summary): tags out, the sanitiser's entities decoded, one line per
// block. The store keeps no second copy of every text, which cost as much to write as the
// HTML itself; the search index and "show" read it through this instead.
// The search index holds what this returned when each article was indexed and is told the
// same words again to forget one, so changing the output needs a migration that rebuilds it.
std::string plainTextOfStoredHtml(std::string_view summary, std::string_view content);

// Adds it to a connection as heraut_plain_text(summary, content), NULL read as empty.
bool registerStoredText(sqlite3* db);

} // namespace heraut
