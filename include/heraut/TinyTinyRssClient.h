// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heraut/Fetcher.h"
#include "heraut/SyncClient.h"

#include <memory>

namespace heraut {

// The Tiny Tiny RSS JSON API (POST JSON to <url>/api/). Owned by p12-ttrss; until it lands the
// implementation throws SyncError(Other, "Tiny Tiny RSS is not supported yet").
std::unique_ptr<SyncClient> makeTinyTinyRssClient(const Account& account,
                                                  const std::string& password,
                                                  const FetchOptions& fetch);

} // namespace heraut
