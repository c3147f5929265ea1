#!/usr/bin/env bash
# Installs what is missing, builds a Release tree and starts the Heraut reader.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
build=${HERAUT_BUILD_DIR:-build-release}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DHERAUT_BUILD_TESTS=OFF \
  -DHERAUT_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$build" -j2
if [ -x "$build/src/app/heraut" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  exec "$build/src/app/heraut" "$@"
fi
echo "No display found: showing the bundled sample feed through heraut-cli." >&2
exec "$build/src/cli/heraut-cli" parse resources/sample/businessam-defensie.xml
