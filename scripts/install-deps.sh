#!/usr/bin/env bash
# Installs, on Debian 12, the packages LiveDNA needs to build, run and test. Idempotent:
# only what is missing is installed. clang, its sanitizer and libFuzzer runtimes
# (libclang-rt-14-dev) and llvm-symbolizer (llvm) build and run scripts/test-sanitizers.sh
# and scripts/test-fuzz.sh.
set -euo pipefail
packages=(
  cmake ninja-build g++ pkg-config ccache
  qt6-base-dev qt6-svg-dev qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools libqt6sql6-sqlite
  libqcustomplot-dev libgraphviz-dev graphviz libsodium-dev libarchive-dev libgl-dev
  libxml2-utils poppler-utils xvfb xauth imagemagick python3
  python3-jsonschema
  libsqlite3-dev
  xdotool
  desktop-file-utils appstream librsvg2-bin dpkg-dev man-db \
  clang libclang-rt-14-dev llvm
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing: ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
