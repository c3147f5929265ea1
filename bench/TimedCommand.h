// SPDX-License-Identifier: GPL-3.0-or-later
// What the whole-command benchmarks (bench_refresh, bench_pages, bench_sync) share: running
// heraut-cli (or a peer) once, timed, with its own peak memory.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace heraut::bench {

struct TimedRun {
    double seconds = 0;    // wall clock, from spawn to exit
    double cpuSeconds = 0; // user + system of the command
    long maxRssKb = 0;     // the command's own peak resident set, KiB
    int exitCode = 0;      // -1 when it did not exit normally
};

// Runs `command` under /usr/bin/time, whose %M is the command's own peak RSS (a child's rusage
// seen from here would include this process's memory at spawn time). Its stdout is discarded;
// each line of its stderr goes to `onLine` with the seconds since the start, or is discarded
// when there is no `onLine`. Exits the benchmark (status 2) when /usr/bin/time is missing, and
// (status 1, saying which command and how) when the command cannot be run or does not exit 0:
// a failed command's time is no figure.
TimedRun timeCommand(const std::vector<std::string>& command,
                     const std::function<void(const std::string& line, double at)>& onLine = {});

// The middle value (the upper middle of an even count); `values` must not be empty.
double median(std::vector<double> values);

} // namespace heraut::bench
