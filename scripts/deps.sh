#!/usr/bin/env bash
# Installs the Debian 12 packages ValueTask Lab needs, and only those that are missing.
# Sourced by run.sh, test.sh and bench.sh; safe to run on its own.
set -euo pipefail

VTL_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libgl-dev libqcustomplot-dev
    libbenchmark-dev
    xvfb xauth
    fonts-dejavu-core fonts-noto-cjk locales
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    dpkg-dev fakeroot file desktop-file-utils appstream help2man man-db librsvg2-bin
    clang-14 libclang-rt-14-dev
)
# Nice to have: installed if possible, never required (ccache speeds up repeated builds).
VTL_OPTIONAL_PACKAGES=(ccache)

vtl_install_deps() {
    local missing=()
    local pkg
    for pkg in "${VTL_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "deps: all ${#VTL_PACKAGES[@]} packages present"
        return 0
    fi
    echo "deps: installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "deps: not root and no sudo; install: ${missing[*]}" >&2; return 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${VTL_OPTIONAL_PACKAGES[@]}" || echo "deps: optional ${VTL_OPTIONAL_PACKAGES[*]} not installed"
}

# Ninja for build folders made from now on: it starts a target's compiles as soon as their own
# inputs exist, where make first waits for every library the target links, so both cores stay
# busy. A folder made with make keeps it (cmake does not switch a folder's generator).
export CMAKE_GENERATOR="${CMAKE_GENERATOR:-Ninja}"

# ccache as the compiler launcher when it is installed, else nothing. Its depend mode takes a
# file's dependencies from the compiler's own -MD list instead of preprocessing every file a
# second time to hash it, which made a cold build (every CI run on a fresh machine) cost about 7 %
# more CPU than no ccache at all.
vtl_cmake_launcher() {
    if command -v ccache >/dev/null 2>&1; then
        echo "-DCMAKE_CXX_COMPILER_LAUNCHER=env;CCACHE_DEPEND=1;ccache"
    fi
}

# Number of parallel build jobs: all cores, but at most one per 2 GiB of memory.
vtl_jobs() {
    local cores mem_gib
    cores=$(nproc 2>/dev/null || echo 2)
    mem_gib=$(awk '/MemTotal/ {print int($2 / 1048576)}' /proc/meminfo 2>/dev/null || echo 4)
    local by_mem=$((mem_gib / 2))
    [ "$by_mem" -lt 1 ] && by_mem=1
    echo $((cores < by_mem ? cores : by_mem))
}

# The CSV tests compare output under C and a comma-decimal locale: make sure one exists.
vtl_ensure_test_locale() {
    if locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
        return 0
    fi
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    echo "deps: generating the de_DE.UTF-8 locale for the locale tests"
    "${sudo[@]}" localedef -i de_DE -f UTF-8 de_DE.UTF-8
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    vtl_install_deps
fi
