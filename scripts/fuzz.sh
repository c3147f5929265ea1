#!/usr/bin/env bash
# Runs one libFuzzer target for N seconds: scripts/fuzz.sh feed_parser|date_parser|html_sanitizer|article_extractor [SECONDS]
# Crashers land in fuzz/crashers/<target>/; copy them into tests as regression cases.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh feed_parser|date_parser|html_sanitizer|article_extractor [SECONDS]}
seconds=${2:-60}
scripts/deps.sh
build=build-fuzz
CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DHERAUT_BUILD_FUZZERS=ON -DHERAUT_BUILD_TESTS=OFF -DHERAUT_BUILD_BENCHMARKS=OFF \
  -DHERAUT_BUILD_APP=OFF >/dev/null
cmake --build "$build" -j2 --target "fuzz_$target"
corpus="$build/corpus/$target"
mkdir -p "$corpus" "fuzz/crashers/$target"
case "$target" in
  feed_parser) cp tests/data/*.xml tests/data/*.json tests/data/*.html "$corpus"/ ;;
  date_parser) printf 'Thu, 22 Jan 2026 14:05:00 +0100' > "$corpus/rfc822"
               printf '2026-01-22T13:05:00.123+01:00' > "$corpus/iso"
               printf 'donderdag 22 januari 2026 om 14:05 uur' > "$corpus/nl" ;;
  article_extractor) cp tests/data/extract/*.html tests/data/*.html "$corpus"/ ;;
  html_sanitizer) printf '<h2>Kernpunten</h2><ul><li>a</li></ul><a href="../x" onclick="y">z</a>' > "$corpus/basic" ;;
esac
"$build/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
  -artifact_prefix="fuzz/crashers/$target/" "$corpus"
