#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test; then the
# same suite under AddressSanitizer + UndefinedBehaviorSanitizer (scripts/test-sanitizers.sh)
# and each libFuzzer harness for a bounded time (scripts/test-fuzz.sh). Any failure, and any
# sanitizer report, fails the run.
#   LIVEDNA_SANITIZERS=0  skip the sanitizer build and the fuzzers (a quick local run)
#   LIVEDNA_FUZZ_SECONDS  seconds for each harness (default 30)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
start=$SECONDS
"$root/scripts/build.sh" -DLIVEDNA_WERROR=ON
build="${LIVEDNA_BUILD_DIR:-$root/build}"
(cd "$build" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" --timeout 900)
echo "test: normal build and suite took $((SECONDS - start)) s"
if [ "${LIVEDNA_SANITIZERS:-1}" != 0 ]; then
  start=$SECONDS
  "$root/scripts/test-sanitizers.sh"
  echo "test: sanitizer build and suite took $((SECONDS - start)) s"
  start=$SECONDS
  "$root/scripts/test-fuzz.sh"
  echo "test: fuzzing took $((SECONDS - start)) s"
fi
