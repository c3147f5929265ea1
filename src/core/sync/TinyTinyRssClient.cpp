// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder until the Tiny Tiny RSS client lands (p12-ttrss replaces this file).
#include "heraut/TinyTinyRssClient.h"

namespace heraut {

std::unique_ptr<SyncClient> makeTinyTinyRssClient(const Account& account, const std::string&,
                                                  const FetchOptions&) {
    throw SyncError(SyncError::Kind::Other,
                    "Tiny Tiny RSS is not supported yet (" + account.url + ")");
}

} // namespace heraut
