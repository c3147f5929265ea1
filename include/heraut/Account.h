// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Article.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace heraut {

// Which protocol an account speaks.
enum class AccountKind {
    GoogleReader, // ClientLogin + /reader/api/0: FreshRSS, Miniflux, Inoreader, The Old Reader
    TinyTinyRss,  // tt-rss JSON API (/api/)
};

// Where Google Reader servers differ (research/sync-protocols.md §1.2-1.3). Generic behaves as
// FreshRSS does, which most clones copy. Tiny Tiny RSS accounts use Generic.
enum class ReaderDialect { Generic, FreshRss, Miniflux, Inoreader };

// A server reader plus a user on it. The password is not here: CredentialStore keeps it.
struct Account {
    std::int64_t id = 0;
    AccountKind kind = AccountKind::GoogleReader;
    ReaderDialect dialect = ReaderDialect::Generic;
    std::string url;  // the API base: FreshRSS ".../api/greader.php", tt-rss "https://host/tt-rss/"
    std::string user; // the login name
    std::string title;                // what the feed tree shows; empty: "user@host"
    std::int64_t syncInterval = 1800; // seconds between background syncs
    std::int64_t nextDue = 0;         // epoch seconds; 0: at the next chance
    Timestamp lastSync;               // last attempt
    Timestamp lastSuccess;
    std::optional<std::string> lastError; // of the last attempt, for a person; absent after success
    std::optional<std::string> lastErrorKind; // syncErrorKindName() of lastError, when known

    std::string displayTitle() const;
};

// "greader" / "ttrss"; "freshrss" / "miniflux" / "inoreader" / "generic". The names the CLI
// takes and the database keeps.
std::string_view accountKindName(AccountKind kind);
std::optional<AccountKind> parseAccountKind(std::string_view name);
std::string_view readerDialectName(ReaderDialect dialect);
std::optional<ReaderDialect> parseReaderDialect(std::string_view name);

} // namespace heraut
