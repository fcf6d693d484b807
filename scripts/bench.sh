#!/usr/bin/env bash
# Builds Release and runs the Google Benchmark suites. Not part of test.sh: timings on a
# shared machine are noisy, so targets are checked as ratios within one run (see README).
# Extra arguments go to every benchmark binary (e.g. --benchmark_filter=Hit).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/scripts/deps.sh"
vtl_install_deps
build="${VTL_BUILD_DIR:-$root/build/release}"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DVTL_BUILD_BENCH=ON >/dev/null
cmake --build "$build" -j "$(vtl_jobs)"
for b in "$build"/tests/bench/bench_*; do
    [ -f "$b" ] && [ -x "$b" ] || continue
    echo "== $(basename "$b")"
    "$b" --benchmark_repetitions="${VTL_BENCH_REPS:-5}" --benchmark_report_aggregates_only=true "$@"
done
