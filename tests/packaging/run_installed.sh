#!/usr/bin/env bash
# Runs conclab from the files the .deb installs (unpacked by build_deb.sh into OUT_DIR/root), with
# the libraries, Qt plugins and fonts of this machine — what a clean Debian root adds is checked by
# scripts/test-package-clean-root.sh, by hand.
#   run_installed.sh version|shot|worker OUT_DIR BUILD_CONCLAB BUILD_WORKER
# version: `conclab --version` names the version and commit, the same as the build's program;
# shot:    `conclab shot` draws a PNG offscreen, with no warning (a missing font or plugin warns);
# worker:  a process run finds the installed worker in ../libexec/conclab/. The build's own copy,
#          which conclab would otherwise fall back on, is hidden for it in a private mount
#          namespace (unshare), and a root without the worker must then fail, naming where it looked.
set -euo pipefail
what=$1
out=$2
build_conclab=$3
build_worker=$4
root=$out/root
fail() { echo "FAIL: $*" >&2; exit 1; }
[ -x "$root/usr/bin/conclab" ] || fail "no $root/usr/bin/conclab: the package was not built (packaging_deb_build)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -m 700 "$work/runtime" "$work/home"
# The environment of a user who has nothing of the build: no CONCLAB_WORKER, no library path.
installed() {
  env -i PATH=/usr/bin:/bin HOME="$work/home" TMPDIR="$work" XDG_RUNTIME_DIR="$work/runtime" \
      QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$@"
}

case "$what" in
version)
  got=$(installed "$root/usr/bin/conclab" --version)
  want=$("$build_conclab" --version)
  [[ $got =~ ^conclab\ [0-9]+\.[0-9]+\.[0-9]+\ \(commit\ [^\)]+\)$ ]] || fail "--version says '$got'"
  [ "$got" = "$want" ] || fail "the installed program says '$got', the build's '$want'"
  echo "ok: $got"
  ;;
shot)
  installed "$root/usr/bin/conclab" shot --workload cpu:20ms --tasks 2 --model threads --out "$work/x.png" \
    >"$work/stdout" 2>"$work/stderr" || fail "shot failed: $(cat "$work/stdout" "$work/stderr")"
  [ "$(head -c 8 "$work/x.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "shot wrote no PNG"
  [ ! -s "$work/stderr" ] || fail "shot warned: $(cat "$work/stderr")"
  echo "ok: $(cat "$work/stdout")"
  ;;
worker)
  command -v unshare >/dev/null || { echo "SKIP: unshare is not installed (Debian package util-linux)"; exit 77; }
  # Root may make a mount namespace; anyone else needs a user namespace in which they are root.
  namespace=(unshare --mount)
  [ "$(id -u)" -eq 0 ] || namespace+=(--map-root-user)
  "${namespace[@]}" true 2>/dev/null || { echo "SKIP: no mount namespace here (unshare ${namespace[*]:1} refused)"; exit 77; }
  exec "${namespace[@]}" "$BASH" "$0" worker-hidden "$out" "$build_conclab" "$build_worker"
  ;;
worker-hidden)  # the worker check, inside its private mount namespace
  mount --bind /dev/null "$build_worker" || fail "cannot hide $build_worker"
  # The same tree without the worker: the control that shows the build's copy is really hidden.
  cp -a "$root" "$work/no-worker"
  rm "$work/no-worker/usr/libexec/conclab/conclab-worker"
  process_run() { installed "$1/usr/bin/conclab" run --workload cpu:20ms --tasks 2 --model processes; }
  process_run "$root" >"$work/with" 2>&1 || fail "a process run from the installed files failed: $(cat "$work/with")"
  grep -q "2 processes" "$work/with" || fail "the run had not 2 worker processes: $(cat "$work/with")"
  if process_run "$work/no-worker" >"$work/without" 2>&1 || ! grep -q "libexec/conclab/conclab-worker" "$work/without"; then
    fail "without the installed worker the run did not fail naming where it looked: $(cat "$work/without")"
  fi
  echo "ok: the installed conclab ran 2 worker processes with usr/libexec/conclab/conclab-worker;"
  echo "    without it: $(grep -m1 conclab-worker "$work/without")"
  ;;
*)
  echo "usage: $0 version|shot|worker OUT_DIR BUILD_CONCLAB BUILD_WORKER" >&2
  exit 2
  ;;
esac
