#!/usr/bin/env bash
# Runs every libFuzzer harness of tests/fuzz for a bounded time (docs/fuzzing.md), from the
# sanitizer tree that scripts/test-sanitizers.sh built. Any crash, sanitizer report, leak of
# time (-timeout) or memory (-rss_limit_mb) fails the run and leaves its input in
# $build/fuzz/artifacts/.
#   scripts/test-fuzz.sh [SECONDS_EACH] [HARNESS...]
# SECONDS_EACH defaults to $LIVEDNA_FUZZ_SECONDS or 30. The corpus is built at run time
# from the demo commons and ../shared/data (tests/fuzz/make-corpus.py), into
# $build/fuzz/corpus, where what libFuzzer finds is kept between local runs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${LIVEDNA_ASAN_BUILD_DIR:-$root/build-asan}"
seconds="${1:-${LIVEDNA_FUZZ_SECONDS:-30}}"
shift || true
harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
  for f in "$root"/tests/fuzz/fuzz_*.cpp; do harnesses+=("$(basename "$f" .cpp)"); done
fi
source "$root/scripts/sanitizer-env.sh"

work="$build/fuzz"
mkdir -p "$work/artifacts" "$work/logs"
# The seeds: the demo commons and the real one, built by the normal build's CLI when there is
# one (the sanitizer CLI takes several times longer to import the real data).
cli="${LIVEDNA_CLI:-}"
for c in "${LIVEDNA_BUILD_DIR:-$root/build}/app/livedna-cli" "$build/app/livedna-cli"; do
  if [ -z "$cli" ] && [ -x "$c" ]; then cli="$c"; fi
done
if [ ! -f "$work/seeds/.done" ]; then
  rm -rf "$work/seeds" "$work/real-commons"
  real=()
  if [ -n "$cli" ] && [ -d "$root/../shared/data" ]; then
    "$root/scripts/build-real-commons.sh" "$work/real-commons" --cli "$cli" >"$work/logs/real-commons.log" 2>&1 \
      && real=(--real "$work/real-commons") \
      || echo "test-fuzz: the real commons did not build (see $work/logs/real-commons.log); demo seeds only" >&2
  fi
  python3 "$root/tests/fuzz/make-corpus.py" "$work/seeds" ${cli:+--cli "$cli"} "${real[@]}"
  touch "$work/seeds/.done"
fi

failed=0
passed=0
printf '%-20s %8s %10s %8s %6s\n' harness seconds execs exec/s cov
for h in "${harnesses[@]}"; do
  exe="$build/tests/fuzz/$h"
  [ -x "$exe" ] || { echo "test-fuzz: $exe is not built (scripts/test-sanitizers.sh builds it)" >&2; exit 1; }
  corpus="$work/corpus/$h"
  mkdir -p "$corpus"
  log="$work/logs/$h.log"
  # New inputs go to the first directory (corpus), the seeds are only read.
  if "$exe" "$corpus" "$work/seeds/$h" "$root/tests/fuzz/seeds/$h" \
      -dict="$root/tests/fuzz/livedna.dict" -max_total_time="$seconds" -max_len=65536 \
      -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$work/artifacts/$h-" >"$log" 2>&1; then
    status=ok; passed=$((passed + 1))
  else
    status=FAILED; failed=$((failed + 1))
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1 || true)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1 || true)
  cov=$( (grep -o 'cov: [0-9]*' "$log" || true) | tail -1 | cut -d' ' -f2)
  printf '%-20s %8s %10s %8s %6s %s\n' "$h" "$seconds" "${execs:-?}" "${rate:-?}" "${cov:-?}" "$status"
  if [ "$status" = FAILED ]; then
    grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$log" | head -20 >&2 || true
    echo "test-fuzz: $h failed; the log is $log, the input in $work/artifacts/" >&2
  fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
