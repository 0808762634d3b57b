#!/usr/bin/env bash
# Builds LiveDNA with clang under AddressSanitizer + UndefinedBehaviorSanitizer (and
# float-cast-overflow) into build-asan/ (or $LIVEDNA_ASAN_BUILD_DIR) and runs the whole ctest
# suite there; any sanitizer report fails its test and so the run. The same tree holds the
# libFuzzer harnesses (tests/fuzz): their committed seeds run as ctest tests too, and
# scripts/test-fuzz.sh runs each for a bounded time. Benchmarks are not built.
#   scripts/test-sanitizers.sh [--build-only] [extra cmake args]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${LIVEDNA_ASAN_BUILD_DIR:-$root/build-asan}"
build_only=0
if [ "${1:-}" = "--build-only" ]; then build_only=1; shift; fi

# -O1: the sanitizers' own advice for the code that runs hot (usable stacks, about twice as fast
# as -O0); the widgets and tests build at -O0 (see livedna_sanitizer_quick_build). Line tables
# only: reports still name file and line, and objects and links are much smaller than with -g.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" \
  -DLIVEDNA_SANITIZE=ON -DLIVEDNA_FUZZ=ON -DLIVEDNA_BUILD_BENCH=OFF "$@"
cmake --build "$build" -j"$(nproc)"
[ "$build_only" = 1 ] && exit 0

source "$root/scripts/sanitizer-env.sh"
cd "$build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" --timeout 1200
