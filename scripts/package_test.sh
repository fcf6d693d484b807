#!/usr/bin/env bash
# Builds the .deb (scripts/package.sh), unpacks it into a scratch root with `dpkg -x` and
# checks what a user would get: the files in the standard places, Depends from
# dpkg-shlibdeps, the installed binary's --version, a headless run and an offscreen
# screenshot (compiled-in resources found from the installed location), the desktop file
# (desktop-file-validate), the AppStream metainfo (appstreamcli validate --no-net) and the
# man page (man -l, with groff warnings on). The binary uses the system's Qt: no
# LD_LIBRARY_PATH. Exit status 0 when everything holds, 1 at the first failure.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

fail() { echo "package_test: FAIL: $*" >&2; exit 1; }
step() { echo "package_test: $*"; }

version=$(sed -n 's/^project(ValueTaskLab VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")
[ -n "$version" ] || fail "cannot read the project version from CMakeLists.txt"

deb=$("$root/scripts/package.sh" | tail -n 1)
[ -f "$deb" ] || fail "package.sh did not produce a .deb (last line: '$deb')"
step "built $deb ($(du -k "$deb" | cut -f1) KiB)"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_RUNTIME_DIR="$scratch/xdg-runtime"
mkdir -m 0700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
export HOME="$scratch/home" # settings written by the GUI code go here, not to the user's
mkdir -p "$HOME"

# --- Control fields ---
[ "$(dpkg-deb -f "$deb" Package)" = valuetask-lab ] || fail "Package is not valuetask-lab"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
step "Depends: $depends"
for lib in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqcustomplot; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib (dpkg-shlibdeps not run?)"
done

# --- Files in the standard places ---
dpkg -x "$deb" "$scratch/root"
r="$scratch/root"
metainfo=("$r"/usr/share/metainfo/*.metainfo.xml)
for f in usr/bin/valuetask-lab \
    usr/share/applications/valuetask-lab.desktop \
    usr/share/icons/hicolor/scalable/apps/valuetask-lab.svg \
    usr/share/man/man1/valuetask-lab.1.gz \
    usr/share/doc/valuetask-lab/copyright; do
    [ -f "$r/$f" ] || fail "$f is not in the package"
done
[ -f "${metainfo[0]}" ] || fail "no AppStream metainfo in /usr/share/metainfo"
[ -x "$r/usr/bin/valuetask-lab" ] || fail "/usr/bin/valuetask-lab is not executable"
if dpkg-deb -c "$deb" | grep -q ' \./usr/local/'; then fail "files under /usr/local"; fi
step "files: $(dpkg-deb -c "$deb" | grep -vc '/$') in /usr (bin, applications, icons, metainfo, man1, doc)"

# --- The installed binary ---
bin="$r/usr/bin/valuetask-lab"
if ldd "$bin" | grep -E "not found|$root"; then
    fail "the installed binary needs libraries from the build tree or missing ones"
fi
ver_text=$("$bin" --version)
echo "$ver_text" | sed 's/^/    /'
head -n 1 <<<"$ver_text" | grep -qx "valuetask-lab $version" || fail "--version's first line is not 'valuetask-lab $version'"
grep -q '^Qt 6\.' <<<"$ver_text" || fail "--version does not name the Qt version"
grep -q '^Compiler: ' <<<"$ver_text" || fail "--version does not name the compiler"
want_type="${VTL_PACKAGE_BUILD_TYPE:-Release}"
grep -qx "Build type: $want_type" <<<"$ver_text" || fail "--version does not say 'Build type: $want_type'"

"$bin" run --set calls=20000 --out "$scratch/run" >"$scratch/run.log" 2>&1 ||
    { cat "$scratch/run.log"; fail "installed 'valuetask-lab run' failed"; }
rows=$(($(wc -l <"$scratch/run/summary.csv") - 1))
[ "$rows" -eq 3 ] || fail "summary.csv has $rows strategy rows, expected 3"
[ -s "$scratch/run/timeseries.csv" ] && [ -s "$scratch/run/scenario.json" ] ||
    fail "run did not write timeseries.csv and scenario.json"
step "installed 'run --set calls=20000' wrote summary.csv ($rows strategies), timeseries.csv, scenario.json"

# The paths view shows code from the compiled-in resources: a screenshot of it from the
# installed binary proves they travel with it.
"$bin" screenshot --view paths --set calls=5000 --out "$scratch/paths.png" >"$scratch/shot.log" 2>&1 ||
    { cat "$scratch/shot.log"; fail "installed 'valuetask-lab screenshot' failed"; }
[ -s "$scratch/paths.png" ] || fail "the screenshot is empty"
if grep -v '^Wrote ' "$scratch/shot.log"; then fail "the screenshot printed warnings (above)"; fi
step "installed 'screenshot --view paths' wrote a PNG, no warnings"

# --- Desktop file, metainfo, man page ---
desktop-file-validate "$r/usr/share/applications/valuetask-lab.desktop" ||
    fail "desktop-file-validate"
step "desktop-file-validate: ok (hints, if any, above)"
grep -qx 'Exec=valuetask-lab' "$r/usr/share/applications/valuetask-lab.desktop" ||
    fail "the desktop file does not run valuetask-lab"
grep -q '^Categories=.*Education;.*Development;' "$r/usr/share/applications/valuetask-lab.desktop" ||
    fail "Categories lacks Education;Development;"

appstreamcli validate --no-net "${metainfo[0]}" || fail "appstreamcli validate"
grep -q '<screenshot' "${metainfo[0]}" || fail "the metainfo has no screenshot"
grep -q "<release version=\"$version\"" "${metainfo[0]}" || fail "the metainfo's release is not $version"
step "appstreamcli validate --no-net: ok"

man_err="$scratch/man.err"
man_text=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$r/usr/share/man/man1/valuetask-lab.1.gz" 2>"$man_err")
if [ -s "$man_err" ]; then cat "$man_err" >&2; fail "man -l printed warnings"; fi
for section in NAME SYNOPSIS DESCRIPTION EXAMPLES; do
    grep -q "^$section" <<<"$man_text" || fail "the man page has no $section section"
done
grep -q "valuetask-lab - measure and teach" <<<"$man_text" || fail "the man page's NAME line is wrong"
grep -q "hit_rate" <<<"$man_text" || fail "the man page lacks the scenario keys from --help"
step "man -l: renders $(wc -l <<<"$man_text") lines, no groff warnings"

step "ok"
