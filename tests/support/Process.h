// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <sys/types.h>
#include <vector>

namespace heraut::test {

struct ProcessResult {
    int exitCode = -1; // -1 when killed by a signal
    std::string out;
    std::string err;
};

// Runs a program with extra environment entries ("NAME=value") and optional standard input.
ProcessResult runProcess(const std::vector<std::string>& argv,
                         const std::vector<std::string>& environment = {},
                         const std::string& input = {});

// Starts a program in the background with output thrown away; returns its pid.
pid_t startProcess(const std::vector<std::string>& argv,
                   const std::vector<std::string>& environment = {});

// Waits for it; returns the exit code, or -signal when a signal ended it.
int waitProcess(pid_t pid);

} // namespace heraut::test
