// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace heraut {

// A mute rule's regular expression, on PCRE2 with a bound on the work of each search.
// std::regex backtracks without limit (and by recursion): "(a+)+$" against a line of a
// hundred a's hung a refresh for ever. Case is ignored (Unicode), ^ and $ match at each line,
// text that is not valid UTF-8 is searched in its valid parts.
class MuteRegex {
  public:
    enum class Found {
        No,
        Yes,
        TooCostly // gave up: the search took more than its budget of backtracking steps
    };

    // Throws MuteRuleError naming the pattern, PCRE2's reason and the offset of the fault.
    explicit MuteRegex(const std::string& pattern);
    ~MuteRegex();
    MuteRegex(MuteRegex&&) noexcept;
    MuteRegex& operator=(MuteRegex&&) noexcept;

    Found find(std::string_view text);

  private:
    struct Compiled;
    std::unique_ptr<Compiled> m_compiled;
};

// The pattern in quotes for a message: its first 80 bytes (cut between characters) and "…"
// when longer, so a 100 KB expression is not echoed whole.
std::string quotedPattern(std::string_view pattern);

} // namespace heraut
