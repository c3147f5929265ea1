// SPDX-License-Identifier: GPL-3.0-or-later
#include "heraut/DateParser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    if (auto parsed = heraut::parseFeedDate(text)) {
        // Whatever parses must round-trip through the canonical form.
        auto again = heraut::parseFeedDate(heraut::formatIso8601(*parsed));
        if (!again || *again != *parsed) std::abort();
    }
    return 0;
}
