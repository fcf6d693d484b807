#!/usr/bin/env bash
# One command: install what is missing, build Release, launch ValueTask Lab.
# With no display it runs a headless demo instead and says where the results went.
# Extra arguments are passed to the app (e.g. `scripts/run.sh run --set calls=100000`).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/scripts/deps.sh"
vtl_install_deps

build="${VTL_BUILD_DIR:-$root/build/release}"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target valuetask-lab -j "$(vtl_jobs)"
app="$build/app/valuetask-lab"

if [ $# -gt 0 ]; then
    exec "$app" "$@"
fi

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    echo "run: launching $app"
    exec "$app"
fi

out="$root/out/demo"
scenario="$root/resources/scenarios/default.json"
echo "run: no display (DISPLAY and WAYLAND_DISPLAY are unset), so no window can open."
echo "run: running the default scenario ($scenario) headless instead, once: the"
echo "run: picture and the CSV files below come from that same run. Results go to $out"

# Qt wants a private runtime directory (owned by us, mode 0700) and warns without one.
if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "$XDG_RUNTIME_DIR" ] || [ ! -O "$XDG_RUNTIME_DIR" ] ||
    [ "$(stat -c %a "$XDG_RUNTIME_DIR")" != 700 ]; then
    XDG_RUNTIME_DIR="$(mktemp -d)"
    chmod 0700 "$XDG_RUNTIME_DIR"
    trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
    export XDG_RUNTIME_DIR
fi
# The offscreen platform renders the window without a display.
export QT_QPA_PLATFORM=offscreen

rm -rf "$out"
mkdir -p "$out"
"$app" screenshot --scenario "$scenario" --out "$out/main.png" --export "$out"
echo
# The summary of that run, from its summary.csv (all columns are in the file).
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    NR == 2 { printf "%-11s %10s %12s %12s %10s %10s\n", "strategy", "p50 ns", "p99 ns",
              "cpu ns/op", "allocs/op", "bytes/op" }
    { printf "%-11s %10.0f %12.0f %12.1f %10.3f %10.1f\n", $col["strategy"], $col["p50_ns"],
      $col["p99_ns"], $col["cpu_ns_per_op"], $col["allocs_per_op"], $col["alloc_bytes_per_op"] }' \
    "$out/summary.csv"
echo
"$app" await-twice --out "$out"
echo "run: done. In $out:"
echo "run:   main.png        the window (Plots tab) after the run"
echo "run:   summary.csv     one row per strategy of that run; timeseries.csv: its intervals;"
echo "run:   scenario.json   the scenario it ran (valuetask-lab run --scenario reads it back)"
echo "run:   await_twice.csv every case of awaiting one ValueTask twice, as printed above"
echo "run: the app itself is $app"
echo "run: on a machine with a display, 'scripts/run.sh' opens the GUI."
