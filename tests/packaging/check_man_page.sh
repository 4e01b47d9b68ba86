#!/usr/bin/env bash
# The manual page conclab(1) renders without warnings and describes the program as it is: every
# command `conclab --help` lists, every option each command's --help lists, and every environment
# variable the program reads (a getenv in engine/, ui/ or app/). A new command, option or variable
# fails this test until resources/man/conclab.1 describes it.
#   check_man_page.sh SOURCE_DIR CONCLAB_BINARY
# Exits 77 (ctest: skipped) when groff is not installed.
set -euo pipefail
src=$1
conclab=$2
page=$src/resources/man/conclab.1
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v groff >/dev/null || { echo "SKIP: groff is not installed (Debian package groff-base)"; exit 77; }

warnings=$(groff -man -ww -z "$page" 2>&1) || fail "groff cannot render $page: $warnings"
[ -z "$warnings" ] || fail "groff warns about $page: $warnings"

# The page's text with roff's escaped hyphens as typed ("\-\-workload" reads "--workload").
text=$(sed 's/\\-/-/g' "$page")
described() { grep -qF -- "$1" <<<"$text"; }
missing=()

# Commands: the lines "  conclab <command> ..." of the overview; --version and --help too.
commands=$("$conclab" --help | sed -n 's/^ *conclab \([a-z][a-z-]*\).*/\1/p' | sort -u)
[ -n "$commands" ] || fail "'conclab --help' lists no command"
for option in --version --help; do
  "$conclab" --help | grep -qF -- "$option" && { described ".B $option" || missing+=("$option"); }
done
for command in $commands; do
  described ".B $command" || described "conclab $command" || missing+=("command $command")
  help=$("$conclab" "$command" --help) || fail "'conclab $command --help' failed"
  for option in $(grep -o -- '--[a-z][a-z-]*' <<<"$help" | sort -u); do
    [ "$option" = --help ] && continue  # every command's, described once under --help
    described "$option" || missing+=("$command $option")
  done
done
# Options of the window (listed in the overview under "Options of the window", none today).
for option in $("$conclab" --help | sed -n '/^Options of the window/,$p' | grep -o -- '--[a-z][a-z-]*' | sort -u); do
  described "$option" || missing+=("window option $option")
done

# Environment variables the program itself reads (not the tests').
variables=$(grep -rhoE '(getenv|qEnvironmentVariable[A-Za-z]*|qgetenv|qputenv)\("[A-Z_][A-Z0-9_]*"' \
              "$src/engine" "$src/ui" "$src/app" --include='*.cpp' --include='*.h' |
            sed 's/.*("\(.*\)"/\1/' | sort -u)
environment=$(sed -n '/^\.SH ENVIRONMENT/,/^\.SH /p' <<<"$text")
for variable in $variables; do
  grep -qw -- "$variable" <<<"$environment" || missing+=("environment variable $variable")
done

[ ${#missing[@]} -eq 0 ] || fail "resources/man/conclab.1 does not describe: ${missing[*]}"
echo "ok: the manual page describes the commands ($(echo $commands)), their options and $(echo $variables | wc -w) environment variables"
