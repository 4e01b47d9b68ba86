#!/usr/bin/env bash
# The .deb on a clean Debian 12 "bookworm", as a user's machine gets it: builds the package, makes
# a minimal Debian root with debootstrap (kept between runs), installs the package there with
# `apt install ./conclab_*.deb` (its dependencies and recommended packages come from the Debian
# mirror) and runs the installed program in that root, as an ordinary user, with nothing of this
# machine: `conclab --version`, `conclab shot` (offscreen, with the root's fonts), a run of worker
# processes (the installed conclab-worker), and the window (offscreen) started and closed.
#
#   sudo scripts/test-package-clean-root.sh [--fresh] [BUILD_DIR]     (default: build/release)
#
# Needs root (debootstrap, chroot), the packages debootstrap and dpkg-dev, and the Debian mirror
# ($DEBIAN_MIRROR, default http://deb.debian.org/debian). Not part of `scripts/dev.sh test`: the
# first run spends minutes making the root and downloading Qt into it; later
# runs reuse it (BUILD_DIR/package-root; --fresh makes it anew). The fast check of the same
# package, run from its unpacked files with this machine's libraries, is in tests/packaging.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

fresh=0
if [ "${1:-}" = --fresh ]; then fresh=1; shift; fi
build=$(realpath "${1:-build/release}")
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=$build/package-root        # kept between runs
base=$cache/bookworm-minbase     # debootstrap --variant=minbase, then apt-get update
archives=$cache/apt-archives     # the packages apt downloaded: a second run downloads nothing new
root=$cache/run                  # this run's root: a fresh copy of the base

[ "$(id -u)" -eq 0 ] || { echo "run as root (debootstrap and chroot need it): sudo $0 $*" >&2; exit 2; }
for tool in debootstrap:debootstrap cpack:cmake dpkg-shlibdeps:dpkg-dev unshare:util-linux; do
  command -v "${tool%%:*}" >/dev/null ||
    { echo "${tool%%:*} is missing: apt-get install ${tool#*:}" >&2; exit 2; }
done
[ -f "$build/CPackConfig.cmake" ] || { echo "$build is not a configured build folder (cmake --preset release)" >&2; exit 2; }

step_start=0
step() { step_start=${EPOCHREALTIME/./}; echo "== $*"; }
took() { echo "   took $(( (${EPOCHREALTIME/./} - step_start) / 1000000 )) s"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

step "building the package"
cmake --build "$build" >/dev/null
mkdir -p "$cache"   # a build folder that never ran this script has none yet
rm -rf "$cache/deb"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$cache/deb" >"$cache/cpack.log" 2>&1 ||
  { cat "$cache/cpack.log" >&2; fail "cpack"; }
deb=$(ls "$cache"/deb/conclab_*.deb)
echo "   $(basename "$deb"), $(( $(stat -c %s "$deb") / 1024 )) KiB"
took

# A base made by an interrupted run is incomplete: only one with the mark is used.
if [ $fresh = 1 ] || [ ! -f "$base/.conclab-base-complete" ]; then
  step "making a minimal bookworm root with debootstrap from $mirror"
  rm -rf "$base"
  mkdir -p "$cache"
  debootstrap --variant=minbase bookworm "$base" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
    { tail -20 "$cache/debootstrap.log" >&2; fail "debootstrap (log: $cache/debootstrap.log)"; }
  cp /etc/resolv.conf "$base/etc/resolv.conf"
  chroot "$base" apt-get update -qq
  touch "$base/.conclab-base-complete"
  took
fi

step "copying the base root"
rm -rf "$root"
cp -a "$base" "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
mkdir -p "$archives/partial"
took

# Everything else happens in a private mount namespace: /proc, /dev and the package cache are
# mounted into the root there and vanish with it, whatever happens.
in_root() {
  unshare --mount --pid --fork bash -c '
    set -e
    root=$1; archives=$2; shift 2
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount --bind "$archives" "$root/var/cache/apt/archives"
    exec chroot "$root" "$@"' bash "$root" "$archives" "$@"
}
# As an ordinary user, with a plain environment: nothing of this machine's set-up.
as_user() {
  in_root setpriv --reuid=65534 --regid=65534 --clear-groups env -i PATH=/usr/bin:/bin HOME=/tmp/home \
    TMPDIR=/tmp XDG_RUNTIME_DIR=/tmp/runtime QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$@"
}

step "apt install ./$(basename "$deb") (with its recommended packages)"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "/tmp/$(basename "$deb")" >"$cache/apt.log" 2>&1 ||
  { tail -30 "$cache/apt.log" >&2; fail "apt install (log: $cache/apt.log)"; }
grep -E '^(Need to get|After this operation)' "$cache/apt.log" | sed 's/^/   /'
echo "   $(grep -c '^Setting up' "$cache/apt.log") packages set up"
took

step "running the installed conclab in the clean root"
in_root mkdir -p -m 700 /tmp/home /tmp/runtime
in_root chown 65534:65534 /tmp/home /tmp/runtime
for package in python3 fonts-lohit-beng-bengali; do
  in_root dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q 'install ok installed' ||
    fail "apt did not install the recommended $package"
done
in_root fc-list ':lang=bn' family | grep -qi lohit || fail "no Bengali font (Lohit Bengali) in the root"
[ -f "$root/usr/share/mime/application/x-conclab-run.xml" ] ||
  fail "the MIME database of the root does not know saved runs (shared-mime-info's trigger)"
version=$(as_user conclab --version) || fail "conclab --version"
echo "   $version"
[[ $version =~ ^conclab\ [0-9.]+\ \(commit\ [^\)]+\)$ ]] || fail "--version says '$version'"

shot_err=$cache/shot.stderr
as_user conclab shot --workload cpu:20ms --tasks 2 --model threads --out /tmp/home/x.png 2>"$shot_err" ||
  fail "conclab shot: $(cat "$shot_err")"
[ ! -s "$shot_err" ] || fail "conclab shot warned: $(cat "$shot_err")"
[ "$(head -c 8 "$root/tmp/home/x.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "shot wrote no PNG"
cp "$root/tmp/home/x.png" "$cache/shot-from-clean-root.png"
echo "   shot: $cache/shot-from-clean-root.png"

as_user conclab run --workload cpu:20ms --tasks 2 --model processes >"$cache/run.out" 2>&1 ||
  fail "a process run: $(cat "$cache/run.out")"
grep -q "2 processes" "$cache/run.out" || fail "the run had not 2 worker processes: $(cat "$cache/run.out")"
echo "   a run of 2 worker processes: $(grep -m1 'Wall time' "$cache/run.out")"

# The window, offscreen: it must still be running after a few seconds (it did not fail to start)
# and close with status 0 on SIGTERM, as its close button closes it, without any warning.
as_user bash -c 'conclab 2>/tmp/home/window.stderr & pid=$!
                 sleep 5
                 kill -0 $pid || { wait $pid; echo "the window ended by itself with status $?"; exit 1; }
                 kill -TERM $pid; wait $pid' || fail "the window: $(cat "$root/tmp/home/window.stderr")"
# The offscreen platform itself says "does not support propagateSizeHints()" when a window's
# size limits change (the ui tests let that one line through too); anything else is a warning.
grep -v -x 'This plugin does not support propagateSizeHints()' "$root/tmp/home/window.stderr" >"$cache/window.warnings" || true
[ ! -s "$cache/window.warnings" ] || fail "the window warned: $(cat "$cache/window.warnings")"
echo "   the window started and closed on SIGTERM with status 0"
took
echo "PASS: $(basename "$deb") installs with apt on a clean bookworm and runs from there"
