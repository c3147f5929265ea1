#!/usr/bin/env bash
# Builds a Release tree and prints every benchmark figure of the README's performance table.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
for p in newsboat time; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || {
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$p" >&2
  }
done
build=${HERAUT_BENCH_BUILD_DIR:-build-rel}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DHERAUT_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j2 --target bench_parse bench_extract bench_store bench_refresh bench_app heraut-cli
export QT_QPA_PLATFORM=offscreen
"$build/bench/bench_parse" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
"$build/bench/bench_extract" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
scripts/extract-quality.sh "" "$build/src/cli/heraut-cli"
"$build/bench/bench_store" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
"$build/bench/bench_refresh" "$build/src/cli/heraut-cli" --runs 5
"$build/bench/bench_app"
