#!/usr/bin/env bash
# Makes sure the programs the integration tests drive are on this machine, the way the build
# already fetches WildFly and Node.js: Debian's Chromium and ChromeDriver for the browser tests.
# Run by the ear module before its integration tests (pre-integration-test), never by the Run
# command. Installs the missing Debian packages when it runs as root with apt-get; otherwise it
# stops the build before the tests with the one command that installs them.
#
# Arguments: pairs of "program-path debian-package", e.g. /usr/bin/chromium chromium
set -euo pipefail

missing_packages=()
missing_programs=()
while [ "$#" -ge 2 ]; do
  program=$1 package=$2
  shift 2
  if [ ! -x "$program" ]; then
    missing_programs+=("$program")
    missing_packages+=("$package")
  fi
done

if [ "${#missing_packages[@]}" -eq 0 ]; then
  echo "[provision] test tools present"
  exit 0
fi

echo "[provision] missing: ${missing_programs[*]} (Debian packages: ${missing_packages[*]})"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  echo "[provision] installing ${missing_packages[*]} with apt-get"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing_packages[@]}" >/dev/null
  for program in "${missing_programs[@]}"; do
    if [ ! -x "$program" ]; then
      echo "[provision] $program is still missing after installing ${missing_packages[*]}" >&2
      exit 1
    fi
  done
  echo "[provision] installed ${missing_packages[*]}"
  exit 0
fi

cat >&2 <<MSG
[provision] The integration tests need ${missing_programs[*]}.
[provision] Install them once, then run the tests again:
[provision]     sudo apt-get install -y ${missing_packages[*]}
[provision] (or point -Dparley.it.chromium / -Dparley.it.chromedriver at your own Chromium and
[provision] ChromeDriver, or skip the integration tests with -DskipITs).
MSG
exit 1
