#!/usr/bin/env bash
# Runs the test suite. The HTML tests check the redline in a real browser:
# Chromium is installed from Debian's packages when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1 && [ -z "${RESDIFF_CHROMIUM:-}" ] && [ -z "${RESDIFF_NO_BROWSER:-}" ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "scripts/test.sh: Chromium is missing and cannot be installed here;" >&2
    echo "install it, or set RESDIFF_NO_BROWSER=1 to skip the browser checks" >&2
    exit 2
  fi
fi
cargo test "$@"
