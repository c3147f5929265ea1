// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace heraut {

// Seconds since the Unix epoch, UTC. Absent when the feed gave no date we could trust.
using Timestamp = std::optional<std::int64_t>;

struct Enclosure {
    std::string url;
    std::optional<std::string> type;
    std::optional<std::int64_t> length;

    bool operator==(const Enclosure&) const = default;
};

// One item of a feed after normalisation: what the feed said, made safe and absolute.
struct Article {
    std::string id;
    std::string title;
    std::optional<std::string> link;
    std::optional<std::string> author;
    Timestamp published;
    Timestamp updated;
    std::optional<std::string> summary; // sanitised HTML
    std::optional<std::string> content; // sanitised HTML
    std::string text;                   // plain text of content, else of summary
    std::vector<std::string> keyTakeaways;
    std::vector<std::string> categories;
    std::vector<Enclosure> enclosures;

    bool operator==(const Article&) const = default;
};

} // namespace heraut
