// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace heraut {

// Why a fetch or a refresh of a feed failed, as a kind a program can act on and a reader's
// language can word: the core's `error` strings are English for the CLI and logs, the GUI
// words the kind itself (FeedErrorText). Stored in feeds.last_error_kind: the values never
// change meaning; new kinds are added at the end.
enum class FailureKind : int {
    None = 0,              // no failure, or one recorded before kinds were kept
    Other = 1,             // only the English text says what
    HostNotFound = 2,      // DNS: offline, or the name is wrong
    CouldNotConnect = 3,   // server down or unreachable
    TimedOut = 4,          // too slow or not answering
    TlsUnverified = 5,     // the certificate could not be verified
    TooManyRedirects = 6,  // code: the limit
    UnsupportedScheme = 7, // not http or https
    TooLarge = 8,          // code: the limit in MiB
    Http = 9,              // code: the HTTP status
    BotProtection = 10,    // code: the HTTP status (403/503 with a challenge page)
    NotAFeed = 11,         // the response is no RSS, Atom or JSON Feed
    NotStored = 12,        // code: articles fetched that the database refused
};

// A kind with the number that goes with it (see FailureKind); {None, 0} when all went well.
struct Failure {
    FailureKind kind = FailureKind::None;
    std::int64_t code = 0;
};

} // namespace heraut
