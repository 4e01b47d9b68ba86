#!/usr/bin/env bash
# Builds the .deb of a configured, built build folder with CPack (cmake/Packaging.cmake), as
# `cmake --build --preset release --target package` does, into OUT_DIR, and unpacks its files
# into OUT_DIR/root for the tests that run the installed program (run_installed.sh).
#   build_deb.sh BUILD_DIR OUT_DIR
# Exits 77 (ctest: skipped) when the Debian tools are not installed.
set -euo pipefail
build=$1
out=$2
for tool in dpkg-deb:dpkg dpkg-shlibdeps:dpkg-dev file:file; do
  command -v "${tool%%:*}" >/dev/null ||
    { echo "SKIP: ${tool%%:*} is not installed (Debian package ${tool#*:})"; exit 77; }
done
rm -rf "$out"
mkdir -p "$out"
start_us=${EPOCHREALTIME/./}
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 ||
  { cat "$out/cpack.log" >&2; echo "FAIL: cpack could not build the package" >&2; exit 1; }
debs=("$out"/conclab_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { cat "$out/cpack.log" >&2; echo "FAIL: no conclab_*.deb in $out" >&2; exit 1; }
dpkg-deb -x "${debs[0]}" "$out/root"
rm -rf "$out/_CPack_Packages"  # the staging copy: as large as the package's files
elapsed_ms=$(( (${EPOCHREALTIME/./} - start_us) / 1000 ))
echo "built $(basename "${debs[0]}") ($(( $(stat -c %s "${debs[0]}") / 1024 )) KiB) in $elapsed_ms ms"
