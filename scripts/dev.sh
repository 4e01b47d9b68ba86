#!/usr/bin/env bash
# One entry point for people and CI:
#   scripts/dev.sh run    install what is missing, build, start Concurrency Lab
#   scripts/dev.sh test   install what is missing, build, run every test
# Packages come from Debian 12 (bookworm); nothing is downloaded at build time.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
mode=${1:-}
case "$mode" in
  run|test) ;;
  *) echo "usage: scripts/dev.sh run|test" >&2; exit 2 ;;
esac

packages=(
  cmake ninja-build g++
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-qpa-plugins libgl-dev
  catch2 xvfb xauth fonts-lohit-beng-bengali
  libharfbuzz-dev libfontconfig-dev
  clang libclang-rt-14-dev
  dpkg-dev file appstream desktop-file-utils libxml2-utils shared-mime-info groff-base
  python3 python3.11-dev  # conclab observe's tests: a CPython to observe, and its internal headers (GIL offsets)
  chromium  # the web page handout's tests open it in headless Chromium (tests/web)
)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  cmake --preset release >/dev/null
  cmake --build --preset release -j "$(nproc)"
}

install_missing
build

if [ "$mode" = run ]; then
  exec build/release/app/conclab "${@:2}"
fi

# Tests never need a display or the user's session.
export QT_QPA_PLATFORM=offscreen
if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -w "${XDG_RUNTIME_DIR}" ]; then
  XDG_RUNTIME_DIR=$(mktemp -d)
  chmod 700 "$XDG_RUNTIME_DIR"
  export XDG_RUNTIME_DIR
fi
# Two at a time, like the sanitizer builds below: the tests that measure CPU time against wall
# time are RUN_SERIAL (alone on the machine), the rest hold on a loaded machine.
ctest --preset release --timeout 300 -j "$(nproc)"

# The engine and command-line tests again, built with AddressSanitizer + UndefinedBehaviorSanitizer
# (clang; each fuzz target also runs for a bounded time) and with ThreadSanitizer (the tests that
# start threads and processes). Any report fails. Two at a time: they keep the test run within
# its 20 minutes, and none of them depends on timing beyond a bound that only a hang exceeds.
for preset in asan tsan; do
  echo "== $preset build: engine and command-line tests =="
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$(nproc)"
  # The fuzzers run below; refusals of bad input are parsing, tested plain and under ASan.
  if [ "$preset" = asan ]; then leave_out=fuzz; else leave_out=bad-input; fi
  ctest --preset "$preset" --timeout 300 -LE "$leave_out" -j "$(nproc)"
done
# The fuzzers (asan build) are single-threaded: run them side by side.
ctest --preset asan --timeout 300 -L fuzz -j "$(nproc)"
