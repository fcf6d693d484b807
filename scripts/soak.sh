#!/usr/bin/env bash
# Soak benchmark (not a test; not run by test.sh): long headless runs at the default scenario
# and at the worst-case shapes, the resident memory (RSS) sampled every few seconds, and the
# growth reported. Each run is then stopped with Ctrl-C (SIGINT), which must give exit 130.
#   scripts/soak.sh [TOTAL_SECONDS]   default 600 (10 minutes), shared by the shapes
# Output: one table row per shape and build/soak/<shape>.rss (t_s rss_kib) for plotting.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/scripts/deps.sh"
vtl_install_deps
total="${1:-600}"
period="${VTL_SOAK_PERIOD:-5}"
build="${VTL_BUILD_DIR:-$root/build/release}"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release $(vtl_cmake_launcher) >/dev/null
cmake --build "$build" --target valuetask-lab -j "$(vtl_jobs)"
app="$build/app/valuetask-lab"
outdir="$root/build/soak"
mkdir -p "$outdir"

# name | --set arguments. calls=1e9 so no shape finishes within its share of the time.
shapes=(
    "default|"
    "exponential-latency|--set miss_latency_dist=exponential --set miss_latency_us=2000"
    "max-concurrency|--set concurrency=100000 --set payload_bytes=256 --set miss_latency_us=1000"
    "double-await-all|--set double_await_rate=1 --set concurrency=10000 --set strategies=valuetask,pooled"
    "big-payload|--set payload_bytes=65536 --set concurrency=1000"
)
each=$((total / ${#shapes[@]}))
[ "$each" -lt 20 ] && each=20

rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

printf '%-22s %8s %10s %10s %10s %12s %6s\n' shape seconds "rss@10%" "rss end" "rss max" \
    "growth/min*" exit
failed=0
for entry in "${shapes[@]}"; do
    name="${entry%%|*}"
    args="${entry#*|}"
    # shellcheck disable=SC2086
    "$app" run --set calls=1000000000 $args >"$outdir/$name.out" 2>"$outdir/$name.err" &
    pid=$!
    : >"$outdir/$name.rss"
    start=$SECONDS
    while [ $((SECONDS - start)) -lt "$each" ] && kill -0 "$pid" 2>/dev/null; do
        echo "$((SECONDS - start)) $(rss_kib "$pid")" >>"$outdir/$name.rss"
        sleep "$period"
    done
    kill -INT "$pid" 2>/dev/null || true
    set +e
    wait "$pid"
    code=$?
    set -e
    # Growth per minute over the second half of the run (after warm-up), from a least-squares
    # fit of RSS against time; RSS at 10 % of the run is the warm-up reference.
    read -r warm last max growth < <(awk -v each="$each" '
        { t[NR] = $1; r[NR] = $2; if ($2 > max) max = $2 }
        END {
            warm = r[1]; for (i = 1; i <= NR; i++) if (t[i] >= each * 0.1) { warm = r[i]; break }
            n = 0; st = 0; sr = 0; stt = 0; str = 0
            for (i = 1; i <= NR; i++) if (t[i] >= each / 2) { n++; st += t[i]; sr += r[i]; stt += t[i] * t[i]; str += t[i] * r[i] }
            slope = (n > 1 && n * stt - st * st != 0) ? (n * str - st * sr) / (n * stt - st * st) : 0
            printf "%.1f %.1f %.1f %.2f\n", warm / 1024, r[NR] / 1024, max / 1024, slope * 60 / 1024
        }' "$outdir/$name.rss")
    printf '%-22s %8d %7s MB %7s MB %7s MB %9s MB %6d\n' "$name" "$((SECONDS - start))" \
        "$warm" "$last" "$max" "$growth" "$code"
    if [ "$code" -ne 130 ]; then
        echo "soak: $name: expected exit 130 after Ctrl-C, got $code; see $outdir/$name.err" >&2
        failed=1
    fi
done
echo "* least-squares RSS slope over the second half of each run. Samples: $outdir/*.rss"
exit "$failed"
