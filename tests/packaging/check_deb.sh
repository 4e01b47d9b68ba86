#!/usr/bin/env bash
# What the .deb built by build_deb.sh says about itself and what it puts in place:
#   check_deb.sh OUT_DIR SOURCE_DIR VERSION
# - control fields: name, version, section, maintainer, description; Depends computed by
#   dpkg-shlibdeps from the libraries the programs link (Qt's widgets, charts and SVG, the C++
#   library); Recommends python3 and the Bengali font;
# - files: the program and its worker where conclab looks for it, the manual page, the desktop
#   entry, AppStream metainfo, MIME type, icons and the lessons' Python scripts, all under /usr,
#   owned by root; nothing else (no build path, no test program).
set -euo pipefail
out=$1
src=$2
version=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v dpkg-deb >/dev/null || { echo "SKIP: dpkg-deb is not installed (Debian package dpkg)"; exit 77; }
deb=$(ls "$out"/conclab_*.deb)

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = conclab ] || fail "Package: $(field Package)"
[[ $(field Version) == "$version"* ]] || fail "Version: $(field Version), expected $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture: $(field Architecture)"
[ "$(field Section)" = education ] || fail "Section: $(field Section)"
[[ $(field Maintainer) =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]] || fail "Maintainer is not 'Name <address>': $(field Maintainer)"
[ "$(field Description | wc -l)" -gt 3 ] || fail "the Description has no long text"
depends=$(field Depends)
# Packages that only dpkg-shlibdeps, reading the binaries, would name (with their versions).
for package in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6svg6; do
  [[ ", $depends," == *", $package ("* ]] || fail "Depends does not name $package with a version: $depends"
done
recommends=$(field Recommends)
for package in python3 fonts-lohit-beng-bengali; do
  [[ ", $recommends," == *", $package,"* ]] || fail "Recommends does not name $package: $recommends"
done

files=$(dpkg-deb -c "$deb")
owners=$(awk '{print $2}' <<<"$files" | sort -u)
[ "$owners" = root/root ] || fail "files not owned by root/root: $owners"
paths=$(awk '{print $6}' <<<"$files" | sed 's|^\./|/|')
outside=$(grep -v '^/usr/' <<<"$paths" | grep -vx '/\|/usr/' || true)
[ -z "$outside" ] || fail "files outside /usr: $outside"
expected=(
  /usr/bin/conclab
  /usr/libexec/conclab/conclab-worker
  /usr/share/man/man1/conclab.1.gz
  /usr/share/applications/conclab.desktop
  /usr/share/metainfo/io.github.conclab.ConcurrencyLab.metainfo.xml
  /usr/share/mime/packages/conclab.xml
  /usr/share/icons/hicolor/scalable/apps/conclab.svg
  /usr/share/icons/hicolor/scalable/mimetypes/application-x-conclab-run.svg
  /usr/share/icons/hicolor/48x48/apps/conclab.png
  /usr/share/icons/hicolor/256x256/apps/conclab.png
)
# The lessons' Python scripts, whichever are in the sources (resources/CMakeLists.txt).
for script in "$src"/resources/python/*.py; do
  [ -e "$script" ] && expected+=("/usr/share/conclab/python/$(basename "$script")")
done
for path in "${expected[@]}"; do
  grep -qx -- "$path" <<<"$paths" || fail "the package does not install $path"
done
for program in /usr/bin/conclab /usr/libexec/conclab/conclab-worker; do
  grep -q -- "^-rwxr-xr-x .* \.$program$" <<<"$files" || fail "$program is not an executable (rwxr-xr-x) file"
done
# Stripped: debug information stays in the build folder.
if command -v file >/dev/null; then
  file "$out/root/usr/bin/conclab" | grep -q ', stripped' || fail "/usr/bin/conclab is not stripped"
fi
# The PNG icons really are pictures of their size.
for size in 48 256; do
  png=$out/root/usr/share/icons/hicolor/${size}x${size}/apps/conclab.png
  [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "$png is not a PNG"
  read -r w h < <(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4, $7*256+$8}')
  [ "$w" = "$size" ] && [ "$h" = "$size" ] || fail "$png is ${w}x${h}, not ${size}x${size}"
done
# The installed manual page is the source's.
cmp -s <(gzip -dc "$out/root/usr/share/man/man1/conclab.1.gz") "$src/resources/man/conclab.1" ||
  fail "the installed manual page differs from resources/man/conclab.1"
echo "ok: $(basename "$deb"): Depends: $depends"
echo "    Recommends: $recommends; $(wc -l <<<"$paths") paths"
