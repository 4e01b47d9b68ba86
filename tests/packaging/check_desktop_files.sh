#!/usr/bin/env bash
# The files that make conclab a desktop program, checked with the tools the desktop itself uses:
#   check_desktop_files.sh metainfo|desktop|mime SOURCE_DIR
# Each check also ties the files together: the MIME type that saved runs get is the one the
# desktop entry opens and the metainfo announces, and the metainfo names the real desktop entry.
# Exits 77 (ctest: skipped) when the checking tool is not installed.
set -euo pipefail
what=$1
src=$2
desktop=$src/resources/conclab.desktop
metainfo=$src/resources/metainfo/io.github.conclab.ConcurrencyLab.metainfo.xml
mime=$src/resources/mime/conclab.xml
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null || { echo "SKIP: $1 is not installed (Debian package $2)"; exit 77; }; }
# The one MIME type the XML declares, e.g. application/x-conclab-run.
mime_type() { sed -n 's/.*<mime-type type="\([^"]*\)".*/\1/p' "$mime"; }
desktop_key() { sed -n "s/^$1=//p" "$desktop"; }

case "$what" in
metainfo)
  need appstreamcli appstream
  # --strict: any warning or hint (not only errors) fails; --no-net: the test needs no network.
  appstreamcli validate --no-net --strict "$metainfo" || fail "appstreamcli rejects $metainfo"
  grep -q "<launchable type=\"desktop-id\">$(basename "$desktop")</launchable>" "$metainfo" ||
    fail "the metainfo does not launch $(basename "$desktop")"
  grep -q "<mediatype>$(mime_type)</mediatype>" "$metainfo" || fail "the metainfo does not name $(mime_type)"
  grep -q "<binary>conclab</binary>" "$metainfo" || fail "the metainfo does not name the conclab binary"
  ;;
desktop)
  need desktop-file-validate desktop-file-utils
  # Hints (e.g. two main categories: the entry shows twice in menus) count as problems too.
  out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
  [ -z "$out" ] || fail "desktop-file-validate: $out"
  exec_line=$(desktop_key Exec)
  [[ $exec_line =~ ^conclab\ %[fF]$ ]] || fail "Exec=$exec_line does not start conclab with the file to open (%f)"
  [[ ";$(desktop_key MimeType)" == *";$(mime_type);"* ]] || fail "MimeType= does not list $(mime_type)"
  [ -f "$src/resources/icons/$(desktop_key Icon).svg" ] || fail "Icon=$(desktop_key Icon) is not an icon we install"
  # What a file manager reads to offer conclab for a saved run: the cache update-desktop-database
  # builds from the installed entries.
  if command -v update-desktop-database >/dev/null; then
    mkdir -p "$work/applications"
    cp "$desktop" "$work/applications/"
    update-desktop-database "$work/applications"
    grep -qx "$(mime_type)=$(basename "$desktop");" "$work/applications/mimeinfo.cache" ||
      fail "update-desktop-database does not associate $(mime_type) with conclab: $(cat "$work/applications/mimeinfo.cache")"
  fi
  ;;
mime)
  need xmllint libxml2-utils
  xmllint --noout "$mime" || fail "$mime is not well-formed XML"
  [ "$(mime_type | wc -l)" -eq 1 ] || fail "$mime should declare exactly one MIME type"
  # The database a file manager (GIO, KDE, Qt) reads, built as the package's installation builds
  # it: a saved run is matched by its name and is a kind of JSON.
  need update-mime-database shared-mime-info
  mkdir -p "$work/mime/packages"
  cp "$mime" "$work/mime/packages/"
  [ -f /usr/share/mime/packages/freedesktop.org.xml ] && cp /usr/share/mime/packages/freedesktop.org.xml "$work/mime/packages/"
  out=$(update-mime-database -V "$work/mime" 2>&1) || fail "update-mime-database: $out"
  if grep -qi "warning\|error" <<<"$out"; then fail "update-mime-database: $out"; fi
  grep -q ":$(mime_type):\*\.conclab\.json$" "$work/mime/globs2" || fail "*.conclab.json is not matched as $(mime_type)"
  grep -qx "$(mime_type) application/json" "$work/mime/subclasses" || fail "$(mime_type) is not a subclass of application/json"
  ;;
*)
  echo "usage: $0 metainfo|desktop|mime SOURCE_DIR" >&2
  exit 2
  ;;
esac
echo "ok: $what"
