// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace heraut::cli {

// Exit codes of every command (DESIGN.md), one per kind of failure:
// 0 done; 1 some or all of the work failed (a feed, the network, the database refused a
// write); 2 nothing was done because of what was asked: bad usage, a bad argument, an unknown
// id, feed or folder, a missing or unusable file (--db, an OPML file).
enum ExitCode { kSuccess = 0, kPartialFailure = 1, kBadInput = 2 };

// Bad usage or bad input: printed as one line, exit code 2.
class UsageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// For an option whose empty value would read as not given (--watch "", --folder ""): refused
// while parsing, exit 2.
inline const CLI::Validator& nonEmpty() {
    static const CLI::Validator check(
        [](std::string& value) { return value.empty() ? std::string("needs a value") : ""; }, "",
        "NONEMPTY");
    return check;
}

struct GlobalOptions {
    std::string databasePath;
};

// One class per command: its options and what it does. Adding a command is a new file and a
// line in commands().
class Command {
  public:
    virtual ~Command() = default;
    virtual const char* name() const = 0;
    virtual const char* summary() const = 0;
    virtual void configure(CLI::App& app) = 0;
    virtual int execute(const GlobalOptions& global) = 0;
};

std::vector<std::unique_ptr<Command>> commands();

} // namespace heraut::cli
