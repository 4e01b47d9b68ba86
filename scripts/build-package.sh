#!/usr/bin/env bash
# Builds the Debian package of Concurrency Lab on Debian 12 "bookworm":
#   scripts/build-package.sh      ->  build/release/conclab_<version>_<arch>.deb
# then `sudo apt install ./build/release/conclab_*.deb` installs it with its dependencies.
# Installs what the build needs with apt-get first, as scripts/dev.sh does (the same package list,
# read from there), then builds the release configuration and runs CPack (cmake/Packaging.cmake).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# The `packages=(...)` list of scripts/dev.sh: one list of what the project needs.
eval "$(sed -n '/^packages=(/,/^)/p' scripts/dev.sh)"
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing missing packages: ${missing[*]}"
  sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target package
ls build/release/conclab_*.deb
