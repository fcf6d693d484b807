#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-14 (ASan + UBSan + libFuzzer) and fuzzes the scenario
# JSON and --set parsers. The corpus in tests/fuzz/corpus is read, never modified: new inputs
# go to a scratch corpus. Any crash, leak, hang (>5 s per input) or broken property fails.
#   scripts/fuzz.sh [SECONDS]     default 600; scripts/test.sh runs it with 60
#   scripts/fuzz.sh --build-only  builds the target and stops (scripts/test.sh builds it early,
#                                 at idle priority, and fuzzes later)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/scripts/deps.sh"
vtl_install_deps
build_only=false
if [ "${1:-}" = "--build-only" ]; then
    build_only=true
    shift
fi
seconds="${1:-600}"
build="${VTL_FUZZ_BUILD_DIR:-$root/build/fuzz}"
launcher=($(vtl_cmake_launcher))
# -fno-sanitize=function: clang 14 cannot emit that check's prologue data for the split parts of
# a coroutine ("error: Cannot represent a difference across sections" on core/workload/*.cpp);
# every other UBSan check stays on. Unity batches as in every build (CMakeLists.txt), even in a
# build folder made before they were the default.
echo "== build the fuzz target with clang ($build)"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++-14 "${launcher[@]}" \
    -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined,fuzzer-no-link -fno-sanitize=function -fno-sanitize-recover=all -fno-omit-frame-pointer" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DVTL_BUILD_GUI=OFF -DVTL_BUILD_BENCH=OFF -DVTL_FUZZ=ON -DCMAKE_UNITY_BUILD=ON >/dev/null
cmake --build "$build" -j "$(vtl_jobs)" --target fuzz_scenario
$build_only && exit 0
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
echo "== fuzz the scenario and --set parsers for ${seconds} s"
set +e
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$build/tests/fuzz/fuzz_scenario" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
    -max_len=4096 -print_final_stats=1 -artifact_prefix="$scratch/" \
    "$scratch" "$root/tests/fuzz/corpus" 2>&1 | tail -n 15
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ]; then
    echo "fuzz: FAILED (exit $status); reproducer(s):" >&2
    ls -l "$scratch"/crash-* "$scratch"/leak-* "$scratch"/timeout-* 2>/dev/null >&2 || true
    mkdir -p "$root/build/fuzz-artifacts"
    cp "$scratch"/crash-* "$scratch"/leak-* "$scratch"/timeout-* "$root/build/fuzz-artifacts/" 2>/dev/null || true
    exit "$status"
fi
echo "fuzz: 0 crashes, 0 hangs, 0 leaks in ${seconds} s"
