#!/usr/bin/env bash
# Builds the Debian package of ValueTask Lab: a Release build of the app, its man page and
# icons (cmake/Packaging.cmake), then CPack. Depends is computed by dpkg-shlibdeps.
# The .deb goes to out/package/; its path is the last line printed.
# Install it with: sudo apt install ./out/package/valuetask-lab_<version>_<arch>.deb
# Reuses run.sh's build directory (build/release; or $VTL_PACKAGE_BUILD_DIR), so after run.sh only
# the man page and icons are left to build. scripts/test.sh packs its own -O1 test build
# (VTL_PACKAGE_BUILD_TYPE) instead of building everything a second time.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/scripts/deps.sh"
vtl_install_deps >&2

build="${VTL_PACKAGE_BUILD_DIR:-$root/build/release}"
out="${VTL_PACKAGE_DIR:-$root/out/package}"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE="${VTL_PACKAGE_BUILD_TYPE:-Release}" >/dev/null
cmake --build "$build" --target valuetask-lab vtl_packaging_files -j "$(vtl_jobs)" >&2

# CPack installs into its own staging tree under $build/cpack and packs that.
rm -rf "$build/cpack"
(cd "$build" && cpack -G DEB -B "$build/cpack") >&2
shopt -s nullglob
debs=("$build"/cpack/valuetask-lab_*.deb)
[ ${#debs[@]} -eq 1 ] || { echo "package: expected one .deb in $build/cpack, found ${#debs[@]}" >&2; exit 1; }
mkdir -p "$out"
deb="$out/$(basename "${debs[0]}")"
cp "${debs[0]}" "$deb"

echo "package: $(du -k "$deb" | cut -f1) KiB; $(dpkg-deb -f "$deb" Depends | sed 's/^/Depends: /')" >&2
echo "$deb"
