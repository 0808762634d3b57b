#!/usr/bin/env bash
# Installs what is missing, builds, and starts LiveDNA on the bundled demo commons.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
build="${LIVEDNA_BUILD_DIR:-$root/build}"
# The demo commons is bundled; syncing it first means the app opens on real content.
"$build/app/livedna-cli" sync demo >/dev/null
exec "$build/app/livedna" "$@"
