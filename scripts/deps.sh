#!/usr/bin/env bash
# Installs every Debian package Heraut needs to build, test and run; skips apt when all are present.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config clang
  libpugixml-dev libcurl4-openssl-dev libsqlite3-dev zlib1g-dev
  nlohmann-json3-dev libcli11-dev libxml2-dev libsecret-1-dev libpcre2-dev
  googletest libgtest-dev libgmock-dev libbenchmark-dev
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-translations-l10n libgl-dev
  xvfb xauth time
  poppler-utils
  # A real Tiny Tiny RSS server for the sync tests (scripts/ttrss-server.sh); dbconfig-no-thanks
  # keeps tt-rss's install from prompting for a database, which the script makes itself.
  dbconfig-no-thanks tt-rss postgresql php-cli php-pgsql php-curl php-xml php-mbstring php-intl
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing: ${missing[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
