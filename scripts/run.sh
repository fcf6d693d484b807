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
echo "run: no display (DISPLAY and WAYLAND_DISPLAY are unset), so no window can open."
echo "run: running the default scenario headless instead; results go to $out"
"$app" run --out "$out"
"$app" await-twice --out "$out"
"$app" screenshot --out "$out/main.png" --set calls=200000 || true
echo "run: done. Open $out/main.png to see the window; CSV files are in $out."
echo "run: on a machine with a display, 'scripts/run.sh' opens the GUI."
