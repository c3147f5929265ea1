// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimedCommand.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace heraut::bench {
namespace {

using Clock = std::chrono::steady_clock;

double secondsOf(const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
}

double cpuOfChildren() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return secondsOf(usage.ru_utime) + secondsOf(usage.ru_stime);
}

// Splits what arrives on `fd` into lines for `onLine` until the writer closes it.
void readLines(int fd, Clock::time_point start,
               const std::function<void(const std::string&, double)>& onLine) {
    std::string pending;
    char buffer[4096];
    for (ssize_t n; (n = read(fd, buffer, sizeof buffer)) > 0;) {
        pending.append(buffer, static_cast<size_t>(n));
        for (size_t end; (end = pending.find('\n')) != std::string::npos;) {
            double at = std::chrono::duration<double>(Clock::now() - start).count();
            onLine(pending.substr(0, end), at);
            pending.erase(0, end + 1);
        }
    }
}

// A benchmark that timed a failed command would print its time as a figure: it stops instead.
// /usr/bin/time exits 127 when the command cannot be found, 126 when it cannot be run.
[[noreturn]] void stopOnFailure(const std::vector<std::string>& command, int exitCode) {
    std::string line;
    for (const std::string& word : command) // appended: GCC 12 warns falsely (-Wrestrict) on +
        line.append(line.empty() ? "" : " ").append(word);
    std::cerr << "benchmark stopped: `" << line << "` ";
    if (exitCode == 127 || exitCode == 126)
        std::cerr << "could not be run (exit " << exitCode << ")";
    else if (exitCode < 0)
        std::cerr << "did not exit normally";
    else
        std::cerr << "exited " << exitCode;
    std::cerr << "; no figure is given for a command that failed\n";
    std::exit(1);
}

} // namespace

TimedRun timeCommand(const std::vector<std::string>& command,
                     const std::function<void(const std::string&, double)>& onLine) {
    std::string report =
        (std::filesystem::temp_directory_path() / ("heraut-bench-time-" + std::to_string(getpid())))
            .string();
    // "--": a command that looks like an option (`bench_refresh --help`) is run, and fails.
    std::vector<std::string> argv = {"/usr/bin/time", "-f", "%M", "-o", report, "--"};
    argv.insert(argv.end(), command.begin(), command.end());
    std::vector<char*> args;
    for (const std::string& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    int pipeFds[2] = {-1, -1};
    if (onLine && pipe(pipeFds) != 0) std::exit(2);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    if (onLine) {
        posix_spawn_file_actions_adddup2(&actions, pipeFds[1], 2);
        posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
    } else {
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    }
    double cpuBefore = cpuOfChildren();
    Clock::time_point start = Clock::now();
    pid_t pid = 0;
    if (posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ) != 0) {
        std::cerr << "cannot start /usr/bin/time (apt-get install time)\n";
        std::exit(2);
    }
    posix_spawn_file_actions_destroy(&actions);
    if (onLine) {
        close(pipeFds[1]);
        readLines(pipeFds[0], start, onLine);
        close(pipeFds[0]);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    TimedRun run;
    run.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    run.cpuSeconds = cpuOfChildren() - cpuBefore; // the command, reaped by time, counts as ours
    std::ifstream(report) >> run.maxRssKb;
    std::filesystem::remove(report);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (run.exitCode != 0) stopOnFailure(command, run.exitCode);
    return run;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace heraut::bench
