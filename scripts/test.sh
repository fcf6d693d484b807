#!/usr/bin/env bash
# One command: install what is missing, build, and run every test.
#  1. Release-with-asserts build (-Werror): all Qt Test suites through CTest, offscreen.
#  2. Debug build with AddressSanitizer + UndefinedBehaviorSanitizer: the core and engine
#     suites (the coroutine stack-depth test matters most at -O0 under ASan).
# Exit status is non-zero if anything fails.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/scripts/deps.sh"
vtl_install_deps
vtl_ensure_test_locale
jobs="$(vtl_jobs)"

export QT_QPA_PLATFORM=offscreen
XDG_RUNTIME_DIR="$(mktemp -d)"
export XDG_RUNTIME_DIR
chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT

main="${VTL_BUILD_DIR:-$root/build/test}"
echo "== build ($main)"
cmake -S "$root" -B "$main" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVTL_WERROR=ON >/dev/null
cmake --build "$main" -j "$jobs"
echo "== tests"
ctest --test-dir "$main" --output-on-failure --timeout 900 -j "$jobs"

san="${VTL_SAN_BUILD_DIR:-$root/build/sanitize}"
echo "== build with ASan+UBSan ($san)"
cmake -S "$root" -B "$san" -DCMAKE_BUILD_TYPE=Debug -DVTL_WERROR=ON -DVTL_SANITIZE=ON \
    -DVTL_BUILD_GUI=OFF -DVTL_BUILD_BENCH=OFF >/dev/null
cmake --build "$san" -j "$jobs"
echo "== tests under ASan+UBSan"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir "$san" --output-on-failure --timeout 900 -j "$jobs"
