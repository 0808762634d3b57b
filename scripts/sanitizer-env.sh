# Sourced by scripts/test-sanitizers.sh and scripts/test-fuzz.sh: every sanitizer report
# stops the process with a non-zero exit (halt_on_error), with a symbolised stack.
# detect_leaks=0: LeakSanitizer reports allocations that Qt's own singletons (fontconfig,
# the offscreen platform plugin, QSqlDatabase's registry) keep until exit; leaks are not
# what these runs hunt (use-after-free, overflows, undefined behaviour are).
export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:abort_on_error=0:detect_leaks=0:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:report_error_type=1}"
if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ]; then
  for s in llvm-symbolizer llvm-symbolizer-14; do
    if command -v "$s" >/dev/null; then export ASAN_SYMBOLIZER_PATH="$(command -v "$s")"; break; fi
  done
fi
