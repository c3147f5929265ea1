// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Fetcher.h"
#include "heraut/SyncClient.h"

#include <memory>

namespace heraut {

// The Google Reader API (ClientLogin + /reader/api/0) as FreshRSS, Miniflux and Inoreader
// answer it (research/sync-protocols.md §1.2-1.3): the edit token T sent in every POST body and
// the auth header on every call (Miniflux reads only T on POST, FreshRSS also wants the header),
// a bad token (401 + X-Reader-Google-Bad-Token) fetched again and the call retried once, decimal
// ids turned into the long hex form, item contents by POST only (Miniflux), continuation followed
// until absent whatever its form (an entry id on FreshRSS, an offset on Miniflux), contents in
// batches of 999 (250 on Inoreader) and state changes in batches of 200.
// `baseUrl` is the API root: FreshRSS ".../api/greader.php", Miniflux the server's root.
std::unique_ptr<SyncClient> makeGoogleReaderClient(const Account& account,
                                                   const std::string& password,
                                                   const FetchOptions& fetch);

// "12345" (decimal, as items/ids gives them) -> "tag:google.com,2005:reader/item/0000000000003039";
// a long form comes back unchanged, a bare 16-digit hex id (The Old Reader) gets the prefix.
// Empty for what is neither.
std::string longItemId(std::string_view id);

} // namespace heraut
