#!/usr/bin/env bash
# Builds the Debian 12 package: build/package/livedna_<version>_<arch>.deb (or under
# $LIVEDNA_BUILD_DIR). Installs what is missing first. Prints the package's path.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${LIVEDNA_BUILD_DIR:-$root/build}"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" "$@"
(cd "$build" && cpack -G DEB --config CPackConfig.cmake >&2)
ls -1t "$build"/package/livedna_*.deb | head -n1
